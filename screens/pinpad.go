package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/pin"
)

// padState is what has been typed on the PIN pad and what it last said.
type padState struct {
	digits string
	wrong  bool // the last PIN tried was wrong
}

// padScreen is an on-screen PIN pad (no OS keyboard, no text field), in
// the kiosk's default language.
func (k *Kiosk) padScreen() fyne.CanvasObject {
	w := k.words()
	dots, t := themedText(strings.Repeat("● ", len(k.pad.digits)), 40, fyne.TextStyle{}, theme.ColorNameForeground)
	t.Alignment = fyne.TextAlignCenter
	msg := widget.NewLabelWithStyle(k.padMessage(w), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	keys := container.NewGridWrap(fyne.NewSize(132, 88))
	for _, d := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
		keys.Add(newButton(d, func() { k.typeDigit(d) }))
	}
	keys.Add(newButton(w.T(msgPadClear), func() { k.pad.digits = ""; k.refreshPad() }))
	keys.Add(newButton("0", func() { k.typeDigit("0") }))
	ok := newButton(w.T(msgPadOK), k.submitPIN)
	ok.Importance = widget.HighImportance
	keys.Add(ok)
	cancel := newButton(w.T(msgPadCancel), k.resume)
	box := container.NewVBox(subheading(w.T(msgPadTitle)), dots, msg, keys, cancel)
	bg, _ := themedRect(theme.ColorNameBackground, 0)
	return container.NewStack(bg,
		container.NewCenter(container.New(layout.NewGridWrapLayout(fyne.NewSize(420, 720)), box)))
}

func (k *Kiosk) padMessage(w *locale.Localizer) string {
	if k.opts.Config.PINHash == "" {
		return w.T(msgPadNoPIN)
	}
	if d := k.guard.LockedFor(); d > 0 {
		return w.N(msgPadLocked, int(d.Seconds()+0.999))
	}
	if k.pad.wrong {
		return w.T(msgPadWrong)
	}
	return ""
}

func (k *Kiosk) typeDigit(d string) {
	k.idle.Touch()
	if len(k.pad.digits) < 12 {
		k.pad.digits += d
	}
	k.refreshPad()
}

func (k *Kiosk) submitPIN() {
	k.idle.Touch()
	typed := k.pad.digits
	k.pad.digits = ""
	switch k.guard.Try(typed) {
	case pin.Accepted:
		k.pad = padState{}
		k.show(KioskStaff)
		return
	case pin.Wrong:
		k.pad.wrong = true
	case pin.Locked:
		k.pad.wrong = false // LockedFor says it
	}
	k.refreshPad()
}

func (k *Kiosk) refreshPad() { k.show(KioskPIN) }
