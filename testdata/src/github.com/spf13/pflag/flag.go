// Package pflag is a hand-written stub of github.com/spf13/pflag (v1.1.0):
// defining string/int/bool flags on the command line or a FlagSet, reading
// them back (GetString, GetInt, GetBool) and the positional arguments.
package pflag

import "time"

// ErrorHandling says how Parse reports errors.
type ErrorHandling int

// Error handling modes.
const (
	ContinueOnError ErrorHandling = iota
	ExitOnError
	PanicOnError
)

// Value is the interface of a flag's value.
type Value interface {
	String() string
	Set(string) error
	Type() string
}

// Flag is one defined flag.
type Flag struct {
	Name        string
	Shorthand   string
	Usage       string
	Value       Value
	DefValue    string
	Changed     bool
	NoOptDefVal string
	Deprecated  string
	Hidden      bool
	Annotations map[string][]string
}

// FlagSet is a set of defined flags.
type FlagSet struct {
	name  string
	args  []string
	flags map[string]*Flag
}

// CommandLine is the default set of flags, from os.Args.
var CommandLine = NewFlagSet("", ExitOnError)

// NewFlagSet returns an empty flag set.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	return &FlagSet{name: name}
}

func (f *FlagSet) String(name string, value string, usage string) *string { return new(string) }
func (f *FlagSet) StringP(name string, shorthand string, value string, usage string) *string {
	return new(string)
}
func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {}
func (f *FlagSet) StringVarP(p *string, name string, shorthand string, value string, usage string) {
}
func (f *FlagSet) StringSlice(name string, value []string, usage string) *[]string {
	return new([]string)
}
func (f *FlagSet) Int(name string, value int, usage string) *int { return new(int) }
func (f *FlagSet) IntP(name string, shorthand string, value int, usage string) *int {
	return new(int)
}
func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {}
func (f *FlagSet) Bool(name string, value bool, usage string) *bool    { return new(bool) }
func (f *FlagSet) BoolP(name string, shorthand string, value bool, usage string) *bool {
	return new(bool)
}
func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {}
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	return new(time.Duration)
}
func (f *FlagSet) GetString(name string) (string, error)        { panic("stub") }
func (f *FlagSet) GetStringSlice(name string) ([]string, error) { panic("stub") }
func (f *FlagSet) GetInt(name string) (int, error)              { panic("stub") }
func (f *FlagSet) GetBool(name string) (bool, error)            { panic("stub") }
func (f *FlagSet) Lookup(name string) *Flag                     { return f.flags[name] }
func (f *FlagSet) Changed(name string) bool                     { panic("stub") }
func (f *FlagSet) Set(name string, value string) error          { panic("stub") }
func (f *FlagSet) Parse(arguments []string) error               { f.args = arguments; return nil }
func (f *FlagSet) Args() []string                               { return f.args }
func (f *FlagSet) NArg() int                                    { return len(f.args) }
func (f *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(f.args) {
		return ""
	}
	return f.args[i]
}
func (f *FlagSet) AddFlagSet(newSet *FlagSet)   {}
func (f *FlagSet) VisitAll(fn func(*Flag))      {}
func (f *FlagSet) MarkHidden(name string) error { return nil }

// Command-line flags.

func String(name string, value string, usage string) *string {
	return CommandLine.String(name, value, usage)
}
func StringP(name string, shorthand string, value string, usage string) *string {
	return CommandLine.StringP(name, shorthand, value, usage)
}
func StringVar(p *string, name string, value string, usage string) {
	CommandLine.StringVar(p, name, value, usage)
}
func StringVarP(p *string, name string, shorthand string, value string, usage string) {
	CommandLine.StringVarP(p, name, shorthand, value, usage)
}
func StringSlice(name string, value []string, usage string) *[]string {
	return CommandLine.StringSlice(name, value, usage)
}
func Int(name string, value int, usage string) *int { return CommandLine.Int(name, value, usage) }
func IntP(name string, shorthand string, value int, usage string) *int {
	return CommandLine.IntP(name, shorthand, value, usage)
}
func IntVar(p *int, name string, value int, usage string) { CommandLine.IntVar(p, name, value, usage) }
func Bool(name string, value bool, usage string) *bool    { return CommandLine.Bool(name, value, usage) }
func BoolP(name string, shorthand string, value bool, usage string) *bool {
	return CommandLine.BoolP(name, shorthand, value, usage)
}
func BoolVar(p *bool, name string, value bool, usage string) {
	CommandLine.BoolVar(p, name, value, usage)
}
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}
func Lookup(name string) *Flag { return CommandLine.Lookup(name) }
func Parse()                   {}
func Parsed() bool             { return true }
func Args() []string           { return CommandLine.Args() }
func NArg() int                { return CommandLine.NArg() }
func Arg(i int) string         { return CommandLine.Arg(i) }
