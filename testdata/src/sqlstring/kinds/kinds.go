// Package kinds exercises the trust model: each kind of untrusted input
// (remote, program, stored, and values not proven safe) built into query
// text is reported and named; request data used as the query text as it
// came is reported too; text from program input or configuration that is
// not built, and everything proven safe, is not.
package kinds

import (
	"bufio"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
)

var table = flag.String("table", "events", "table to clean")

var cutoff string

func init() {
	flag.StringVar(&cutoff, "cutoff", "", "day")
}

// Program input.

func args(db *sql.DB) {
	db.Exec("DROP DATABASE " + os.Args[1]) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with \+ from program input \(os\.Args\)`
}

func flagPointer(db *sql.DB) {
	db.Exec(fmt.Sprintf("DELETE FROM %s WHERE day < '2020-01-01'", *table)) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with fmt\.Sprintf from program input`
}

func flagVar(db *sql.DB) {
	db.Exec(fmt.Sprintf("DELETE FROM events WHERE day < '%s'", cutoff)) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with fmt\.Sprintf from program input`
}

func flagArg(db *sql.DB) {
	db.Exec("VACUUM " + flag.Arg(0)) // want `from program input \(flag\.Arg\(0\)\)`
}

func env(db *sql.DB) {
	db.Exec("SET ROLE " + os.Getenv("DB_ROLE")) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with \+ from program input \(os\.Getenv\("DB_ROLE"\)\)`
}

func stdin(db *sql.DB) {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		db.Exec("INSERT INTO imports (line) VALUES ('" + in.Text() + "')") // want `from program input \(os\.Stdin\)`
	}
}

func fileContents(db *sql.DB, name string) {
	data, _ := os.ReadFile(name)
	db.Exec("INSERT INTO docs (body) VALUES ('" + string(data) + "')") // want `from program input`
}

// Remote input: built, or used as the query text as it came.

func requestBuilt(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE title = '" + r.FormValue("t") + "'") // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input \(r\.FormValue\("t"\)\)`
}

func requestUnbuilt(db *sql.DB, req *http.Request) {
	db.Query(req.URL.Query().Get("q")) // want `sqlstring: remote input \(req\.URL\.Query\(\)\) is the query text of \(\*sql\.DB\)\.Query as it came`
}

func requestBody(db *sql.DB, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	db.Exec(string(body)) // want `sqlstring: remote input .* is the query text of \(\*sql\.DB\)\.Exec as it came`
}

func requestTrimmed(db *sql.DB, r *http.Request) {
	db.Query(strings.TrimSpace(r.FormValue("q"))) // want `is the query text of \(\*sql\.DB\)\.Query as it came`
}

// Stored input: second-order injection.

func stored(db *sql.DB) {
	rows, _ := db.Query("SELECT name FROM saved_filters")
	for rows.Next() {
		var filter string
		rows.Scan(&filter)
		db.Query("SELECT id FROM notes WHERE " + filter) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from stored input \(rows\.Scan\(&filter\)\)`
	}
}

func storedRow(db *sql.DB, id int) {
	var tbl string
	db.QueryRow("SELECT tbl FROM reports WHERE id = $1", id).Scan(&tbl)
	db.Query("SELECT * FROM " + tbl) // want `from stored input`
}

// Not proven safe, of no known kind: another package's variable, a
// standard function reading the outside world.

func hostname(db *sql.DB) {
	h, _ := os.Hostname()
	db.Exec("UPDATE nodes SET seen = now() WHERE name = '" + h + "'") // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with \+ from a value not proven safe`
}

// Hard negatives.

// Program input run as it came: a migration tool runs its files.
func migrate(db *sql.DB, dir string) {
	data, _ := os.ReadFile(dir + "/001_init.sql")
	db.Exec(string(data))
	db.Exec(os.Getenv("INIT_SQL"))
}

// Configuration loaded at start-up, not built.
type Config struct{ ReportQuery string }

func report(db *sql.DB, cfg *Config) {
	db.Query(cfg.ReportQuery)
}

// Numbers from any input.
func atoi(db *sql.DB, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("limit"))
	if err != nil {
		return
	}
	db.Query("SELECT id FROM notes LIMIT " + strconv.Itoa(n))
	db.Query(fmt.Sprintf("SELECT id FROM notes LIMIT %d", n))
	lim, _ := strconv.Atoi(os.Args[2])
	db.Query(fmt.Sprintf("SELECT id FROM notes LIMIT %d", lim))
}

// Tested against constants.
func direction(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	if dir != "ASC" && dir != "DESC" {
		dir = "ASC"
	}
	db.Query("SELECT id FROM notes ORDER BY created_at " + dir)
}

// Bound parameters, whatever their kind.
func bound(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE title = $1 AND host = $2", r.FormValue("t"), os.Getenv("HOST"))
	var f string
	db.QueryRow("SELECT filter FROM saved WHERE id = 1").Scan(&f)
	db.Query("SELECT id FROM notes WHERE filter = $1", f)
}

// A stored number.
func storedNumber(db *sql.DB) {
	var n int
	db.QueryRow("SELECT max(id) FROM notes").Scan(&n)
	db.Query("SELECT id FROM notes WHERE id > " + strconv.Itoa(n))
}

// Constant fragments from the standard library.
func stdConstants(db *sql.DB) {
	db.Query("SELECT id FROM notes WHERE day = '" + strings.ToUpper("mon") + "'")
}
