package screens

import (
	"strings"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
)

// OfferContent hands the kiosk its content folder after a change, checked
// in the background: c is what to show (nil when the folder failed its
// checks: then nothing changes), note what staff should know ("" when all
// is well). The new content goes on screen at the next idle reset, never
// in front of a visitor; at once when the attract loop is showing.
func (k *Kiosk) OfferContent(c *content.Content, note string) {
	k.folder = note
	if c == nil {
		return
	}
	k.pending = c
	if k.view == KioskAttract {
		k.switchContent()
		k.show(KioskAttract)
	}
}

// switchContent puts the waiting content on screen, when there is some.
// The visit in progress has been written already (reset ends it first).
func (k *Kiosk) switchContent() {
	if k.pending == nil {
		return
	}
	k.shell.SetContent(k.pending)
	k.pending = nil
	k.attract = newAttractLoop(k.shell, k.opts.Clock)
	k.attract.restart()
}

// staffNotes is what the staff menu warns about: the start, the content
// folder, new content waiting, settings not saved, visits not kept.
func (k *Kiosk) staffNotes(w *locale.Localizer) string {
	var notes []string
	for _, n := range []string{k.opts.Warning, k.folder} {
		if n != "" {
			notes = append(notes, n)
		}
	}
	if k.pending != nil {
		notes = append(notes, w.T(msgStaffWaiting))
	}
	if rec := k.opts.Recorder; rec != nil && rec.Health() != nil {
		notes = append(notes, w.T(msgStaffNoRecords)+" "+rec.Health().Error())
	}
	if k.saveErr != nil {
		notes = append(notes, w.T(msgStaffNotSaved)+" "+k.saveErr.Error())
	}
	return strings.Join(notes, "\n")
}
