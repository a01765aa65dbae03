package screens

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/stats"
)

// Scale: every screen that lists content builds only what is in view. The
// benchmarks below measure it at 100, 1,000 and 10,000 events (with a
// fifth as many people); scripts/bench-scale.sh prints the ratios.

var scaleSizes = []int{100, 1000, 10000}

var scaleContent = map[int]*content.Content{}

func scaled(tb testing.TB, n int) *content.Content {
	if c, ok := scaleContent[n]; ok {
		return c
	}
	c := synthContent(tb, n)
	scaleContent[n] = c
	return c
}

// objects counts the canvas objects that are shown.
func objects(root fyne.CanvasObject) int {
	n := 0
	walk(root, func(fyne.CanvasObject) bool { n++; return true })
	return n
}

// TestScale_ObjectsBounded: the timeline, the people and the sources show
// as many objects for 10,000 events as for 100, give or take what a
// screenful holds.
func TestScale_ObjectsBounded(t *testing.T) {
	routes := []nav.Route{{Screen: nav.Timeline}, {Screen: nav.People}, {Screen: nav.About}}
	counts := map[nav.Screen][]int{}
	for _, n := range []int{100, 10000} {
		s, w := newShellWith(t, scaled(t, n), content.EN, fyne.NewSize(1920, 1080))
		for _, r := range routes {
			s.Open(r)
			w.Canvas().Refresh(w.Content())
			counts[r.Screen] = append(counts[r.Screen], objects(w.Content()))
			s.Home()
		}
	}
	for sc, c := range counts {
		t.Logf("%s: %d objects at 100 events, %d at 10,000", sc, c[0], c[1])
		if c[1] > c[0]*3/2+50 || c[1] > 2500 {
			t.Errorf("%s: %d objects at 100 events but %d at 10,000: not bounded", sc, c[0], c[1])
		}
	}
}

func benchShell(b *testing.B, n int, r nav.Route) (*Shell, fyne.Window) {
	s, w := newShellWith(b, scaled(b, n), content.EN, fyne.NewSize(1920, 1080))
	s.Open(r)
	return s, w
}

// BenchmarkScale_OpenTimeline builds the timeline and lays it out.
func BenchmarkScale_OpenTimeline(b *testing.B) {
	for _, n := range scaleSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, _ := benchShell(b, n, nav.Route{Screen: nav.Home})
			b.ReportAllocs()
			for b.Loop() {
				s.Open(nav.Route{Screen: nav.Timeline})
				s.Home()
			}
		})
	}
}

// full is the view both benchmarks below start from: twice the closest of
// the whole span, where every column is full of cards and clusters at 100
// events as at 10,000, so that they compare like with like.
func full(v *timelineView) { v.strip.zoomTo(v.strip.limits.Full); v.zoom(2) }

// BenchmarkScale_ZoomStep zooms in and out by one step about the middle.
func BenchmarkScale_ZoomStep(b *testing.B) {
	for _, n := range scaleSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, _ := benchShell(b, n, nav.Route{Screen: nav.Timeline})
			v := s.current.(*timelineView)
			full(v)
			f := zoomStep
			b.ReportAllocs()
			for b.Loop() {
				v.zoom(f)
				f = 1 / f
			}
		})
	}
}

// BenchmarkScale_DragFrame moves the timeline by one drag event.
func BenchmarkScale_DragFrame(b *testing.B) {
	for _, n := range scaleSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, _ := benchShell(b, n, nav.Route{Screen: nav.Timeline})
			full(s.current.(*timelineView))
			st := s.current.(*timelineView).strip
			d := float32(12)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if i%100 == 0 {
					d = -d // back and forth, so the view never runs out
				}
				st.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(d, 0)})
			}
		})
	}
}

// BenchmarkScale_OpenPeople builds the people grid and lays it out.
func BenchmarkScale_OpenPeople(b *testing.B) {
	for _, n := range scaleSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, _ := benchShell(b, n, nav.Route{Screen: nav.Home})
			b.ReportAllocs()
			for b.Loop() {
				s.Open(nav.Route{Screen: nav.People})
				s.Home()
			}
		})
	}
}

// BenchmarkScale_SwitchLanguage switches the language on the timeline and
// on the people grid, round the four languages.
func BenchmarkScale_SwitchLanguage(b *testing.B) { benchSwitchLanguage(b, false) }

// TestPeople_IndexJumpsToTheLetter: a tap on a letter brings its first
// person to the top of the grid; letters without people are disabled.
func TestPeople_IndexJumpsToTheLetter(t *testing.T) {
	s, w := newShellWith(t, scaled(t, 1000), content.RU, fyne.NewSize(1280, 800))
	s.Open(nav.Route{Screen: nav.People})
	v := s.current.(*peopleView)
	var target locale.Letter
	for _, l := range v.peopleData().index {
		if l.First > 20 {
			target = l
			break
		}
	}
	tap(t, w, target.Letter)
	if row := int(v.grid.Offset() / cardSize.Height); row != target.First/v.grid.columns() {
		t.Fatalf("after %s the top row is %d, but its first name is in row %d", target.Letter, row, target.First/v.grid.columns())
	}
	if got := locale.IndexLetter(content.RU, v.people[target.First].Name.RU); got != target.Letter {
		t.Fatalf("the index says %s starts at %s", target.Letter, v.people[target.First].Name.RU)
	}
	if b := findTappable(w.Content(), "Ы"); b == nil || !b.Disabled() {
		t.Fatal("a letter no name starts with must be disabled")
	}
}

// BenchmarkScale_FirstSwitchLanguage is a language switch that finds
// nothing made for the new language: what SwitchLanguage would cost if the
// shell did not prepare every language's order in the background
// (warm.go). It is for information; the visitor pays SwitchLanguage.
func BenchmarkScale_FirstSwitchLanguage(b *testing.B) { benchSwitchLanguage(b, true) }

// benchSwitchLanguage switches round the four languages on the Timeline
// and on People; fresh forgets what was made for each language first.
func benchSwitchLanguage(b *testing.B, fresh bool) {
	for _, r := range []nav.Route{{Screen: nav.Timeline}, {Screen: nav.People}} {
		for _, n := range scaleSizes {
			b.Run(fmt.Sprintf("%s/%d", r.Screen, n), func(b *testing.B) {
				s, _ := benchShell(b, n, r)
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					if fresh {
						s.people, s.tracks = map[peopleKey]*peopleData{}, map[string]*tlData{}
					}
					s.SetLanguage(content.Languages[i%len(content.Languages)])
				}
			})
		}
	}
}

// BenchmarkScale_SwitchContentAtReset: a kiosk's idle reset that puts a
// changed content folder (checked beforehand, in the background) on
// screen: write the visit, switch, reset to the start screen.
func BenchmarkScale_SwitchContentAtReset(b *testing.B) {
	for _, n := range scaleSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, _ := newShellWith(b, scaled(b, n), content.EN, fyne.NewSize(1920, 1080))
			clk := clock.NewFake(fixedNow)
			cfg := config.Defaults()
			k := NewKiosk(s, KioskOptions{Config: cfg, Default: content.EN, Clock: clk,
				Recorder: stats.NewRecorder(filepath.Join(b.TempDir(), "v.jsonl"), clk)})
			contents := []*content.Content{synthContent(b, n), scaled(b, n)}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				k.wake()
				s.Open(nav.Route{Screen: nav.Timeline})
				k.OfferContent(contents[i%2], "")
				clk.Add(time.Hour)
				k.Tick() // the idle reset: the visit is written, the content switched
			}
		})
	}
}
