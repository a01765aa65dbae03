package screens

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// TestScale_ObjectsBoundedWhileMoving: dragging and zooming through
// 10,000 events reuses the timeline's objects: after 60 drag frames and
// zooming in and out the screen holds no more objects than a screenful,
// and the pool of cards no more than the fullest view needed.
func TestScale_ObjectsBoundedWhileMoving(t *testing.T) {
	s, w := newShellWith(t, scaled(t, 10000), content.EN, fyne.NewSize(1920, 1080))
	st := openTimeline(t, s, w)
	opened := objects(w.Content())
	st.zoomBy(8, 960)
	most := len(st.r.marks)
	for i := 0; i < 60; i++ {
		st.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(-25, 0)})
		most = max(most, st.r.used)
	}
	st.DragEnd()
	for _, f := range []float64{2, 2, 0.5, 0.25, 4} {
		st.zoomBy(f, 700)
		most = max(most, st.r.used)
	}
	w.Canvas().Refresh(w.Content())
	moved := objects(w.Content())
	t.Logf("timeline at 10,000 events: %d objects when opened, %d after dragging and zooming; %d cards in the pool", opened, moved, len(st.r.marks))
	if moved > opened*3/2+50 || moved > 2500 {
		t.Errorf("%d objects after moving, %d when opened: not bounded", moved, opened)
	}
	if len(st.r.marks) > most {
		t.Errorf("the pool holds %d cards but no view needed more than %d", len(st.r.marks), most)
	}
	s.Open(nav.Route{Screen: nav.People})
	v := s.current.(*peopleView)
	before := objects(w.Content())
	for i := 0; i < 60; i++ {
		v.grid.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(0, -40)})
	}
	v.grid.DragEnd()
	if v.grid.Offset() < 1000 {
		t.Fatalf("the drag did not scroll People: offset %v", v.grid.Offset())
	}
	w.Canvas().Refresh(w.Content())
	if after := objects(w.Content()); after > before+50 {
		t.Errorf("People: %d objects after a long drag, %d before", after, before)
	}
}
