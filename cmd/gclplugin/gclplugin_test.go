package gclplugin

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/config"
)

// flagValue reads a jwtlint flag as the analyzers will see it.
func flagValue(t *testing.T, name string) string {
	t.Helper()
	f := config.Analyzer.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("no flag %q", name)
	}
	return f.Value.String()
}

func newPlugin(t *testing.T, conf any) (register.LinterPlugin, error) {
	t.Helper()
	t.Cleanup(config.Reset)
	ctor, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatalf("plugin not registered: %v", err)
	}
	return ctor(conf)
}

func TestRegisteredPlugin(t *testing.T) {
	p, err := newPlugin(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0] != jwtlint.Analyzer {
		t.Errorf("BuildAnalyzers = %v, want [jwtlint.Analyzer]", as)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode = %q, want %q", got, register.LoadModeTypesInfo)
	}
}

func TestValidSettings(t *testing.T) {
	// What golangci-lint (viper) hands over for YAML lists, a
	// comma-separated string and a duration.
	conf := map[string]any{
		"checks":           []any{"jwtalg", "jwtclaims"},
		"require-claims":   "aud, iss,exp",
		"max-leeway":       "2m",
		"max-lifetime":     "168h",
		"sinks":            []any{"example.com/db.Exec:1", "example.com/db.Store.Find:0"},
		"sources":          []any{"example.com/auth.Claims:-1"},
		"sanitizers":       "example.com/sqlx.Quote:0",
		"sql-placeholders": "question",
	}
	if _, err := newPlugin(t, conf); err != nil {
		t.Fatalf("New: %v", err)
	}
	want := map[string]string{
		"checks":           "jwtalg,jwtclaims",
		"require-claims":   "aud,iss,exp",
		"max-leeway":       "2m0s",
		"max-lifetime":     "168h0m0s",
		"sinks":            "example.com/db.Exec:1,example.com/db.Store.Find:0",
		"sources":          "example.com/auth.Claims:-1",
		"sanitizers":       "example.com/sqlx.Quote:0",
		"sql-placeholders": "question",
	}
	for name, v := range want {
		if got := flagValue(t, name); got != v {
			t.Errorf("%s = %q, want %q", name, got, v)
		}
	}
}

func TestDefaultsAndReset(t *testing.T) {
	if _, err := newPlugin(t, map[string]any{"checks": []any{"jwtalg"}, "max-leeway": 0}); err != nil {
		t.Fatal(err)
	}
	if got := flagValue(t, "checks"); got != "jwtalg" {
		t.Fatalf("checks = %q", got)
	}
	if got := flagValue(t, "max-leeway"); got != "0s" {
		t.Fatalf("max-leeway = %q", got)
	}
	// A second instance without settings must not inherit the first's.
	for _, conf := range []any{nil, map[string]any{}} {
		if _, err := newPlugin(t, conf); err != nil {
			t.Fatal(err)
		}
		if got := flagValue(t, "checks"); got != "" {
			t.Errorf("conf %v: checks leaked from a previous instance: %q", conf, got)
		}
		if got := flagValue(t, "max-leeway"); got != "5m0s" {
			t.Errorf("conf %v: max-leeway = %q, want the default 5m0s", conf, got)
		}
		if got := flagValue(t, "max-lifetime"); got != "24h0m0s" {
			t.Errorf("conf %v: max-lifetime = %q, want the default 24h0m0s", conf, got)
		}
	}
}

func TestUnknownKey(t *testing.T) {
	_, err := newPlugin(t, map[string]any{"checks": "jwtalg", "require-claim": []any{"aud"}})
	if err == nil {
		t.Fatal("New accepted an unknown key")
	}
	for _, want := range []string{`unknown field "require-claim"`, "known settings: checks, require-claims"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	if got := flagValue(t, "checks"); got != "" {
		t.Errorf("checks = %q after a rejected configuration", got)
	}
}

func TestBadValues(t *testing.T) {
	tests := []struct {
		name string
		conf any
		want string
	}{
		{"unknown check", map[string]any{"checks": []any{"jwtalg", "jwtnope"}}, `unknown check "jwtnope"`},
		{"unknown claim", map[string]any{"require-claims": []any{"aud", "jti"}}, `unknown claim "jti"`},
		{"bad duration", map[string]any{"max-leeway": "soon"}, `want a duration such as "90s" or "2m", got "soon"`},
		{"negative duration", map[string]any{"max-leeway": "-1m"}, "want a duration >= 0"},
		{"bare number duration", map[string]any{"max-leeway": 30}, `want a duration such as "90s"`},
		{"bad sink", map[string]any{"sinks": []any{"example.com/db.Exec"}}, "want importpath.Func:N"},
		{"bad source index", map[string]any{"sources": "example.com/auth.Claims:x"}, `argument index "x"`},
		{"bad placeholder style", map[string]any{"sql-placeholders": "colon"}, `unknown placeholder style "colon"`},
		{"list of numbers", map[string]any{"checks": []any{1, 2}}, "want a list of strings"},
		{"list is a map", map[string]any{"sanitizers": map[string]any{"a": "b"}}, "want a list of strings or a comma-separated string"},
		{"settings not a map", []any{"checks"}, "jwtlint settings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := newPlugin(t, tt.conf)
			if err == nil {
				t.Fatalf("New(%v) succeeded, want an error containing %q", tt.conf, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "jwtlint settings") {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			for _, name := range []string{"checks", "require-claims", "sinks", "sources", "sanitizers"} {
				if got := flagValue(t, name); got != "" {
					t.Errorf("%s = %q left set after a rejected configuration", name, got)
				}
			}
		})
	}
}
