package screens

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
)

// staffScreen is the menu behind the PIN: resume, exit, the default
// language, the idle timeout and the dashboard of the visit log, in the
// kiosk's default language.
func (k *Kiosk) staffScreen() fyne.CanvasObject {
	w := k.words()
	resume := newButton(w.T(msgStaffResume), k.resume)
	resume.Importance = widget.HighImportance
	exit := newButton(w.T(msgStaffExit), func() {
		if k.opts.OnExit != nil {
			k.opts.OnExit()
		}
	})
	exit.Importance = widget.DangerImportance
	langs := container.NewHBox()
	for _, l := range content.Languages {
		b := newButton(locale.SelfName(l), func() { k.setDefault(l) })
		if l == k.opts.Default {
			b.Importance = widget.HighImportance
		}
		langs.Add(b)
	}
	timeout := k.opts.Config.IdleTimeout.Duration
	shown := duration(w, timeout)
	idle := container.NewHBox(
		newButton("− 30", func() { k.setTimeout(timeout - 30*time.Second) }),
		widget.NewLabelWithStyle(shown, fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		newButton("+ 30", func() { k.setTimeout(timeout + 30*time.Second) }))
	warning := dangerLabel(k.staffNotes(w))
	warning.Hidden = warning.Text == ""
	objs := []fyne.CanvasObject{
		heading(w.T(msgStaffTitle)),
		warning,
		container.NewHBox(resume, exit),
		container.NewGridWithColumns(2,
			container.NewVBox(subheading(w.T(msgStaffLang)), langs),
			container.NewVBox(subheading(w.T(msgStaffIdle)), idle)),
		subheading(w.T(msgStaffVisits)),
	}
	return k.shell.ctx().page(append(objs, k.visitsSection(w)...)...)
}

// words speak the kiosk's default language, whatever a visitor chose.
func (k *Kiosk) words() *locale.Localizer { return k.shell.loc.In(k.opts.Default) }

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

// save writes the settings the menu changed; when that fails (a read-only
// or full disk) the change holds until the app restarts and the menu says so.
func (k *Kiosk) save() {
	k.saveErr = nil
	if k.opts.OnSave != nil {
		if err := k.opts.OnSave(k.opts.Config); err != nil {
			fyne.LogError("save settings", err)
			k.saveErr = err
		}
	}
	k.show(KioskStaff)
}
