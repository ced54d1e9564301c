// Package config holds jwtlint's user configuration: which checks run,
// which claims a verifying parse must validate, and user-named sinks,
// sources and sanitizers.
//
// The configuration is the Result of [Analyzer], whose flags are the only
// place options are parsed. The binary (singlechecker and go vet) exposes the
// same flags on the top-level jwtlint analyzer (see [Register]) and the
// golangci-lint plugin sets them from its settings, so every driver fills the
// same *Config.
package config

import (
	"flag"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
)

// Checks lists every check name jwtlint knows, in reporting order.
// The bundle fills it at init time; config validates -checks against it.
var Checks []string

// Claim names accepted by -require-claims.
var knownClaims = []string{"aud", "iss", "exp", "nbf", "sub"}

// InputKinds are the kinds of untrusted input -untrusted accepts: request
// data, token data, program input, stored data, and values not proven safe
// of no known kind.
var InputKinds = []string{"remote", "token", "program", "stored", "unknown"}

// Config is the parsed configuration, shared read-only by every analyzer of a run.
type Config struct {
	// Enabled reports whether a check runs; nil means all.
	enabled map[string]bool

	// RequireClaims, when set, is the list of claims every verifying parse
	// must validate, overriding the per-key-type default policy.
	RequireClaims []string

	// MaxLeeway is the largest clock-skew allowance accepted without a finding.
	MaxLeeway time.Duration

	// MaxLifetime is the longest constant token lifetime jwtexp accepts.
	MaxLifetime time.Duration

	// IncludeTests reports findings in _test.go files too.
	IncludeTests bool

	// untrusted are the kinds of input the data-flow checks report; nil
	// means all.
	untrusted map[string]bool

	// SQLPlaceholders is the bind-parameter style of database/sql and sqlx
	// queries for suggested fixes: "dollar" ($1), "question" (?), or ""
	// to infer it from the package's driver imports and sql.Open calls.
	SQLPlaceholders string

	// InventoryRecords: the bundle also reports one record per place that
	// accepts a token (jwtlint -inventory sets it; see internal/inventory).
	InventoryRecords bool

	// Extra library knowledge named by the user.
	Sinks      []FuncRef
	Sources    []FuncRef
	Sanitizers []FuncRef
}

// Enabled reports whether the named check should report findings.
func (c *Config) Enabled(check string) bool {
	return c.enabled == nil || c.enabled[check]
}

// Untrusted reports whether findings about the named kind of input
// (InputKinds) are reported.
func (c *Config) Untrusted(kind string) bool {
	return c.untrusted == nil || c.untrusted[kind]
}

// FuncRef names a function or method and one of its parameters, as given on
// the command line: "example.com/db.Exec:1" or "example.com/db.Store.Find:0".
// For sources, Arg is the result index; -1 means "every result".
type FuncRef struct {
	Pkg  string // import path
	Recv string // receiver type name without '*', empty for functions
	Name string
	Arg  int
}

// Matches reports whether fn is the function or method the reference names.
func (r FuncRef) Matches(pkgPath, recv, name string) bool {
	return r.Pkg == pkgPath && r.Recv == recv && r.Name == name
}

func (r FuncRef) String() string {
	s := r.Pkg + "."
	if r.Recv != "" {
		s += r.Recv + "."
	}
	return s + r.Name + ":" + strconv.Itoa(r.Arg)
}

// ParseFuncRef parses "importpath.Func:N" or "importpath.Type.Method:N".
// The import path may contain dots and slashes; the function (and type) are
// the dot-separated identifiers after the last slash's first dot.
func ParseFuncRef(s string) (FuncRef, error) {
	s = strings.TrimSpace(s)
	name, idx, ok := strings.Cut(s, ":")
	if !ok {
		return FuncRef{}, fmt.Errorf("%q: want importpath.Func:N or importpath.Type.Method:N", s)
	}
	n, err := strconv.Atoi(idx)
	if err != nil || n < -1 {
		return FuncRef{}, fmt.Errorf("%q: argument index %q is not a number >= -1", s, idx)
	}
	slash := strings.LastIndex(name, "/")
	dot := strings.Index(name[slash+1:], ".")
	if dot < 0 {
		return FuncRef{}, fmt.Errorf("%q: missing function name after the import path", s)
	}
	pkg := name[:slash+1+dot]
	rest := strings.Split(name[slash+1+dot+1:], ".")
	ref := FuncRef{Pkg: pkg, Arg: n}
	switch len(rest) {
	case 1:
		ref.Name = rest[0]
	case 2:
		ref.Recv, ref.Name = strings.TrimPrefix(rest[0], "*"), rest[1]
	default:
		return FuncRef{}, fmt.Errorf("%q: want importpath.Func or importpath.Type.Method", s)
	}
	if pkg == "" || ref.Name == "" {
		return FuncRef{}, fmt.Errorf("%q: empty import path or function name", s)
	}
	return ref, nil
}

