package gojose4

import (
	"encoding/json"
	"errors"

	jose "github.com/go-jose/go-jose/v4"
)

type confirmation struct {
	Cnf string `json:"cnf"`
}

// verifyJWS verifies the token's signature: a verifier of raw.
func verifyJWS(raw string) error {
	jws, err := jose.ParseSignedCompact(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return err
	}
	_, err = jws.Verify(pub)
	return err
}

// readCnf re-parses a token its only caller verified, for a claim the
// verifier does not return: the payload read through the value receiver
// of the parsed signature is the verified one.
func readCnf(raw string) (string, error) {
	jws, err := jose.ParseSignedCompact(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return "", err
	}
	var c confirmation
	if err := json.Unmarshal(jws.UnsafePayloadWithoutVerification(), &c); err != nil {
		return "", err
	}
	return c.Cnf, nil
}

func BoundToKey(raw, thumb string) error {
	if err := verifyJWS(raw); err != nil {
		return err
	}
	cnf, err := readCnf(raw)
	if err != nil || cnf != thumb {
		return errors.New("not bound")
	}
	return nil
}

// Twin: nothing verifies the token before its claim decides.
func PeekCnf(raw, thumb string) bool {
	jws, err := jose.ParseSignedCompact(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return false
	}
	var c confirmation
	json.Unmarshal(jws.UnsafePayloadWithoutVerification(), &c) // want `jwtverify: \(jose\.JSONWebSignature\)\.UnsafePayloadWithoutVerification does not verify the signature`
	return c.Cnf == thumb
}
