package pin

import (
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
)

// Guard lets staff try PINs: after MaxTries wrong ones in a row the pad is
// locked for Lockout.
type Guard struct {
	Hash     string
	MaxTries int
	Lockout  time.Duration
	clock    clock.Clock
	fails    int
	until    time.Time
}

// NewGuard guards a PIN hash with five tries and a one-minute lock.
func NewGuard(hash string, c clock.Clock) *Guard {
	return &Guard{Hash: hash, MaxTries: 5, Lockout: time.Minute, clock: c}
}

// Result of a PIN try.
type Result int

// The outcomes of Guard.Try.
const (
	Accepted Result = iota
	Wrong
	Locked
)

// Try checks a PIN. While locked it does not even look at the PIN.
func (g *Guard) Try(pin string) Result {
	if g.LockedFor() > 0 {
		return Locked
	}
	if g.Hash != "" && Verify(g.Hash, pin) {
		g.fails = 0
		return Accepted
	}
	g.fails++
	if g.fails >= g.MaxTries {
		g.fails = 0
		g.until = g.clock.Now().Add(g.Lockout)
		return Locked
	}
	return Wrong
}

// LockedFor returns how long the pad stays locked; 0 when it is open.
func (g *Guard) LockedFor() time.Duration {
	if d := g.until.Sub(g.clock.Now()); d > 0 {
		return d
	}
	return 0
}
