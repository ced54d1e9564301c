// Package gclplugin is jwtlint's golangci-lint v2 module plugin.
//
// It registers a linter named "jwtlint" with
// github.com/golangci/plugin-module-register. Nothing else imports it: a
// custom golangci-lint binary links it in with a blank import, either one
// built by `golangci-lint custom` from the repository's .custom-gcl.yml, or
// one built from a small wrapper module (see .ci/gcl).
//
// The linter is enabled and configured in .golangci.yml (see
// .golangci.example.yml at the repository root):
//
//	linters:
//	  enable: [jwtlint]
//	  settings:
//	    custom:
//	      jwtlint:
//	        type: module
//	        settings:
//	          checks: [jwtalg, jwtverify]      # default: every check
//	          require-claims: [aud, iss, exp]  # default: per-key-type policy
//	          max-leeway: 2m                   # Go duration, default 5m
//	          max-lifetime: 168h               # Go duration, default 24h
//	          sinks: ["example.com/db.Exec:1"]
//	          sources: ["example.com/auth.Claims:0"]
//	          sanitizers: ["example.com/sqlx.Quote:0"]
//	          sql-placeholders: dollar         # fixes of database/sql, sqlx queries
//
// The settings mirror the jwtlint binary's flags of the same names. The
// list settings (checks, require-claims, sinks, sources, sanitizers) are
// YAML lists of strings; a single comma-separated string, as on the command
// line, is accepted too. max-leeway and max-lifetime are Go duration
// strings ("90s", "2m", "168h").
// Unknown keys and invalid values make golangci-lint stop with an error that
// names the setting.
//
// golangci-lint sees one linter, jwtlint, whose messages start with the
// check name ("jwtalg: ..."). //nolint:jwtlint suppresses every check on a
// line; //nolint:jwtalg does not work (golangci-lint knows no linter of that
// name). To silence one check use //jwtlint:ignore CHECK reason, which the
// analyzer honours itself, or a linters.exclusions rule with
// text: "^CHECK: ".
package gclplugin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/config"
)

// Name is the linter name: the key under linters.settings.custom and the
// name used in enable lists and //nolint directives.
const Name = "jwtlint"

func init() {
	register.Plugin(Name, New)
}

// Settings is the plugin's part of .golangci.yml
// (linters.settings.custom.jwtlint.settings). Each field is the jwtlint flag
// of the same name; an empty field leaves the flag's default.
type Settings struct {
	Checks        List     `json:"checks"`
	RequireClaims List     `json:"require-claims"`
	MaxLeeway     Duration `json:"max-leeway"`
	MaxLifetime   Duration `json:"max-lifetime"`
	Sinks         List     `json:"sinks"`
	Sources       List     `json:"sources"`
	Sanitizers    List     `json:"sanitizers"`
	IncludeTests  *bool    `json:"include-tests"`
	Untrusted     List     `json:"untrusted"`
	// SQLPlaceholders is "dollar" or "question" (suggested fixes of
	// database/sql and sqlx queries); empty infers it from the driver.
	SQLPlaceholders string `json:"sql-placeholders"`
}

// settingNames lists the accepted keys, for error messages.
const settingNames = "checks, require-claims, max-leeway, max-lifetime, sinks, sources, sanitizers, include-tests, untrusted, sql-placeholders"

// List is a list setting: a YAML list of strings, or one comma-separated
// string.
type List []string

// UnmarshalJSON accepts ["a", "b"] or "a,b".
func (l *List) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*l = nil
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*l = splitComma(s)
		return nil
	}
	var items []any
	if err := json.Unmarshal(b, &items); err != nil {
		return fmt.Errorf("want a list of strings or a comma-separated string, got %s", b)
	}
	out := List{}
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			return fmt.Errorf("want a list of strings, got element %v (%T)", it, it)
		}
		out = append(out, splitComma(s)...)
	}
	*l = out
	return nil
}

