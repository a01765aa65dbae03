package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// peopleView is a grid of portrait cards in the current language's
// alphabetical order, with a filter by field.
type peopleView struct{ *ctx }

func newPeopleView(c *ctx) *peopleView { return &peopleView{c} }

func (v *peopleView) buildUI() fyne.CanvasObject {
	people := v.filteredPeople()
	grid := container.NewGridWrap(fyne.NewSize(280, 330))
	for _, p := range people {
		grid.Add(v.card(p))
	}
	top := container.NewBorder(nil, nil, nil, widget.NewLabel(v.loc.N(msgPeopleCount, len(people))),
		v.watch(NewHPan(v.fieldChips())))
	return container.NewBorder(container.NewPadded(top), nil, nil, nil,
		v.watch(NewVPan(container.NewPadded(grid))))
}

func (v *peopleView) fieldChips() fyne.CanvasObject {
	var cs []filterChoice
	for _, f := range v.content.Fields {
		cs = append(cs, filterChoice{f.ID, v.loc.Text(f.Name), v.fieldColour(f.ID)})
	}
	return filterRow(v.loc.T(msgFilterAll), cs, v.state.field, v.filter)
}

func (v *peopleView) filter(id string) {
	v.touch()
	v.state.field = id
	v.rebuild()
}

// card is a tappable card: portrait art, name, life dates and role.
func (v *peopleView) card(p *content.Person) fyne.CanvasObject {
	open := func() { v.open(nav.Route{Screen: nav.Person, ID: p.ID}) }
	name := widget.NewLabelWithStyle(v.loc.Text(p.Name), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	life := widget.NewLabelWithStyle(locale.Lifespan(v.loc.Lang(), p.Born, p.Died), fyne.TextAlignCenter, fyne.TextStyle{})
	info := container.NewVBox(v.portrait(p, 240, 170, 64), name, life)
	return container.NewStack(newButton("", open), container.NewPadded(info))
}
