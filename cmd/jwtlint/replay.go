package main

// Under go vet, a package is analysed again whenever an import of it is
// recompiled: go vet keys its cache on the imports' compiled export data,
// whose build ID changes with any edit of theirs, even one that changes
// no type. After a one-line edit of a package a hundred others import
// (tailscale's types/empty), go vet re-ran jwtlint on all of them, at
// six times the cost of plain go vet, whose analyzers are cheaper.
//
// What jwtlint computes for a package depends only on the package's
// files, the run's flags and configuration, and what its imports' own
// runs wrote: their types and facts (the vetx files). replayVetRun keys a
// cache on exactly that and, on a hit, writes the recorded outputs (the
// vetx file, the diagnostics, the exit status) without analysing: an
// edit that changes no type and no fact of a package stops its dependents
// there. On a miss it runs the analysis in a child process, whose outputs
// it records.

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Environment variables of the replay cache.
const (
	// replayOffEnv set to 1 turns the cache off (and marks the child
	// process that analyses on a miss).
	replayOffEnv = "JWTLINT_NO_REPLAY"
	// replayTraceEnv names a file to which every replayed run appends
	// the package's import path, one per line.
	replayTraceEnv = "JWTLINT_REPLAY_TRACE"
	// replayDirEnv overrides the cache directory
	// (os.UserCacheDir()/jwtlint/replay).
	replayDirEnv = "JWTLINT_REPLAY_DIR"
)

// replayEntry is what a run wrote.
type replayEntry struct {
	Exit           int
	Stdout, Stderr []byte
	Vetx           []byte
	HasVetx        bool
}

// replayMaxAge is how long an entry unused stays in the cache.
const replayMaxAge = 5 * 24 * time.Hour

// replayVetRun answers a go vet run of a package of the modules being
// linted from the cache, or runs it in a child process and records it.
// It reports false when the cache does not apply (turned off, a
// dependency, unreadable configuration, a -fix run): the caller then
// analyses as usual.
func replayVetRun(cfgFile string) (exit int, ok bool) {
	if os.Getenv(replayOffEnv) == "1" {
		return 0, false
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return 0, false
	}
	unit := new(vetUnit)
	// Only the code being linted: a dependency at a version or a
	// standard package changes only with the toolchain or go.mod, and
	// go vet's own cache serves it then; recording its runs would cost a
	// process each on a first run, for nothing.
	if json.Unmarshal(data, unit) != nil || unit.FixArchive != "" ||
		unit.versionedDependency() || unit.standard(build.Default.GOROOT) {
		return 0, false
	}
	dir, err := replayDir()
	if err != nil {
		return 0, false
	}
	key, err := replayKey(cfgFile, data, unit)
	if err != nil {
		return 0, false
	}
	entryFile := filepath.Join(dir, key[:2], key)
	if e, err := readReplayEntry(entryFile); err == nil {
		if err := e.write(unit); err == nil {
			trace(os.Getenv(replayTraceEnv), unit.ImportPath)
			if fi, err := os.Stat(entryFile); err == nil && time.Since(fi.ModTime()) > time.Hour {
				now := time.Now()
				os.Chtimes(entryFile, now, now) // still in use
			}
			return e.Exit, true
		}
	}
	e, err := analyseInChild(unit)
	if err != nil {
		return 0, false // the parent analyses itself
	}
	if cacheable(e) {
		writeReplayEntry(dir, entryFile, e)
	}
	return e.Exit, true
}

