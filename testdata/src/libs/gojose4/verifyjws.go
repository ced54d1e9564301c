package gojose4

import (
	"errors"
	"fmt"

	jose "github.com/go-jose/go-jose/v4"
)

type span struct{}

func (span) End() {}

func startSpan() span { return span{} }

// jose.JSONWebSignature.Verify returns a nil payload with every error: a
// nil test of the payload is the error test.
func payloadTested(jws *jose.JSONWebSignature) ([]byte, error) {
	payload, err := jws.Verify(pub)
	if payload != nil {
		return payload, nil
	}
	return nil, fmt.Errorf("signature verification failed: %w", err)
}

// Twin: the payload is used whatever the outcome.
func payloadUntested(jws *jose.JSONWebSignature) []byte {
	payload, _ := jws.Verify(pub) // want `jwtverify: the error of \(jose\.JSONWebSignature\)\.Verify is discarded`
	grant(payload)
	return payload
}

// The error is tested in a function with a deferred call (results go
// through result slots).
func checkedWithDefer(jws *jose.JSONWebSignature) ([]byte, error) {
	s := startSpan()
	defer s.End()
	payload, err := jws.Verify(pub)
	if err != nil {
		return nil, fmt.Errorf("signature verification failed: %w", err)
	}
	return payload, nil
}

// Twin: with the deferred call, the payload escapes before the test.
func usedBeforeCheckWithDefer(jws *jose.JSONWebSignature) ([]byte, error) {
	s := startSpan()
	defer s.End()
	payload, err := jws.Verify(pub) // want `jwtverify: the token from \(jose\.JSONWebSignature\)\.Verify is used at line \d+ on a path where the parse error is not checked`
	grant(payload)
	if err != nil {
		return nil, errors.New("bad signature")
	}
	return payload, nil
}

// A verifying wrapper: its caller checks the error.
func verifyWrapper(jws *jose.JSONWebSignature) ([]byte, error) {
	return jws.Verify(pub)
}

func callsWrapper(jws *jose.JSONWebSignature) error {
	payload, err := verifyWrapper(jws)
	if err != nil {
		return err
	}
	grant(payload)
	return nil
}

// A verifying wrapper with named results and a deferred call: judged at
// its callers.
func verifyWithSpan(jws *jose.JSONWebSignature) (payload []byte, err error) {
	s := startSpan()
	defer s.End()
	return jws.Verify(pub)
}

func callsSpanWrapper(jws *jose.JSONWebSignature) error {
	payload, err := verifyWithSpan(jws)
	if err != nil {
		return err
	}
	grant(payload)
	return nil
}

// Twin: the caller drops the error.
func dropsSpanWrapper(jws *jose.JSONWebSignature) {
	payload, _ := verifyWithSpan(jws) // want `jwtverify: the error of gojose4\.verifyWithSpan is discarded`
	grant(payload)
}
