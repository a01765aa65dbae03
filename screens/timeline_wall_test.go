package screens

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
)

// TestTimeline_NeverAWall: at any window size, text size and zoom, with a
// thousand events crowding 1937, no two cards on the strip overlap, and
// every card lies within the strip's height.
func TestTimeline_NeverAWall(t *testing.T) {
	c := synthContent(t, 1000)
	sizes := []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800}, {Width: 1920, Height: 1080}, {Width: 2560, Height: 1440}}
	for _, size := range sizes {
		for step := range TextScales {
			t.Run(fmt.Sprintf("%vx%v/A%d", size.Width, size.Height, step), func(t *testing.T) {
				s, w := newShellWith(t, c, content.KK, size)
				s.SetTextSize(step)
				st := openTimeline(t, s, w)
				for _, zoom := range []float64{1, 3, 4, 8, 16, 64} {
					st.zoomBy(zoom, st.view.Width*0.45)
					w.Canvas().Refresh(w.Content())
					checkNoWall(t, st, fmt.Sprintf("after zooming by %v", zoom))
				}
			})
		}
	}
}

func checkNoWall(t *testing.T, st *tlStrip, when string) {
	t.Helper()
	cards := visibleCards(st)
	if len(cards) == 0 {
		t.Fatalf("%s: no cards in view", when)
	}
	for i, a := range cards {
		if a.Position().Y+a.Size().Height > st.Size().Height {
			t.Fatalf("%s: card %q reaches below the strip (%v + %v > %v)", when, a.key, a.Position().Y, a.Size().Height, st.Size().Height)
		}
		for _, b := range cards[i+1:] {
			if overlap(a, b) {
				t.Fatalf("%s: cards %q and %q overlap", when, a.key, b.key)
			}
		}
	}
}
