package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

func openTimeline(t *testing.T, s *Shell, w fyne.Window) *tlStrip {
	t.Helper()
	s.Open(nav.Route{Screen: nav.Timeline})
	w.Canvas().Refresh(w.Content())
	return s.current.(*timelineView).strip
}

// TestTimeline_MoveAndZoom drives the strip every way a visitor can.
func TestTimeline_MoveAndZoom(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	st := openTimeline(t, s, w)
	full := st.view
	if full.Span().Years() < st.limits.Full.Years()-0.01 {
		t.Fatalf("the timeline opens on the whole span: %+v", full.Span())
	}
	tap(t, w, "Zoom in")
	if st.view.PPY <= full.PPY*1.9 {
		t.Fatalf("Zoom in: %v px/year, was %v", st.view.PPY, full.PPY)
	}
	start := st.view.Start
	test.Drag(w.Canvas(), fyne.NewPos(600, 300), -200, 0)
	if st.view.Start <= start {
		t.Fatal("dragging left did not move to later years")
	}
	start = st.view.Start
	st.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -100)})
	if st.view.Start <= start {
		t.Fatal("the wheel did not pan")
	}
	ppy := st.view.PPY
	s.ctrl = true
	st.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(300, 100)}, Scrolled: fyne.NewDelta(0, 20)})
	s.ctrl = false
	if st.view.PPY <= ppy {
		t.Fatal("Ctrl+wheel did not zoom in")
	}
	year := st.view.Year(400)
	st.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(400, 100)})
	if d := st.view.Year(400) - year; d > 0.01 || d < -0.01 {
		t.Errorf("a double tap moved the year under the finger by %v", d)
	}
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyMinus})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	tap(t, w, "All years")
	if st.view.PPY != full.PPY {
		t.Fatalf("All years: %v px/year, want %v", st.view.PPY, full.PPY)
	}
}

// TestTimeline_KeepsItsViewAndOpensAtEras: the view survives a language
// switch and a filter; an era opens the timeline at that era.
func TestTimeline_KeepsItsViewAndOpensAtEras(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	st := openTimeline(t, s, w)
	st.zoomBy(8, 640)
	v := st.view
	s.SetLanguage(content.KO)
	w.Canvas().Refresh(w.Content())
	if got := s.current.(*timelineView).strip.view; got.Start != v.Start || got.PPY != v.PPY {
		t.Fatalf("language switch: %+v, was %+v", got, v)
	}
	s.Home()
	s.Open(nav.Route{Screen: nav.Timeline, ID: "exile"})
	w.Canvas().Refresh(w.Content())
	span := s.current.(*timelineView).strip.view.Span()
	if span.From > 1937 || span.To < 1992 || span.Years() > 80 {
		t.Fatalf("the exile era (1937–1991) opens as %+v", span)
	}
}

// TestTimeline_ClustersAndCards: with more events than lanes in a column,
// the most important stay cards and the rest become a cluster whose tap
// zooms in; cards never overlap.
func TestTimeline_ClustersAndCards(t *testing.T) {
	s, w := newShellWith(t, synthContent(t, 1000), content.EN, size1280)
	st := openTimeline(t, s, w)
	cards := visibleCards(st)
	clusters := 0
	for _, c := range cards {
		if c.cluster {
			clusters++
		}
	}
	if clusters == 0 {
		t.Fatal("a thousand events over the whole span must cluster")
	}
	for i, a := range cards {
		for _, b := range cards[i+1:] {
			if overlap(a, b) {
				t.Fatalf("cards %q %v %v and %q %v %v overlap; slot years %v ppy %v lanes %d", a.key, a.Position(), a.Size(), b.key, b.Position(), b.Size(), st.arr.SlotYears, st.view.PPY, st.arr.Lanes)
			}
		}
	}
	var cl *tlCard
	for _, c := range cards {
		if c.cluster {
			cl = c
		}
	}
	before := st.view.PPY
	test.Tap(cl)
	if st.view.PPY <= before {
		t.Fatal("tapping a cluster must zoom in on it")
	}
}

func visibleCards(st *tlStrip) []*tlCard {
	var out []*tlCard
	for _, o := range st.tapObjects() {
		out = append(out, o.(*tlCard))
	}
	return out
}

func overlap(a, b *tlCard) bool {
	pa, sa, pb, sb := a.Position(), a.Size(), b.Position(), b.Size()
	return pa.X < pb.X+sb.Width && pb.X < pa.X+sa.Width && pa.Y < pb.Y+sb.Height && pb.Y < pa.Y+sa.Height
}

// TestTimeline_ClusterListWhenZoomCannotPart: at the closest zoom a
// cluster lists its events instead.
func TestTimeline_ClusterListWhenZoomCannotPart(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	st := openTimeline(t, s, w)
	evs := st.events
	st.onCluster(evs[:3])
	if findTappable(w.Content(), "Close") == nil || !showsText(w.Content(), st.c.loc.Text(evs[1].Title)) {
		t.Fatal("the cluster list is not shown")
	}
	tap(t, w, st.c.loc.Text(evs[1].Title))
	want(t, s, nav.Route{Screen: nav.Event, ID: evs[1].ID})
	_ = timeline.Span{}
}

// TestHome_EraOpensTheTimelineThere: the era pictures on Home are ways in.
func TestHome_EraOpensTheTimelineThere(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	var era *tapArea
	walk(w.Content(), func(o fyne.CanvasObject) bool {
		if ta, ok := o.(*tapArea); ok && era == nil && ta.fill == "" {
			era = ta
		}
		return true
	})
	test.Tap(era)
	want(t, s, nav.Route{Screen: nav.Timeline, ID: s.content.Eras[0].ID})
}
