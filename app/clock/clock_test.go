package clock

import (
	"testing"
	"time"
)

func TestFake_Add(t *testing.T) {
	start := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	f := NewFake(start)
	f.Add(90 * time.Second)
	if got := f.Now().Sub(start); got != 90*time.Second {
		t.Fatalf("moved %v, want 90s", got)
	}
}

func TestEvery_StopsWhenClosed(t *testing.T) {
	stop := make(chan struct{})
	ticks := make(chan struct{}, 10)
	done := make(chan struct{})
	go func() {
		Every(time.Millisecond, stop, func() { ticks <- struct{}{} })
		close(done)
	}()
	for i := 0; i < 3; i++ {
		select {
		case <-ticks:
		case <-time.After(5 * time.Second):
			t.Fatal("Every did not tick")
		}
	}
	close(stop)
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Every did not return after stop was closed")
	}
}

func TestReal_Now(t *testing.T) {
	if d := time.Since(Real{}.Now()); d < 0 || d > time.Minute {
		t.Fatalf("Real is %v off", d)
	}
}
