package testsincluded

import "testing"

// FixtureKey signs test tokens.
var FixtureKey = []byte("fixture-key") // want `jwtkey: the HMAC key passed to testsincluded\.Issue \(the key of \(\*jwt\.Token\)\.SignedString\) is a hardcoded literal of 11 bytes`

func TestIssue(t *testing.T) {
	if _, err := Issue(FixtureKey); err != nil {
		t.Fatal(err)
	}
	if _, err := Issue([]byte("inline-test-key")); err != nil { // want `jwtkey: the HMAC key passed to testsincluded\.Issue \(the key of \(\*jwt\.Token\)\.SignedString\) is a hardcoded literal of 15 bytes`
		t.Fatal(err)
	}
}
