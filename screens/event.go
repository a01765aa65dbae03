package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// eventScreen shows one event in full, with the era's art, its people and
// sources, and the way to the previous and next events.
func (s *Shell) eventScreen(e *content.Event) fyne.CanvasObject {
	cat := s.content.Category(e.Category)
	era := s.content.Era(e.Era)
	meta := container.NewHBox(chip(s.loc.Text(cat.Name), parseHex(cat.Colour), false, nil),
		widget.NewLabel(s.loc.Text(era.Name)))
	if e.Planned {
		meta.Add(widget.NewLabelWithStyle(s.loc.T(msgEventPlanned), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	date := widget.NewLabelWithStyle(s.dateText(e), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	parts := []fyne.CanvasObject{s.eraBanner(era), date, heading(s.loc.Text(e.Title)), meta}
	for _, p := range paragraphs(s.loc.Text(e.Text)) {
		parts = append(parts, para(p))
	}
	if len(e.Places) > 0 {
		parts = append(parts, subheading(s.loc.T(msgEventPlaces)), para(s.placeNames(e.Places)))
	}
	if len(e.People) > 0 {
		parts = append(parts, subheading(s.loc.T(msgEventPeople)), s.peopleButtons(e.People))
	}
	parts = append(parts, subheading(s.loc.T(msgSources)), sourceList(e.Sources))
	pg := s.page(parts...)
	pg.OnSwipe = func(d int) {
		if n := s.neighbourEvent(e, d); n != nil {
			s.Replace(nav.Route{Screen: nav.Event, ID: n.ID})
		}
	}
	return container.NewBorder(nil, s.prevNext(e), nil, nil, pg)
}

func (s *Shell) eraBanner(era *content.Era) fyne.CanvasObject {
	img := s.eraImage(era, 960, 90)
	img.SetMinSize(fyne.NewSize(200, 90))
	return img
}

func (s *Shell) placeNames(ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		names = append(names, s.loc.Text(s.content.Place(id).Name))
	}
	return strings.Join(names, " · ")
}

func (s *Shell) peopleButtons(ids []string) fyne.CanvasObject {
	box := container.NewGridWrap(fyne.NewSize(300, minTouch+8))
	for _, id := range ids {
		id := id
		p := s.content.Person(id)
		box.Add(newButtonIcon(s.loc.Text(p.Name), theme.AccountIcon(),
			func() { s.Open(nav.Route{Screen: nav.Person, ID: id}) }))
	}
	return box
}

// prevNext steps through the events in time order, within the current
// category filter.
func (s *Shell) prevNext(e *content.Event) fyne.CanvasObject {
	step := func(d int) *button {
		b := newButton("", nil)
		if n := s.neighbourEvent(e, d); n != nil {
			b.OnTapped = func() { s.Replace(nav.Route{Screen: nav.Event, ID: n.ID}) }
		} else {
			b.Disable()
		}
		return b
	}
	prev, next := step(-1), step(1)
	prev.SetText(s.loc.T(msgEventPrev))
	prev.SetIcon(theme.NavigateBackIcon())
	next.SetText(s.loc.T(msgEventNext))
	next.SetIcon(theme.NavigateNextIcon())
	next.IconPlacement = widget.ButtonIconTrailingText
	return container.NewPadded(container.NewHBox(prev, layout.NewSpacer(), next))
}

// neighbourEvent is the event d steps from e in time, within the category
// filter when e is in it; nil past either end.
func (s *Shell) neighbourEvent(e *content.Event, d int) *content.Event {
	evs := s.filteredEvents()
	i := indexOf(evs, e)
	if i < 0 {
		evs, i = s.content.Events, s.content.EventIndex(e.ID)
	}
	if j := i + d; i >= 0 && j >= 0 && j < len(evs) {
		return evs[j]
	}
	return nil
}

func indexOf(evs []*content.Event, e *content.Event) int {
	for i, x := range evs {
		if x == e {
			return i
		}
	}
	return -1
}

// paragraphs splits a text at blank lines.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.Join(strings.Fields(p), " "))
		}
	}
	return out
}

// dateText is the event's date label when the content gives one, else its
// date at its precision.
func (s *Shell) dateText(e *content.Event) string {
	if l := s.loc.Text(e.Label); l != "" {
		return l
	}
	return s.loc.Date(e.Date)
}
