// Package encodings: hex digits and the alphabets of the standard base64
// and base32 encodings hold no quote, comment or statement syntax, so a
// value encoded with them is safe in SQL text (a blob literal x'...', a
// key in a quoted literal), whatever was encoded. An Encoding made with an
// alphabet of the program's choosing is not proven safe.
package encodings

import (
	"database/sql"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
)

var db *sql.DB

// compressor stands for another library's encoder (an opaque call).
var compressor interface{ EncodeAll(src, dst []byte) []byte }

func encoded(w http.ResponseWriter, r *http.Request) {
	body := compressor.EncodeAll([]byte(r.FormValue("b")), nil)
	db.Exec(fmt.Sprintf(`INSERT INTO blobs (data) VALUES (x'%s')`, hex.EncodeToString(body)))
	db.Exec(fmt.Sprintf(`INSERT INTO blobs (data) VALUES (x'%x')`, body))
	db.Exec(fmt.Sprintf(`INSERT INTO blobs (data) VALUES (X'%X')`, r.FormValue("b")))
	db.Exec("INSERT INTO keys (k) VALUES ('" + base64.StdEncoding.EncodeToString(body) + "')")
	db.Exec("INSERT INTO keys (k) VALUES ('" + base64.RawURLEncoding.EncodeToString(body) + "')")
	db.Exec("INSERT INTO keys (k) VALUES ('" + base32.StdEncoding.EncodeToString(body) + "')")
}

func notEncoded(w http.ResponseWriter, r *http.Request) {
	body := compressor.EncodeAll([]byte(r.FormValue("b")), nil)
	db.Exec(fmt.Sprintf(`INSERT INTO blobs (data) VALUES ('%s')`, body)) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with fmt\.Sprintf from remote input`
	enc := base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456'")
	db.Exec("INSERT INTO keys (k) VALUES ('" + enc.EncodeToString(body) + "')")                                  // want `built with \+ from remote input`
	db.Exec("INSERT INTO keys (k) VALUES ('" + base64.StdEncoding.WithPadding('\'').EncodeToString(body) + "')") // want `built with \+ from remote input`
	// %x pastes hex digits, %q a Go string (its \" is no SQL escape).
	db.Exec(fmt.Sprintf(`INSERT INTO blobs (data, name) VALUES (x'%x', %q)`, body, r.FormValue("n"))) // want `built with fmt\.Sprintf from remote input`
}
