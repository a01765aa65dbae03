package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestGaps(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	var out bytes.Buffer
	g := &gaps{start: t0, report: 250 * time.Millisecond, out: &out}
	g.message(t0.Add(10*time.Millisecond), []byte("READY=1"))
	at := t0.Add(100 * time.Millisecond)
	for _, step := range []time.Duration{0, 50, 50, 300, 50, 251, 50} {
		at = at.Add(step * time.Millisecond)
		g.message(at, []byte("STATUS=running\nWATCHDOG=1"))
	}
	g.message(at, []byte("STATUS=no ping here"))
	if g.pings != 7 || g.ready != 1 || g.over != 2 || g.longest != 300*time.Millisecond {
		t.Errorf("pings %d ready %d over %d longest %v; want 7, 1, 2, 300ms", g.pings, g.ready, g.over, g.longest)
	}
	if got := g.longestAt; got != 500*time.Millisecond {
		t.Errorf("longest gap ends at %v, want 500ms", got)
	}
	if lines := strings.Count(out.String(), "\n"); lines != 2 {
		t.Errorf("printed %d gaps, want 2:\n%s", lines, out.String())
	}
	var sum bytes.Buffer
	g.summary(&sum)
	if want := "pings=7 ready=1 longest_ms=300.0 longest_at_s=0.5 over=2 report_ms=250\n"; sum.String() != want {
		t.Errorf("summary %q, want %q", sum.String(), want)
	}
}
