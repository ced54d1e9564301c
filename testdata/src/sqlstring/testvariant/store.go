// Package testvariant: what a package's tests store (a tenant prefix set
// by a setup helper, a schema chosen from the environment, a repository
// made with a test table, a fake) does not make findings in the package's
// own code, which is judged without its tests; a sink in a _test.go file
// is judged with everything, and a flaw of the package's own code is
// reported in its test variant too.
package testvariant

import (
	"database/sql"
	"fmt"
	"os"

	"sqlstring/testvariant/tenant"
)

var db *sql.DB

// schema is only ever changed by the package's tests.
var schema = "public"

func table(name string) string { return fmt.Sprintf("%s%s", tenant.Prefix, name) }

func Get(key string) (v string, err error) {
	err = db.QueryRow("SELECT value FROM "+table("settings")+" WHERE key = $1", key).Scan(&v)
	return v, err
}

func Count() (n int, err error) {
	err = db.QueryRow("SELECT count(*) FROM " + schema + ".items").Scan(&n)
	return n, err
}

type Repo struct{ table string }

func NewRepo() *Repo { return &Repo{table: "items"} }

// Drop is only called by the tests.
func (r *Repo) Drop() error {
	_, err := db.Exec("DROP TABLE " + r.table)
	return err
}

// A Namer names a table; the package has no implementation, the tests do.
type Namer interface{ Name() string }

func Truncate(n Namer) error {
	_, err := db.Exec("TRUNCATE " + n.Name())
	return err
}

func TruncateItems() error { return Truncate(itemsNamer{}) }

type itemsNamer struct{}

func (itemsNamer) Name() string { return "items" }

// The package's own flaw, reported whichever variant is analysed.
func Vacuum() error {
	_, err := db.Exec("VACUUM " + os.Getenv("VACUUM_TABLE")) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with \+ from program input \(os\.Getenv\("VACUUM_TABLE"\)\)`
	return err
}
