// Package textutil is a string helper that imports no SQL or JWT library.
package textutil

// Where builds a WHERE clause from its parameters.
func Where(column, value string) string {
	return " WHERE " + column + " = '" + value + "'"
}
