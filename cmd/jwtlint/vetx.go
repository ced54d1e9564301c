package main

// The output of a go vet run (unitchecker's "vetx" file, x/tools
// v0.52.0 go/analysis/unitchecker): "vetx", two little-endian uint32
// lengths, the indexed export data of the package's types (what
// gcexportdata.Write emits, without its leading format byte), then the
// facts, gob-encoded by internal/facts.Set.Encode, which encodes an empty
// set as zero bytes. Dependents read both sections of their direct
// imports' files.

import (
	"bytes"
	endian "encoding/binary" // binary names the test binary
	"errors"
	"go/token"
	"io"
	"os"

	"golang.org/x/tools/go/gcexportdata"
)

// vetxMagic begins unitchecker's output files.
const vetxMagic = "vetx"

// vetxHasFacts reports whether the output of an import's run holds facts.
// An empty file has none; a vetx file has none when its facts section is
// empty. Anything unreadable or unknown counts as facts, so that the
// package is analysed.
func vetxHasFacts(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return true
	}
	defer f.Close()
	var header [12]byte
	n, err := io.ReadFull(f, header[:])
	switch {
	case n == 0 && err == io.EOF:
		return false
	case err != nil || string(header[:4]) != vetxMagic:
		return true
	}
	return endian.LittleEndian.Uint32(header[8:12]) != 0
}

// writeFactless writes the output of a run that exports no facts: the
// package's types, then an empty fact set.
func writeFactless(u *vetUnit) error {
	fset := token.NewFileSet()
	pkg, err := checkDeclarations(fset, u)
	if err != nil {
		return err
	}
	var types bytes.Buffer
	if err := gcexportdata.Write(&types, fset, pkg); err != nil {
		return err
	}
	// gcexportdata.Write prefixes the indexed export data with its format
	// byte; the vetx file holds the data itself.
	data, ok := bytes.CutPrefix(types.Bytes(), []byte("i"))
	if !ok {
		return errors.New("unexpected export data format")
	}
	var out bytes.Buffer
	out.WriteString(vetxMagic)
	endian.Write(&out, endian.LittleEndian, [2]uint32{uint32(len(data)), 0})
	out.Write(data)
	if u.Stdout != "" {
		// unitchecker creates it in every mode; a facts-only run leaves it empty.
		if err := os.WriteFile(u.Stdout, nil, 0o666); err != nil {
			return err
		}
	}
	return os.WriteFile(u.VetxOutput, out.Bytes(), 0o666)
}

// vetxTypes returns the types section of a vetx file.
func vetxTypes(name string) ([]byte, error) {
	if name == "" {
		return nil, errors.New("no output of its run")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if len(data) < 12 || string(data[:4]) != vetxMagic {
		return nil, errors.New("not a vetx file")
	}
	n := endian.LittleEndian.Uint32(data[4:8])
	if uint64(len(data)) < 12+uint64(n) {
		return nil, errors.New("truncated vetx file")
	}
	return data[12 : 12+n], nil
}
