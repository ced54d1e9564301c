// Package once: one query text is reported once. A wrapper whose text is
// not proven safe whatever its parameter is (a driver's name from an
// interface the package does not implement, the environment) is reported
// at its own SQL call, and its callers are not reported again for that
// text; a wrapper whose text is unsafe only through its parameter is
// reported at the callers passing unsafe values, not inside.
package once

import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"time"
)

type Driver interface{ Name() string }

var openDriver func(db *sql.DB) Driver

// river's riverdbtest: the schema is made from the driver and the clock.
func setup(db *sql.DB, d Driver) error {
	schema := fmt.Sprintf("test_%s_%d", d.Name(), time.Now().UnixNano())
	_, err := db.Exec("SET search_path TO '" + schema + "'") // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with fmt\.Sprintf from a value not proven safe`
	return err
}

func setupDefault(db *sql.DB) error {
	return setup(db, openDriver(db))
}

// The text holds program input inside and the caller's request data.
func byRole(db *sql.DB, col string) {
	db.Exec("SELECT " + col + " FROM roles WHERE name = '" + os.Getenv("ROLE") + "'") // want `built with \+ from program input`
}

func callsByRole(db *sql.DB, r *http.Request) {
	byRole(db, r.FormValue("c"))
}

// Through two wrappers: reported at the innermost SQL call only.
func outer(db *sql.DB, d Driver) error { return setup(db, d) }

func callsOuter(db *sql.DB) error { return outer(db, openDriver(db)) }

// A wrapper safe by itself: its callers are judged.
func byTable(db *sql.DB, table string) {
	db.Exec("SELECT * FROM " + table)
}

func callsByTable(db *sql.DB, r *http.Request) {
	byTable(db, "notes")
	byTable(db, r.FormValue("t")) // want `sqlstring: the query text of once\.byTable \(run by \(\*sql\.DB\)\.Exec at once\.go:\d+\) is built with \+ from remote input`
}
