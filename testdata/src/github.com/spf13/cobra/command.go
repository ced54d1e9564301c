// Package cobra is a hand-written stub of github.com/spf13/cobra (v1.10.2):
// Command (its main fields, flags, sub-commands and execution) and the
// PositionalArgs validators.
package cobra

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"
)

// PositionalArgs validates the positional arguments of a command.
type PositionalArgs func(cmd *Command, args []string) error

// Command is one command of a CLI.
type Command struct {
	Use                string
	Aliases            []string
	Short              string
	Long               string
	Example            string
	Args               PositionalArgs
	Version            string
	PersistentPreRun   func(cmd *Command, args []string)
	PersistentPreRunE  func(cmd *Command, args []string) error
	PreRun             func(cmd *Command, args []string)
	PreRunE            func(cmd *Command, args []string) error
	Run                func(cmd *Command, args []string)
	RunE               func(cmd *Command, args []string) error
	PostRun            func(cmd *Command, args []string)
	PostRunE           func(cmd *Command, args []string) error
	Hidden             bool
	SilenceErrors      bool
	SilenceUsage       bool
	DisableFlagParsing bool

	ctx      context.Context
	commands []*Command
	parent   *Command
	args     []string
	flags    *pflag.FlagSet
	pflags   *pflag.FlagSet
}

func (c *Command) Flags() *pflag.FlagSet {
	if c.flags == nil {
		c.flags = pflag.NewFlagSet(c.Name(), pflag.ContinueOnError)
	}
	return c.flags
}
func (c *Command) PersistentFlags() *pflag.FlagSet {
	if c.pflags == nil {
		c.pflags = pflag.NewFlagSet(c.Name(), pflag.ContinueOnError)
	}
	return c.pflags
}
func (c *Command) LocalFlags() *pflag.FlagSet         { panic("stub") }
func (c *Command) InheritedFlags() *pflag.FlagSet     { panic("stub") }
func (c *Command) MarkFlagRequired(name string) error { return nil }
func (c *Command) AddCommand(cmds ...*Command) {
	for _, x := range cmds {
		x.parent = c
	}
	c.commands = append(c.commands, cmds...)
}
func (c *Command) Commands() []*Command { return c.commands }
func (c *Command) Parent() *Command     { return c.parent }
func (c *Command) Root() *Command {
	if c.parent != nil {
		return c.parent.Root()
	}
	return c
}
func (c *Command) Name() string                   { return c.Use }
func (c *Command) SetArgs(a []string)             { c.args = a }
func (c *Command) Context() context.Context       { return c.ctx }
func (c *Command) SetContext(ctx context.Context) { c.ctx = ctx }
func (c *Command) Execute() error                 { _, err := c.ExecuteC(); return err }
func (c *Command) ExecuteContext(ctx context.Context) error {
	c.ctx = ctx
	return c.Execute()
}
func (c *Command) ExecuteC() (cmd *Command, err error) { panic("stub") }
func (c *Command) OutOrStdout() io.Writer              { return os.Stdout }
func (c *Command) Println(i ...interface{})            { fmt.Println(i...) }
func (c *Command) Printf(format string, i ...interface{}) {
	fmt.Printf(format, i...)
}
func (c *Command) Usage() error { return nil }
func (c *Command) Help() error  { return nil }

// Argument validators.

func NoArgs(cmd *Command, args []string) error        { panic("stub") }
func ArbitraryArgs(cmd *Command, args []string) error { return nil }
func MinimumNArgs(n int) PositionalArgs               { panic("stub") }
func MaximumNArgs(n int) PositionalArgs               { panic("stub") }
func ExactArgs(n int) PositionalArgs                  { panic("stub") }
func RangeArgs(min int, max int) PositionalArgs       { panic("stub") }
func MatchAll(pargs ...PositionalArgs) PositionalArgs { panic("stub") }

// CheckErr prints msg and exits when it is not nil.
func CheckErr(msg interface{}) {
	if msg != nil {
		fmt.Fprintln(os.Stderr, "Error:", msg)
		os.Exit(1)
	}
}
