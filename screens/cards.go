package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// peopleButtons lists people by name, each a button to their profile.
func (c *ctx) peopleButtons(ids []string) fyne.CanvasObject {
	box := container.NewGridWrap(fyne.NewSize(300, minTouch+8))
	for _, id := range ids {
		p := c.content.Person(id)
		box.Add(newButtonIcon(c.loc.Text(p.Name), theme.AccountIcon(),
			func() { c.open(nav.Route{Screen: nav.Person, ID: id}) }))
	}
	return box
}

// eventButtons lists events as tappable cards whose date and title wrap,
// so a long title never widens the screen.
func (c *ctx) eventButtons(evs []*content.Event) fyne.CanvasObject {
	box := container.NewVBox()
	for _, e := range evs {
		open := newButton("", func() { c.open(nav.Route{Screen: nav.Event, ID: e.ID}) })
		date := widget.NewLabelWithStyle(c.dateText(e), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title := widget.NewLabel(c.loc.Text(e.Title))
		title.Wrapping = fyne.TextWrapWord
		box.Add(container.NewStack(open, container.New(layout.NewCustomPaddedVBoxLayout(0), date, title)))
	}
	return box
}
