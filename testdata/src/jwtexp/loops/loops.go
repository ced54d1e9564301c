// Package loops exercises jwtexp on claims passed around a loop: the
// loop's phis refer to each other, and the walk back from the signing call
// (or from a function's result, for its fact) stops at a phi already on
// its path. Without that, each round of the loop below multiplies the
// paths by the number of cases: the package would not finish.
package loops

import "github.com/golang-jwt/jwt/v5"

var key = []byte("k")

type node map[string]any

type claimsMap jwt.MapClaims

// descend returns a map; its result is a claims carrier, so its fact is
// computed by walking back through the loop.
func descend(m map[string]any, path []string) map[string]any {
	for _, p := range path {
		switch p {
		case "a":
			m = map[string]any(node(m))
		case "b":
			m = map[string]any(claimsMap(m))
		case "c":
			m = map[string]any(node(map[string]any(claimsMap(m))))
		case "d":
			m = map[string]any(claimsMap(map[string]any(node(m))))
		case "e":
			m = map[string]any(node(map[string]any(node(m))))
		case "f":
			m = map[string]any(claimsMap(map[string]any(claimsMap(m))))
		}
	}
	return m
}

// Positive: the claims set no "exp" on any path around the loop.
func signLoop(sub string, rounds []string) (string, error) {
	claims := jwt.MapClaims{"sub": sub}
	for _, r := range rounds {
		switch r {
		case "a":
			claims = jwt.MapClaims(node(claims))
		case "b":
			claims = jwt.MapClaims(claimsMap(claims))
		}
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key) // want `jwtexp: .*its claims set no "exp"`
}

// Negative: every path into the loop sets exp.
func signLoopExp(sub string, exp int64, rounds []string) (string, error) {
	claims := jwt.MapClaims{"sub": sub, "exp": exp}
	for _, r := range rounds {
		switch r {
		case "a":
			claims = jwt.MapClaims(node(claims))
		case "b":
			claims = jwt.MapClaims(claimsMap(claims))
		}
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func use() {
	_ = descend(map[string]any{}, nil)
}
