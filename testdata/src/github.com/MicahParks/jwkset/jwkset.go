// Package jwkset is a minimal hand-written stub of github.com/MicahParks/jwkset:
// the Storage interface (and the types its methods mention) that keyfunc/v3
// exposes, plus the in-memory implementation.
package jwkset

import (
	"context"
	"encoding/json"
)

type ALG string

type KTY string

type USE string

const (
	UseEnc USE = "enc"
	UseSig USE = "sig"
)

func (use USE) String() string { return string(use) }

// JWK is a parsed JSON Web Key.
type JWK struct {
	key     any
	marshal JWKMarshal
}

func (j JWK) Key() any            { return j.key }
func (j JWK) Marshal() JWKMarshal { return j.marshal }

type JWKMarshal struct {
	KTY KTY
	USE USE
	ALG ALG
	KID string
}

type JWKSMarshal struct {
	Keys []JWKMarshal
}

type JWKMarshalOptions struct {
	Private bool
}

type JWKValidateOptions struct {
	SkipAll bool
}

type Storage interface {
	KeyDelete(ctx context.Context, keyID string) (ok bool, err error)
	KeyRead(ctx context.Context, keyID string) (JWK, error)
	KeyReadAll(ctx context.Context) ([]JWK, error)
	KeyReplaceAll(ctx context.Context, given []JWK) error
	KeyWrite(ctx context.Context, jwk JWK) error

	JSON(ctx context.Context) (json.RawMessage, error)
	JSONPublic(ctx context.Context) (json.RawMessage, error)
	JSONPrivate(ctx context.Context) (json.RawMessage, error)
	JSONWithOptions(ctx context.Context, marshalOptions JWKMarshalOptions, validationOptions JWKValidateOptions) (json.RawMessage, error)
	Marshal(ctx context.Context) (JWKSMarshal, error)
	MarshalWithOptions(ctx context.Context, marshalOptions JWKMarshalOptions, validationOptions JWKValidateOptions) (JWKSMarshal, error)
}

type MemoryJWKSet struct {
	set []JWK
}

func NewMemoryStorage() *MemoryJWKSet { return &MemoryJWKSet{} }

func (m *MemoryJWKSet) KeyDelete(_ context.Context, keyID string) (ok bool, err error) {
	panic("stub")
}
func (m *MemoryJWKSet) KeyRead(_ context.Context, keyID string) (JWK, error) { panic("stub") }
func (m *MemoryJWKSet) KeyReadAll(_ context.Context) ([]JWK, error)          { return m.set, nil }
func (m *MemoryJWKSet) KeyReplaceAll(_ context.Context, given []JWK) error {
	m.set = given
	return nil
}
func (m *MemoryJWKSet) KeyWrite(_ context.Context, jwk JWK) error {
	m.set = append(m.set, jwk)
	return nil
}
func (m *MemoryJWKSet) JSON(ctx context.Context) (json.RawMessage, error)        { panic("stub") }
func (m *MemoryJWKSet) JSONPublic(ctx context.Context) (json.RawMessage, error)  { panic("stub") }
func (m *MemoryJWKSet) JSONPrivate(ctx context.Context) (json.RawMessage, error) { panic("stub") }
func (m *MemoryJWKSet) JSONWithOptions(ctx context.Context, marshalOptions JWKMarshalOptions, validationOptions JWKValidateOptions) (json.RawMessage, error) {
	panic("stub")
}
func (m *MemoryJWKSet) Marshal(ctx context.Context) (JWKSMarshal, error) { panic("stub") }
func (m *MemoryJWKSet) MarshalWithOptions(ctx context.Context, marshalOptions JWKMarshalOptions, validationOptions JWKValidateOptions) (JWKSMarshal, error) {
	panic("stub")
}
