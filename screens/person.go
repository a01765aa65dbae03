package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// personView shows a profile: the names in each script, life, field,
// biography, key facts, the person's events and the sources.
type personView struct {
	*ctx
	p *content.Person
}

func newPersonView(c *ctx, p *content.Person) *personView { return &personView{c, p} }

func (v *personView) buildUI() fyne.CanvasObject {
	p := v.p
	head := container.NewBorder(nil, nil, v.portrait(p, 300, 260, 96), nil, v.head())
	parts := []fyne.CanvasObject{head}
	for _, t := range paragraphs(v.loc.Text(p.Bio)) {
		parts = append(parts, para(t))
	}
	if !p.Connection.IsZero() {
		parts = append(parts, subheading(v.loc.T(msgPersonTie)), para(v.loc.Text(p.Connection)))
	}
	if len(p.Facts) > 0 {
		parts = append(parts, subheading(v.loc.T(msgPersonFacts)))
		for _, f := range p.Facts {
			parts = append(parts, para("• "+v.loc.Text(f)))
		}
	}
	if evs := v.content.EventsOf(p.ID); len(evs) > 0 {
		parts = append(parts, subheading(v.loc.T(msgPersonEvents)), v.eventButtons(evs))
	}
	parts = append(parts, v.sources(p.Sources)...)
	pg := v.page(parts...)
	pg.OnSwipe = v.swipe
	return pg
}

// swipe goes to the next or previous person in the People order.
func (v *personView) swipe(d int) {
	ps := v.filteredPeople()
	for i, x := range ps {
		if x == v.p && i+d >= 0 && i+d < len(ps) {
			v.replace(nav.Route{Screen: nav.Person, ID: ps[i+d].ID})
			return
		}
	}
}

func (v *personView) head() fyne.CanvasObject {
	p := v.p
	box := container.NewVBox(heading(v.loc.Text(p.Name)))
	if scripts := v.otherScripts(p); scripts != "" {
		box.Add(widget.NewLabelWithStyle(scripts, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	box.Add(para(v.loc.Text(p.Role)))
	box.Add(para(v.lifeLine(msgPersonBorn, p.Born, p.Birthplace)))
	if !p.Died.IsZero() {
		box.Add(para(v.lifeLine(msgPersonDied, p.Died, p.Deathplace)))
	}
	f := v.content.Field(p.Field)
	box.Add(container.NewHBox(chip(v.loc.Text(f.Name), v.fieldColour(f.ID), false, nil)))
	return container.NewPadded(box)
}

// otherScripts lists the Hangul and Cyrillic forms that differ from the
// name as the current language writes it.
func (c *ctx) otherScripts(p *content.Person) string {
	shown := c.loc.Text(p.Name)
	var forms []string
	for _, f := range []string{p.Hangul, p.Cyrillic} {
		if f != "" && f != shown {
			forms = append(forms, f)
		}
	}
	return strings.Join(forms, " · ")
}

// lifeLine is "Born: date, place", its label agreeing with the person's
// gender where the language needs it (Russian).
func (v *personView) lifeLine(label *Message, d content.Date, place content.Text) string {
	line := v.loc.TData(label, map[string]any{"Gender": string(v.p.Gender)}) + ": " + v.loc.Date(d)
	if !place.IsZero() {
		line += ", " + v.loc.Text(place)
	}
	return line
}
