package screens

import "fyne.io/fyne/v2"

// activity hears every visitor action in the shell: it keeps the kiosk
// awake and opens a visit in the log if none is open.
func (k *Kiosk) activity() {
	k.idle.Touch()
	rec := k.opts.Recorder
	if rec == nil {
		return
	}
	if !rec.Active() {
		// the screen the visitor found (Home, or the start screen) was
		// shown before anyone was there: it counts as the visit's first
		r := k.shell.Route()
		rec.Begin(string(k.shell.Lang()))
		rec.View(r.Screen.String(), r.ID)
	}
	rec.Touch()
}

// viewed records a screen shown, and its language, in the open visit.
func (k *Kiosk) viewed(v Viewed) {
	if rec := k.opts.Recorder; rec != nil && rec.Active() {
		rec.View(v.Route.Screen.String(), v.Route.ID)
		rec.Language(string(v.Lang))
	}
}

// endVisit closes the open visit and appends it to the log.
func (k *Kiosk) endVisit() {
	if rec := k.opts.Recorder; rec != nil {
		if err := rec.End(); err != nil {
			fyne.LogError("visit log", err)
		}
	}
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
	k.show(KioskPIN)
}

// resume goes back to what the visitor saw.
func (k *Kiosk) resume() {
	k.idle.Touch()
	k.pad = padState{}
	k.show(KioskVisitor)
}
