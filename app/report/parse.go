package report

import (
	"encoding/json"
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

// parser decodes log lines into one reused Session, interning the ids so
// that counting them allocates nothing. A line takes the fast path when it
// is a plain object of the fields the kiosks write (no escapes, no
// duplicate or unknown keys, whole numbers); anything else goes to
// encoding/json, which decides exactly as stats.Read does.
type parser struct {
	s      stats.Session
	intern map[string]string
}

func newParser() *parser { return &parser{intern: map[string]string{}} }

// parse decodes a line: false when it is damaged (not a session, or one
// without a start), as stats.Read skips it.
func (p *parser) parse(line []byte) bool {
	if p.fast(line) {
		return true
	}
	p.s = stats.Session{}
	return json.Unmarshal(line, &p.s) == nil && !p.s.Start.IsZero()
}

// The fields of a line, as bits of a set.
const (
	fStart = iota
	fEnd
	fLanguages
	fScreens
	fEvents
	fPeople
	fKiosk
)

func field(key []byte) int {
	switch string(key) {
	case "start":
		return fStart
	case "end":
		return fEnd
	case "languages":
		return fLanguages
	case "screens":
		return fScreens
	case "events":
		return fEvents
	case "people":
		return fPeople
	case "kiosk":
		return fKiosk
	}
	return -1
}

func (p *parser) reset() {
	s := &p.s
	s.Start, s.End, s.Kiosk = time.Time{}, time.Time{}, ""
	s.Languages, s.Events, s.People = s.Languages[:0], s.Events[:0], s.People[:0]
	if s.Screens == nil {
		s.Screens = map[string]int{}
	}
	clear(s.Screens)
}

// fast decodes a line it is sure of; false sends it to encoding/json.
func (p *parser) fast(line []byte) bool {
	p.reset()
	l := lexer{b: line}
	if !l.byte('{') {
		return false
	}
	seen := 0
	for {
		key, ok := l.str()
		f := field(key)
		if !ok || f < 0 || seen&(1<<f) != 0 || !l.byte(':') || !p.value(&l, f) {
			return false
		}
		seen |= 1 << f
		if l.byte(',') {
			continue
		}
		if !l.byte('}') {
			return false
		}
		l.ws()
		return l.i == len(line) && !p.s.Start.IsZero()
	}
}

func (p *parser) value(l *lexer, f int) bool {
	s := &p.s
	var ok bool
	switch f {
	case fStart, fEnd:
		t := &s.Start
		if f == fEnd {
			t = &s.End
		}
		raw, isStr := l.quoted()
		ok = isStr && t.UnmarshalJSON(raw) == nil
	case fLanguages:
		s.Languages, ok = p.strs(l, s.Languages)
	case fEvents:
		s.Events, ok = p.strs(l, s.Events)
	case fPeople:
		s.People, ok = p.strs(l, s.People)
	case fScreens:
		ok = p.screens(l)
	case fKiosk:
		var b []byte
		if b, ok = l.str(); ok {
			s.Kiosk = p.str(b)
		} else {
			ok = l.null()
		}
	}
	return ok
}

// strs reads an array of strings, or null, onto dst.
func (p *parser) strs(l *lexer, dst []string) ([]string, bool) {
	if l.null() {
		return dst, true
	}
	if !l.byte('[') {
		return dst, false
	}
	if l.byte(']') {
		return dst, true
	}
	for {
		b, ok := l.str()
		if !ok {
			return dst, false
		}
		dst = append(dst, p.str(b))
		if !l.byte(',') {
			return dst, l.byte(']')
		}
	}
}

// screens reads an object of whole numbers, or null.
func (p *parser) screens(l *lexer) bool {
	if l.null() {
		return true
	}
	if !l.byte('{') {
		return false
	}
	if l.byte('}') {
		return true
	}
	for {
		b, ok := l.str()
		if !ok || !l.byte(':') {
			return false
		}
		n, ok := l.int()
		if !ok {
			return false
		}
		p.s.Screens[p.str(b)] = n
		if !l.byte(',') {
			return l.byte('}')
		}
	}
}

// str interns b (up to a bound, against a log of ever new ids).
func (p *parser) str(b []byte) string {
	if s, ok := p.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(p.intern) < 1<<16 {
		p.intern[s] = s
	}
	return s
}
