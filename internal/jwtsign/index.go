package jwtsign

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// index holds the package-wide lookups the recogniser needs: stores into
// globals and fields with the function making them (a literal is located
// in that function's syntax), the callers of each function, and call
// expressions by their opening parenthesis (make and conversions have no
// call instruction).
type index struct {
	stores  map[any][]store
	callers map[*ssa.Function][]*ssa.Call
	lparen  map[token.Pos]*ast.CallExpr
	// valueSpecs are the package-level var and const declarations: the
	// syntax of globals initialised in the synthetic package initializer.
	valueSpecs []*ast.ValueSpec
	// objSpec maps a package-level var or const to its declaring spec and
	// the index of its name there.
	objSpec map[types.Object]specRef
}

type store struct {
	instr *ssa.Store
	fn    *ssa.Function
}

type specRef struct {
	spec *ast.ValueSpec
	i    int
}

func newIndex(pass *analysis.Pass, prog *ssaprog.Program) *index {
	x := &index{
		stores:  map[any][]store{},
		callers: map[*ssa.Function][]*ssa.Call{},
		lparen:  map[token.Pos]*ast.CallExpr{},
		objSpec: map[types.Object]specRef{},
	}
	for _, fn := range prog.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch in := instr.(type) {
				case *ssa.Store:
					if loc := ssaprog.Location(in.Addr); loc != nil {
						x.stores[loc] = append(x.stores[loc], store{in, fn})
					}
				case *ssa.Call:
					if callee := in.Call.StaticCallee(); callee != nil {
						x.callers[callee] = append(x.callers[callee], in)
					}
				}
			}
		}
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				x.lparen[n.Lparen] = n
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if obj := pass.TypesInfo.Defs[name]; obj != nil {
						x.objSpec[obj] = specRef{n, i}
					}
				}
			}
			return true
		})
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && (gd.Tok == token.VAR || gd.Tok == token.CONST) {
				for _, s := range gd.Specs {
					x.valueSpecs = append(x.valueSpecs, s.(*ast.ValueSpec))
				}
			}
		}
	}
	return x
}
