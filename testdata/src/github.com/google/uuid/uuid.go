// Package uuid is a minimal hand-written stub of github.com/google/uuid.
package uuid

import (
	"database/sql/driver"
	"errors"
)

// UUID is a 128-bit RFC 4122 / RFC 9562 identifier.
type UUID [16]byte

type UUIDs []UUID

var Nil UUID

func New() UUID                         { return Must(NewRandom()) }
func NewString() string                 { return New().String() }
func NewRandom() (UUID, error)          { panic("stub") }
func Parse(s string) (UUID, error)      { panic("stub") }
func ParseBytes(b []byte) (UUID, error) { panic("stub") }
func Validate(s string) error {
	if _, err := Parse(s); err != nil {
		return errors.New("invalid UUID format")
	}
	return nil
}

func MustParse(s string) UUID {
	uuid, err := Parse(s)
	if err != nil {
		panic(`uuid: Parse(` + s + `): ` + err.Error())
	}
	return uuid
}

func Must(uuid UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return uuid
}

func (uuid UUID) String() string                   { panic("stub") }
func (uuid UUID) URN() string                      { return "urn:uuid:" + uuid.String() }
func (uuid UUID) MarshalText() ([]byte, error)     { return []byte(uuid.String()), nil }
func (uuid *UUID) UnmarshalText(data []byte) error { panic("stub") }
func (uuid *UUID) Scan(src interface{}) error      { panic("stub") }
func (uuid UUID) Value() (driver.Value, error)     { return uuid.String(), nil }
