// Package protoreflect is a hand-written stub of
// google.golang.org/protobuf/reflect/protoreflect (v1.36.12): ProtoMessage
// and Message, which a generated message type implements through its
// ProtoReflect method. Interfaces must have their real method sets, so the
// descriptor interfaces that Message's methods mention are declared in full;
// Value, MapKey and the other structs carry only a few methods.
package protoreflect

import (
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/internal/pragma"
)

type doNotImplement pragma.DoNotImplement

// ProtoMessage is the top-level interface that all proto messages implement.
type ProtoMessage interface{ ProtoReflect() Message }

// Syntax is the language version of a proto file.
type Syntax int8

// Syntax values.
const (
	Proto2   Syntax = 2
	Proto3   Syntax = 3
	Editions Syntax = 4
)

func (s Syntax) IsValid() bool { return s == Proto2 || s == Proto3 || s == Editions }

// Cardinality is the cardinality of a field.
type Cardinality int8

// Cardinality values.
const (
	Optional Cardinality = 1
	Required Cardinality = 2
	Repeated Cardinality = 3
)

// Kind is the basic type of a field.
type Kind int8

// Kind values.
const (
	DoubleKind   Kind = 1
	FloatKind    Kind = 2
	Int64Kind    Kind = 3
	Uint64Kind   Kind = 4
	Int32Kind    Kind = 5
	Fixed64Kind  Kind = 6
	Fixed32Kind  Kind = 7
	BoolKind     Kind = 8
	StringKind   Kind = 9
	GroupKind    Kind = 10
	MessageKind  Kind = 11
	BytesKind    Kind = 12
	Uint32Kind   Kind = 13
	EnumKind     Kind = 14
	Sfixed32Kind Kind = 15
	Sfixed64Kind Kind = 16
	Sint32Kind   Kind = 17
	Sint64Kind   Kind = 18
)

// FieldNumber is a field number.
type FieldNumber = protowire.Number

// EnumNumber is the numeric value of an enum value.
type EnumNumber int32

// Name is a short identifier.
type Name string

func (s Name) IsValid() bool { return s != "" }

// FullName is a dot-separated qualified name.
type FullName string

func (n FullName) IsValid() bool { return n != "" }
