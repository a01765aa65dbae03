package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
)

func TestKiosk_AttractCyclesLanguagesWithoutActivity(t *testing.T) {
	k, _, _, clock := newTestKiosk(t, config.Defaults())
	seen := map[content.Lang]bool{}
	for i := 0; i < 8; i++ {
		lang, _ := k.attract.current()
		seen[lang] = true
		clock.Add(k.opts.Config.AttractPace.Duration)
		k.Tick()
		if k.Mode() != KioskAttract {
			t.Fatal("the attract loop woke itself")
		}
	}
	if len(seen) != 4 {
		t.Fatalf("attract loop showed %d languages", len(seen))
	}
	if k.opts.Recorder.Active() {
		t.Fatal("the attract loop must not start a visit")
	}
}

func TestKiosk_AttractTour(t *testing.T) {
	cfg := config.Defaults()
	cfg.AttractTour = true
	k, s, w, clock := newTestKiosk(t, cfg)
	if k.tour == nil || k.Mode() != KioskAttract {
		t.Fatal("attract_tour must show the presentation's tour")
	}
	clock.Add(cfg.AttractPace.Duration)
	k.Tick()
	if k.tour.Index() != 1 {
		t.Fatalf("tour at slide %d after one pace", k.tour.Index())
	}
	test.Tap(findCatcher(t, w))
	if k.Mode() != KioskVisitor || s.Lang() != content.KK {
		t.Fatal("a touch on the tour must start a visit in the default language")
	}
}

func findCatcher(t *testing.T, w fyne.Window) *catcher {
	t.Helper()
	var c *catcher
	walk(w.Content(), func(o fyne.CanvasObject) bool {
		if x, ok := o.(*catcher); ok {
			c = x
		}
		return c == nil
	})
	if c == nil {
		t.Fatal("no attract loop on screen")
	}
	return c
}
