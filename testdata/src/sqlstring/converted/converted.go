// Package converted reads fields below a pointer held in the result of a
// converter (a request decoded into one type, converted into another): the
// converter's summary says what each nested field holds, and the read
// follows the pointer into the call's result.
package converted

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type Request struct {
	Owner *Person
	Title string
}

type Person struct{ Name string }

type Note struct {
	Owner *Owner
	Title string
}

type Owner struct {
	Name string
	Role string
}

func toNote(r *Request) *Note {
	return &Note{Owner: toOwner(r.Owner), Title: r.Title}
}

func toOwner(p *Person) *Owner {
	return &Owner{Name: p.Name, Role: "member"}
}

func decode(r *http.Request) (*Request, error) {
	var req Request
	err := json.NewDecoder(r.Body).Decode(&req)
	return &req, err
}

// The owner's name comes from the request body, two calls deep.
func nestedName(db *sql.DB, r *http.Request) {
	req, err := decode(r)
	if err != nil {
		return
	}
	n := toNote(req)
	db.Query("SELECT id FROM notes WHERE owner = '" + n.Owner.Name + "'") // want `sqlstring: .*built with \+ from remote input`
}

// The role beside it is a constant of the converter: safe.
func nestedRole(db *sql.DB, r *http.Request) {
	req, err := decode(r)
	if err != nil {
		return
	}
	n := toNote(req)
	db.Query("SELECT id FROM notes WHERE role = '" + n.Owner.Role + "'")
}

// The owner's name bound as an argument: safe.
func nestedBound(db *sql.DB, r *http.Request) {
	req, err := decode(r)
	if err != nil {
		return
	}
	n := toNote(req)
	db.Query("SELECT id FROM notes WHERE owner = $1", n.Owner.Name)
}

// The request is assembled by hand: the owner's name is stored in a
// Person the Request points to, then converted.
func assembledName(db *sql.DB, r *http.Request) {
	p := &Person{Name: r.FormValue("owner")}
	n := toNote(&Request{Owner: p, Title: "t"})
	db.Query("SELECT id FROM notes WHERE owner = '" + n.Owner.Name + "'") // want `sqlstring: .*built with \+ from remote input \(r\.FormValue\("owner"\)\)`
}

// Its twin with a constant name: safe.
func assembledConstant(db *sql.DB, r *http.Request) {
	p := &Person{Name: "admin"}
	n := toNote(&Request{Owner: p, Title: r.FormValue("title")})
	db.Query("SELECT id FROM notes WHERE owner = '" + n.Owner.Name + "'")
}
