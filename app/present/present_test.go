package present

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/content"
)

// fixture is a small English-only content: two eras, four events and
// four people, one of them named by no event.
var fixture = fstest.MapFS{
	"manifest.toml":     file("languages = [\"en\"]\nbase = \"none\"\n"),
	"eras/early.toml":   file("id = \"early\"\nfrom = 1900\nto = 1949\ncolour = \"#8e3b46\"\n[name]\nen = \"Early\"\n"),
	"eras/late.toml":    file("id = \"late\"\nfrom = 1950\nto = 1999\ncolour = \"#4f6d7a\"\n[name]\nen = \"Late\"\n"),
	"categories/c.toml": file("id = \"c\"\ncolour = \"#8e3b46\"\n[name]\nen = \"C\"\n"),
	"fields/f.toml":     file("id = \"f\"\n[name]\nen = \"F\"\n"),
	"events/e1.toml":    event("e1", "1920", "early", "p2", "p1"),
	"events/e2.toml":    event("e2", "1910", "early", "p1"),
	"events/e3.toml":    event("e3", "1960", "late", "p2", "p3"),
	"events/e4.toml":    event("e4", "1970", "late"),
	"people/p1.toml":    person("p1"),
	"people/p2.toml":    person("p2"),
	"people/p3.toml":    person("p3"),
	"people/p4.toml":    person("p4"),
}

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func event(id, date, era string, people ...string) *fstest.MapFile {
	return file(fmt.Sprintf("id = %q\ndate = %q\nera = %q\ncategory = \"c\"\npeople = [%s]\n"+
		"[title]\nen = \"T\"\n[text]\nen = \"X\"\n[[sources]]\ntitle = \"S\"\nurl = \"https://example.org\"\n",
		id, date, era, quoted(people)))
}

func person(id string) *fstest.MapFile {
	return file(fmt.Sprintf("id = %q\nfield = \"f\"\nborn = \"1900\"\n[name]\nen = \"N\"\n[role]\nen = \"R\"\n[bio]\nen = \"B\"\n"+
		"[[sources]]\ntitle = \"S\"\nurl = \"https://example.org\"\n", id))
}

func quoted(ss []string) string {
	var q []string
	for _, s := range ss {
		q = append(q, strconv.Quote(s))
	}
	return strings.Join(q, ", ")
}

func load(t *testing.T) *content.Content {
	t.Helper()
	c, _, ps := content.LoadFolder(fstest.MapFS{}, fixture, "fixture", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if errs := ps.Errors(); len(errs) > 0 {
		t.Fatalf("fixture: %v", errs)
	}
	return c
}

func deck(t *testing.T) *Deck { return &Deck{Slides: Slides(load(t))} }

// name is a slide's kind and id, to compare a deck with what it should be.
func name(s Slide) string {
	switch {
	case s.Era != nil:
		return "era " + s.Era.ID
	case s.Event != nil:
		return "event " + s.Event.ID
	}
	return "person " + s.Person.ID
}

// TestSlides_StoryOrder: each era, its events by date, each followed by
// the people it names who have not had a slide yet; a person no event
// names has none.
func TestSlides_StoryOrder(t *testing.T) {
	var got []string
	for _, s := range deck(t).Slides {
		got = append(got, name(s))
	}
	want := []string{"era early", "event e2", "person p1", "event e1", "person p2",
		"era late", "event e3", "person p3", "event e4"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Fatalf("slides\n %v\nwant\n %v", got, want)
	}
}

// TestSlides_EveryItemOnce holds for any content: every era and event has
// one slide, and so does every person an event names.
func TestSlides_EveryItemOnce(t *testing.T) {
	c := load(t)
	seen := map[string]int{}
	for _, s := range Slides(c) {
		seen[name(s)]++
	}
	named := map[string]bool{}
	for _, e := range c.Events {
		for _, id := range e.People {
			named[id] = true
		}
	}
	if len(seen) != len(c.Eras)+len(c.Events)+len(named) {
		t.Errorf("%d different slides for %d eras, %d events, %d people named", len(seen), len(c.Eras), len(c.Events), len(named))
	}
	for n, k := range seen {
		if k != 1 {
			t.Errorf("%s has %d slides", n, k)
		}
	}
}

func TestDeck_Do(t *testing.T) {
	d := deck(t)
	n := len(d.Slides)
	typeNumber := func(i int) {
		for _, r := range strconv.Itoa(i) {
			d.Type(r)
		}
	}
	steps := []struct {
		do    func() bool
		index int
		blank bool
	}{
		{func() bool { return d.Do(Prev) }, 0, false},
		{func() bool { return d.Do(Next) }, 1, false},
		{func() bool { return d.Do(Blank) }, 1, true},
		{func() bool { return d.Do(Next) }, 2, false},
		{func() bool { return d.Do(Last) }, n - 1, false},
		{func() bool { return d.Do(Next) }, n - 1, false},
		{func() bool { return d.Do(First) }, 0, false},
		{func() bool { typeNumber(n - 1); return d.Do(Enter) }, n - 2, false},
		{func() bool { return d.Do(Enter) }, n - 1, false},
		{func() bool { typeNumber(999); return d.Do(Enter) }, n - 1, false},
		{func() bool { d.Type('3'); d.Do(Prev); return d.Do(Enter) }, n - 1, false},
	}
	for i, s := range steps {
		s.do()
		if d.Index != s.index || d.Blanked != s.blank {
			t.Fatalf("step %d: index %d blank %v, want %d %v", i, d.Index, d.Blanked, s.index, s.blank)
		}
	}
}

func TestTour(t *testing.T) {
	c := clock.NewFake(time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC))
	tour := NewTour(10*time.Second, 30*time.Second, c)
	c.Add(9 * time.Second)
	if tour.Due() {
		t.Fatal("due before its pace")
	}
	c.Add(time.Second)
	if !tour.Due() {
		t.Fatal("not due after its pace")
	}
	tour.Touch()
	c.Add(29 * time.Second)
	if tour.Due() || !tour.Paused() {
		t.Fatal("a touch must pause the tour for 30 s")
	}
	c.Add(time.Second)
	if tour.Due() {
		t.Fatal("resuming must give the slide a full pace first")
	}
	c.Add(10 * time.Second)
	if !tour.Due() {
		t.Fatal("the tour did not resume")
	}
}
