package screens

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/pin"
)

// padState is what has been typed on the PIN pad and what it last said.
type padState struct {
	digits string
	msg    string
}

// padScreen is an on-screen PIN pad (no OS keyboard, no text field). It is
// for staff, so its few words are in English.
func (k *Kiosk) padScreen() fyne.CanvasObject {
	dots, t := themedText(strings.Repeat("● ", len(k.pad.digits)), 40, fyne.TextStyle{}, theme.ColorNameForeground)
	t.Alignment = fyne.TextAlignCenter
	msg := widget.NewLabelWithStyle(k.padMessage(), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	keys := container.NewGridWrap(fyne.NewSize(132, 88))
	for _, d := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
		keys.Add(newButton(d, func() { k.typeDigit(d) }))
	}
	keys.Add(newButton("Clear", func() { k.pad.digits = ""; k.refreshPad() }))
	keys.Add(newButton("0", func() { k.typeDigit("0") }))
	ok := newButton("OK", k.submitPIN)
	ok.Importance = widget.HighImportance
	keys.Add(ok)
	cancel := newButton("Cancel", k.resume)
	box := container.NewVBox(subheading("Staff PIN"), dots, msg, keys, cancel)
	bg, _ := themedRect(theme.ColorNameBackground, 0)
	return container.NewStack(bg,
		container.NewCenter(container.New(layout.NewGridWrapLayout(fyne.NewSize(420, 720)), box)))
}

func (k *Kiosk) padMessage() string {
	if k.opts.Config.PINHash == "" {
		return "No valid staff PIN is set: run `koryo set-pin` on this machine."
	}
	if d := k.guard.LockedFor(); d > 0 {
		return fmt.Sprintf("Locked: try again in %d s.", int(d.Seconds()+0.999))
	}
	return k.pad.msg
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
		k.pad.msg = "Wrong PIN."
	case pin.Locked:
		k.pad.msg = "Locked for " + strconv.Itoa(int(k.guard.LockedFor().Seconds())) + " s."
	}
	k.refreshPad()
}

func (k *Kiosk) refreshPad() { k.show(KioskPIN) }
