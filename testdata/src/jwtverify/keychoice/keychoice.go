// Package keychoice: claims of an unverified decode choose the record
// whose key verifies the same token (the record named by the token, the
// key named by its type), with required-claim and allow-list checks that
// reject before the verification; the decode is in another package.
package keychoice

import (
	"errors"
	"fmt"
	"slices"

	"jwtverify/keychoice/tokens"
)

type Record struct {
	ID, Email string
	secrets   map[string]string
}

func (r *Record) Key(kind string) string { return r.secrets[kind] }

func findRecord(id string) (*Record, error) { return &Record{ID: id}, nil }

func deleteRecord(id string) {}

// Negative: every use of the unverified claims rejects the token, names
// it in the error, or chooses the key; the token is then verified on
// every path before the record is returned.
func RecordByToken(raw string, kinds ...string) (*Record, error) {
	claims, err := tokens.Decode(raw)
	if err != nil {
		return nil, err
	}
	id, _ := claims["id"].(string)
	kind, _ := claims["type"].(string)
	if id == "" || kind == "" {
		return nil, errors.New("missing claims")
	}
	if len(kinds) > 0 && !slices.Contains(kinds, kind) {
		return nil, fmt.Errorf("token type %q not accepted", kind)
	}
	rec, err := findRecord(id)
	if err != nil {
		return nil, err
	}
	var base string
	switch kind {
	case "auth":
		base = "a"
	case "reset":
		base = "r"
	default:
		return nil, errors.New("unknown token type " + kind)
	}
	if _, err := tokens.Verify(raw, rec.Key(kind)+base); err != nil {
		return nil, err
	}
	return rec, nil
}

// Positive twin: the record named by the unverified token is deleted
// before the token is verified.
func DeleteByToken(raw string) error {
	claims, err := tokens.Decode(raw) // want `jwtverify: tokens\.Decode does not verify the signature`
	if err != nil {
		return err
	}
	id, _ := claims["id"].(string)
	if id == "" {
		return errors.New("missing claims")
	}
	deleteRecord(id)
	rec, err := findRecord(id)
	if err != nil {
		return err
	}
	_, err = tokens.Verify(raw, rec.Key("auth"))
	return err
}

// Positive twin: on the rejecting path, before any verification, the
// record the unverified token names is deleted.
func RejectAndDelete(raw string) (*Record, error) {
	claims, err := tokens.Decode(raw) // want `jwtverify: tokens\.Decode does not verify the signature`
	if err != nil {
		return nil, err
	}
	id, _ := claims["id"].(string)
	kind, _ := claims["type"].(string)
	if kind == "" {
		deleteRecord(id)
		return nil, errors.New("missing type")
	}
	rec, err := findRecord(id)
	if err != nil {
		return nil, err
	}
	if _, err := tokens.Verify(raw, rec.Key(kind)); err != nil {
		return nil, err
	}
	return rec, nil
}
