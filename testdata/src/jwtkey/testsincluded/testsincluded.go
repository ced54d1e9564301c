// Package testsincluded is jwtkey/testonly run with -include-tests: the
// keys its tests sign with are reported, at the literal, in the file that
// holds it. (A literal of a non-test file used only by tests is reported
// only in the test variant of the package, which analysistest cannot
// express: jwtkey/testonly covers it without the flag.)
package testsincluded

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Issue signs a production token.
func Issue(key []byte) (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

// Production signs with the environment.
func Production() (string, error) {
	return Issue([]byte(os.Getenv("JWT_SECRET")))
}
