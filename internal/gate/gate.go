// Package gate turns jwtlint's diagnostics into a CI gate: it resolves them
// to repository-relative findings, gives each a fingerprint that survives
// unrelated edits, and filters them by a baseline file of fingerprints or by
// the lines changed since a git revision.
//
// The fingerprint is shared with the SARIF output (partialFingerprints), so a
// finding is the same finding to the baseline and to code scanning.
package gate

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// FingerprintKey names the fingerprint in SARIF partialFingerprints. Bump
// the version when the recipe changes: old baselines then stop matching
// instead of matching the wrong findings.
const FingerprintKey = "jwtlint/v1"

// Finding is one diagnostic resolved to file positions.
type Finding struct {
	Check   string         // the diagnostic Category: check name, SARIF ruleId
	Message string         // as reported, starting with "check: "
	Pos     token.Position // Filename is absolute, as the loader reports it
	End     token.Position // may be invalid
	Path    string         // Pos.Filename relative to the root, with forward slashes
	Related []Related

	// Fingerprint is set by Fingerprints.
	Fingerprint string
	// Filtered is set when -baseline or -new-from-rev hides the finding.
	Filtered bool
}

// Related is a secondary location of a finding ("token used here").
type Related struct {
	Pos, End token.Position
	Path     string
	Message  string
}

// Root is the directory findings are reported relative to: the top level
// of the git work tree that holds dir, or dir itself outside git. Using the
// top level, not the working directory, makes paths (and so fingerprints and
// SARIF URIs) the same wherever in the repository the tool runs.
func Root(dir string) string {
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	if out, err := cmd.Output(); err == nil {
		if top := strings.TrimSpace(string(out)); top != "" {
			return top
		}
	}
	return dir
}

// Rel returns filename relative to base with forward slashes, or "" when
// filename is not below base. git prints the top level with symlinks
// resolved while the loader may not, so a second try resolves both.
func Rel(base, filename string) string {
	if r, ok := rel(base, filename); ok {
		return r
	}
	b, err1 := filepath.EvalSymlinks(base)
	f, err2 := filepath.EvalSymlinks(filename)
	if err1 == nil && err2 == nil {
		if r, ok := rel(b, f); ok {
			return r
		}
	}
	return ""
}

func rel(base, filename string) (string, bool) {
	r, err := filepath.Rel(base, filename)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// Source reads source lines, caching files: fingerprints and SARIF columns
// both need the text of a finding's lines.
type Source struct {
	// ReadFile reads a file; nil means os.ReadFile.
	ReadFile func(string) ([]byte, error)
	files    map[string][]string
}

// Line returns line n (1-based) of the file without its newline, or "".
func (s *Source) Line(filename string, n int) string {
	if s.files == nil {
		s.files = map[string][]string{}
	}
	lines, ok := s.files[filename]
	if !ok {
		read := s.ReadFile
		if read == nil {
			read = os.ReadFile
		}
		if data, err := read(filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		s.files[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSuffix(lines[n-1], "\r")
}

// Sort orders findings by file, line, column and message, so outputs and
// occurrence counters do not depend on the order packages were analysed in.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Pos.Filename != b.Pos.Filename {
			return a.Pos.Filename < b.Pos.Filename
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Column != b.Pos.Column {
			return a.Pos.Column < b.Pos.Column
		}
		return a.Message < b.Message
	})
}

// Fingerprints sets the Fingerprint of every finding: a hash of the check,
// the repository-relative path, the text of the finding's line with
// whitespace normalised, and the occurrence number among findings with the
// same three. Line numbers and messages are left out on purpose: both change
// when unrelated code above moves (messages cite line numbers). Findings
// must be sorted (see Sort).
func Fingerprints(fs []Finding, src *Source) {
	seen := map[string]int{}
	for i := range fs {
		f := &fs[i]
		path := f.Path
		if path == "" {
			path = filepath.ToSlash(f.Pos.Filename)
		}
		text := strings.Join(strings.Fields(src.Line(f.Pos.Filename, f.Pos.Line)), " ")
		key := f.Check + "\x00" + path + "\x00" + text
		n := seen[key]
		seen[key]++
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		f.Fingerprint = hex.EncodeToString(sum[:16])
	}
}

// A Baseline is a set of accepted findings, by fingerprint.
type Baseline map[string]bool

const baselineHeader = `# jwtlint baseline: findings listed here are not reported by "jwtlint -baseline FILE".
# Written by "jwtlint -write-baseline FILE packages"; one finding a line:
# fingerprint, check, file. Only the fingerprint counts; remove a line to
# report its finding again.
`

// WriteBaseline renders the findings as a baseline file. Lines are sorted
// and carry no line numbers, so the file changes only when findings do.
func WriteBaseline(fs []Finding) []byte {
	var lines []string
	for _, f := range fs {
		path := f.Path
		if path == "" {
			path = filepath.ToSlash(f.Pos.Filename)
		}
		lines = append(lines, fmt.Sprintf("%s %s %s\n", f.Fingerprint, f.Check, path))
	}
	sort.Strings(lines)
	var b bytes.Buffer
	b.WriteString(baselineHeader)
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			b.WriteString(l)
		}
	}
	return b.Bytes()
}

// ReadBaseline reads and parses a baseline file.
func ReadBaseline(file string) (Baseline, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("-baseline: %v", err)
	}
	b, err := ParseBaseline(data)
	if err != nil {
		return nil, fmt.Errorf("-baseline %s: %v", file, err)
	}
	return b, nil
}

// ParseBaseline reads a baseline file: the first field of every line that
// is neither blank nor a # comment.
func ParseBaseline(data []byte) (Baseline, error) {
	b := Baseline{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fp := strings.Fields(line)[0]
		if _, err := hex.DecodeString(fp); err != nil || len(fp) != 32 {
			return nil, fmt.Errorf("line %d: %q is not a jwtlint fingerprint", i+1, fp)
		}
		b[fp] = true
	}
	return b, nil
}

// Apply marks the findings in the baseline as filtered and returns how many
// baseline entries matched no finding (fixed since, or stale).
func (b Baseline) Apply(fs []Finding) (unmatched int) {
	used := map[string]bool{}
	for i := range fs {
		if b[fs[i].Fingerprint] {
			fs[i].Filtered = true
			used[fs[i].Fingerprint] = true
		}
	}
	return len(b) - len(used)
}
