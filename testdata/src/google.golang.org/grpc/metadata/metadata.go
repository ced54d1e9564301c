// Package metadata is a hand-written stub of google.golang.org/grpc/metadata
// (v1.85.0): MD and reading or attaching it through a context (incoming
// metadata carries request headers such as authorization).
package metadata

import "context"

// MD maps lower-case keys to values.
type MD map[string][]string

// New builds an MD from a map.
func New(m map[string]string) MD {
	md := MD{}
	for k, v := range m {
		md[k] = []string{v}
	}
	return md
}

// Pairs builds an MD from key/value pairs.
func Pairs(kv ...string) MD {
	md := MD{}
	for i := 0; i+1 < len(kv); i += 2 {
		md[kv[i]] = append(md[kv[i]], kv[i+1])
	}
	return md
}

func (md MD) Len() int                        { return len(md) }
func (md MD) Copy() MD                        { panic("stub") }
func (md MD) Get(k string) []string           { return md[k] }
func (md MD) Set(k string, vals ...string)    { md[k] = vals }
func (md MD) Append(k string, vals ...string) { md[k] = append(md[k], vals...) }
func (md MD) Delete(k string)                 { delete(md, k) }

type mdIncomingKey struct{}
type mdOutgoingKey struct{}

// NewIncomingContext attaches incoming metadata.
func NewIncomingContext(ctx context.Context, md MD) context.Context {
	return context.WithValue(ctx, mdIncomingKey{}, md)
}

// FromIncomingContext returns the metadata of the incoming request.
func FromIncomingContext(ctx context.Context) (MD, bool) {
	md, ok := ctx.Value(mdIncomingKey{}).(MD)
	return md, ok
}

// ValueFromIncomingContext returns the values of one incoming key.
func ValueFromIncomingContext(ctx context.Context, key string) []string {
	md, _ := FromIncomingContext(ctx)
	return md[key]
}

// NewOutgoingContext attaches outgoing metadata.
func NewOutgoingContext(ctx context.Context, md MD) context.Context {
	return context.WithValue(ctx, mdOutgoingKey{}, md)
}

// AppendToOutgoingContext adds key/value pairs to the outgoing metadata.
func AppendToOutgoingContext(ctx context.Context, kv ...string) context.Context { panic("stub") }

// FromOutgoingContext returns the outgoing metadata.
func FromOutgoingContext(ctx context.Context) (MD, bool) {
	md, ok := ctx.Value(mdOutgoingKey{}).(MD)
	return md, ok
}
