package kiosk

import (
	"strings"
	"testing"
	"time"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time      { return c.t }
func (c *fakeClock) Add(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *fakeClock               { return &fakeClock{t: time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)} }

func TestIdle(t *testing.T) {
	c := newClock()
	i := NewIdle(90*time.Second, c)
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

func TestPIN(t *testing.T) {
	h, err := HashPIN("2468")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h, "2468") || !strings.HasPrefix(h, "argon2id$") {
		t.Fatalf("hash %q", h)
	}
	h2, _ := HashPIN("2468")
	if h == h2 {
		t.Fatal("the same PIN must hash differently (salt)")
	}
	if !VerifyPIN(h, "2468") || VerifyPIN(h, "2469") || VerifyPIN("garbage", "2468") {
		t.Fatal("VerifyPIN wrong")
	}
	for _, bad := range []string{"123", "1234567890123", "12a4", "١٢٣٤"} {
		if _, err := HashPIN(bad); err == nil {
			t.Errorf("HashPIN(%q) accepted", bad)
		}
	}
}

func TestGuard_LocksAfterFiveWrong(t *testing.T) {
	c := newClock()
	h, _ := HashPIN("1357")
	g := NewGuard(h, c)
	for i := 0; i < 4; i++ {
		if g.Try("0000") != Wrong {
			t.Fatalf("try %d not Wrong", i)
		}
	}
	if g.Try("0000") != Locked {
		t.Fatal("fifth wrong try must lock")
	}
	if g.Try("1357") != Locked {
		t.Fatal("the right PIN must not open a locked pad")
	}
	c.Add(59 * time.Second)
	if g.LockedFor() != time.Second {
		t.Fatalf("locked for %v", g.LockedFor())
	}
	c.Add(time.Second)
	if g.Try("1357") != Accepted {
		t.Fatal("the right PIN after the lock must open")
	}
	if NewGuard("", c).Try("1357") != Wrong {
		t.Fatal("no PIN set must never accept")
	}
}
