// Command gendocs writes docs/checks/CHECK.md for every check of the jwtlint
// bundle, from the check's checkdoc record (the same record behind -explain
// and the SARIF rule help). It runs from go generate ./analyzers/jwtlint;
// a test in cmd/jwtlint fails when the committed pages are stale.
//
//	go run ./internal/gendocs -o ../../docs/checks
package main

import (
	"bytes"
	"flag"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
)

// marker is in every generated page (see checkdoc.Page); only files
// carrying it are ever deleted.
const marker = "<!-- generated from analyzers/"

func main() {
	log.SetFlags(0)
	log.SetPrefix("gendocs: ")
	out := flag.String("o", "docs/checks", "output `directory`")
	flag.Parse()
	if err := generate(*out); err != nil {
		log.Fatal(err)
	}
}

func generate(dir string) error {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	pages := map[string]bool{}
	for _, c := range jwtlint.Docs {
		name := c.Name + ".md"
		pages[name] = true
		if err := os.WriteFile(filepath.Join(dir, name), []byte(c.Page()), 0o666); err != nil {
			return err
		}
	}
	// A removed or renamed check leaves a stale page behind: delete
	// generated pages no check owns, and nothing else.
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".md") || pages[name] {
			continue
		}
		file := filepath.Join(dir, name)
		if data, err := os.ReadFile(file); err == nil && bytes.Contains(data, []byte(marker)) {
			if err := os.Remove(file); err != nil {
				return err
			}
		}
	}
	return nil
}
