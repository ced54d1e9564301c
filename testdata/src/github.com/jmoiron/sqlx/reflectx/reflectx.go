// Package reflectx is a minimal hand-written stub of
// github.com/jmoiron/sqlx/reflectx: the Mapper type that sqlx exposes.
package reflectx

type Mapper struct {
	tagName string
	mapFunc func(string) string
}

func NewMapper(tagName string) *Mapper { return &Mapper{tagName: tagName} }

func NewMapperFunc(tagName string, f func(string) string) *Mapper {
	return &Mapper{tagName: tagName, mapFunc: f}
}
