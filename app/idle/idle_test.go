package idle

import (
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
)

func newClock() *clock.Fake { return clock.NewFake(time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)) }

func TestTimer(t *testing.T) {
	c := newClock()
	i := NewTimer(90*time.Second, c)
	c.Add(89 * time.Second)
	if i.Check() {
		t.Fatal("idle before the timeout")
	}
	if i.Touch() {
		t.Fatal("a touch while active must not count as waking")
	}
	c.Add(89 * time.Second)
	if i.Check() {
		t.Fatal("the touch did not restart the timeout")
	}
	c.Add(time.Second)
	if !i.Check() || !i.IsIdle() {
		t.Fatal("not idle after the timeout")
	}
	if i.Check() {
		t.Fatal("Check must report falling idle once")
	}
	c.Add(time.Hour)
	if !i.Touch() || i.IsIdle() {
		t.Fatal("the first touch after idle must wake the kiosk")
	}
}

func TestGesture(t *testing.T) {
	c := newClock()
	g := NewGesture(c)
	for i := 0; i < 4; i++ {
		if g.Tap() {
			t.Fatal("opened before five taps")
		}
		c.Add(700 * time.Millisecond)
	}
	if !g.Tap() {
		t.Fatal("five taps in 2.8 s must open the pad")
	}
	for i := 0; i < 5; i++ {
		if g.Tap() && i < 4 {
			t.Fatal("the count did not restart")
		}
		c.Add(time.Second) // too slow: the window is 3 s
	}
	slow := NewGesture(c)
	for i := 0; i < 10; i++ {
		if slow.Tap() {
			t.Fatal("taps a second apart (five span 4 s) must not open the pad")
		}
		c.Add(time.Second)
	}
}
