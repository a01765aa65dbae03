package stats

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
)

// recordVisits records two visits that start in Kazakh and switch to
// Korean, of 60 and 120 s, then half a line as a power cut in the middle
// of a write leaves it, and returns the log's path.
func recordVisits(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "visits.jsonl")
	now := clock.NewFake(time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC))
	r := NewRecorder(path, now)
	visit := func(lang string, secs int, events ...string) {
		r.Begin(lang)
		r.View("timeline", "")
		for _, e := range events {
			r.View("event", e)
		}
		r.View("person", "hong-beom-do")
		r.Language("ko")
		r.Language("ko")
		now.Add(time.Duration(secs) * time.Second)
		r.Touch()
		now.Add(10 * time.Second) // the idle timeout is not the visitor's
		if err := r.End(); err != nil {
			t.Fatal(err)
		}
	}
	visit("kk", 60, "1937-deportation")
	visit("kk", 120, "1937-deportation", "1991-recognition")
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"start":"2026-11-29T12:00:00Z","scr`)
	f.Close()
	return path
}

func TestRecorder_EndAppendsAndSurvivesDamage(t *testing.T) {
	ss, errs := Read(recordVisits(t))
	if len(ss) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), ":3: damaged line skipped") {
		t.Fatalf("sessions %d, errors %v", len(ss), errs)
	}
	if got := ss[1].Languages; len(got) != 2 || got[0] != "kk" || got[1] != "ko" {
		t.Fatalf("languages %v", got)
	}
	var out bytes.Buffer
	if err := WriteCSV(&out, ss); err != nil || strings.Count(out.String(), "\n") != 3 {
		t.Fatalf("csv:\n%s %v", out.String(), err)
	}
}

func TestRecorder_Rotates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "visits.jsonl")
	r := NewRecorder(path, clock.Real{})
	r.MaxBytes = 200
	for i := 0; i < 5; i++ {
		r.Begin("en")
		r.View("home", "")
		if err := r.End(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(path + ".1"); err != nil {
		t.Fatal("no rotation at the size limit")
	}
	if ss, errs := Read(path); len(errs) != 0 || len(ss) < 2 {
		t.Fatalf("after rotation: %d sessions, %v", len(ss), errs)
	}
}

func TestRecorder_NoSessionNoop(t *testing.T) {
	r := NewRecorder(filepath.Join(t.TempDir(), "x.jsonl"), clock.Real{})
	r.View("home", "")
	r.Language("kk")
	if err := r.End(); err != nil || r.Active() {
		t.Fatal("a recorder without a session must do nothing")
	}
}
