// Package feature is a minimal hand-written stub of
// github.com/uptrace/bun/dialect/feature.
package feature

import "github.com/uptrace/bun/internal"

type Feature = internal.Flag
