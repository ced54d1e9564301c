// Package scanned exercises rows scanned into a type of the package that
// implements sql.Scanner and fills its fields itself: database/sql hands
// its Scan method the column (stored data), and the fields it fills from
// it are stored data wherever the object goes (here a registry keeping
// what it scanned in a map, read by other methods).
package scanned

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
)

type Collection struct {
	Name      string
	TableName string
}

func (c *Collection) Scan(src any) error {
	var m map[string]string
	if err := json.Unmarshal(src.([]byte), &m); err != nil {
		return err
	}
	c.Name = m["name"]
	c.TableName = m["table"]
	return nil
}

func (c *Collection) deepCopy() *Collection {
	if c == nil {
		return nil
	}
	return &Collection{Name: c.Name, TableName: c.TableName}
}

type Registry struct {
	db    *sql.DB
	colls map[string]*Collection
}

func (r *Registry) load() error {
	rows, err := r.db.Query("SELECT doc FROM meta")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c Collection
		if err := rows.Scan(&c); err != nil {
			return err
		}
		r.colls[c.Name] = &c
	}
	return rows.Err()
}

func (r *Registry) get(name string) *Collection {
	return r.colls[name].deepCopy()
}

func (r *Registry) Drop(name string) error {
	c := r.get(name)
	if c == nil {
		return nil
	}
	_, err := r.db.Exec(fmt.Sprintf("DROP TABLE %s", c.TableName)) // want `sqlstring: .*built with fmt\.Sprintf from stored input`
	return err
}

func (r *Registry) DropDirect(name string) error {
	c := r.colls[name]
	_, err := r.db.Exec(fmt.Sprintf("DROP TABLE %s", c.TableName)) // want `sqlstring: .*built with fmt\.Sprintf from stored input`
	return err
}

func (r *Registry) Local() error {
	row := r.db.QueryRow("SELECT doc FROM meta")
	var c Collection
	if err := row.Scan(&c); err != nil {
		return err
	}
	_, err := r.db.Exec(fmt.Sprintf("DROP TABLE %s", c.TableName)) // want `sqlstring: .*built with fmt\.Sprintf from stored input`
	return err
}

type plain struct{ TableName string }

func (r *Registry) LocalPlain() error {
	row := r.db.QueryRow("SELECT doc FROM meta")
	var c plain
	if err := row.Scan(&c.TableName); err != nil {
		return err
	}
	_, err := r.db.Exec(fmt.Sprintf("DROP TABLE %s", c.TableName)) // want `sqlstring: .*built with fmt\.Sprintf from stored input`
	return err
}

type noscan struct{ TableName string }

func (r *Registry) LocalWhole() error {
	row := r.db.QueryRow("SELECT doc FROM meta")
	var c noscan
	if err := row.Scan(&c); err != nil {
		return err
	}
	_, err := r.db.Exec(fmt.Sprintf("DROP TABLE %s", c.TableName)) // want `sqlstring: .*built with fmt\.Sprintf from stored input`
	return err
}

// Hard negative: a scanner filling its fields with a constant and a number
// parsed from the column; read back through the registry, neither is input.
type kind struct {
	Table string
	N     int
}

func (k *kind) Scan(src any) error {
	n, err := strconv.Atoi(string(src.([]byte)))
	k.N = n
	k.Table = "items"
	return err
}

type kinds struct {
	db *sql.DB
	m  map[string]*kind
}

func (r *kinds) load() error {
	rows, err := r.db.Query("SELECT n FROM kinds")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k kind
		if err := rows.Scan(&k); err != nil {
			return err
		}
		r.m[k.Table] = &k
	}
	return rows.Err()
}

func (r *kinds) First(name string) error {
	k := r.m[name]
	_, err := r.db.Exec(fmt.Sprintf("SELECT * FROM %s LIMIT %d", k.Table, k.N))
	return err
}