// replayKey hashes the inputs of a run: this executable, the arguments
// but the configuration file, jwtlint's environment variables, the
// configuration (data, read from cfgFile) without its paths into go's
// build directories, the package's files, and the imports' vetx files.
func replayKey(cfgFile string, data []byte, unit *vetUnit) (string, error) {
	var cfg map[string]any
	if err := json.Unmarshal(data, &cfg); err != nil {
		return "", err
	}
	for _, k := range []string{"PackageFile", "PackageVetx", "VetxOutput", "Stdout", "FixArchive"} {
		delete(cfg, k)
	}
	h := sha256.New()
	fmt.Fprintf(h, "jwtlint replay v1\x00")
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00", exe, fi.Size(), fi.ModTime().UnixNano())
	for _, a := range os.Args[1:] {
		if a != cfgFile {
			fmt.Fprintf(h, "arg %s\x00", a)
		}
	}
	env := os.Environ()
	slices.Sort(env)
	for _, kv := range env {
		if strings.HasPrefix(kv, "JWTLINT_") && !strings.HasPrefix(kv, replayTraceEnv+"=") {
			fmt.Fprintf(h, "env %s\x00", kv)
		}
	}
	canonical, err := json.Marshal(cfg) // map keys sorted
	if err != nil {
		return "", err
	}
	h.Write(canonical)
	for _, name := range unit.GoFiles {
		if err := hashFile(h, "file "+name, name); err != nil {
			return "", err
		}
	}
	for _, p := range slices.Sorted(maps.Keys(unit.PackageVetx)) {
		if err := hashFile(h, "import "+p, unit.PackageVetx[p]); err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func hashFile(h io.Writer, label, name string) error {
	f, err := os.Open(name)
	if err != nil {
		fmt.Fprintf(h, "%s missing\x00", label)
		return err
	}
	defer f.Close()
	fmt.Fprintf(h, "%s\x00", label)
	_, err = io.Copy(h, f)
	h.Write([]byte{0})
	return err
}

// analyseInChild runs this executable on the configuration with the
// cache off, passing its output through, and returns what it wrote.
func analyseInChild(unit *vetUnit) (*replayEntry, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, os.Args[1:]...)
	cmd.Env = append(os.Environ(), replayOffEnv+"=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdin = os.Stdin
	cmd.Stdout = io.MultiWriter(os.Stdout, &stdout)
	cmd.Stderr = io.MultiWriter(os.Stderr, &stderr)
	err = cmd.Run()
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return nil, err
	}
	e := &replayEntry{Exit: cmd.ProcessState.ExitCode(), Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	if e.Exit < 0 {
		return nil, fmt.Errorf("analysis killed: %v", err)
	}
	if unit.Stdout != "" {
		if e.Stdout, err = os.ReadFile(unit.Stdout); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	if unit.VetxOutput != "" {
		if data, err := os.ReadFile(unit.VetxOutput); err == nil {
			e.Vetx, e.HasVetx = data, true
		}
	}
	return e, nil
}

// cacheable reports whether a run's outcome may be replayed: not a crash
// or an internal error, which must show on every run until fixed.
func cacheable(e *replayEntry) bool {
	for _, out := range [][]byte{e.Stdout, e.Stderr} {
		if bytes.Contains(out, []byte("internal error")) || bytes.Contains(out, []byte("panic:")) {
			return false
		}
	}
	return e.Exit == 0 || e.Exit == 1 || e.Exit == 3
}

// write replays the run's outputs.
func (e *replayEntry) write(unit *vetUnit) error {
	if e.HasVetx {
		if unit.VetxOutput == "" {
			return errors.New("no vetx output to write")
		}
		if err := os.WriteFile(unit.VetxOutput, e.Vetx, 0o666); err != nil {
			return err
		}
	}
	if unit.Stdout != "" {
		if err := os.WriteFile(unit.Stdout, e.Stdout, 0o666); err != nil {
			return err
		}
	} else {
		os.Stdout.Write(e.Stdout)
	}
	os.Stderr.Write(e.Stderr)
	return nil
}

func replayDir() (string, error) {
	if d := os.Getenv(replayDirEnv); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "jwtlint", "replay"), nil
}

func readReplayEntry(name string) (*replayEntry, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	e := new(replayEntry)
	if err := gob.NewDecoder(f).Decode(e); err != nil {
		return nil, err
	}
	return e, nil
}

// writeReplayEntry stores an entry atomically (go vet runs packages in
// parallel), and now and then removes the entries unused for
// replayMaxAge. Failures only cost a later analysis.
func writeReplayEntry(dir, name string, e *replayEntry) {
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		return
	}
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return
	}
	if err := gob.NewEncoder(f).Encode(e); err != nil {
		f.Close()
		os.Remove(f.Name())
		return
	}
	if err := f.Close(); err != nil || os.Rename(f.Name(), name) != nil {
		os.Remove(f.Name())
		return
	}
	trimReplayCache(dir)
}

// trimReplayCache removes old entries, at most once a day.
func trimReplayCache(dir string) {
	stamp := filepath.Join(dir, "trimmed")
	if fi, err := os.Stat(stamp); err == nil && time.Since(fi.ModTime()) < 24*time.Hour {
		return
	}
	if err := os.WriteFile(stamp, nil, 0o666); err != nil {
		return
	}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || path == stamp {
			return nil
		}
		if fi, err := d.Info(); err == nil && time.Since(fi.ModTime()) > replayMaxAge {
			os.Remove(path)
		}
		return nil
	})
}
