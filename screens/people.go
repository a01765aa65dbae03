package screens

import (
	"image/color"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// fieldColours colour the portrait cards by field, in the fields' order.
var fieldColours = []string{"#8e3b46", "#2f6db5", "#2e8b57", "#a0743c", "#5b4a9c", "#3f7f6e"}

// peopleScreen is a grid of portrait cards in the current language's
// alphabetical order, with a filter by field.
func (s *Shell) peopleScreen() fyne.CanvasObject {
	people := s.filteredPeople()
	grid := container.NewGridWrap(fyne.NewSize(280, 330))
	for _, p := range people {
		grid.Add(s.personCard(p))
	}
	top := container.NewBorder(nil, nil, nil, widget.NewLabel(s.loc.N(msgPeopleCount, len(people))),
		s.watch(NewHPan(s.fieldChips())))
	return container.NewBorder(container.NewPadded(top), nil, nil, nil,
		s.watch(NewVPan(container.NewPadded(grid))))
}

func (s *Shell) filteredPeople() []*content.Person {
	var out []*content.Person
	for _, p := range s.content.People {
		if s.view.field == "" || p.Field == s.view.field {
			out = append(out, p)
		}
	}
	locale.SortPeople(s.loc.Lang(), out)
	return out
}

func (s *Shell) fieldChips() fyne.CanvasObject {
	row := container.NewHBox(chip(s.loc.T(msgFilterAll), nil, s.view.field == "", func() { s.filterField("") }))
	for _, f := range s.content.Fields {
		id := f.ID
		row.Add(chip(s.loc.Text(f.Name), s.fieldColour(id), s.view.field == id, func() { s.filterField(id) }))
	}
	return row
}

func (s *Shell) filterField(id string) {
	s.touch()
	s.view.field = id
	s.rebuild()
}

func (s *Shell) fieldColour(id string) color.NRGBA {
	for i, f := range s.content.Fields {
		if f.ID == id {
			return parseHex(fieldColours[i%len(fieldColours)])
		}
	}
	return parseHex(fieldColours[0])
}

// personCard is a tappable card: portrait art, name, life dates and role.
func (s *Shell) personCard(p *content.Person) fyne.CanvasObject {
	open := func() { s.Open(nav.Route{Screen: nav.Person, ID: p.ID}) }
	name := widget.NewLabelWithStyle(s.loc.Text(p.Name), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	life := widget.NewLabelWithStyle(locale.Lifespan(s.loc.Lang(), p.Born, p.Died), fyne.TextAlignCenter, fyne.TextStyle{})
	info := container.NewVBox(s.portrait(p, 240, 170, 64), name, life)
	return container.NewStack(newButton("", open), container.NewPadded(info))
}

// portrait is the person's card art with their initials in the medallion.
func (s *Shell) portrait(p *content.Person, w, h int, textSize float32) fyne.CanvasObject {
	img := s.portraitImage(p.Field, w, h)
	mark := initials(s.loc.Text(p.Name))
	t := canvas.NewText(mark, colOnColor)
	t.TextSize = textSize
	if utf8.RuneCountInString(mark) > 1 { // two letters must fit the medallion too
		t.TextSize = textSize * 0.62
	}
	t.TextStyle.Bold = true
	return container.NewCenter(container.NewStack(img, container.NewCenter(t)))
}
