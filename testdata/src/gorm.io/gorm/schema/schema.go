// Package schema is a minimal hand-written stub of gorm.io/gorm/schema: only
// what gorm's Dialector and Migrator signatures mention.
package schema

type DataType string

type Field struct {
	Name     string
	DBName   string
	DataType DataType
}
