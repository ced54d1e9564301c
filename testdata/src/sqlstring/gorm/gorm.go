// Package gorm exercises sqlstring on gorm.io/gorm: Raw and Exec, and the
// chainable methods that take SQL text as their first argument (Where, Or,
// Not, Order, Group, Having, Select, Joins). Those methods also accept maps,
// structs and clause values as conditions, which gorm quotes itself: such
// calls are not findings, however the values are built.
package gorm

import (
	"fmt"
	"net/http"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type Note struct {
	ID    uint
	Owner string
	Title string
}

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

// Positives.

func raw(db *gorm.DB, r *http.Request) {
	var notes []Note
	db.Raw(fmt.Sprintf("SELECT * FROM notes WHERE owner = '%s'", param(r, "owner"))).Scan(&notes) // want `sqlstring: the query text of \(\*gorm\.DB\)\.Raw is built with fmt\.Sprintf`
}

func exec(db *gorm.DB, r *http.Request) {
	db.Exec("DELETE FROM notes WHERE owner = '" + param(r, "owner") + "'") // want `sqlstring: the query text of \(\*gorm\.DB\)\.Exec is built with \+`
}

func chain(db *gorm.DB, r *http.Request) {
	var notes []Note
	cond := fmt.Sprintf("owner = '%s'", param(r, "owner"))
	db.Where(cond).Find(&notes)                              // want `sqlstring: the query text of \(\*gorm\.DB\)\.Where is built`
	db.Or(cond).Find(&notes)                                 // want `sqlstring: the query text of \(\*gorm\.DB\)\.Or is built`
	db.Not(cond).Find(&notes)                                // want `sqlstring: the query text of \(\*gorm\.DB\)\.Not is built`
	db.Order("title " + param(r, "dir")).Find(&notes)        // want `sqlstring: the query text of \(\*gorm\.DB\)\.Order is built with \+`
	db.Group("owner, " + param(r, "group")).Find(&notes)     // want `sqlstring: the query text of \(\*gorm\.DB\)\.Group is built with \+`
	db.Having(cond).Find(&notes)                             // want `sqlstring: the query text of \(\*gorm\.DB\)\.Having is built`
	db.Select("id, " + param(r, "col")).Find(&notes)         // want `sqlstring: the query text of \(\*gorm\.DB\)\.Select is built with \+`
	db.Joins("JOIN users ON " + param(r, "on")).Find(&notes) // want `sqlstring: the query text of \(\*gorm\.DB\)\.Joins is built with \+`
}

// Hard negatives.

// Placeholders with bind values: gorm's documented safe form.
func placeholders(db *gorm.DB, r *http.Request) {
	var notes []Note
	owner := param(r, "owner")
	db.Where("owner = ?", owner).Find(&notes)
	db.Or("title LIKE ?", "%"+param(r, "q")+"%").Find(&notes)
	db.Not("owner = ?", owner).Find(&notes)
	db.Having("count(*) > ?", 3).Find(&notes)
	db.Raw("SELECT * FROM notes WHERE owner = ?", owner).Scan(&notes)
	db.Exec("DELETE FROM notes WHERE owner = @owner", map[string]interface{}{"owner": owner})
}

// Map, struct and clause conditions are not SQL text: gorm quotes the
// column names and binds the values.
func structuredConditions(db *gorm.DB, r *http.Request) {
	var notes []Note
	owner := param(r, "owner")
	db.Where(map[string]interface{}{"owner": owner}).Find(&notes)
	db.Where(&Note{Owner: owner}).Find(&notes)
	db.Not(Note{Owner: owner}).Find(&notes)
	db.Or(map[string]interface{}{"title": param(r, "title")}).Find(&notes)
	db.Where(clause.Eq{Column: "owner", Value: owner}).Find(&notes)
	db.Order(clause.OrderByColumn{Column: clause.Column{Name: param(r, "sort")}, Desc: true}).Find(&notes)
	db.Select([]string{"id", "title"}).Find(&notes)
}

// Text built from constants only.
func constantBuilt(db *gorm.DB, desc bool) {
	var notes []Note
	order := "created_at"
	if desc {
		order += " DESC"
	}
	db.Order(order).Find(&notes)
	db.Where(fmt.Sprintf("deleted_at IS NULL AND id > %d", 100)).Find(&notes)
}
