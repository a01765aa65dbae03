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
		title := widget.NewLabel(keepTogether(c.loc.Text(e.Title)))
		title.Wrapping = fyne.TextWrapWord
		box.Add(container.NewStack(open, container.New(layout.NewCustomPaddedVBoxLayout(0), date, title)))
	}
	return box
}

// eventList is a long list of events, each a card to tap; only the rows
// in view are built.
func (c *ctx) eventList(evs []*content.Event) fyne.CanvasObject {
	// a row is a stack: the button, then the date and the title
	newRow := func() fyne.CanvasObject {
		date := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title := widget.NewLabel("")
		title.Truncation = fyne.TextTruncateEllipsis
		return container.NewStack(newButton("", nil), container.New(layout.NewCustomPaddedVBoxLayout(0), date, title))
	}
	set := func(i int, o fyne.CanvasObject) {
		row, e := o.(*fyne.Container), evs[i]
		text := row.Objects[1].(*fyne.Container).Objects
		text[0].(*widget.Label).SetText(c.dateText(e))
		text[1].(*widget.Label).SetText(c.loc.Text(e.Title))
		row.Objects[0].(*button).OnTapped = func() { c.open(nav.Route{Screen: nav.Event, ID: e.ID}) }
	}
	g := newVGrid(len(evs), fyne.NewSize(300, 96), newRow, set)
	g.list = true
	g.OnScrolled = func(float32) { c.touch() }
	return g
}
