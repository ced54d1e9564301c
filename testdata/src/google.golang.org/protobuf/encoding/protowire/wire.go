// Package protowire is a hand-written stub of
// google.golang.org/protobuf/encoding/protowire (v1.36.12): the field number
// type that protoreflect.FieldNumber aliases.
package protowire

// Number is a protobuf field number.
type Number int32

// IsValid reports whether n is a valid field number.
func (n Number) IsValid() bool { return 1 <= n && n <= 536870911 && !(19000 <= n && n <= 19999) }
