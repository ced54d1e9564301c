// Package proto is a hand-written stub of google.golang.org/protobuf/proto
// (v1.36.12): the Message interface (an alias of protoreflect.ProtoMessage),
// Marshal/Unmarshal and the common helpers.
package proto

import (
	"errors"

	"google.golang.org/protobuf/reflect/protoreflect"
)

// Message is the top-level interface that all proto messages implement.
type Message = protoreflect.ProtoMessage

// Error matches all errors produced by this package.
var Error = errors.New("proto: error")

// MarshalOptions configures Marshal.
type MarshalOptions struct {
	AllowPartial  bool
	Deterministic bool
	UseCachedSize bool
}

func (o MarshalOptions) Marshal(m Message) ([]byte, error) { panic("stub") }

// UnmarshalOptions configures Unmarshal.
type UnmarshalOptions struct {
	Merge          bool
	AllowPartial   bool
	DiscardUnknown bool
	RecursionLimit int
}

func (o UnmarshalOptions) Unmarshal(b []byte, m Message) error { panic("stub") }

// Marshal returns the wire-format encoding of m.
func Marshal(m Message) ([]byte, error) { panic("stub") }

// Unmarshal parses the wire-format message in b into m.
func Unmarshal(b []byte, m Message) error { panic("stub") }

func Size(m Message) int                          { panic("stub") }
func Clone(m Message) Message                     { panic("stub") }
func Equal(x Message, y Message) bool             { panic("stub") }
func Merge(dst Message, src Message)              { panic("stub") }
func Reset(m Message)                             { panic("stub") }
func MessageName(m Message) protoreflect.FullName { panic("stub") }
func CheckInitialized(m Message) error            { return nil }

// Pointer helpers for optional scalar fields.

func Bool(v bool) *bool          { return &v }
func Int32(v int32) *int32       { return &v }
func Int64(v int64) *int64       { return &v }
func Uint32(v uint32) *uint32    { return &v }
func Uint64(v uint64) *uint64    { return &v }
func Float32(v float32) *float32 { return &v }
func Float64(v float64) *float64 { return &v }
func String(v string) *string    { return &v }
