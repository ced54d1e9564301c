// Package rate is a hand-written stub of golang.org/x/time/rate (v0.15.0):
// the Limiter type that keyfunc/v3's Override names.
package rate

import (
	"context"
	"time"
)

// Limit is a rate in events per second.
type Limit float64

// Every converts an interval between events to a Limit.
func Every(interval time.Duration) Limit {
	if interval <= 0 {
		return Limit(1e308)
	}
	return 1 / Limit(interval.Seconds())
}

// Limiter is a token bucket.
type Limiter struct {
	limit Limit
	burst int
}

// NewLimiter returns a Limiter of rate r and burst b.
func NewLimiter(r Limit, b int) *Limiter { return &Limiter{limit: r, burst: b} }

func (lim *Limiter) Limit() Limit                         { return lim.limit }
func (lim *Limiter) Burst() int                           { return lim.burst }
func (lim *Limiter) Allow() bool                          { return true }
func (lim *Limiter) Wait(ctx context.Context) (err error) { return nil }
