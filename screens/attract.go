package screens

import (
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
)

// attractLoop cycles highlights of the exhibit, each slide in the next of
// the four languages, with "touch to begin" in all of them. It reads the
// content directly and never touches the shell, so it is not a visitor's
// activity.
type attractLoop struct {
	c      *ctx
	clock  clock.Clock
	slides []attractSlide
	i      int
	last   time.Time
}

type attractSlide struct {
	event  *content.Event
	person *content.Person
}

func newAttractLoop(s *Shell, c clock.Clock) *attractLoop {
	a := &attractLoop{c: s.ctx(), clock: c}
	people := s.content.People
	for i, e := range s.content.Events {
		if len(e.People) == 0 && i%3 != 0 {
			continue // keep it short: events with people, and every third other
		}
		a.slides = append(a.slides, attractSlide{event: e})
		if len(people) > 0 {
			a.slides = append(a.slides, attractSlide{person: people[0]})
			people = people[1:]
		}
	}
	return a
}

// restart goes back to the first slide.
func (a *attractLoop) restart() { a.i, a.last = 0, a.clock.Now() }

// due reports whether the current slide has shown for pace; if so it
// moves on to the next one, which starts now.
func (a *attractLoop) due(pace time.Duration) bool {
	if a.clock.Now().Sub(a.last) < pace {
		return false
	}
	a.i++
	a.last = a.clock.Now()
	return true
}

// Slide returns the language and the item of the current slide.
func (a *attractLoop) current() (content.Lang, attractSlide) {
	return content.Languages[a.i%len(content.Languages)], a.slides[a.i%len(a.slides)]
}

func (a *attractLoop) render(wake func()) fyne.CanvasObject {
	lang, sl := a.current()
	loc := a.c.loc
	title, tt := themedText(loc.TIn(lang, msgAppTitle), 40, fyne.TextStyle{Bold: true}, theme.ColorNamePrimary)
	tt.Alignment = fyne.TextAlignCenter
	var body fyne.CanvasObject
	if sl.event != nil {
		body = a.eventSlide(lang, sl.event)
	} else {
		body = a.personSlide(lang, sl.person)
	}
	touch := container.NewVBox()
	for _, l := range content.Languages {
		t, ct := themedText(loc.TIn(l, msgAttractTouch), 26, fyne.TextStyle{Bold: l == lang}, theme.ColorNameForeground)
		ct.Alignment = fyne.TextAlignCenter
		touch.Add(t)
	}
	bg, _ := themedRect(theme.ColorNameBackground, 0)
	view := container.New(layout.NewCustomPaddedLayout(40, 40, 60, 60),
		container.NewBorder(title, touch, nil, nil, container.NewCenter(body)))
	return container.NewStack(bg, view, newCatcher(wake))
}

func (a *attractLoop) eventSlide(lang content.Lang, e *content.Event) fyne.CanvasObject {
	art := a.c.eraImage(a.c.content.Era(e.Era), 960, 240)
	art.SetMinSize(fyne.NewSize(960, 240))
	date, dt := themedText(locale.FormatDate(lang, e.Date), 28, fyne.TextStyle{Bold: true}, theme.ColorNameForeground)
	dt.Alignment = fyne.TextAlignCenter
	lines := textLines(e.Title.In(lang), 44, true, 1100, 2)
	box := container.NewVBox(art, date)
	for _, l := range lines {
		l.(*painted).obj.(*canvas.Text).Alignment = fyne.TextAlignCenter
		box.Add(l)
	}
	return box
}

func (a *attractLoop) personSlide(lang content.Lang, p *content.Person) fyne.CanvasObject {
	name, nt := themedText(p.Name.In(lang), 44, fyne.TextStyle{Bold: true}, theme.ColorNameForeground)
	nt.Alignment = fyne.TextAlignCenter
	role, rt := themedText(p.Role.In(lang)+" · "+locale.Lifespan(lang, p.Born, p.Died), 26, fyne.TextStyle{}, theme.ColorNameForeground)
	rt.Alignment = fyne.TextAlignCenter
	letters := initials(p.Name.In(lang))
	size := float32(120)
	if utf8.RuneCountInString(letters) > 1 {
		size = 76
	}
	mark, _ := themedText(letters, size, fyne.TextStyle{Bold: true}, colorNameOnArt)
	portrait := container.NewStack(a.c.portraitImage(p.Field, 420, 360), container.NewCenter(mark))
	return container.NewVBox(container.NewCenter(portrait), name, role)
}

// catcher covers the attract loop: any tap or drag wakes the kiosk.
type catcher struct {
	tapArea
}

func newCatcher(wake func()) *catcher {
	c := &catcher{tapArea{onTap: wake}}
	c.ExtendBaseWidget(c)
	return c
}

// Dragged implements fyne.Draggable: a swipe wakes the kiosk too.
func (c *catcher) Dragged(*fyne.DragEvent) {}

// DragEnd wakes the kiosk at the end of a swipe.
func (c *catcher) DragEnd() { c.onTap() }
