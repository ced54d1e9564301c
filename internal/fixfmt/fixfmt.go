// Package fixfmt applies suggested fixes to a file and formats the result:
// the -fix driver writes what it returns, and the golden tests of the
// checks compare it.
package fixfmt

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
)

// Tidy formats the fixed source and removes the imports that were used in
// the original and are not any more (a Sprintf rewritten into a constant
// can leave fmt unused). An import's name is taken from its path when
// not given; since it must have been used under that name before, a wrong
// guess only leaves the import in place.
func Tidy(orig, fixed []byte) ([]byte, error) {
	fset := token.NewFileSet()
	before, err := parser.ParseFile(fset, "", orig, parser.SkipObjectResolution)
	if err != nil {
		return format.Source(fixed)
	}
	after, err := parser.ParseFile(fset, "", fixed, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	usedBefore, usedAfter := selectorBases(before), selectorBases(after)
	// Deleting an import edits after.Imports: range over a copy.
	for _, imp := range slices.Clone(after.Imports) {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		name := importName(p)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name == "_" || name == "." {
			continue
		}
		if usedBefore[name] && !usedAfter[name] {
			if imp.Name != nil {
				astutil.DeleteNamedImport(fset, after, name, p)
			} else {
				astutil.DeleteImport(fset, after, p)
			}
		}
	}
	var b bytes.Buffer
	if err := format.Node(&b, fset, after); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// selectorBases lists the identifiers used as x in x.Sel: the names
// under which imports can be used.
func selectorBases(f *ast.File) map[string]bool {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	return used
}

// importName guesses a package's name from its import path: the last
// element, without a major-version element (pgx/v5) or a gopkg.in
// version suffix (yaml.v3).
func importName(p string) string {
	base := path.Base(p)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" && path.Dir(p) != "." {
		base = path.Base(path.Dir(p))
	}
	if i := strings.Index(base, ".v"); i > 0 {
		base = base[:i]
	}
	return base
}
