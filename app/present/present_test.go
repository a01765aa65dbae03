package present

import (
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/assets"
)

func deck(t *testing.T) *Deck {
	c, err := content.Load(assets.Content())
	if err != nil {
		t.Fatal(err)
	}
	return &Deck{Slides: Slides(c)}
}

func TestSlides_StoryOrder(t *testing.T) {
	d := deck(t)
	if d.Slides[0].Era == nil || d.Slides[1].Event == nil {
		t.Fatal("the story starts with an era, then its first event")
	}
	people, eras := map[string]int{}, 0
	for _, s := range d.Slides {
		if s.Person != nil {
			people[s.Person.ID]++
		}
		if s.Era != nil {
			eras++
		}
	}
	for id, n := range people {
		if n != 1 {
			t.Errorf("%s has %d slides", id, n)
		}
	}
	if eras != 5 || len(people) != 12 {
		t.Errorf("%d eras, %d people", eras, len(people))
	}
}

func TestDeck_Do(t *testing.T) {
	d := deck(t)
	n := len(d.Slides)
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
		{func() bool { d.Type('1'); d.Type('2'); return d.Do(Enter) }, 11, false},
		{func() bool { return d.Do(Enter) }, 12, false},
		{func() bool { d.Type('9'); d.Type('9'); d.Type('9'); return d.Do(Enter) }, n - 1, false},
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
