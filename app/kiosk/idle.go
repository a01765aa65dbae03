package kiosk

import "time"

// Idle tracks a visitor's activity: after Timeout without a touch the kiosk
// is idle (the attract loop runs); the next touch wakes it for a new visitor.
type Idle struct {
	Timeout time.Duration
	clock   Clock
	last    time.Time
	idle    bool
}

// NewIdle starts an active kiosk.
func NewIdle(timeout time.Duration, c Clock) *Idle {
	return &Idle{Timeout: timeout, clock: c, last: c.Now()}
}

// Touch records a visitor's tap, drag, wheel or key. It reports true when
// the kiosk was idle: this touch begins a new visit.
func (i *Idle) Touch() (woke bool) {
	i.last = i.clock.Now()
	woke = i.idle
	i.idle = false
	return woke
}

// Check is called on a timer; it reports true once, when the timeout has
// just passed since the last touch.
func (i *Idle) Check() (fellIdle bool) {
	if i.idle || i.clock.Now().Sub(i.last) < i.Timeout {
		return false
	}
	i.idle = true
	return true
}

// IsIdle reports whether the attract loop should be showing.
func (i *Idle) IsIdle() bool { return i.idle }
