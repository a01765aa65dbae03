package content_test

import (
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/assets"
)

// TestBundledContent loads the real bundled content, so a broken content
// file fails `go test`, not the gallery. It also checks coverage, without
// counting the exhibit: no problem (warnings included), every era with at
// least three events, every person linked from an event and given a gender
// for the Russian labels; the loader already requires a source
// with an http(s) URL on every event and person.
func TestBundledContent(t *testing.T) {
	c, ps := content.Check(assets.Content(), time.Now())
	for _, p := range ps {
		t.Error(p.Error())
	}
	if t.Failed() {
		return
	}
	perEra := map[string]int{}
	for _, e := range c.Events {
		perEra[e.Era]++
	}
	for _, era := range c.Eras {
		if perEra[era.ID] < 3 {
			t.Errorf("era %s has %d events, at least 3 are needed", era.ID, perEra[era.ID])
		}
	}
	for _, p := range c.People {
		if len(c.EventsOf(p.ID)) == 0 {
			t.Errorf("person %s is not linked from any event", p.ID)
		}
		if p.Gender == "" {
			t.Errorf("%s: gender: missing, so the Russian page says «Дата рождения» instead of Родился/Родилась", p.File)
		}
	}
}

// TestBundledContent_Facts pins dates the fact sheet corrects: the 2021
// article got the recognition date and the partnership year wrong.
func TestBundledContent_Facts(t *testing.T) {
	c, err := content.Load(assets.Content())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"1991-recognition":           "1991-12-30",
		"1992-diplomatic-relations":  "1992-01-28",
		"2009-strategic-partnership": "2009-05-12/2009-05-14",
		"1943-hong-beom-do-dies":     "1943-10-25",
		"2014-visa-free-travel":      "2014-11-29",
	}
	for id, date := range want {
		e := c.Event(id)
		if e == nil {
			t.Errorf("event %s missing", id)
			continue
		}
		if e.Date.String() != date {
			t.Errorf("%s: date %s, the fact sheet says %s", id, e.Date, date)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := assets.Content()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := content.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
