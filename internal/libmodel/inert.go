package libmodel

import "go/types"

// inertPackages are packages whose functions only format or log their
// arguments: passing token data to them is not a decision based on it
// (logging the claims of a rejected token is not accepting it).
var inertPackages = map[string]bool{
	"log":      true,
	"log/slog": true,
	"fmt":      true,
	"errors":   true,
}

// Inert reports whether a call to fn neither decides anything nor stores
// its arguments: logging, formatting, error construction.
func Inert(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || !inertPackages[fn.Pkg().Path()] {
		return false
	}
	switch fn.Name() {
	case "Sprintf", "Sprint", "Sprintln", "Fprintf", "Fprint", "Fprintln", "Sscanf", "Sscan", "Fscan":
		return false // they build strings that may be used later
	}
	return true
}
