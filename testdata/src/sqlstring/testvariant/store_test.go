package testvariant

import (
	"os"
	"strings"
	"testing"

	"sqlstring/testvariant/tenant"
)

// setup stores a test tenant through a parameter.
func setup(p string) { tenant.Prefix = strings.ToLower(p) + "_" }

// A variable of a test file, initialised from the environment.
var fixtureSchema = os.Getenv("TEST_SCHEMA")

var _ = func() bool { schema = fixtureSchema; return true }()

func init() { schema = os.Getenv("TEST_SCHEMA2") }

type envNamer struct{}

func (envNamer) Name() string { return os.Getenv("TEST_TABLE") }

func TestGet(t *testing.T) {
	setup(os.Getenv("TEST_TENANT"))
	Get("k")
	Count()
	r := &Repo{table: os.Getenv("TEST_TABLE")}
	r.Drop() // want `sqlstring: the query text of \(\*testvariant\.Repo\)\.Drop \(run by \(\*sql\.DB\)\.Exec at store\.go:\d+\) is built with \+ from program input`
	Truncate(envNamer{})
	TruncateItems()
	// A flaw of the test itself is reported in its file.
	db.Exec("DELETE FROM " + tenant.Prefix + "settings") // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with \+ from program input`
}
