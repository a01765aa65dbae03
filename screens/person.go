package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// personScreen shows a profile: the names in each script, life, field,
// biography, key facts, the person's events and the sources.
func (s *Shell) personScreen(p *content.Person) fyne.CanvasObject {
	head := container.NewBorder(nil, nil, s.portrait(p, 300, 260, 96), nil, s.personHead(p))
	parts := []fyne.CanvasObject{head}
	for _, t := range paragraphs(s.loc.Text(p.Bio)) {
		parts = append(parts, para(t))
	}
	if !p.Connection.IsZero() {
		parts = append(parts, subheading(s.loc.T(msgPersonTie)), para(s.loc.Text(p.Connection)))
	}
	if len(p.Facts) > 0 {
		parts = append(parts, subheading(s.loc.T(msgPersonFacts)))
		for _, f := range p.Facts {
			parts = append(parts, para("• "+s.loc.Text(f)))
		}
	}
	if evs := s.content.EventsOf(p.ID); len(evs) > 0 {
		parts = append(parts, subheading(s.loc.T(msgPersonEvents)), s.eventButtons(evs))
	}
	parts = append(parts, subheading(s.loc.T(msgSources)), sourceList(p.Sources))
	pg := s.page(parts...)
	pg.OnSwipe = func(d int) { s.swipePerson(p, d) }
	return pg
}

// swipePerson goes to the next or previous person in the People order.
func (s *Shell) swipePerson(p *content.Person, d int) {
	ps := s.filteredPeople()
	for i, x := range ps {
		if x == p && i+d >= 0 && i+d < len(ps) {
			s.Replace(nav.Route{Screen: nav.Person, ID: ps[i+d].ID})
			return
		}
	}
}

func (s *Shell) personHead(p *content.Person) fyne.CanvasObject {
	box := container.NewVBox(heading(s.loc.Text(p.Name)))
	if scripts := s.otherScripts(p); scripts != "" {
		box.Add(widget.NewLabelWithStyle(scripts, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	box.Add(para(s.loc.Text(p.Role)))
	box.Add(para(s.lifeLine(msgPersonBorn, p.Born, p.Birthplace)))
	if !p.Died.IsZero() {
		box.Add(para(s.lifeLine(msgPersonDied, p.Died, p.Deathplace)))
	}
	f := s.content.Field(p.Field)
	box.Add(container.NewHBox(chip(s.loc.Text(f.Name), s.fieldColour(f.ID), false, nil)))
	return container.NewPadded(box)
}

// otherScripts lists the Hangul and Cyrillic forms that differ from the
// name as the current language writes it.
func (s *Shell) otherScripts(p *content.Person) string {
	shown := s.loc.Text(p.Name)
	var forms []string
	for _, f := range []string{p.Hangul, p.Cyrillic} {
		if f != "" && f != shown {
			forms = append(forms, f)
		}
	}
	return strings.Join(forms, " · ")
}

func (s *Shell) lifeLine(label *Message, d content.Date, place content.Text) string {
	line := s.loc.T(label) + ": " + s.loc.Date(d)
	if !place.IsZero() {
		line += ", " + s.loc.Text(place)
	}
	return line
}

// eventButtons lists events as tappable cards whose date and title wrap,
// so a long title never widens the screen.
func (s *Shell) eventButtons(evs []*content.Event) fyne.CanvasObject {
	box := container.NewVBox()
	for _, e := range evs {
		id := e.ID
		open := newButton("", func() { s.Open(nav.Route{Screen: nav.Event, ID: id}) })
		date := widget.NewLabelWithStyle(s.dateText(e), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title := widget.NewLabel(s.loc.Text(e.Title))
		title.Wrapping = fyne.TextWrapWord
		box.Add(container.NewStack(open, container.New(layout.NewCustomPaddedVBoxLayout(0), date, title)))
	}
	return box
}
