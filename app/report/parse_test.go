package report

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"

	"github.com/koryo-exhibit/koryo/app/internal/fuzzcheck"
	"github.com/koryo-exhibit/koryo/app/stats"
)

var lineSeeds = []string{
	`{"start":"2026-11-02T14:23:39.55Z","end":"2026-11-02T14:25:34.932Z","languages":["kk","en"],"screens":{"home":1,"timeline":1},"events":null,"people":null,"kiosk":"hall-1"}`,
	`{"start":"2026-12-01T10:00:00+05:00","end":"2026-12-01T10:03:10+05:00","languages":["kk"],"screens":{"home":1,"event":2},"events":["a","b"],"people":[]}`,
	` { "start" : "2026-12-01T10:00:00Z" , "screens" : { "event" : -0 } } `,
	`{"start":"2026-12-01T10:00:00Z","kiosk":"Зал 2","events":["1937-депортация"]}`,
	`{"start":"2026-12-01T10:00:00Z","kiosk":null,"screens":null,"languages":null}`,
	`{"start":"2026-12-01T10:00:00Z","screens":{"event":1,"event":0}}`,
	`{"start":"2026-12-01T10:00:00Z","start":"2026-12-02T10:00:00Z"}`,
	`{"Start":"2026-12-01T10:00:00Z"}`,
	`{"start":"2026-12-01T10:00:00Z","screens":{"event":1.0}}`,
	`{"start":"2026-12-01T10:00:00Z","screens":{"event":01}}`,
	`{"start":"2026-12-01T10:00:00Z","events":["a\"b"]}`,
	`{"start":"2026-12-01T10:00:00Z","events":["a",]}`,
	`{"start":"2026-12-01T10:00:00Z","kiosk":"` + "\xff" + `"}`,
	`{"start":"2026-12-01T10:00:00Z"} x`,
	`{"start":"2026-12-01T10:00:00Z"}{}`,
	`{"start":"2026-13-01T10:00:00Z"}`,
	`{"start":"0001-01-01T00:00:00Z"}`,
	`{"start":null}`,
	`{"end":"2026-12-01T10:00:00Z"}`,
	`{}`, `[]`, `null`, ``, `{"start":"2026-12-01T10:00:00Z",`,
}

// decodeStd is what stats.Read makes of a line.
func decodeStd(line []byte) (stats.Session, bool) {
	var s stats.Session
	err := json.Unmarshal(line, &s)
	return s, err == nil && !s.Start.IsZero()
}

// equal compares sessions as the report counts them (nil and empty alike).
func equal(a, b stats.Session) bool {
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) && a.Start.Location().String() == b.Start.Location().String() &&
		slices.Equal(a.Languages, b.Languages) && slices.Equal(a.Events, b.Events) && slices.Equal(a.People, b.People) &&
		maps.Equal(a.Screens, b.Screens) && a.Kiosk == b.Kiosk
}

func checkLine(t *testing.T, p *parser, line []byte) {
	want, wantOK := decodeStd(line)
	fast := p.fast(line)
	if fast && (!wantOK || !equal(p.s, want)) {
		t.Fatalf("fast path accepted %q as %+v; encoding/json: %v %+v", line, p.s, wantOK, want)
	}
	ok := p.parse(line)
	if ok != wantOK || ok && !equal(p.s, want) {
		t.Fatalf("parse(%q) = %v %+v; encoding/json: %v %+v", line, ok, p.s, wantOK, want)
	}
}

func TestParse_AsEncodingJSON(t *testing.T) {
	p := newParser()
	fastOnes := 0
	for _, line := range lineSeeds {
		checkLine(t, p, []byte(line))
		if p.fast([]byte(line)) {
			fastOnes++
		}
	}
	if fastOnes != 6 {
		t.Errorf("%d lines took the fast path, want the first 6", fastOnes)
	}
}

// FuzzParse: whatever the line, the report reads it as stats.Read does.
func FuzzParse(f *testing.F) {
	for _, s := range lineSeeds {
		f.Add([]byte(s))
	}
	p := newParser()
	f.Fuzz(func(t *testing.T, line []byte) {
		fuzzcheck.Limit(t, func() { checkLine(t, p, line) })
	})
}

func BenchmarkParse(b *testing.B) {
	p := newParser()
	line := []byte(lineSeeds[0])
	for b.Loop() {
		p.parse(line)
	}
}

func BenchmarkEncodingJSON(b *testing.B) {
	line := []byte(lineSeeds[0])
	for b.Loop() {
		var s stats.Session
		_ = json.Unmarshal(line, &s)
	}
}
