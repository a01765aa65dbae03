package screens

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// personCard is one reusable cell of the People grid: portrait art with
// the initials, the name and the life dates, over a button.
type personCard struct {
	open     *button
	art      *canvas.Image
	initials *canvas.Text
	name     *widget.Label
	life     *widget.Label
}

func (v *peopleView) newCard() fyne.CanvasObject {
	initials, t := themedText("", 64, fyne.TextStyle{Bold: true}, colorNameOnArt)
	pc := &personCard{open: newButton("", nil), art: canvas.NewImageFromImage(nil), initials: t,
		name: widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		life: widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})}
	pc.art.FillMode = canvas.ImageFillStretch
	pc.art.SetMinSize(fyne.NewSize(240, 170))
	pc.name.Wrapping = fyne.TextWrapWord
	portrait := container.NewCenter(container.NewStack(pc.art, container.NewCenter(initials)))
	o := container.NewStack(pc.open, container.NewPadded(container.NewVBox(portrait, pc.name, pc.life)))
	v.cards[o] = pc
	return o
}

func (v *peopleView) setCard(i int, o fyne.CanvasObject) {
	pc, p := v.cards[o], v.people[i]
	pc.open.OnTapped = func() { v.open(nav.Route{Screen: nav.Person, ID: p.ID}) }
	pc.art.Image = v.portraitImage(p.Field, 240, 170).Image
	pc.art.Refresh()
	mark := initials(v.loc.Text(p.Name))
	pc.initials.Text, pc.initials.TextSize = mark, 64
	if utf8.RuneCountInString(mark) > 1 {
		pc.initials.TextSize = 64 * 0.62
	}
	pc.initials.Refresh()
	pc.name.SetText(v.loc.Text(p.Name))
	pc.life.SetText(locale.Lifespan(v.loc.Lang(), p.Born, p.Died))
}
