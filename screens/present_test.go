package screens

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/content"
)

func newTestPresentation(t *testing.T, tour time.Duration) (*Presentation, *clock.Fake, fyne.Window) {
	s, _ := newTestShell(t, content.EN, size1280)
	clock := clock.NewFake(fixedNow)
	p := NewPresentation(s, clock, tour, 30*time.Second)
	full := true
	p.IsFullScreen = func() bool { return full }
	p.OnFullScreen = func(on bool) bool { full = on; return full }
	pw := test.NewTempWindow(t, p.Presenter())
	pw.Resize(size1280)
	return p, clock, pw
}

// TestPresentation_Keys: clicker keys (PageUp/PageDown) and the keyboard
// step through the slides; digits and Enter jump.
func TestPresentation_Keys(t *testing.T) {
	p, _, _ := newTestPresentation(t, 0)
	n := len(p.deck.Slides)
	key := func(k fyne.KeyName) { p.TypedKey(&fyne.KeyEvent{Name: k}) }
	steps := []struct {
		do   func()
		want int
	}{
		{func() { key(fyne.KeyPageDown) }, 1},
		{func() { key(fyne.KeyRight) }, 2},
		{func() { key(fyne.KeySpace) }, 3},
		{func() { key(fyne.KeyReturn) }, 4},
		{func() { key(fyne.KeyPageUp) }, 3},
		{func() { key(fyne.KeyLeft) }, 2},
		{func() { key(fyne.KeyBackspace) }, 1},
		{func() { key(fyne.KeyEnd) }, n - 1},
		{func() { key(fyne.KeyHome) }, 0},
		{func() { p.TypedRune('1'); p.TypedRune('0'); key(fyne.KeyReturn) }, 9},
	}
	for i, s := range steps {
		s.do()
		if p.Index() != s.want {
			t.Fatalf("step %d: slide %d, want %d", i, p.Index(), s.want)
		}
	}
}

// TestPresentation_BlankAndLeave: B blanks the screen and . brings it
// back; the first Esc leaves full screen, F11 toggles it, the second Esc
// leaves the presentation.
func TestPresentation_BlankAndLeave(t *testing.T) {
	p, _, _ := newTestPresentation(t, 0)
	exited := false
	p.OnExit = func() { exited = true }
	key := func(k fyne.KeyName) { p.TypedKey(&fyne.KeyEvent{Name: k}) }
	p.TypedRune('b')
	if !p.deck.Blanked {
		t.Fatal("B did not blank the screen")
	}
	p.TypedRune('.')
	if p.deck.Blanked {
		t.Fatal(". did not bring the slide back")
	}
	key(fyne.KeyEscape)
	if p.fullScreen() || exited {
		t.Fatal("the first Esc must only leave full screen")
	}
	key(fyne.KeyF11)
	if !p.fullScreen() {
		t.Fatal("F11 must toggle full screen")
	}
	key(fyne.KeyEscape)
	key(fyne.KeyEscape)
	if !exited {
		t.Fatal("the second Esc must leave the presentation")
	}
}

// TestPresentation_InStep: the presenter window shows the audience's slide
// and the next one, whichever window the keys come from.
func TestPresentation_InStep(t *testing.T) {
	p, _, pw := newTestPresentation(t, 0)
	at := 1 // the first event slide
	for p.deck.Slides[at].Event == nil {
		at++
	}
	for i := 0; i < at; i++ {
		tap(t, pw, "Next")
	}
	if p.Index() != at {
		t.Fatalf("presenter buttons: slide %d, want %d", p.Index(), at)
	}
	cur := p.deck.Slides[at]
	if !showsText(p.Audience(), cur.Event.Title.EN) || !showsText(pw.Content(), cur.Event.Title.EN) {
		t.Fatal("audience and presenter do not both show the current slide")
	}
	next := p.deck.Slides[at+1]
	name := ""
	switch {
	case next.Event != nil:
		name = next.Event.Title.EN
	case next.Person != nil:
		name = next.Person.Name.EN
	default:
		name = next.Era.Name.EN
	}
	if !showsText(pw.Content(), name) {
		t.Fatalf("the presenter does not preview the next slide %q", name)
	}
	tap(t, pw, "Blank (B)")
	if !p.deck.Blanked {
		t.Fatal("Blank did nothing")
	}
}

// TestPresentation_TourPausesOnKey drives the auto-tour with a fake clock.
func TestPresentation_TourPausesOnKey(t *testing.T) {
	p, clock, _ := newTestPresentation(t, 10*time.Second)
	clock.Add(10 * time.Second)
	p.Tick()
	if p.Index() != 1 {
		t.Fatalf("tour: slide %d after one pace", p.Index())
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	for i := 0; i < 29; i++ {
		clock.Add(time.Second)
		p.Tick()
	}
	if p.Index() != 2 {
		t.Fatalf("the tour moved while paused: slide %d", p.Index())
	}
	clock.Add(12 * time.Second)
	p.Tick()
	clock.Add(10 * time.Second)
	p.Tick()
	if p.Index() < 3 {
		t.Fatal("the tour did not resume after its pause")
	}
}
