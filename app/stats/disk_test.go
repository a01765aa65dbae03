package stats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/internal/disktest"

	"github.com/koryo-exhibit/koryo/app/clock"
)

// visitOf records a visit of n touches a second apart.
func visitOf(r *Recorder, c *clock.Fake, n int) error {
	r.Begin("kk")
	for i := 0; i < n; i++ {
		c.Add(time.Second)
		r.Touch()
		r.View("timeline", "")
	}
	c.Add(time.Minute) // the idle timeout
	return r.End()
}

func TestRecorder_VisitLastsFromFirstToLastTouch(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.jsonl")
	c := clock.NewFake(time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	r := NewRecorder(path, c)
	if err := visitOf(r, c, 3); err != nil {
		t.Fatal(err)
	}
	ss, _ := Read(path)
	if len(ss) != 1 || ss[0].Duration() != 3*time.Second {
		t.Fatalf("a visit of three taps in 3 s: %+v", ss)
	}
}

func TestRecorder_RepairsACutLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.jsonl")
	c := clock.NewFake(time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	r := NewRecorder(path, c)
	_ = visitOf(r, c, 1)
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"start":"2026-12-02T09:05:00Z","scr`) // a crash mid-write
	f.Close()
	_ = visitOf(r, c, 2)
	ss, errs := Read(path)
	if len(ss) != 2 || len(errs) != 1 {
		t.Fatalf("the visit after a cut line must survive: %d visits, %v", len(ss), errs)
	}
}

// TestRecorder_FullDiskThenSpace fills a 64 KiB tmpfs: the visits that do
// not fit wait in memory, the log keeps no partial line, Health says why,
// and once space returns every waiting visit is written.
func TestRecorder_FullDiskThenSpace(t *testing.T) {
	dir := disktest.Tmpfs(t, "size=64k")
	path := filepath.Join(dir, "v.jsonl")
	c := clock.NewFake(time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	r := NewRecorder(path, c)
	ballast := filepath.Join(dir, "ballast")
	fill(t, ballast)
	for i := 0; i < 5; i++ {
		if err := visitOf(r, c, 2); err == nil {
			t.Fatal("a visit written to a full disk reported no error")
		}
	}
	if h := r.Health(); h == nil || !strings.Contains(h.Error(), "no space left") || !strings.Contains(h.Error(), "5 visit(s) waiting") {
		t.Fatalf("health on a full disk: %v", h)
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() != 0 {
		t.Fatalf("a full disk left %d bytes of partial lines", fi.Size())
	}
	os.Remove(ballast)
	if err := visitOf(r, c, 2); err != nil || r.Health() != nil {
		t.Fatalf("with space again: %v, health %v", err, r.Health())
	}
	if ss, errs := Read(path); len(ss) != 6 || len(errs) != 0 {
		t.Fatalf("after space returned: %d visits, %v", len(ss), errs)
	}
}

func TestRecorder_ReadOnlyFolder(t *testing.T) {
	dir := disktest.Tmpfs(t, "size=64k,ro")
	c := clock.NewFake(time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	r := NewRecorder(filepath.Join(dir, "v.jsonl"), c)
	if err := visitOf(r, c, 1); err == nil || r.Health() == nil || !strings.Contains(r.Health().Error(), "read-only") {
		t.Fatalf("a read-only folder: %v, health %v", err, r.Health())
	}
}

func TestRecorder_BacklogIsBounded(t *testing.T) {
	c := clock.NewFake(time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC))
	r := NewRecorder("/dev/full", c)
	r.MaxBacklog = 3
	for i := 0; i < 5; i++ {
		_ = visitOf(r, c, 1)
	}
	if len(r.backlog) != 3 || r.dropped != 2 || !strings.Contains(r.Health().Error(), "3 visit(s) waiting in memory, 2 lost") {
		t.Fatalf("backlog %d, dropped %d, health %v", len(r.backlog), r.dropped, r.Health())
	}
}

// fill writes path until the disk is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			return
		}
	}
}
