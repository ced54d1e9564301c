package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/gate"
	"github.com/jwtlint/jwtlint/internal/inventory"
)

// The vet backend runs the analysis as `go vet -json -vettool=<this
// binary>`. go vet analyses one package per process, type-checking it from
// source against its dependencies' export data and reading their facts from
// the vet cache: memory stays that of one package (not of the whole import
// graph, as with go/packages), work is parallel across packages, and
// results of unchanged packages are cached between runs.
//
// go vet's cache key does not say whether a package was analysed as a root
// or only for the facts of its dependents, so a later run would replay the
// empty output of a package first seen as a dependency. The backend
// therefore passes -cache-key, a hash of the working directory and the
// patterns: runs over the same packages share the cache, other runs do not
// reuse results that may be incomplete.

type vetOutcome struct {
	findings       []gate.Finding
	fixes          []jsonFix // the first suggested fix of each finding that has one
	pkgErrors      bool
	analysisErrors bool
}

// analyzeVet runs go vet over patterns and collects its findings.
func analyzeVet(o *options, patterns []string, root string, report func(string), inv *inventory.Collector) (*vetOutcome, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("locating the jwtlint binary for go vet: %v", err)
	}
	args := []string{"vet", "-json", "-vettool=" + exe}
	if o.tags != "" {
		args = append(args, "-tags="+o.tags)
	}
	args = append(args, o.analyzerArgs...)
	args = append(args, "-cache-key="+cacheKey(o, patterns))
	args = append(args, patterns...)

	cmd := exec.Command("go", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var exit *exec.ExitError
	if runErr != nil && !errors.As(runErr, &exit) {
		return nil, fmt.Errorf("running go vet: %v", runErr)
	}

	out := &vetOutcome{pkgErrors: runErr != nil}
	for _, line := range strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n") {
		// go vet heads each package's errors with "# import/path".
		if line != "" && !strings.HasPrefix(line, "# ") {
			report(line)
			out.pkgErrors = true
		}
	}
	dec := json.NewDecoder(&stdout)
	for {
		var pkgs map[string]map[string]json.RawMessage
		if err := dec.Decode(&pkgs); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("reading go vet -json output: %v", err)
		}
		for _, analyzers := range pkgs {
			for name, raw := range analyzers {
				var diags []jsonDiag
				if err := json.Unmarshal(raw, &diags); err != nil {
					var e struct{ Error string }
					if json.Unmarshal(raw, &e) == nil && e.Error != "" {
						report(name + ": " + e.Error)
						out.analysisErrors = true
						continue
					}
					return nil, fmt.Errorf("reading go vet -json output: %v", err)
				}
				for _, d := range diags {
					if d.Category == finding.InternalCategory {
						report(d.Posn + ": " + d.Message)
						out.analysisErrors = true
						continue
					}
					if d.Category == inventory.Category {
						if err := addRecord(inv, d.Message); err != nil {
							report(err.Error())
							out.analysisErrors = true
						}
						continue
					}
					out.findings = append(out.findings, d.finding(root, name))
					if len(d.SuggestedFixes) > 0 {
						out.fixes = append(out.fixes, d.SuggestedFixes[0])
					}
				}
			}
		}
	}
	out.findings = dedupe(out.findings)
	return out, nil
}

// jsonDiag is a diagnostic of go/analysis' JSON output.
type jsonDiag struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	End      string `json:"end"`
	Message  string `json:"message"`
	// SuggestedFixes hold byte offsets into the files (see fix.go).
	SuggestedFixes []jsonFix `json:"suggested_fixes"`
	Related        []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`
}

func (d jsonDiag) finding(root, analyzer string) gate.Finding {
	check := d.Category
	if check == "" {
		check = analyzer
	}
	pos := gate.ParsePosn(d.Posn)
	f := gate.Finding{Check: check, Message: d.Message, Pos: pos, End: gate.ParsePosn(d.End), Path: gate.Rel(root, pos.Filename)}
	for _, r := range d.Related {
		rp := gate.ParsePosn(r.Posn)
		f.Related = append(f.Related, gate.Related{Pos: rp, End: gate.ParsePosn(r.End), Path: gate.Rel(root, rp.Filename), Message: r.Message})
	}
	return f
}

// dedupe drops repeated findings: a package and its test variant share
// files and report the same findings.
func dedupe(fs []gate.Finding) []gate.Finding {
	type key struct {
		pos, end token.Position
		msg      string
	}
	seen := map[key]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := key{f.Pos, f.End, f.Message}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// cacheKey identifies a run's package set for go vet's cache.
func cacheKey(o *options, patterns []string) string {
	wd, _ := os.Getwd()
	h := sha256.New()
	// An injected failure (a test of error handling) must not be replayed
	// for, or from, a normal run.
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s", wd, o.tags, strings.Join(patterns, "\x00"), os.Getenv(finding.InjectEnv))
	return hex.EncodeToString(h.Sum(nil))[:16]
}