// Flags are the raw flag values; Parse turns them into a Config.
type Flags struct {
	Checks        string
	RequireClaims string
	MaxLeeway     time.Duration
	MaxLifetime   time.Duration
	IncludeTests  bool
	Untrusted     string
	Sinks         string
	Sources       string
	Sanitizers    string
	// SQLPlaceholders: "dollar", "question" or "" (infer).
	SQLPlaceholders string
	// InventoryRecords is set by jwtlint -inventory.
	InventoryRecords bool
	// CacheKey only separates go vet cache entries (see cmd/jwtlint/vet.go).
	CacheKey string
}

// flags is bound to Analyzer.Flags. It is package state only because
// go/analysis flags are: one process runs one configuration.
var flags = Flags{MaxLeeway: 5 * time.Minute, MaxLifetime: DefaultMaxLifetime}

// DefaultMaxLifetime is jwtexp's default -max-lifetime: a day, the longest
// an access token should live without a refresh.
const DefaultMaxLifetime = 24 * time.Hour

// Analyzer parses the flags once per package and shares the result.
var Analyzer = &analysis.Analyzer{
	Name:             "jwtlintconfig",
	Doc:              "jwtlint configuration (flags shared by every jwtlint check)",
	URL:              "https://github.com/jwtlint/jwtlint#configuration",
	Run:              func(*analysis.Pass) (any, error) { return Parse(flags) },
	ResultType:       reflect.TypeFor[*Config](),
	RunDespiteErrors: true,
}

func init() {
	Register(&Analyzer.Flags)
}

// Register defines jwtlint's flags on fs, bound to the same storage, so the
// top-level analyzer can expose them (drivers only show a root analyzer's flags).
func Register(fs *flag.FlagSet) {
	fs.Var(validated(&flags.Checks, checkChecks), "checks", "comma-separated checks to run (default all); see -list-checks")
	fs.Var(validated(&flags.RequireClaims, checkClaims), "require-claims", "claims every verifying parse must validate, e.g. aud,iss,exp (default: aud,iss,exp for tokens verified with public keys, JWKS or OIDC; none beyond the library's exp check for HMAC secrets)")
	fs.DurationVar(&flags.MaxLeeway, "max-leeway", flags.MaxLeeway, "largest clock-skew leeway accepted by jwtclaims")
	fs.DurationVar(&flags.MaxLifetime, "max-lifetime", flags.MaxLifetime, "longest constant token lifetime (exp - now) accepted by jwtexp")
	fs.BoolVar(&flags.IncludeTests, "include-tests", false, "also report findings in _test.go files (test fixtures often decode tokens without verifying them on purpose)")
	fs.Var(validated(&flags.Untrusted, checkKinds), "untrusted", "kinds of untrusted input the data-flow checks report, comma-separated: remote (request data), token (JWT data), program (arguments, flags, environment, files, stdin), stored (data read from the database), unknown (not proven safe, origin unknown); default all")
	fs.Var(validated(&flags.Sinks, checkRefs), "sinks", "extra SQL sinks: comma-separated importpath.Func:N or importpath.Type.Method:N, N = index of the query-text parameter")
	fs.Var(validated(&flags.Sources, checkRefs), "sources", "extra JWT-data sources: comma-separated importpath.Func:N, N = index of the result carrying token data (-1 = all)")
	fs.Var(validated(&flags.Sanitizers, checkRefs), "sanitizers", "extra sanitizers: comma-separated importpath.Func:N, N = result index that is safe to paste into SQL text (-1 = all)")
	fs.Var(validated(&flags.SQLPlaceholders, checkPlaceholders), "sql-placeholders", "bind-parameter style of database/sql and sqlx queries in suggested fixes: dollar ($1, $2: lib/pq, pgx, CockroachDB) or question (?: MySQL, SQLite); default: inferred from the package's driver imports and sql.Open driver names, no fix when unknown")
	fs.BoolVar(&flags.InventoryRecords, "inventory-records", false, "set by jwtlint -inventory: also report each place that accepts a token as a record for the inventory (leave unset)")
	fs.StringVar(&flags.CacheKey, "cache-key", "", "set by the jwtlint binary when it runs go vet: keeps go vet's cache of one set of packages apart from another's (leave empty)")
}

// validatedString is a string flag whose value is checked when it is set,
// so a bad value is a usage error in every driver (the binary, go vet,
// golangci-lint settings) rather than an analysis failure per package.
type validatedString struct {
	p     *string
	check func(string) error
}

