package fuzzdriver_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jwtlint/jwtlint/internal/fuzzdriver"
)

// gopath holds the library stubs (src/github.com/golang-jwt/...) and the
// checks' test packages.
const gopath = "../../testdata"

// seedDirs are test packages of the checks made of one file that imports
// only the standard library and the library stubs, or single files of such
// packages (dir/name.go) that type-check alone.
var seedDirs = []string{
	"jwtsql/apis", "jwtsql/gojose", "jwtsql/header", "jwtsql/jwx", "jwtsql/mapclaims",
	"jwtsql/rawtoken/rawtoken.go", "jwtsql/sanitizers", "jwtsql/shapes", "jwtsql/structclaims", "jwtsql/unverified",
	"sqlstring/bun", "sqlstring/crdb", "sqlstring/databasesql", "sqlstring/fragments", "sqlstring/gorm",
	"sqlstring/jwttext", "sqlstring/kinds", "sqlstring/pgx", "sqlstring/safe", "sqlstring/shapes",
	"sqlstring/sqlx", "sqlstring/squirrel", "sqlstring/untrusted",
	"jwtverify/dropped", "jwtverify/errorder", "jwtverify/keyfunc", "jwtverify/rotation", "jwtverify/v3line",
	"jwtalg/basic", "jwtalg/keyfuncs", "jwtalg/none", "jwtalg/options", "jwtalg/mixed",
	"jwtclaims/hmac", "jwtclaims/manual", "jwtclaims/validate",
	"jwtheader/fetch", "jwtheader/gojose", "jwtheader/golangjwt", "jwtheader/issuer/issuer.go", "jwtheader/issuer/tenant.go", "jwtheader/jwx",
	"jwtheader/paths", "jwtheader/smalllibs", "jwtheader/uncached", "jwtheader/verifyauto",
	"jwtkey/authsvc", "jwtkey/config", "jwtkey/fallback", "jwtkey/libs/libs.go", "jwtkey/literals",
	"jwtkey/middleware", "jwtkey/none", "jwtkey/random", "jwtkey/wrappers",
	"jwtexp/claimsbuilder", "jwtexp/cristal", "jwtexp/golangjwt", "jwtexp/jose", "jwtexp/jwx",
	"jwtexp/kataras", "jwtexp/lifetimes", "jwtexp/maxlifetime", "jwtexp/wrappers",
}

type seed struct {
	pkgPath string
	src     fuzzdriver.Source
}

// seeds reads the seed files.
func seeds(tb testing.TB) []seed {
	tb.Helper()
	var out []seed
	for _, dir := range seedDirs {
		pattern := filepath.Join(gopath, "src", dir, "*.go")
		if strings.HasSuffix(dir, ".go") {
			pattern = filepath.Join(gopath, "src", dir)
			dir = filepath.Dir(dir)
		}
		names, err := filepath.Glob(pattern)
		if err != nil || len(names) != 1 {
			tb.Fatalf("seed %s: want one Go file, found %v (%v)", dir, names, err)
		}
		b, err := os.ReadFile(names[0])
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, seed{pkgPath: dir, src: fuzzdriver.Source{Name: filepath.Base(names[0]), Content: b}})
	}
	return out
}

var (
	driverOnce sync.Once
	driver     *fuzzdriver.Driver
	driverErr  error
)

// sharedDriver is one driver per test binary: the standard library and
// the stubs are type-checked once.
func sharedDriver(tb testing.TB) *fuzzdriver.Driver {
	driverOnce.Do(func() { driver, driverErr = fuzzdriver.New(gopath) })
	if driverErr != nil {
		tb.Fatal(driverErr)
	}
	return driver
}
