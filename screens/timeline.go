package screens

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
)

// timelineScreen is the live timeline, kept so keys and buttons can move it.
type timelineScreen struct {
	pan *Pan
}

// now is the clock the timeline's open-ended era stops at; tests fix it.
var now = time.Now

func (s *Shell) timelineScreen() fyne.CanvasObject {
	events := s.filteredEvents()
	st := s.newStrip(events, now())
	pan := s.watch(NewHPan(container.New(st, st.objects()...)))
	pan.offset = s.view.timelineX
	pan.OnScrolled = func(off float32) { s.view.timelineX = off; s.touch() }
	s.view.timeline = &timelineScreen{pan: pan}
	earlier := newButtonIcon(s.loc.T(msgTimelineEarly), theme.NavigateBackIcon(), func() { s.scrollTimeline(-0.8) })
	later := newButtonIcon(s.loc.T(msgTimelineLater), theme.NavigateNextIcon(), func() { s.scrollTimeline(0.8) })
	later.IconPlacement = widget.ButtonIconTrailingText
	count := widget.NewLabel(s.loc.N(msgTimelineShown, len(events)))
	controls := container.NewHBox(earlier, layout.NewSpacer(), count, layout.NewSpacer(), later)
	chips := s.watch(NewHPan(s.categoryChips()))
	return container.NewBorder(container.NewPadded(chips), container.NewPadded(controls), nil, nil, pan)
}

func (s *Shell) filteredEvents() []*content.Event {
	if s.view.category == "" {
		return s.content.Events
	}
	var out []*content.Event
	for _, e := range s.content.Events {
		if e.Category == s.view.category {
			out = append(out, e)
		}
	}
	return out
}

func (s *Shell) categoryChips() fyne.CanvasObject {
	row := container.NewHBox(chip(s.loc.T(msgFilterAll), nil, s.view.category == "", func() { s.filterCategory("") }))
	for _, c := range s.content.Categories {
		id := c.ID
		row.Add(chip(s.loc.Text(c.Name), parseHex(c.Colour), s.view.category == id, func() { s.filterCategory(id) }))
	}
	return row
}

func (s *Shell) filterCategory(id string) {
	s.touch()
	s.view.category = id
	s.view.timelineX = 0
	s.rebuild()
}

// scrollTimeline moves the timeline by a fraction of its visible width.
func (s *Shell) scrollTimeline(pages float32) {
	if t := s.view.timeline; t != nil {
		t.pan.ScrollBy(pages * t.pan.Page())
	}
}

// TypedKey handles the keyboard for the whole window: arrows and page keys
// move the timeline, Escape and Backspace go back, Home goes home.
func (s *Shell) TypedKey(e *fyne.KeyEvent) {
	s.touch()
	switch e.Name {
	case fyne.KeyLeft:
		s.scrollTimeline(-0.25)
	case fyne.KeyRight:
		s.scrollTimeline(0.25)
	case fyne.KeyPageUp:
		s.scrollTimeline(-0.9)
	case fyne.KeyPageDown:
		s.scrollTimeline(0.9)
	case fyne.KeyEscape, fyne.KeyBackspace:
		s.Back()
	case fyne.KeyHome:
		s.Home()
	}
}
