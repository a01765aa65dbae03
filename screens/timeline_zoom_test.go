package screens

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

// TestTimeline_ZoomKeys: + (and =, its unshifted key) zooms in and −
// zooms out, about the middle of the strip.
func TestTimeline_ZoomKeys(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	st := openTimeline(t, s, w)
	mid := st.view.Year(st.view.Width / 2)
	for _, k := range []fyne.KeyName{fyne.KeyPlus, fyne.KeyEqual} {
		ppy := st.view.PPY
		s.TypedKey(&fyne.KeyEvent{Name: k})
		if math.Abs(st.view.PPY-ppy*zoomStep) > 1e-6 {
			t.Fatalf("%s: %v px/year, want %v", k, st.view.PPY, ppy*zoomStep)
		}
	}
	if d := st.view.Year(st.view.Width/2) - mid; math.Abs(d) > 0.01 {
		t.Errorf("zooming by keys moved the middle year by %v", d)
	}
	ppy := st.view.PPY
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyMinus})
	if math.Abs(st.view.PPY-ppy/zoomStep) > 1e-6 {
		t.Fatalf("−: %v px/year, want %v", st.view.PPY, ppy/zoomStep)
	}
}

// TestTimeline_DoubleTapOnACard: most of the strip is cards, so a double
// tap on one zooms in about the finger just as it does between cards.
func TestTimeline_DoubleTapOnACard(t *testing.T) {
	s, w := newShellWith(t, synthContent(t, 1000), content.EN, size1280)
	st := openTimeline(t, s, w)
	cards := visibleCards(st)
	if len(cards) == 0 {
		t.Fatal("no cards in view")
	}
	c := cards[len(cards)/2]
	at := fyne.NewPos(c.Size().Width/3, c.Size().Height/2)
	x := c.Position().X + at.X
	year, ppy := st.view.Year(x), st.view.PPY
	var card fyne.DoubleTappable = c
	card.DoubleTapped(&fyne.PointEvent{Position: at})
	if st.view.PPY <= ppy*1.9 {
		t.Fatalf("a double tap on a card: %v px/year, was %v", st.view.PPY, ppy)
	}
	if d := st.view.Year(x) - year; math.Abs(d) > 0.01 {
		t.Errorf("the year under the finger moved by %v", d)
	}
	if s.current.(*timelineView) == nil {
		t.Fatal("a double tap must not open the event")
	}
}

// TestTimeline_Overview: a tap on the overview centres the view on the
// year tapped; dragging its window moves the view with the finger.
func TestTimeline_Overview(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	st := openTimeline(t, s, w)
	st.zoomBy(16, 0)
	o := s.current.(*timelineView).overview
	if o.Size().Width < 200 {
		t.Fatalf("the overview is %v wide", o.Size().Width)
	}
	for _, frac := range []float32{0.2, 0.7} {
		x := o.Size().Width * frac
		test.TapAt(o, fyne.NewPos(x, overviewH/2))
		centre := st.view.Start + st.view.Span().Years()/2
		if want := o.yearAt(x); math.Abs(centre-want) > 0.5 {
			t.Fatalf("tap at %.0f%%: centred on %.1f, want %.1f", frac*100, centre, want)
		}
	}
	before := st.view.Start
	from := o.Size().Width * 0.7
	for i := 1; i <= 4; i++ { // a finger moving left over the overview
		o.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(from-float32(i)*40, overviewH/2)}, Dragged: fyne.NewDelta(-40, 0)})
	}
	o.DragEnd()
	if centre := st.view.Start + st.view.Span().Years()/2; math.Abs(centre-o.yearAt(from-160)) > 0.5 {
		t.Fatalf("the window must follow the finger: centred on %.1f, want %.1f", centre, o.yearAt(from-160))
	}
	if st.view.Start >= before {
		t.Fatalf("dragging the window left must show earlier years: %v, was %v", st.view.Start, before)
	}
}

// TestTimeline_MonthAxisNamesItsYear: zoomed in to months, the axis's
// first label carries the year, so a visitor always knows which year the
// months belong to, in every language.
func TestTimeline_MonthAxisNamesItsYear(t *testing.T) {
	for _, l := range content.Languages {
		s, w := newTestShell(t, l, size1280)
		st := openTimeline(t, s, w)
		st.zoomTo(timeline.Span{From: 1937.2, To: 1938.4})
		w.Canvas().Refresh(w.Content())
		var first *canvas.Text
		for _, tk := range st.r.ticks {
			if !tk.label.Hidden && (first == nil || tk.label.Position().X < first.Position().X) {
				first = tk.label
			}
		}
		if first == nil || !strings.Contains(first.Text, "1937") {
			t.Errorf("%s: the axis's first label is %v, want it to name 1937", l, first)
		}
	}
}
