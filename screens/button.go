package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// button is Fyne's button that also answers Enter and Return when it has
// the keyboard focus (Fyne's answers only Space), so every visitor action
// can be done with Tab and Enter.
type button struct{ widget.Button }

func newButton(label string, tap func()) *button {
	return newButtonIcon(label, nil, tap)
}

func newButtonIcon(label string, icon fyne.Resource, tap func()) *button {
	b := &button{widget.Button{Text: label, Icon: icon, OnTapped: tap}}
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey implements fyne.Focusable.
func (b *button) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		ev = &fyne.KeyEvent{Name: fyne.KeySpace}
	}
	b.Button.TypedKey(ev)
}
