// Package pragma is a hand-written stub of
// google.golang.org/protobuf/internal/pragma (v1.36.12): the marker types
// that protoreflect's interfaces and structs embed.
package pragma

// NoUnkeyedLiterals forbids unkeyed struct literals.
type NoUnkeyedLiterals struct{}

// DoNotImplement forbids outside implementations of an interface.
type DoNotImplement interface{ ProtoInternal(DoNotImplement) }

// DoNotCompare forbids comparison with ==.
type DoNotCompare [0]func()
