package screens

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/stats"
)

func newTestKiosk(t testing.TB, cfg config.Config) (*Kiosk, *Shell, fyne.Window, *clock.Fake) {
	t.Helper()
	s, w := newTestShell(t, content.EN, size1280)
	clock := clock.NewFake(fixedNow)
	rec := stats.NewRecorder(filepath.Join(t.TempDir(), "visits.jsonl"), clock)
	k := NewKiosk(s, KioskOptions{Config: cfg, Default: content.KK, Clock: clock, Recorder: rec})
	w.SetContent(k.Object())
	w.Resize(size1280)
	return k, s, w, clock
}

func TestKiosk_IdleResetsScreenAndLanguage(t *testing.T) {
	k, s, w, clock := newTestKiosk(t, config.Defaults())
	if k.Mode() != KioskAttract {
		t.Fatalf("starts in %s, want the attract loop", k.Mode())
	}
	test.Tap(findCatcher(t, w))
	if k.Mode() != KioskVisitor || s.Route().Screen != nav.Home || s.Lang() != content.KK {
		t.Fatalf("after the wake: %s %v %s", k.Mode(), s.Route(), s.Lang())
	}
	tap(t, w, "English")
	tap(t, w, "Timeline")
	tap(t, w, "Culture")
	test.Drag(w.Canvas(), fyne.NewPos(600, 400), -250, 0)
	clock.Add(80 * time.Second)
	k.Tick()
	test.Drag(w.Canvas(), fyne.NewPos(600, 400), -50, 0) // a drag is activity
	clock.Add(80 * time.Second)
	k.Tick()
	if k.Mode() != KioskVisitor {
		t.Fatal("went idle although the visitor dragged 80 s ago")
	}
	clock.Add(11 * time.Second)
	k.Tick()
	if k.Mode() != KioskAttract {
		t.Fatalf("mode %s after 91 s without a touch", k.Mode())
	}
	if s.Route().Screen != nav.Home || s.Lang() != content.KK || s.state != (viewState{}) {
		t.Fatalf("not reset for the next visitor: %v %s %+v", s.Route(), s.Lang(), s.state)
	}
	ss, errs := stats.Read(k.opts.Recorder.Path)
	if len(ss) != 1 || len(errs) != 0 || ss[0].Screens["timeline"] == 0 || ss[0].Screens["home"] == 0 || len(ss[0].Languages) != 2 {
		t.Fatalf("visit log: %+v %v", ss, errs)
	}
	if d := ss[0].Duration(); d != 80*time.Second {
		t.Errorf("the visit lasted from its first to its last touch, 80 s, not %v", d)
	}
}

// TestKiosk_IdleResetReturnsToTheStartScreen: `start` in the settings is
// where every visit begins, and going there is not a visit.
func TestKiosk_IdleResetReturnsToTheStartScreen(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	clk := clock.NewFake(fixedNow)
	rec := stats.NewRecorder(filepath.Join(t.TempDir(), "visits.jsonl"), clk)
	cfg := config.Defaults()
	cfg.Attract = false
	start := nav.Route{Screen: nav.Timeline, ID: "exile"}
	k := NewKiosk(s, KioskOptions{Config: cfg, Default: content.RU, Clock: clk, Recorder: rec, Start: start})
	w.SetContent(k.Object())
	if s.Route() != start || rec.Active() {
		t.Fatalf("the kiosk starts on %v (visit open: %v), want %v and no visit", s.Route(), rec.Active(), start)
	}
	tap(t, w, "Назад")
	want(t, s, nav.Route{Screen: nav.Home})
	clk.Add(2 * time.Hour)
	k.Tick()
	if s.Route() != start || s.Lang() != content.RU {
		t.Fatalf("after the idle reset: %v %s", s.Route(), s.Lang())
	}
}

// TestKiosk_NewContentWaitsForTheIdleReset: a fleet's shared folder that
// changes goes on screen only when the visitor has gone, and the visit in
// progress is written first; a folder that fails its checks never shows.
func TestKiosk_NewContentWaitsForTheIdleReset(t *testing.T) {
	k, s, w, clock := newTestKiosk(t, config.Defaults())
	old := s.content
	test.Tap(findCatcher(t, w))
	s.Open(nav.Route{Screen: nav.Timeline})
	k.OfferContent(nil, "Content folder /mnt/share has 1 error(s)…")
	if s.content != old || !strings.Contains(k.staffNotes(k.words()), "/mnt/share") {
		t.Fatalf("a failing folder must leave the content and tell staff: %q", k.staffNotes(k.words()))
	}
	next := fixture(t)
	k.OfferContent(next, "")
	if s.content != old || s.Route().Screen != nav.Timeline {
		t.Fatal("new content went on screen in front of the visitor")
	}
	clock.Add(2 * time.Minute)
	k.Tick()
	if s.content != next {
		t.Fatal("the idle reset did not switch to the new content")
	}
	if ss, _ := stats.Read(k.opts.Recorder.Path); len(ss) != 1 || ss[0].Screens["timeline"] == 0 {
		t.Fatalf("the visit before the switch was lost: %+v", ss)
	}
	k.OfferContent(fixture(t), "") // while the attract loop shows: at once
	if k.pending != nil {
		t.Fatal("content offered during the attract loop must switch at once")
	}
}

func TestKioskView_String(t *testing.T) {
	for v, want := range map[KioskView]string{KioskVisitor: "visitor", KioskStaff: "staff", -1: "unknown", KioskStaff + 1: "unknown"} {
		if got := v.String(); got != want {
			t.Errorf("KioskView(%d): %q, want %q", int(v), got, want)
		}
	}
}
