package config_test

import (
	"strings"
	"testing"
	"time"

	"github.com/jwtlint/jwtlint/internal/config"
)

func TestParseFuncRef(t *testing.T) {
	for _, c := range []struct {
		in   string
		want config.FuncRef
		err  string
	}{
		{in: "example.com/db.Exec:1", want: config.FuncRef{Pkg: "example.com/db", Name: "Exec", Arg: 1}},
		{in: "example.com/db.Store.Find:0", want: config.FuncRef{Pkg: "example.com/db", Recv: "Store", Name: "Find"}},
		{in: "example.com/db.*Store.Find:0", want: config.FuncRef{Pkg: "example.com/db", Recv: "Store", Name: "Find"}},
		{in: "gopkg.in/x.v2/sub.F:-1", want: config.FuncRef{Pkg: "gopkg.in/x.v2/sub", Name: "F", Arg: -1}},
		{in: "database/sql.Open:0", want: config.FuncRef{Pkg: "database/sql", Name: "Open"}},
		{in: "example.com/db.Exec", err: "want importpath.Func:N"},
		{in: "example.com/db.Exec:x", err: "not a number"},
		{in: "example.com/db:1", err: "missing function name"},
		{in: "example.com/db.A.B.C:1", err: "want importpath.Func or importpath.Type.Method"},
	} {
		got, err := config.ParseFuncRef(c.in)
		switch {
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("ParseFuncRef(%q) error = %v, want %q", c.in, err, c.err)
		case c.err == "" && err != nil:
			t.Errorf("ParseFuncRef(%q): %v", c.in, err)
		case c.err == "" && got != c.want:
			t.Errorf("ParseFuncRef(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

// Bad values are rejected when the flag is set, so every driver reports a
// usage error rather than an analysis failure per package.
func TestSetValidates(t *testing.T) {
	defer config.Reset()
	config.Checks = []string{"jwtalg", "jwtsql"}
	defer func() { config.Checks = nil }()
	for _, c := range []struct{ flag, value, err string }{
		{"checks", "jwtalg,nope", `unknown check "nope"`},
		{"require-claims", "aud,jti", `unknown claim "jti"`},
		{"sinks", "example.com/db.Exec", "importpath.Func:N"},
		{"no-such-flag", "x", "unknown setting"},
		{"sql-placeholders", "colon", `unknown placeholder style "colon"`},
	} {
		if err := config.Set(c.flag, c.value); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("Set(%s=%s) = %v, want %q", c.flag, c.value, err, c.err)
		}
	}
	if err := config.Set("checks", "jwtsql"); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse(config.Flags{Checks: "jwtsql", RequireClaims: "iss,aud,aud"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Enabled("jwtalg") || !cfg.Enabled("jwtsql") {
		t.Errorf("Enabled: jwtalg=%v jwtsql=%v, want false true", cfg.Enabled("jwtalg"), cfg.Enabled("jwtsql"))
	}
	if got := strings.Join(cfg.RequireClaims, ","); got != "aud,iss" {
		t.Errorf("RequireClaims = %s, want aud,iss (deduplicated, sorted)", got)
	}
}

// -max-lifetime: zero (a Flags literal, or a golangci setting of 0) means
// the default; a negative lifetime is an error.
func TestMaxLifetime(t *testing.T) {
	cfg, err := config.Parse(config.Flags{})
	if err != nil || cfg.MaxLifetime != config.DefaultMaxLifetime {
		t.Fatalf("Parse(zero) = %v, %v; want the default %s", cfg, err, config.DefaultMaxLifetime)
	}
	if _, err := config.Parse(config.Flags{MaxLifetime: -time.Hour}); err == nil || !strings.Contains(err.Error(), "-max-lifetime") {
		t.Errorf("Parse(-1h) error = %v, want a -max-lifetime error", err)
	}
}
