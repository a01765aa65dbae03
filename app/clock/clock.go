// Package clock owns time for the rest of the app: the Clock that every
// timer and rule reads (idle reset, PIN lock-out, attract loop, auto-tour,
// visit log), the real clock, a fake one that tests move by hand, and Every,
// the one ticker loop. It draws nothing.
package clock

import (
	"sync"
	"time"
)

// Clock tells the time.
type Clock interface{ Now() time.Time }

// Real is the system clock.
type Real struct{}

// Now returns the current time.
func (Real) Now() time.Time { return time.Now() }

// Every calls fn every d until stop is closed (never, when stop is nil).
// fn runs on Every's goroutine: a caller that touches the UI wraps it in
// fyne.Do.
func Every(d time.Duration, stop <-chan struct{}, fn func()) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			fn()
		}
	}
}

// Fake is a clock that moves only when a test tells it to. It is safe for
// use from several goroutines.
type Fake struct {
	mu sync.Mutex
	t  time.Time
}

// NewFake returns a fake clock standing at t.
func NewFake(t time.Time) *Fake { return &Fake{t: t} }

// Now returns the fake time.
func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.t
}

// Add moves the fake time on by d.
func (f *Fake) Add(d time.Duration) {
	f.mu.Lock()
	f.t = f.t.Add(d)
	f.mu.Unlock()
}
