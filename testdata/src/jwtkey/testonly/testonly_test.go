package testonly

import "testing"

func TestIssue(t *testing.T) {
	if _, err := Issue(FixtureKey); err != nil {
		t.Fatal(err)
	}
	if _, err := Issue([]byte("inline-test-key")); err != nil {
		t.Fatal(err)
	}
}
