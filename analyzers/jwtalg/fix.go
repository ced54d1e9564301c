package jwtalg

import (
	"fmt"
	"go/ast"
	"path"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/jwtparse"
)

// suggestedFix appends jwt.WithValidMethods([]string{alg}) to a v4/v5
// jwt.Parse / jwt.ParseWithClaims call written without spread options.
func suggestedFix(pass *analysis.Pass, s *jwtparse.Site, alg string) []analysis.SuggestedFix {
	call := s.Expr
	if call == nil || s.API.Lib.PinOption == "" || s.API.OptionsArg < 0 || s.API.RequestOptions ||
		call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return nil
	}
	name := importName(pass, call, s.API.Lib.Path)
	if name == "" {
		return nil
	}
	last := call.Args[len(call.Args)-1]
	text := ", " + fmt.Sprintf(s.API.Lib.PinOption, name, alg)
	return []analysis.SuggestedFix{{
		Message: fmt.Sprintf("Pin the algorithm to %s", alg),
		TextEdits: []analysis.TextEdit{{
			Pos:     last.End(),
			End:     last.End(),
			NewText: []byte(text),
		}},
	}}
}

// importName returns the name under which the file of call imports pkgPath.
func importName(pass *analysis.Pass, call *ast.CallExpr, pkgPath string) string {
	for _, f := range pass.Files {
		if f.FileStart > call.Pos() || call.Pos() > f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil || p != pkgPath {
				continue
			}
			if imp.Name != nil {
				if imp.Name.Name == "_" || imp.Name.Name == "." {
					return ""
				}
				return imp.Name.Name
			}
			if pkg := pass.Pkg.Imports(); pkg != nil {
				for _, ip := range pkg {
					if ip.Path() == pkgPath {
						return ip.Name()
					}
				}
			}
			return path.Base(p)
		}
	}
	return ""
}
