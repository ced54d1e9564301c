package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/gcexportdata"
)

// checkDeclarations type-checks the package's declarations, function
// bodies left out: the types a package exports do not depend on them, and
// they are most of the work and memory of a full type-check. Imports are
// read from their runs' outputs, as unitchecker does.
func checkDeclarations(fset *token.FileSet, u *vetUnit) (*types.Package, error) {
	var files []*ast.File
	for _, name := range u.GoFiles {
		f, err := parseDeclarations(fset, name)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	imported := map[string]*types.Package{}
	importer := importerFunc(func(importPath string) (*types.Package, error) {
		path, ok := u.ImportMap[importPath]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", importPath)
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg, ok := imported[path]; ok && pkg.Complete() {
			return pkg, nil
		}
		data, err := vetxTypes(u.PackageVetx[path])
		if err != nil {
			return nil, fmt.Errorf("reading the types of %q: %v", path, err)
		}
		return gcexportdata.Read(io.MultiReader(strings.NewReader("i"), bytes.NewReader(data)), fset, imported, path)
	})
	conf := &types.Config{
		Importer:         importer,
		Sizes:            types.SizesFor("gc", build.Default.GOARCH),
		GoVersion:        u.GoVersion,
		IgnoreFuncBodies: true,
	}
	return conf.Check(u.ImportPath, fset, files, nil)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// parseDeclarations parses a file for its declarations: the bodies of
// function declarations are blanked out before parsing, so the syntax
// tree, and the memory of the process, stay those of the package's API.
// Should the blanking go wrong (source the scanner rejects), the file is
// parsed whole and the bodies dropped afterwards.
func parseDeclarations(fset *token.FileSet, name string) (*ast.File, error) {
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if blanked, ok := blankFuncBodies(src); ok {
		if f, err := parser.ParseFile(fset, name, blanked, parser.SkipObjectResolution); err == nil {
			return f, nil
		}
	}
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Body != nil {
			fn.Body = &ast.BlockStmt{Lbrace: fn.Body.Lbrace, Rbrace: fn.Body.Rbrace}
		}
	}
	return f, nil
}

// blankFuncBodies returns a copy of src in which the text between the
// braces of every function declaration's body is replaced by spaces. Line
// breaks and line directives (//line, /*line) stay, so every position
// outside the bodies is unchanged. Type literals (struct{...},
// interface{...}) in signatures, composite literals and function literals
// of package-level declarations are kept. ok is false if the scanner
// reports an error.
func blankFuncBodies(src []byte) (out []byte, ok bool) {
	out = bytes.Clone(src)
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	errCount := 0
	var s scanner.Scanner
	s.Init(file, src, func(token.Position, string) { errCount++ }, scanner.ScanComments)

	// The scan stays at the top level of the file: every brace-delimited
	// group met there is consumed whole by skipGroup.
	depth := 0              // of ( and [ at the top level
	prev := token.SEMICOLON // last token other than a comment
	inFuncDecl := false     // between "func" of a declaration and its body
	typeLit := false        // the next { opens a struct or interface type
	for {
		pos, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.COMMENT {
			continue
		}
		p := prev
		prev = tok
		switch tok {
		case token.FUNC:
			// A declaration begins a statement of the top level; "func"
			// elsewhere starts a function type or literal.
			if depth == 0 && p == token.SEMICOLON {
				inFuncDecl = true
			}
		case token.LPAREN, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACK:
			depth--
		case token.SEMICOLON:
			if depth == 0 {
				inFuncDecl = false // a declaration without body
			}
		case token.STRUCT, token.INTERFACE:
			typeLit = true
		case token.LBRACE:
			body := inFuncDecl && depth == 0 && !typeLit
			if body {
				inFuncDecl = false
			}
			typeLit = false
			end, keep := skipGroup(&s, file)
			if end < 0 {
				return nil, false
			}
			if body {
				blank(out, file.Offset(pos)+1, end, keep)
			}
			prev = token.RBRACE
		}
	}
	return out, errCount == 0
}

// skipGroup scans to the brace closing a group whose { was just read and
// returns its offset (-1 at the end of the file), with the offset ranges
// of the line directives inside the group.
func skipGroup(s *scanner.Scanner, file *token.File) (end int, keep [][2]int) {
	open := 1
	for {
		pos, tok, lit := s.Scan()
		switch tok {
		case token.LBRACE:
			open++
		case token.RBRACE:
			if open--; open == 0 {
				return file.Offset(pos), keep
			}
		case token.COMMENT:
			if strings.HasPrefix(lit, "//line ") || strings.HasPrefix(lit, "/*line ") {
				off := file.Offset(pos)
				keep = append(keep, [2]int{off, off + len(lit)})
			}
		case token.EOF:
			return -1, nil
		}
	}
}

// blank replaces b[from:to] by spaces, except line breaks and the kept
// ranges.
func blank(b []byte, from, to int, keep [][2]int) {
	for i := from; i < to; i++ {
		if len(keep) > 0 && i >= keep[0][0] {
			i = keep[0][1] - 1
			keep = keep[1:]
			continue
		}
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
}
