// Package kiosk owns the rules of an unattended gallery kiosk: when it is
// idle, the staff's secret corner gesture, the PIN (stored only as a salted
// Argon2id hash, compared in constant time, locked after five wrong tries).
// Time comes from an injected Clock so tests never sleep. It draws nothing.
package kiosk

import "time"

// Clock tells the time; tests pass a fake one.
type Clock interface{ Now() time.Time }

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns the current time.
func (SystemClock) Now() time.Time { return time.Now() }
