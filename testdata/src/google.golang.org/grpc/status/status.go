// Package status is a hand-written stub of google.golang.org/grpc/status
// (v1.85.0): building errors that carry a status code. The Status type (an
// alias of an internal type) is left out.
package status

import (
	"fmt"

	"google.golang.org/grpc/codes"
)

// Error returns an error with code c and message msg.
func Error(c codes.Code, msg string) error {
	return fmt.Errorf("rpc error: code = %d desc = %s", c, msg)
}

// Errorf is Error with formatting.
func Errorf(c codes.Code, format string, a ...any) error { return Error(c, fmt.Sprintf(format, a...)) }

// Code returns the code of err.
func Code(err error) codes.Code { panic("stub") }
