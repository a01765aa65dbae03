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
	Warning  string    // for staff only: shown in the staff menu, never to visitors
	Start    nav.Route // where every visit starts; the zero route is Home
}

// KioskView is what the kiosk shows.
type KioskView int

// The kiosk's views.
const (
	KioskVisitor KioskView = iota // the exhibit, to a visitor
	KioskAttract                  // the attract loop, while nobody is there
	KioskPIN                      // the staff PIN pad
	KioskStaff                    // the staff menu
)

var kioskViews = [...]string{"visitor", "attract", "pin", "staff"}

// String names the view, for tests and logs; "unknown" for a value that
// is none of the views.
func (v KioskView) String() string {
	if v < 0 || int(v) >= len(kioskViews) {
		return "unknown"
	}
	return kioskViews[v]
}

// Kiosk runs the shell unattended: it returns to the attract loop after the
// idle timeout, resets screen, filters and language for the next visitor,
// keeps the anonymous visit log, and opens the staff menu only through the
// hidden gesture or key chord and the PIN. It hears the shell through its
// hooks, beside any other listener.
type Kiosk struct {
	opts    KioskOptions
	shell   *Shell
	idle    *idle.Timer
	gesture *idle.Gesture
	guard   *pin.Guard
	root    *fyne.Container
	view    KioskView
	attract *attractLoop
	tour    *Presentation // the auto-tour as attract loop (attract_tour)
	pad     padState
	stops   []func()
	pending *content.Content // a changed content folder, for the next idle reset
	folder  string           // what staff should know of the content folder; "" for nothing
	dash    dashboard        // the staff menu's charts
	saveErr error            // why the staff menu's last change was not saved
}

// NewKiosk wraps the shell; it starts on the attract loop when that is on.
func NewKiosk(s *Shell, o KioskOptions) *Kiosk {
	k := &Kiosk{opts: o, shell: s, root: container.NewStack(),
		idle:    idle.NewTimer(o.Config.IdleTimeout.Duration, o.Clock),
		gesture: idle.NewGesture(o.Clock),
		guard:   pin.NewGuard(o.Config.PINHash, o.Clock)}
	k.attract = newAttractLoop(s, o.Clock)
	k.stops = []func(){s.Hooks.Activity.Listen(k.activity), s.Hooks.BarTap.Listen(k.cornerTap), s.Hooks.View.Listen(k.viewed)}
	s.ResetTo(o.Default, o.Start)
	k.attract.restart()
	if o.Config.Attract {
		k.show(KioskAttract)
	} else {
		k.show(KioskVisitor)
	}
	return k
}

// Object returns what the window shows.
func (k *Kiosk) Object() fyne.CanvasObject { return k.root }

// Mode says what is showing.
func (k *Kiosk) Mode() KioskView { return k.view }

// Close stops listening to the shell.
func (k *Kiosk) Close() {
	for _, stop := range k.stops {
		stop()
	}
}

// Tick is called about once a second (through fyne.Do): it ends an idle
// visit and moves the attract loop on.
func (k *Kiosk) Tick() {
	if k.view != KioskAttract {
		if k.idle.Check() {
			k.reset()
		}
		return
	}
	if k.tour != nil {
		k.tour.Tick()
		return
	}
	if k.attract.due(k.opts.Config.AttractPace.Duration) {
		k.show(KioskAttract)
	}
}

// reset ends the visit: log it, then Home in the default language with
// every filter and position cleared, then the attract loop.
func (k *Kiosk) reset() {
	k.endVisit()
	k.switchContent()
	k.pad = padState{}
	k.shell.ResetTo(k.opts.Default, k.opts.Start)
	if k.opts.Config.Attract {
		k.attract.restart()
		k.show(KioskAttract)
		return
	}
	k.show(KioskVisitor)
}

// wake is the attract loop's touch: a new visit starts on Home.
func (k *Kiosk) wake() {
	k.idle.Touch()
	k.show(KioskVisitor)
	k.activity()
}

func (k *Kiosk) show(v KioskView) {
	k.view = v
	var obj fyne.CanvasObject
	switch v {
	case KioskAttract:
		obj = k.attractView()
	case KioskPIN:
		obj = k.padScreen()
	case KioskStaff:
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
