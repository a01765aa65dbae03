package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/idle"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/pin"
	"github.com/koryo-exhibit/koryo/app/stats"
)

// KioskOptions configure the kiosk around a shell.
type KioskOptions struct {
	Config   config.Config
	Default  content.Lang    // the language every visit starts in
	Clock    clock.Clock     // the real clock, or a fake in tests
	Recorder *stats.Recorder // nil: no statistics
	OnExit   func()          // staff chose Exit
	OnSave   func(config.Config) error
	Warning  string // for staff only: shown in the staff menu, never to visitors
}

type kioskMode int

const (
	modeVisitor kioskMode = iota
	modeAttract
	modePad
	modeStaff
)

// Kiosk runs the shell unattended: it returns to the attract loop after the
// idle timeout, resets screen, filters and language for the next visitor,
// keeps the anonymous visit log, and opens the staff menu only through the
// hidden gesture or key chord and the PIN.
type Kiosk struct {
	opts    KioskOptions
	shell   *Shell
	idle    *idle.Timer
	gesture *idle.Gesture
	guard   *pin.Guard
	root    *fyne.Container
	mode    kioskMode
	attract *attractLoop
	tour    *Presentation // the auto-tour as attract loop (attract_tour)
	pad     padState
}

// NewKiosk wraps the shell; it starts on the attract loop when that is on.
func NewKiosk(s *Shell, o KioskOptions) *Kiosk {
	k := &Kiosk{opts: o, shell: s, root: container.NewStack(),
		idle:    idle.NewTimer(o.Config.IdleTimeout.Duration, o.Clock),
		gesture: idle.NewGesture(o.Clock),
		guard:   pin.NewGuard(o.Config.PINHash, o.Clock)}
	k.attract = newAttractLoop(s, o.Clock)
	s.OnActivity = k.activity
	s.OnBarTap = k.cornerTap
	s.OnView = k.view
	s.Reset(o.Default)
	k.attract.restart()
	if o.Config.Attract {
		k.show(modeAttract)
	} else {
		k.show(modeVisitor)
	}
	return k
}

// Object returns what the window shows.
func (k *Kiosk) Object() fyne.CanvasObject { return k.root }

// Mode names what is showing, for tests and logs.
func (k *Kiosk) Mode() string {
	return [...]string{"visitor", "attract", "pin", "staff"}[k.mode]
}

// Tick is called about once a second (through fyne.Do): it ends an idle
// visit and moves the attract loop on.
func (k *Kiosk) Tick() {
	switch k.mode {
	case modeAttract:
		if k.tour != nil {
			k.tour.Tick()
			return
		}
		if k.attract.due(k.opts.Config.AttractPace.Duration) {
			k.show(modeAttract)
		}
	default:
		if k.idle.Check() {
			k.reset()
		}
	}
}

// activity hears every visitor action in the shell.
func (k *Kiosk) activity() {
	k.idle.Touch()
	if k.opts.Recorder != nil && !k.opts.Recorder.Active() {
		k.opts.Recorder.Begin(string(k.shell.Lang()))
	}
}

func (k *Kiosk) view(r nav.Route, lang content.Lang) {
	if rec := k.opts.Recorder; rec != nil && rec.Active() {
		rec.View(r.Screen.String(), r.ID)
		rec.Language(string(lang))
	}
}

// reset ends the visit: log it, then Home in the default language with
// every filter and position cleared, then the attract loop.
func (k *Kiosk) reset() {
	if rec := k.opts.Recorder; rec != nil {
		if err := rec.End(); err != nil {
			fyne.LogError("visit log", err)
		}
	}
	k.pad = padState{}
	k.shell.Reset(k.opts.Default)
	if k.opts.Config.Attract {
		k.attract.restart()
		k.show(modeAttract)
		return
	}
	k.show(modeVisitor)
}

// wake is the attract loop's touch: a new visit starts on Home.
func (k *Kiosk) wake() {
	k.idle.Touch()
	k.show(modeVisitor)
	k.activity()
}

func (k *Kiosk) show(m kioskMode) {
	k.mode = m
	var obj fyne.CanvasObject
	switch m {
	case modeAttract:
		obj = k.attractView()
	case modePad:
		obj = k.padScreen()
	case modeStaff:
		obj = k.staffScreen()
	default:
		obj = k.shell.Object()
	}
	k.root.Objects = []fyne.CanvasObject{obj}
	if k.opts.Config.HideCursor {
		k.root.Objects = []fyne.CanvasObject{newCursorHider(), obj}
	}
	k.root.Refresh()
}

// attractView is the highlights in four languages, or the presentation's
// auto-tour in the default language; a touch anywhere wakes the kiosk.
func (k *Kiosk) attractView() fyne.CanvasObject {
	if !k.opts.Config.AttractTour {
		return k.attract.render(k.wake)
	}
	if k.tour != nil {
		k.tour.Close()
	}
	pace := k.opts.Config.AttractPace.Duration
	k.tour = NewPresentation(k.shell, k.opts.Clock, pace, pace)
	return container.NewStack(k.tour.Audience(), newCatcher(k.wake))
}

// cornerTap counts taps on the hidden corner.
func (k *Kiosk) cornerTap() {
	if k.gesture.Tap() {
		k.OpenStaff()
	}
}

// OpenStaff shows the PIN pad (the gesture and the key chord call it).
func (k *Kiosk) OpenStaff() {
	k.idle.Touch()
	k.pad = padState{}
	k.show(modePad)
}

// resume goes back to what the visitor saw.
func (k *Kiosk) resume() {
	k.idle.Touch()
	k.pad = padState{}
	k.show(modeVisitor)
}
