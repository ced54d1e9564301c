// Package keyfunc is a hand-written stub of github.com/MicahParks/keyfunc/v3
// (v3.9.2) for analysistest: the constructors, Options, Override and the
// Keyfunc interface (the whole exported API).
package keyfunc

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/time/rate"
)

var ErrKeyfunc = errors.New("failed keyfunc")

// Keyfunc produces jwt.Keyfunc values backed by a JWK Set.
type Keyfunc interface {
	Keyfunc(token *jwt.Token) (any, error)
	KeyfuncCtx(ctx context.Context) jwt.Keyfunc
	Storage() jwkset.Storage
	VerificationKeySet(ctx context.Context) (jwt.VerificationKeySet, error)
}

type Options struct {
	Ctx          context.Context
	Storage      jwkset.Storage
	UseWhitelist []jwkset.USE
}

type Override struct {
	Client                    *http.Client
	Given                     jwkset.Storage
	HTTPTimeout               time.Duration
	NoErrorReturnFirstHTTPReq *bool
	PrioritizeHTTP            bool
	RateLimitWaitMax          time.Duration
	RefreshErrorHandlerFunc   func(u string) func(ctx context.Context, err error)
	RefreshInterval           time.Duration
	RefreshUnknownKID         *rate.Limiter
	ValidationSkipAll         bool
}

type keyfunc struct {
	ctx          context.Context
	storage      jwkset.Storage
	useWhitelist []jwkset.USE
}

func (k keyfunc) Keyfunc(token *jwt.Token) (any, error) { panic("stub") }
func (k keyfunc) KeyfuncCtx(ctx context.Context) jwt.Keyfunc {
	return func(token *jwt.Token) (any, error) { return k.Keyfunc(token) }
}
func (k keyfunc) Storage() jwkset.Storage { return k.storage }
func (k keyfunc) VerificationKeySet(ctx context.Context) (jwt.VerificationKeySet, error) {
	panic("stub")
}

func New(options Options) (Keyfunc, error) {
	if options.Storage == nil {
		return nil, ErrKeyfunc
	}
	return keyfunc{ctx: options.Ctx, storage: options.Storage, useWhitelist: options.UseWhitelist}, nil
}

func NewDefault(urls []string) (Keyfunc, error) {
	return NewDefaultCtx(context.Background(), urls)
}

func NewDefaultCtx(ctx context.Context, urls []string) (Keyfunc, error) {
	return NewDefaultOverrideCtx(ctx, urls, Override{})
}

func NewDefaultOverrideCtx(ctx context.Context, urls []string, override Override) (Keyfunc, error) {
	return New(Options{Ctx: ctx, Storage: jwkset.NewMemoryStorage()})
}

func NewJWKJSON(raw json.RawMessage) (Keyfunc, error) {
	return New(Options{Storage: jwkset.NewMemoryStorage()})
}

func NewJWKSetJSON(raw json.RawMessage) (Keyfunc, error) {
	return New(Options{Storage: jwkset.NewMemoryStorage()})
}
