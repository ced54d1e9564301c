package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// variantFiles: a package whose tests store test values (a tenant prefix
// set by a setup helper, a table from the environment) into what its own
// queries read. go vet analyses only the package's test variant; its own
// code must be judged without the tests.
var variantFiles = map[string]string{
	"tenant/tenant.go": `package tenant

var Prefix string
`,
	"store/store.go": `package store

import (
	"database/sql"
	"fmt"
	"os"

	"example.com/m/tenant"
)

var db *sql.DB

func table(name string) string { return fmt.Sprintf("%s%s", tenant.Prefix, name) }

func Get(key string) (v string, err error) {
	err = db.QueryRow("SELECT value FROM "+table("settings")+" WHERE key = $1", key).Scan(&v)
	return v, err
}

type Repo struct{ table string }

func NewRepo() *Repo { return &Repo{table: "items"} }

func (r *Repo) Drop() error {
	_, err := db.Exec("DROP TABLE " + r.table)
	return err
}

func Vacuum() error {
	_, err := db.Exec("VACUUM " + os.Getenv("VACUUM_TABLE"))
	return err
}
`,
	"store/store_test.go": `package store

import (
	"os"
	"strings"
	"testing"

	"example.com/m/tenant"
)

func setup(p string) { tenant.Prefix = strings.ToLower(p) }

func TestGet(t *testing.T) {
	setup(os.Getenv("TEST_TENANT"))
	Get("k")
	r := &Repo{table: os.Getenv("TEST_TABLE")}
	r.Drop()
	db.Exec("DELETE FROM " + os.Getenv("TEST_TABLE"))
}
`,
}

// TestTestVariants: every way of running jwtlint reports the package's own
// flaw once and nothing the tests' stores cause in the package's code;
// -include-tests adds the flaws of the _test.go file.
func TestTestVariants(t *testing.T) {
	t.Parallel()
	dir := module(t, variantFiles)
	// sqlLines are the sqlstring findings, as file:line.
	sqlLines := func(out string) []string {
		var lines []string
		for _, l := range strings.Split(out, "\n") {
			if !strings.Contains(l, ": sqlstring: ") || strings.HasPrefix(l, "\t") {
				continue
			}
			file, rest, _ := strings.Cut(l, ":")
			line, _, _ := strings.Cut(rest, ":")
			file = file[strings.LastIndex(file, "/")+1:]
			lines = append(lines, file+":"+line)
		}
		slices.Sort(lines)
		return lines
	}
	own := []string{"store.go:30"}
	withTests := []string{"store.go:30", "store_test.go:17", "store_test.go:18"}
	for _, c := range []struct {
		name string
		env  []string
		args []string
		want []string
	}{
		{"in process", nil, []string{"./..."}, own},
		{"in process, -include-tests", nil, []string{"-include-tests", "./..."}, withTests},
		{"in process, SARIF", nil, []string{"-sarif", os.DevNull, "./..."}, own},
		{"go vet backend", []string{"JWTLINT_DRIVER=vet"}, []string{"./..."}, own},
		{"go vet backend, -include-tests", []string{"JWTLINT_DRIVER=vet"}, []string{"-include-tests", "./..."}, withTests},
		{"without tests", nil, []string{"-test=false", "./..."}, own},
	} {
		cmd := exec.Command(binary, c.args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), c.env...)
		out, _ := cmd.CombinedOutput()
		if got := sqlLines(string(out)); !slices.Equal(got, c.want) {
			t.Errorf("%s: sqlstring findings %v, want %v\n%s", c.name, got, c.want, out)
		}
	}
	cmd := exec.Command("go", "vet", "-vettool="+binary, "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	if got := sqlLines(string(out)); !slices.Equal(got, own) {
		t.Errorf("go vet -vettool: sqlstring findings %v, want %v\n%s", got, own, out)
	}
}
