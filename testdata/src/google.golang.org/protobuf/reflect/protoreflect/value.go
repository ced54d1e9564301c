package protoreflect

import "google.golang.org/protobuf/internal/pragma"

// Message is the reflective view of a message.
type Message interface {
	Descriptor() MessageDescriptor
	Type() MessageType
	New() Message
	Interface() ProtoMessage
	Range(f func(FieldDescriptor, Value) bool)
	Has(FieldDescriptor) bool
	Clear(FieldDescriptor)
	Get(FieldDescriptor) Value
	Set(FieldDescriptor, Value)
	Mutable(FieldDescriptor) Value
	NewField(FieldDescriptor) Value
	WhichOneof(OneofDescriptor) FieldDescriptor
	GetUnknown() RawFields
	SetUnknown(RawFields)
	IsValid() bool
	ProtoMethods() *methods
}

// RawFields is raw wire-format data.
type RawFields []byte

func (b RawFields) IsValid() bool { return true }

// List is the reflective view of a repeated field.
type List interface {
	Len() int
	Get(int) Value
	Set(int, Value)
	Append(Value)
	AppendMutable() Value
	Truncate(int)
	NewElement() Value
	IsValid() bool
}

// Map is the reflective view of a map field.
type Map interface {
	Len() int
	Range(f func(MapKey, Value) bool)
	Has(MapKey) bool
	Clear(MapKey)
	Get(MapKey) Value
	Set(MapKey, Value)
	Mutable(MapKey) Value
	NewValue() Value
	IsValid() bool
}

// Value is a union of the values a field can hold.
type Value struct {
	iface any
}

// ValueOf returns a Value holding v.
func ValueOf(v any) Value            { return Value{iface: v} }
func ValueOfString(v string) Value   { return Value{iface: v} }
func ValueOfMessage(v Message) Value { return Value{iface: v} }
func (v Value) IsValid() bool        { return v.iface != nil }
func (v Value) Interface() any       { return v.iface }
func (v Value) String() string       { s, _ := v.iface.(string); return s }
func (v Value) Bytes() []byte        { b, _ := v.iface.([]byte); return b }
func (v Value) Message() Message     { m, _ := v.iface.(Message); return m }

// MapKey is a map key.
type MapKey struct {
	iface any
}

func (k MapKey) String() string { s, _ := k.iface.(string); return s }

// The fast-path method table returned by Message.ProtoMethods; the shape
// (anonymous structs behind aliases) is part of Message's method set.
type (
	methods = struct {
		pragma.NoUnkeyedLiterals
		Flags            supportFlags
		Size             func(sizeInput) sizeOutput
		Marshal          func(marshalInput) (marshalOutput, error)
		Unmarshal        func(unmarshalInput) (unmarshalOutput, error)
		Merge            func(mergeInput) mergeOutput
		CheckInitialized func(checkInitializedInput) (checkInitializedOutput, error)
		Equal            func(equalInput) equalOutput
	}
	supportFlags = uint64
	sizeInput    = struct {
		pragma.NoUnkeyedLiterals
		Message Message
		Flags   uint8
	}
	sizeOutput = struct {
		pragma.NoUnkeyedLiterals
		Size int
	}
	marshalInput = struct {
		pragma.NoUnkeyedLiterals
		Message Message
		Buf     []byte
		Flags   uint8
	}
	marshalOutput = struct {
		pragma.NoUnkeyedLiterals
		Buf []byte
	}
	unmarshalInput = struct {
		pragma.NoUnkeyedLiterals
		Message  Message
		Buf      []byte
		Flags    uint8
		Resolver interface {
			FindExtensionByName(field FullName) (ExtensionType, error)
			FindExtensionByNumber(message FullName, field FieldNumber) (ExtensionType, error)
		}
		Depth int
	}
	unmarshalOutput = struct {
		pragma.NoUnkeyedLiterals
		Flags uint8
	}
	mergeInput = struct {
		pragma.NoUnkeyedLiterals
		Source      Message
		Destination Message
	}
	mergeOutput = struct {
		pragma.NoUnkeyedLiterals
		Flags uint8
	}
	checkInitializedInput = struct {
		pragma.NoUnkeyedLiterals
		Message Message
	}
	checkInitializedOutput = struct {
		pragma.NoUnkeyedLiterals
	}
	equalInput = struct {
		pragma.NoUnkeyedLiterals
		MessageA Message
		MessageB Message
	}
	equalOutput = struct {
		pragma.NoUnkeyedLiterals
		Equal bool
	}
)
