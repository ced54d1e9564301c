package libmodel

import "testing"

func TestModelled(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"github.com/golang-jwt/jwt/v5", true},
		{"github.com/golang-jwt/jwt/v4/request", true},
		{"github.com/lestrrat-go/jwx/v2/jwt", true},
		{"github.com/go-jose/go-jose/v4/jwt", true},
		{"github.com/coreos/go-oidc/v3/oidc", true},
		{"github.com/MicahParks/keyfunc/v3", true},
		{"database/sql", true},
		{"github.com/jackc/pgx/v5", true},
		{"gorm.io/gorm", true},
		{"github.com/lib/pq", true},
		{"fmt", false},
		{"database/sql/driver", false},
		{"modernc.org/sqlite/lib", false},
		{"github.com/golang-jwtx/jwt", false},
	} {
		if got := Modelled(tc.path); got != tc.want {
			t.Errorf("Modelled(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}
