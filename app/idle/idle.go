package idle

import (
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
)

// Timer tracks a visitor's activity: after Timeout without a touch the kiosk
// is idle (the attract loop runs); the next touch wakes it for a new visitor.
type Timer struct {
	Timeout time.Duration
	clock   clock.Clock
	last    time.Time
	idle    bool
}

// NewTimer starts an active kiosk.
func NewTimer(timeout time.Duration, c clock.Clock) *Timer {
	return &Timer{Timeout: timeout, clock: c, last: c.Now()}
}

// Touch records a visitor's tap, drag, wheel or key. It reports true when
// the kiosk was idle: this touch begins a new visit.
func (i *Timer) Touch() (woke bool) {
	i.last = i.clock.Now()
	woke = i.idle
	i.idle = false
	return woke
}

// Check is called on a timer; it reports true once, when the timeout has
// just passed since the last touch.
func (i *Timer) Check() (fellIdle bool) {
	if i.idle || i.clock.Now().Sub(i.last) < i.Timeout {
		return false
	}
	i.idle = true
	return true
}

// IsIdle reports whether the attract loop should be showing.
func (i *Timer) IsIdle() bool { return i.idle }
