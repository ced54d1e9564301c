package libmodel

import "go/types"

// noReturn lists functions that never return to their caller. The SSA
// builder ends a block after calls to them, so a `log.Fatal(err)` branch is
// not mistaken for one that falls through to code using the token.
var noReturn = map[string]bool{}

func init() {
	for _, name := range []string{"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"} {
		noReturn[funcName("log", name)] = true
		noReturn[methodName("log", "*Logger", name)] = true
	}
	noReturn[funcName("os", "Exit")] = true
	noReturn[funcName("runtime", "Goexit")] = true
	for _, name := range []string{"FailNow", "Fatal", "Fatalf", "SkipNow", "Skip", "Skipf"} {
		noReturn[methodName("testing", "*common", name)] = true
	}
}

// NoReturn reports whether a call to fn never returns.
func NoReturn(fn *types.Func) bool { return noReturn[FuncKey(fn)] }
