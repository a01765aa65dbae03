package stats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/koryo-exhibit/koryo/app/internal/fuzzcheck"
)

// FuzzRead feeds any bytes to the visit log reader: every line is a visit
// or a damaged line named by its number; a visit has a start and is
// written again (as the Recorder does) and read back the same.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		`{"start":"2026-11-02T14:23:39.55Z","end":"2026-11-02T14:25:34.932Z","languages":["kk","en"],"screens":{"home":1,"timeline":1},"events":null,"people":null,"kiosk":"hall-1"}` + "\n",
		`{"start":"2026-12-01T10:00:00+05:00","end":"2026-12-01T10:03:10+05:00","languages":["kk"],"screens":{"home":1,"event":2},"events":["a","b"],"people":[]}` + "\r\n\n" + `{"start":"2026-12-01T10:0`,
		`{"start":"0000-01-01T00:00:00Z"}` + "\n" + `{"start":"0001-01-01T00:00:00Z"}` + "\n" + `{"start":null}`,
		`{"start":"2026-12-01T10:00:00-23:59","screens":{"event":1.0,"home":-1}}` + "\n{}\n[]\nnull\n\n",
		`{"start":"2026-12-01T10:00:00Z","kiosk":"Зал 2","events":["1937-депортация","a\"b"]} x` + "\n" + `{"Start":"2026-12-01T10:00:00Z","extra":[1]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzcheck.Limit(t, func() { checkRead(t, data) })
	})
}

func checkRead(t *testing.T, data []byte) {
	ss, errs := readLog(bytes.NewReader(data), "v.jsonl")
	lines := bytes.Count(data, []byte("\n"))
	if len(data) > 0 && data[len(data)-1] != '\n' {
		lines++
	}
	if len(ss)+len(errs) != lines {
		t.Fatalf("%q: %d lines read as %d visits and %d damaged", data, lines, len(ss), len(errs))
	}
	last := 0
	for _, err := range errs {
		var n int
		if _, serr := fmt.Sscanf(err.Error(), "v.jsonl:%d: damaged line skipped", &n); serr != nil || n <= last || n > lines {
			t.Fatalf("%q: %v does not name a line after %d", data, err, last)
		}
		last = n
	}
	for _, s := range ss {
		line, err := json.Marshal(s)
		var again Session
		if s.Start.IsZero() || err != nil || json.Unmarshal(line, &again) != nil || !same(s, again) {
			t.Fatalf("%q: visit %+v written as %s (%v) reads back as %+v", data, s, line, err, again)
		}
	}
}

// same compares visits field by field (times by instant and offset).
func same(a, b Session) bool {
	_, ao := a.Start.Zone()
	_, bo := b.Start.Zone()
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) && ao == bo && slices.Equal(a.Languages, b.Languages) &&
		maps.Equal(a.Screens, b.Screens) && slices.Equal(a.Events, b.Events) && slices.Equal(a.People, b.People) && a.Kiosk == b.Kiosk
}
