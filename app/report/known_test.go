package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

// zone is the kiosks' time zone in the known log (Almaty, UTC+5): the log
// is written in UTC, so the days and hours only come out right in it.
var zone = time.FixedZone("ALMT", 5*3600)

// knownNow is when the known log is read.
var knownNow = time.Date(2026, 12, 2, 15, 30, 0, 0, zone)

func at(month time.Month, day, hour, min, sec int) time.Time {
	return time.Date(2026, month, day, hour, min, sec, 0, zone)
}

// visit is a session of the known log, written in UTC.
func visit(kiosk string, start time.Time, length time.Duration, langs []string, events, people []string) string {
	s := stats.Session{Start: start.UTC(), End: start.Add(length).UTC(), Languages: langs,
		Screens: map[string]int{"home": 1}, Events: events, People: people, Kiosk: kiosk}
	if len(events) > 0 {
		s.Screens["event"] = len(events)
	}
	b, _ := json.Marshal(s)
	return string(b) + "\n"
}

// writeKnownLog writes a fleet's folder whose every figure is known (see
// TestLoad_Known): hall-1 names itself; hall-2's visits have no name (so
// they count by file name), half of them in the rotated file; hall-10
// names itself in other.jsonl and has no visit in either window. Four lines
// are damaged; one needs encoding/json (an escape and an unknown field).
func writeKnownLog(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	kk, en, ru := "kk", "en", "ru"
	write := func(name string, lines ...string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Join(lines, "")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s3 := visit("hall-1", at(12, 1, 14, 0, 0), 90*time.Second, []string{kk, ru, kk}, []string{"e1"}, nil)
	s3 = strings.Replace(s3, `"events":["e1"]`, `"events":["e\u0031"],"extra":{"x":[1,2]}`, 1)
	write("hall-1.jsonl",
		visit("hall-1", at(11, 2, 23, 59, 59), time.Minute, []string{kk}, nil, nil), // before the 30 days
		visit("hall-1", at(11, 3, 0, 0, 0), -5*time.Second, []string{kk}, nil, nil), // the first instant; length 0
		visit("hall-1", at(11, 20, 11, 0, 0), 25*time.Minute, []string{kk}, nil, []string{"p1"}),
		s3,
		`{"start":"2026-12-01T10:00:00Z","end":"2026-12-01T10:0`+"\n", // cut short
		visit("hall-1", at(12, 2, 10, 5, 0), 40*time.Second, []string{kk}, nil, nil),
		"\n", // empty
		visit("hall-1", at(12, 2, 10, 50, 0), 3*time.Minute, []string{kk, en}, []string{"e1", "e2"}, nil))
	write("hall-2.jsonl.1",
		visit("", at(10, 1, 12, 0, 0), time.Minute, []string{ru}, nil, nil), // before the 30 days
		visit("", at(11, 28, 16, 59, 0), 11*time.Second, []string{ru}, nil, []string{"p1", "p2"}))
	write("hall-2.jsonl",
		`{"end":"2026-12-01T10:00:00Z","languages":["ru"]}`+"\n", // no start
		visit("", at(12, 2, 15, 29, 59), 5*time.Minute, []string{ru, en}, []string{"e1"}, nil),
		`{"start":"2026-12-01T10:00:00Z","kiosk":"`+strings.Repeat("x", stats.MaxLine)+"\"}\n", // too long
		visit("", knownNow, time.Minute, []string{ru}, nil, nil))                               // now: not in the windows, but hall-2's last visit
	write("sub/other.jsonl", visit("hall-10", at(10, 1, 12, 0, 0), time.Minute, []string{en}, nil, nil))
	write(".stversions/hall-1.jsonl", visit("hall-1", at(12, 2, 10, 5, 0), time.Minute, []string{kk}, nil, nil))
	write("notes.txt", "not a log\n")
	return dir
}

// buckets are LengthBuckets with these counts.
func buckets(ns ...int) []Bucket {
	out := append([]Bucket(nil), LengthBuckets...)
	for i, n := range ns {
		out[i].N = n
	}
	return out
}

// perDay is days from from with these visits and visits that reached an event.
func perDay(from time.Time, visits, reached []int) []Day {
	var out []Day
	for i, n := range visits {
		out = append(out, Day{Date: from.AddDate(0, 0, i), Visits: n, Reached: reached[i]})
	}
	return out
}

func hours(h map[int]int) (out [24]int) {
	for k, v := range h {
		out[k] = v
	}
	return out
}

func counts(kv ...any) []Count {
	out := []Count{}
	for i := 0; i < len(kv); i += 2 {
		out = append(out, Count{ID: kv[i].(string), N: kv[i+1].(int)})
	}
	return out
}
