//go:build linux

package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestGaps(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	var out bytes.Buffer
	// The UI thread's schedstat at each ping: the 300 ms gap is 250 ms of
	// waiting for a CPU, the 251 ms gap is all its own.
	stats := []sched{{0, 0}, {10, 0}, {20, 0}, {40, 250}, {50, 250}, {300, 250}, {310, 250}}
	n := 0
	g := &gaps{start: t0, report: 250 * time.Millisecond, out: &out, sched: func(pid int) (sched, bool) {
		if pid != 42 {
			t.Errorf("schedstat of pid %d, want 42", pid)
		}
		s := stats[n]
		n++
		return sched{s.run * time.Millisecond, s.wait * time.Millisecond}, true
	}}
	g.message(t0.Add(10*time.Millisecond), 42, []byte("READY=1"))
	at := t0.Add(100 * time.Millisecond)
	for _, step := range []time.Duration{0, 50, 50, 300, 50, 251, 50} {
		at = at.Add(step * time.Millisecond)
		g.message(at, 42, []byte("STATUS=running\nWATCHDOG=1"))
	}
	g.message(at, 42, []byte("STATUS=no ping here"))
	if g.pings != 7 || g.ready != 1 || g.over != 2 || g.longest != 300*time.Millisecond {
		t.Errorf("pings %d ready %d over %d longest %v; want 7, 1, 2, 300ms", g.pings, g.ready, g.over, g.longest)
	}
	if g.longestAt != 500*time.Millisecond {
		t.Errorf("longest gap ends at %v, want 500ms", g.longestAt)
	}
	if g.overOwn != 1 || g.longestOwn != 251*time.Millisecond {
		t.Errorf("own: %d over, longest %v; want 1, 251ms", g.overOwn, g.longestOwn)
	}
	if !strings.Contains(out.String(), "gap 300.0 ms ending at 0.5 s: UI thread on a CPU 20.0 ms, waiting for one 250.0 ms, for something else 30.0 ms\n") {
		t.Errorf("the 300 ms gap is not explained:\n%s", out.String())
	}
	if lines := strings.Count(out.String(), "\n"); lines != 2 {
		t.Errorf("printed %d gaps, want 2:\n%s", lines, out.String())
	}
	var sum bytes.Buffer
	g.summary(&sum)
	want := "pings=7 ready=1 longest_ms=300.0 longest_at_s=0.5 over=2 longest_own_ms=251.0 own_at_s=0.8 over_own=1 cpu_wait_s=0.2 report_ms=250\n"
	if sum.String() != want {
		t.Errorf("summary %q, want %q", sum.String(), want)
	}
}

// TestSender sends a datagram as the app does and finds this process's pid
// and schedstat through it.
func TestSender(t *testing.T) {
	name := filepath.Join(t.TempDir(), "notify.sock")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := passCred(conn); err != nil {
		t.Fatal(err)
	}
	c, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write([]byte("WATCHDOG=1")); err != nil {
		t.Fatal(err)
	}
	buf, oob := make([]byte, 64), make([]byte, 128)
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, oobn, _, _, err := conn.ReadMsgUnix(buf, oob)
	if err != nil {
		t.Fatal(err)
	}
	pid := sender(oob[:oobn])
	if pid != os.Getpid() {
		t.Fatalf("sender %d, want %d", pid, os.Getpid())
	}
	if s, ok := readSchedstat(pid); !ok || s.run <= 0 {
		t.Errorf("schedstat of this process: %v %v", s, ok)
	}
}
