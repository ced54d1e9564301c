// Package gorm exercises sqlstring's suggested fix on gorm's raw SQL and
// string conditions: ?, which gorm binds itself whatever the database.
package gorm

import (
	"fmt"
	"net/http"

	"gorm.io/gorm"
)

func raw(db *gorm.DB, r *http.Request) {
	name := r.FormValue("name")
	db.Raw("SELECT id FROM users WHERE name = '" + name + "'")                        // want `sqlstring: the query text of \(\*gorm\.DB\)\.Raw is built with \+`
	db.Exec(fmt.Sprintf("DELETE FROM users WHERE name = '%s' AND age > ?", name), 18) // want `sqlstring: the query text of \(\*gorm\.DB\)\.Exec is built with fmt\.Sprintf`
}

func where(db *gorm.DB, r *http.Request) {
	name := r.FormValue("name")
	db.Where("name = '" + name + "'")             // want `sqlstring: the query text of \(\*gorm\.DB\)\.Where is built with \+`
	db.Where("age > ? AND name = '"+name+"'", 18) // want `sqlstring: the query text of \(\*gorm\.DB\)\.Where is built with \+`
	cond := fmt.Sprintf("email = '%s'", r.FormValue("email"))
	db.Or(cond) // want `sqlstring: .*; use bind parameters`
}

// No fix: @ makes gorm read named arguments; Order takes no arguments.
func noFix(db *gorm.DB, r *http.Request) {
	name := r.FormValue("name")
	db.Raw("SELECT id FROM users WHERE email LIKE '%@example.com' AND name = '" + name + "'") // want `sqlstring: .*; use bind parameters`
	db.Order("name " + r.FormValue("dir"))                                                    // want `sqlstring: .*; use bind parameters`
}