func validated(p *string, check func(string) error) *validatedString {
	return &validatedString{p, check}
}

func (v *validatedString) String() string {
	if v == nil || v.p == nil {
		return ""
	}
	return *v.p
}

func (v *validatedString) Set(s string) error {
	if err := v.check(s); err != nil {
		return err
	}
	*v.p = s
	return nil
}

func checkChecks(s string) error {
	for _, n := range splitList(s) {
		if len(Checks) > 0 && !slices.Contains(Checks, n) {
			return fmt.Errorf("unknown check %q (known: %s)", n, strings.Join(Checks, ", "))
		}
	}
	return nil
}

func checkClaims(s string) error {
	for _, c := range splitList(s) {
		if !slices.Contains(knownClaims, c) {
			return fmt.Errorf("unknown claim %q (known: %s)", c, strings.Join(knownClaims, ", "))
		}
	}
	return nil
}

func checkKinds(s string) error {
	for _, k := range splitList(s) {
		if !slices.Contains(InputKinds, k) {
			return fmt.Errorf("unknown kind of input %q (known: %s)", k, strings.Join(InputKinds, ", "))
		}
	}
	return nil
}

// PlaceholderStyles are the values -sql-placeholders accepts.
var PlaceholderStyles = []string{"dollar", "question"}

func checkPlaceholders(s string) error {
	if s != "" && !slices.Contains(PlaceholderStyles, s) {
		return fmt.Errorf("unknown placeholder style %q (known: %s)", s, strings.Join(PlaceholderStyles, ", "))
	}
	return nil
}

func checkRefs(s string) error {
	_, err := parseRefs("", s)
	return err
}

// Set assigns a flag by name, as the golangci-lint plugin does with its settings.
func Set(name, value string) error {
	f := Analyzer.Flags.Lookup(name)
	if f == nil {
		return fmt.Errorf("unknown setting %q", name)
	}
	return f.Value.Set(value)
}

// Reset restores every flag to its default; tests use it.
func Reset() {
	Analyzer.Flags.VisitAll(func(f *flag.Flag) { _ = f.Value.Set(f.DefValue) })
}

// Parse validates raw flag values.
func Parse(f Flags) (*Config, error) {
	switch {
	case f.MaxLifetime < 0:
		return nil, fmt.Errorf("-max-lifetime: want a duration > 0, got %s", f.MaxLifetime)
	case f.MaxLifetime == 0:
		f.MaxLifetime = DefaultMaxLifetime
	}
	c := &Config{MaxLeeway: f.MaxLeeway, MaxLifetime: f.MaxLifetime, IncludeTests: f.IncludeTests, SQLPlaceholders: f.SQLPlaceholders, InventoryRecords: f.InventoryRecords}
	if err := checkPlaceholders(f.SQLPlaceholders); err != nil {
		return nil, fmt.Errorf("-sql-placeholders: %v", err)
	}
	if names := splitList(f.Checks); len(names) > 0 {
		c.enabled = make(map[string]bool)
		for _, n := range names {
			if !slices.Contains(Checks, n) {
				return nil, fmt.Errorf("-checks: unknown check %q (known: %s)", n, strings.Join(Checks, ", "))
			}
			c.enabled[n] = true
		}
	}
	for _, claim := range splitList(f.RequireClaims) {
		if !slices.Contains(knownClaims, claim) {
			return nil, fmt.Errorf("-require-claims: unknown claim %q (known: %s)", claim, strings.Join(knownClaims, ", "))
		}
		if !slices.Contains(c.RequireClaims, claim) {
			c.RequireClaims = append(c.RequireClaims, claim)
		}
	}
	sort.Strings(c.RequireClaims)
	if err := checkKinds(f.Untrusted); err != nil {
		return nil, fmt.Errorf("-untrusted: %v", err)
	}
	if kinds := splitList(f.Untrusted); len(kinds) > 0 {
		c.untrusted = map[string]bool{}
		for _, k := range kinds {
			c.untrusted[k] = true
		}
	}
	var err error
	if c.Sinks, err = parseRefs("-sinks", f.Sinks); err != nil {
		return nil, err
	}
	if c.Sources, err = parseRefs("-sources", f.Sources); err != nil {
		return nil, err
	}
	if c.Sanitizers, err = parseRefs("-sanitizers", f.Sanitizers); err != nil {
		return nil, err
	}
	return c, nil
}

func parseRefs(flagName, s string) ([]FuncRef, error) {
	var refs []FuncRef
	for _, item := range splitList(s) {
		r, err := ParseFuncRef(item)
		if err != nil {
			if flagName == "" {
				return nil, err
			}
			return nil, fmt.Errorf("%s: %v", flagName, err)
		}
		refs = append(refs, r)
	}
	return refs, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
