// Package quoting: a value pasted between quotes, with the quote that would
// end them doubled, removed, or escaped together with backslashes, cannot
// leave them; the engine reads that from the code (concatenations, printf
// formats, strings.ReplaceAll, strings.Replacer), in any helper, in any
// package. Quoting that does not escape, escapes another quote, escapes
// with backslashes alone, or pastes outside the quotes is still reported.
package quoting

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"

	"sqlstring/quoting/quoteutil"
)

var db *sql.DB

// quoteIdent is golang-migrate's helper: cut at NUL, double the quote, wrap.
func quoteIdent(name string) string {
	end := strings.IndexRune(name, 0)
	if end > -1 {
		name = name[:end]
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func bracket(s string) string { return "[" + strings.Replace(s, "]", "]]", -1) + "]" }

var mysqlEscaper = strings.NewReplacer(`\`, `\\`, `'`, `\'`)

func dropAll() error {
	rows, err := db.Query(`SELECT table_name FROM information_schema.tables`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return err
		}
		if _, err := db.Exec(`DROP TABLE IF EXISTS ` + quoteIdent(t) + ` CASCADE`); err != nil {
			return err
		}
	}
	return rows.Err()
}

func quoted(w http.ResponseWriter, r *http.Request) {
	t := r.FormValue("t")
	db.Exec("SELECT * FROM " + quoteIdent(t))
	db.Exec("SELECT * FROM notes WHERE title = " + quoteLiteral(t))
	db.Exec("SELECT * FROM " + bracket(t))
	db.Exec(fmt.Sprintf(`SELECT * FROM "%s"`, strings.ReplaceAll(t, `"`, `""`)))
	db.Exec(fmt.Sprintf(`CREATE INDEX "%s_idx" ON items (at)`, strings.ReplaceAll(t, `"`, "")))
	db.Exec(fmt.Sprintf(`SELECT * FROM %[1]s."%[2]s" WHERE a = '%[3]s'`, quoteIdent(t), strings.ReplaceAll(t, `"`, `""`), strings.ReplaceAll(t, "'", "''")))
	db.Exec("SELECT * FROM notes WHERE title = '" + mysqlEscaper.Replace(t) + "'")
	db.Exec("SELECT * FROM notes WHERE title = '" + strings.NewReplacer("'", "''").Replace(t) + "'")
	db.Exec(`SELECT * FROM "` + strings.ReplaceAll(strings.ReplaceAll(t, `"`, `""`), "\x00", "") + `" -- don't`)
	// Helpers of another package.
	db.Exec("SELECT * FROM " + quoteutil.Ident(t))
	db.Exec("SELECT * FROM notes WHERE title = '" + quoteutil.Escape(t) + "' AND body = '" + quoteutil.Escape(t+"x") + "'")
	db.Exec(`SELECT * FROM "` + quoteutil.Strip(t) + `"`)
}

func notQuoted(w http.ResponseWriter, r *http.Request) {
	t := r.FormValue("t")
	db.Exec(`SELECT * FROM "` + t + `"`)                                                             // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with \+ from remote input`
	db.Exec("SELECT * FROM " + quoteutil.Wrap(t))                                                    // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with \+ from remote input`
	db.Exec("SELECT * FROM notes WHERE title = '" + strings.ReplaceAll(t, `"`, `""`) + "'")          // want `built with .* from remote input`
	db.Exec("SELECT * FROM notes WHERE title = '" + strings.ReplaceAll(t, `'`, `\'`) + "'")          // want `built with .* from remote input`
	db.Exec("SELECT * FROM notes WHERE title = '" + strings.Replace(t, "'", "''", 1) + "'")          // want `built with .* from remote input`
	db.Exec("SELECT * FROM notes WHERE title = '" + quoteutil.Escape(t)[:8] + "'")                   // want `built with .* from remote input`
	db.Exec("SELECT * FROM notes WHERE title = " + quoteutil.Escape(t))                              // want `built with .* from remote input`
	db.Exec(`SELECT * FROM "a" ` + strings.ReplaceAll(t, `"`, `""`) + `"`)                           // want `built with .* from remote input`
	db.Exec("SELECT * FROM notes WHERE title = '" + strings.NewReplacer(`'`, `\'`).Replace(t) + "'") // want `built with .* from remote input`
	db.Exec(`SELECT 1 -- "` + strings.ReplaceAll(t, `"`, `""`) + "\nFROM x")                         // want `built with .* from remote input`
	db.Exec(fmt.Sprintf(`SELECT * FROM %q`, t))                                                      // want `built with .* from remote input`
	db.Exec(fmt.Sprintf(`SELECT * FROM "%s" WHERE a = '%[1]s'`, strings.ReplaceAll(t, `"`, `""`)))   // want `built with .* from remote input`
}
