package screens

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/present"
)

// slideView draws slide i at a size factor: 1 for the audience (already
// large for a projector), less for the presenter's previews.
func (p *Presentation) slideView(i int, blank bool, factor float32) fyne.CanvasObject {
	if blank || i < 0 || i >= len(p.deck.Slides) {
		return canvas.NewRectangle(color.Black)
	}
	sl := p.deck.Slides[i]
	var body fyne.CanvasObject
	switch {
	case sl.Era != nil:
		body = p.eraSlide(sl.Era)
	case sl.Event != nil:
		body = p.eventSlide(sl.Event)
	default:
		body = p.personSlide(sl.Person)
	}
	th := current()
	th.scale *= 1.8 * factor
	view := container.New(layout.NewCustomPaddedLayout(24, 24, 48, 48), container.NewVBox(body))
	bg, _ := themedRect(theme.ColorNameBackground, 0)
	return container.NewThemeOverride(container.NewStack(bg, view), th)
}

func (p *Presentation) eraSlide(e *content.Era) fyne.CanvasObject {
	s := p.c
	art := s.eraImage(e, 960, 200)
	art.SetMinSize(fyne.NewSize(400, 160))
	years := strconv.Itoa(e.From) + "–"
	if e.To != 0 {
		years += strconv.Itoa(e.To)
	}
	return container.NewBorder(art, nil, nil, nil, container.NewVBox(
		subheading(years), heading(s.loc.Text(e.Name)), para(s.loc.Text(e.Description))))
}

func (p *Presentation) eventSlide(e *content.Event) fyne.CanvasObject {
	s := p.c
	banner := s.eraImage(s.content.Era(e.Era), 960, 60)
	banner.SetMinSize(fyne.NewSize(200, 50))
	parts := []fyne.CanvasObject{banner, subheading(s.dateText(e)), heading(s.loc.Text(e.Title))}
	for _, t := range paragraphs(s.loc.Text(e.Text)) {
		parts = append(parts, para(t))
	}
	return container.NewVBox(parts...)
}

func (p *Presentation) personSlide(pr *content.Person) fyne.CanvasObject {
	s := p.c
	head := container.NewVBox(heading(s.loc.Text(pr.Name)))
	if f := s.otherScripts(pr); f != "" {
		head.Add(subheading(f))
	}
	head.Add(para(s.loc.Text(pr.Role) + " · " + locale.Lifespan(s.loc.Lang(), pr.Born, pr.Died)))
	return container.NewBorder(container.NewBorder(nil, nil, s.portrait(pr, 240, 200, 80), nil, head),
		nil, nil, nil, container.NewVBox(para(s.loc.Text(pr.Bio))))
}

// presenterView: the controls, the clock, the current and the next slide,
// and the speaker notes.
func (p *Presentation) presenterView() fyne.CanvasObject {
	btn := func(label string, icon fyne.Resource, a present.Action) *button {
		return newButtonIcon(label, icon, func() { p.step(a) })
	}
	exit := newButton("Exit", func() { p.escapeAll() })
	clock := widget.NewLabelWithStyle(p.elapsed()+"   "+p.counter(), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true, Monospace: true})
	controls := container.NewHBox(btn("Previous", theme.NavigateBackIcon(), present.Prev),
		btn("Next", theme.NavigateNextIcon(), present.Next), btn("Blank (B)", theme.VisibilityOffIcon(), present.Blank),
		p.s.readingRow(), exit)
	// the buttons scroll sideways in a narrow window; the clock stays put
	bar := container.NewBorder(nil, nil, nil, clock, NewHPan(controls))
	notes := para(p.notes())
	next := p.slideView(p.deck.Index+1, false, 0.35)
	right := container.NewBorder(widget.NewLabelWithStyle("Next", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		nil, nil, nil, container.NewGridWithRows(2, next, NewVPan(notes)))
	cur := p.slideView(p.deck.Index, p.deck.Blanked, 0.5)
	return container.NewBorder(container.NewPadded(bar), nil, nil, nil, container.NewGridWithColumns(2, cur, right))
}

// notes are the speaker notes of the slide shown, in the current language.
func (p *Presentation) notes() string {
	sl := p.deck.Slides[p.deck.Index]
	if sl.Event != nil {
		if n := p.c.loc.Text(sl.Event.Notes); n != "" {
			return n
		}
	}
	return "—"
}

// escapeAll leaves the presentation whatever the window state.
func (p *Presentation) escapeAll() {
	if p.OnFullScreen != nil && p.fullScreen() {
		p.OnFullScreen(false)
	}
	if p.OnExit != nil {
		p.OnExit()
	}
}