func splitComma(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Duration is a Go duration string such as "90s" or "2m". The number 0 is
// accepted as "0s"; other bare numbers are rejected because their unit
// would be a guess.
type Duration string

// UnmarshalJSON accepts a string or the number 0.
func (d *Duration) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		s = strings.TrimSpace(s)
		v, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf("want a duration such as \"90s\" or \"2m\", got %q", s)
		}
		if v < 0 {
			return fmt.Errorf("want a duration >= 0, got %q", s)
		}
		*d = Duration(s)
		return nil
	}
	var n float64
	if err := json.Unmarshal(b, &n); err == nil && n == 0 {
		*d = "0s"
		return nil
	}
	return fmt.Errorf("want a duration such as \"90s\" or \"2m\", got %s", b)
}

// DecodeSettings decodes the raw settings golangci-lint passes to New.
func DecodeSettings(conf any) (Settings, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		if strings.Contains(err.Error(), "unknown field") {
			return Settings{}, fmt.Errorf("jwtlint settings: %w (known settings: %s)", err, settingNames)
		}
		return Settings{}, fmt.Errorf("jwtlint settings: %w", err)
	}
	return s, nil
}

// flagValues turns settings into flag name/value pairs, in a fixed order,
// leaving out unset ones.
func (s Settings) flagValues() [][2]string {
	var out [][2]string
	add := func(name string, v string, set bool) {
		if set {
			out = append(out, [2]string{name, v})
		}
	}
	add("checks", strings.Join(s.Checks, ","), s.Checks != nil)
	add("require-claims", strings.Join(s.RequireClaims, ","), s.RequireClaims != nil)
	add("max-leeway", string(s.MaxLeeway), s.MaxLeeway != "")
	add("max-lifetime", string(s.MaxLifetime), s.MaxLifetime != "")
	add("sinks", strings.Join(s.Sinks, ","), s.Sinks != nil)
	add("sources", strings.Join(s.Sources, ","), s.Sources != nil)
	add("sanitizers", strings.Join(s.Sanitizers, ","), s.Sanitizers != nil)
	if s.IncludeTests != nil {
		add("include-tests", strconv.FormatBool(*s.IncludeTests), true)
	}
	add("untrusted", strings.Join(s.Untrusted, ","), s.Untrusted != nil)
	add("sql-placeholders", s.SQLPlaceholders, s.SQLPlaceholders != "")
	return out
}

// Apply resets jwtlint's configuration to its defaults, then sets the
// settings and validates the result, so a bad check name or claim is
// reported when golangci-lint starts, not once per package.
func (s Settings) Apply() error {
	config.Reset()
	var errs []error
	for _, kv := range s.flagValues() {
		if err := config.Set(kv[0], kv[1]); err != nil {
			errs = append(errs, fmt.Errorf("%s: invalid value %q: %v", kv[0], kv[1], err))
		}
	}
	if len(errs) == 0 {
		_, err := config.Parse(currentFlags())
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		config.Reset()
		return fmt.Errorf("jwtlint settings: %w", err)
	}
	return nil
}

// currentFlags reads back the flag values Apply set, for config.Parse.
func currentFlags() config.Flags {
	get := func(name string) string { return config.Analyzer.Flags.Lookup(name).Value.String() }
	return config.Flags{
		Checks:        get("checks"),
		RequireClaims: get("require-claims"),
		Sinks:         get("sinks"),
		Sources:       get("sources"),
		Sanitizers:    get("sanitizers"),
		// SQLPlaceholders needs no check here: config.Set validated it.
		// MaxLeeway and MaxLifetime need no check here: config.Set parsed
		// them as durations (a zero lifetime means the default).
	}
}

// New is the plugin constructor golangci-lint calls with the raw settings.
func New(conf any) (register.LinterPlugin, error) {
	s, err := DecodeSettings(conf)
	if err != nil {
		return nil, err
	}
	if err := s.Apply(); err != nil {
		return nil, err
	}
	return &plugin{}, nil
}

type plugin struct{}

func (*plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{jwtlint.Analyzer}, nil
}

// GetLoadMode is typesinfo: the checks use types, SSA and facts.
func (*plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
