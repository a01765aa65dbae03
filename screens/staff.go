package screens

import (
	"bytes"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/stats"
)

// staffScreen is the menu behind the PIN: resume, exit, the default
// language, the idle timeout and a summary of the visit log. Staff words
// are in English.
func (k *Kiosk) staffScreen() fyne.CanvasObject {
	resume := newButton("Resume the exhibit", k.resume)
	resume.Importance = widget.HighImportance
	exit := newButton("Exit the app", func() {
		if k.opts.OnExit != nil {
			k.opts.OnExit()
		}
	})
	exit.Importance = widget.DangerImportance
	langs := container.NewHBox()
	for _, l := range content.Languages {
		l := l
		b := newButton(locale.SelfName(l), func() { k.setDefault(l) })
		if l == k.opts.Default {
			b.Importance = widget.HighImportance
		}
		langs.Add(b)
	}
	timeout := k.opts.Config.IdleTimeout.Duration
	idle := container.NewHBox(
		newButton("− 30 s", func() { k.setTimeout(timeout - 30*time.Second) }),
		widget.NewLabelWithStyle(timeout.String(), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		newButton("+ 30 s", func() { k.setTimeout(timeout + 30*time.Second) }))
	warning := widget.NewLabel(k.staffNotes())
	warning.Wrapping = fyne.TextWrapWord
	warning.Importance = widget.DangerImportance
	warning.Hidden = warning.Text == ""
	return k.shell.ctx().page(
		heading("Staff"),
		warning,
		container.NewHBox(resume, exit),
		subheading("Default language"), langs,
		subheading("Back to the attract loop after"), idle,
		subheading("Visits"), widget.NewLabel(k.statsSummary()),
	)
}

func (k *Kiosk) setDefault(l content.Lang) {
	k.idle.Touch()
	k.opts.Default = l
	k.opts.Config.Language = l
	k.save()
}

func (k *Kiosk) setTimeout(d time.Duration) {
	k.idle.Touch()
	d = min(max(d, 30*time.Second), 10*time.Minute)
	k.opts.Config.IdleTimeout.Duration = d
	k.idle.Timeout = d
	k.save()
}

func (k *Kiosk) save() {
	if k.opts.OnSave != nil {
		if err := k.opts.OnSave(k.opts.Config); err != nil {
			fyne.LogError("save settings", err)
		}
	}
	k.show(KioskStaff)
}

func (k *Kiosk) statsSummary() string {
	rec := k.opts.Recorder
	if rec == nil {
		return "The visit log is off (statistics = false)."
	}
	ss, _ := stats.Read(rec.Path)
	var b bytes.Buffer
	stats.Summarize(ss).Print(&b)
	return b.String()
}
