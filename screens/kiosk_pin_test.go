package screens

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/pin"
)

// pinConfig is the kiosk's settings with the staff PIN 2468.
func pinConfig(t *testing.T) config.Config {
	t.Helper()
	cfg := config.Defaults()
	var err error
	if cfg.PINHash, err = pin.Hash("2468"); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// typePIN taps the digits on the pad, then OK.
func typePIN(t *testing.T, w fyne.Window, digits string) {
	t.Helper()
	for _, d := range digits {
		tap(t, w, string(d))
	}
	tap(t, w, "OK")
}

// TestKiosk_CornerGestureOpensThePad: five taps on the hidden corner, not
// four.
func TestKiosk_CornerGestureOpensThePad(t *testing.T) {
	k, s, w, _ := newTestKiosk(t, pinConfig(t))
	test.Tap(findCatcher(t, w))
	for i := 0; i < 4; i++ {
		s.Hooks.BarTap.Emit()
	}
	if k.Mode() != KioskVisitor {
		t.Fatal("four taps opened the pad")
	}
	s.Hooks.BarTap.Emit()
	if k.Mode() != KioskPIN {
		t.Fatalf("five taps: mode %s", k.Mode())
	}
}

// TestKiosk_PINLocksOut: five wrong PINs lock the pad, even against the
// right one, until the lock-out has passed.
func TestKiosk_PINLocksOut(t *testing.T) {
	k, _, w, clock := newTestKiosk(t, pinConfig(t))
	k.wake()
	k.OpenStaff()
	for i := 0; i < 5; i++ {
		typePIN(t, w, "1111")
	}
	if k.guard.LockedFor() == 0 {
		t.Fatal("five wrong PINs must lock the pad")
	}
	typePIN(t, w, "2468")
	if k.Mode() != KioskPIN {
		t.Fatal("the right PIN opened a locked pad")
	}
	clock.Add(61 * time.Second)
	typePIN(t, w, "2468")
	if k.Mode() != KioskStaff {
		t.Fatalf("mode %s after the right PIN", k.Mode())
	}
}

// TestKiosk_StaffMenu: the default language and the idle timeout are
// saved, Exit exits, Resume returns to the exhibit.
func TestKiosk_StaffMenu(t *testing.T) {
	k, _, w, _ := newTestKiosk(t, pinConfig(t))
	var saved config.Config
	k.opts.OnSave = func(c config.Config) error { saved = c; return nil }
	exited := false
	k.opts.OnExit = func() { exited = true }
	k.wake()
	k.OpenStaff()
	typePIN(t, w, "2468")
	tap(t, w, "한국어")
	if saved.Language != content.KO || k.opts.Default != content.KO {
		t.Fatalf("default language not saved: %+v", saved)
	}
	tap(t, w, "+ 30") // the menu now speaks Korean
	if saved.IdleTimeout.Duration != 120*time.Second {
		t.Fatalf("timeout not saved: %v", saved.IdleTimeout)
	}
	tap(t, w, "앱 종료")
	if !exited {
		t.Fatal("Exit did nothing")
	}
	tap(t, w, "전시로 돌아가기")
	if k.Mode() != KioskVisitor {
		t.Fatal("Resume did not return to the exhibit")
	}
}

// TestKiosk_NoPIN: without a PIN hash the pad says how to set one, and
// nothing typed on it, however long the wait, opens the staff menu.
func TestKiosk_NoPIN(t *testing.T) {
	cfg := config.Defaults()
	cfg.PINHash = ""
	k, _, w, clock := newTestKiosk(t, cfg)
	k.wake()
	k.OpenStaff()
	noPIN := k.words().T(msgPadNoPIN)
	for _, typed := range []string{"", "0", "0000", "1234", "2468", "000000000000"} {
		typePIN(t, w, typed)
		if k.Mode() != KioskPIN || !showsText(w.Content(), noPIN) {
			t.Fatalf("after %q: mode %s, the pad must say %q", typed, k.Mode(), noPIN)
		}
		clock.Add(61 * time.Second) // past any lock-out
	}
	k.OpenStaff() // the key chord
	typePIN(t, w, "")
	if k.Mode() != KioskPIN {
		t.Fatalf("mode %s", k.Mode())
	}
}

func TestKiosk_PadTimesOut(t *testing.T) {
	k, _, _, clock := newTestKiosk(t, config.Defaults())
	k.wake()
	k.OpenStaff()
	clock.Add(91 * time.Second)
	k.Tick()
	if k.Mode() != KioskAttract {
		t.Fatalf("an abandoned PIN pad must go back to the attract loop, mode %s", k.Mode())
	}
}
