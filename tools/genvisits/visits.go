package main

import (
	"encoding/json"
	"io/fs"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
	"github.com/koryo-exhibit/koryo/assets"
)

// gen makes visits: a seeded random source and the ids to open.
type gen struct {
	rnd            *rand.Rand
	end            time.Time // visits start before this
	days           int
	events, people []string
}

// kiosk is what makes one kiosk's visitors differ from another's.
type kiosk struct {
	name    string
	lang    string  // the kiosk's default language
	switchP float64 // chance a visitor changes language
	eventP  float64 // chance a visit opens an event
	length  float64 // median visit, seconds
}

func newGen(seed uint64, end time.Time, days int) *gen {
	return &gen{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), end: end, days: days,
		events: ids("events"), people: ids("people")}
}

// ids lists the bundled content's items of a kind (file name = id).
func ids(dir string) []string {
	entries, _ := fs.ReadDir(assets.Content(), dir)
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".toml"))
	}
	return out
}

var langs = []string{"kk", "ru", "en", "ko"}

func (g *gen) kiosk(name string, k int) kiosk {
	def := "kk"
	if k%4 == 2 {
		def = "ru" // some halls default to Russian
	}
	return kiosk{name: name, lang: def, switchP: 0.25 + 0.05*float64(k%5),
		eventP: 0.45 + 0.04*float64(k%8), length: 90 + 15*float64(k%6)}
}

// starts returns n start times, oldest first: busier at weekends and in
// the afternoon, in opening hours 10:00–18:00.
func (g *gen) starts(n int) []time.Time {
	out := make([]time.Time, 0, n)
	for len(out) < n {
		day := g.end.AddDate(0, 0, -1-g.rnd.IntN(g.days))
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday && g.rnd.Float64() < 0.4 {
			continue // weekdays are quieter
		}
		hour := 10 + math.Min(7.99, math.Abs(g.rnd.NormFloat64()*2+4.5))
		out = append(out, day.Add(time.Duration(hour*float64(time.Hour))).Truncate(time.Millisecond))
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

// visit is one JSON line for kiosk k starting at start.
func (g *gen) visit(k kiosk, start time.Time) []byte {
	r := g.rnd
	secs := math.Min(3*3600, k.length*math.Exp(r.NormFloat64()*0.8))
	s := stats.Session{Start: start, End: start.Add(time.Duration(secs * float64(time.Second))).Truncate(time.Millisecond),
		Languages: []string{k.lang}, Screens: map[string]int{"home": 1}, Kiosk: k.name}
	if r.Float64() < k.switchP {
		s.Languages = append(s.Languages, langs[1+r.IntN(3)])
		if s.Languages[1] == k.lang {
			s.Languages[1] = "kk"
		}
	}
	s.Screens["timeline"] = 1 + r.IntN(3)
	if r.Float64() < k.eventP {
		for range 1 + r.IntN(4) {
			s.Events = append(s.Events, g.pick(g.events))
		}
		s.Screens["event"] = len(s.Events)
	}
	if r.Float64() < 0.35 {
		s.Screens["people"] = 1
		for range 1 + r.IntN(2) {
			s.People = append(s.People, g.pick(g.people))
		}
		s.Screens["person"] = len(s.People)
	}
	if r.Float64() < 0.2 {
		s.Screens["map"] = 1
	}
	line, _ := json.Marshal(s) // a Session always marshals
	return line
}

// pick chooses an id, the first ones far more often (a few favourites).
func (g *gen) pick(ids []string) string {
	i := int(math.Abs(g.rnd.NormFloat64()) * float64(len(ids)) / 3)
	return ids[min(i, len(ids)-1)]
}
