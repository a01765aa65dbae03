package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
)

// peopleView is a grid of portrait cards in the current language's
// alphabetical order, with a filter by field and an index of letters. The
// grid builds only the cards in view, so 2,000 people cost what 20 do.
type peopleView struct {
	*ctx
	people []*content.Person
	grid   *vgrid
	cards  map[fyne.CanvasObject]*personCard
}

func newPeopleView(c *ctx) *peopleView {
	return &peopleView{ctx: c, cards: map[fyne.CanvasObject]*personCard{}}
}

// cardSize is a person card's cell.
var cardSize = fyne.NewSize(280, 330)

func (v *peopleView) buildUI() fyne.CanvasObject {
	v.people = v.filteredPeople()
	v.grid = newVGrid(len(v.people), cardSize, v.newCard, v.setCard)
	v.grid.offset = v.state.peopleY
	v.grid.OnScrolled = func(off float32) { v.state.peopleY = off; v.touch() }
	count := widget.NewLabel(v.loc.N(msgPeopleCount, len(v.people)))
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, count, v.watch(NewHPan(v.fieldChips()))),
		v.watch(NewHPan(v.index())))
	return container.NewBorder(container.NewPadded(top), nil, nil, nil, container.NewPadded(v.grid))
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
	v.state.field, v.state.peopleY = id, 0
	v.rebuild()
}

// index is a button for every letter the names start with, in the
// language's order; a tap scrolls the grid to the letter's first person.
func (v *peopleView) index() fyne.CanvasObject {
	row := container.NewHBox()
	for _, l := range v.peopleData().index {
		b := newButton(l.Letter, func() { v.touch(); v.grid.ScrollTo(l.First) })
		if l.First < 0 {
			b.Disable() // no name under this letter
		}
		row.Add(minWidth(b, minTouch+8))
	}
	return row
}
