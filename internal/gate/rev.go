package gate

import (
	"context"
	"fmt"

	"github.com/golangci/revgrep"
)

// Changes are the lines changed since a git revision.
type Changes struct {
	checker *revgrep.Checker
}

// ChangedSince asks git for the lines changed since rev. revgrep diffs rev
// against the working tree, so uncommitted edits and untracked files count
// as changed. git runs in the process's working directory.
func ChangedSince(ctx context.Context, rev string) (*Changes, error) {
	c := &revgrep.Checker{RevisionFrom: rev}
	if err := c.Prepare(ctx); err != nil {
		return nil, fmt.Errorf("-new-from-rev %s: %v", rev, err)
	}
	return &Changes{c}, nil
}

// Apply marks as filtered every finding that is not on a changed line.
// wd is the working directory git ran in: "git diff --relative" names
// files relative to it, and findings outside it are never new.
func (c *Changes) Apply(wd string, fs []Finding) {
	for i := range fs {
		path := Rel(wd, fs[i].Pos.Filename)
		if path == "" {
			fs[i].Filtered = true
			continue
		}
		if _, isNew := c.checker.IsNew(path, fs[i].Pos.Line); !isNew {
			fs[i].Filtered = true
		}
	}
}
