package screens

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/present"
)

// Presentation shows the story as slides on an audience view, and the
// current and next slide, the speaker notes and the time on a presenter
// view, always in step. Staff drive it with a clicker or the keyboard.
type Presentation struct {
	s         *Shell
	c         *ctx
	deck      *present.Deck
	tour      *present.Tour
	clock     clock.Clock
	started   time.Time
	stopHook  func()
	audience  *fyne.Container
	presenter *fyne.Container
	// OnFullScreen asks for full screen on (true) or off; it returns
	// whether the audience window is now full screen.
	OnFullScreen func(on bool) bool
	// IsFullScreen reports whether the audience window is full screen.
	IsFullScreen func() bool
	// OnExit leaves the presentation.
	OnExit func()
}

// NewPresentation lays the shell's content out as slides. pace 0 means no
// auto-tour; resume is how long a touch or key pauses it.
func NewPresentation(s *Shell, c clock.Clock, pace, resume time.Duration) *Presentation {
	p := &Presentation{s: s, deck: &present.Deck{Slides: present.Slides(s.content)}, c: s.ctx(), clock: c,
		started: c.Now(), audience: container.NewStack(), presenter: container.NewStack()}
	if pace > 0 {
		p.tour = present.NewTour(pace, resume, c)
	}
	p.stopHook = s.Hooks.Access.Listen(p.render)
	p.render()
	return p
}

// Audience is the content of the audience window.
func (p *Presentation) Audience() fyne.CanvasObject { return p.audience }

// Presenter is the content of the presenter window.
func (p *Presentation) Presenter() fyne.CanvasObject { return p.presenter }

// Index returns the number of the slide shown, from 0.
func (p *Presentation) Index() int { return p.deck.Index }

// Tick is called every second: it moves the auto-tour on and updates the
// presenter's clock.
func (p *Presentation) Tick() {
	if p.tour != nil && p.tour.Due() {
		p.deck.Do(present.Next)
		if p.deck.Index == len(p.deck.Slides)-1 {
			p.deck.Index = -1 // loop: the next Next shows the first slide
			p.deck.Do(present.Next)
		}
	}
	p.render()
}

// TypedKey maps keys and clicker buttons to actions.
func (p *Presentation) TypedKey(e *fyne.KeyEvent) {
	p.pause()
	a := keyActions[e.Name]
	switch a {
	case present.FullScreen:
		if p.OnFullScreen != nil {
			p.OnFullScreen(!p.fullScreen())
		}
		return
	case present.Escape:
		p.escape()
		return
	}
	if p.deck.Do(a) {
		p.render()
	}
}

// TypedRune handles B and . (blank) and the digits of a slide number.
func (p *Presentation) TypedRune(r rune) {
	p.pause()
	switch {
	case r == 'b' || r == 'B' || r == '.':
		p.deck.Do(present.Blank)
	case r >= '0' && r <= '9':
		p.deck.Type(r)
	default:
		return
	}
	p.render()
}

var keyActions = map[fyne.KeyName]present.Action{
	fyne.KeyRight: present.Next, fyne.KeyPageDown: present.Next, fyne.KeySpace: present.Next,
	fyne.KeyDown: present.Next, fyne.KeyReturn: present.Enter, fyne.KeyEnter: present.Enter,
	fyne.KeyLeft: present.Prev, fyne.KeyPageUp: present.Prev, fyne.KeyBackspace: present.Prev,
	fyne.KeyUp: present.Prev, fyne.KeyHome: present.First, fyne.KeyEnd: present.Last,
	fyne.KeyF11: present.FullScreen, fyne.KeyEscape: present.Escape, fyne.KeyF5: present.First,
}

// Close detaches the presentation from the shell.
func (p *Presentation) Close() { p.stopHook() }

// escape leaves full screen first, then the presentation.
func (p *Presentation) escape() {
	if p.fullScreen() && p.OnFullScreen != nil {
		p.OnFullScreen(false)
		return
	}
	if p.OnExit != nil {
		p.OnExit()
	}
}

func (p *Presentation) fullScreen() bool { return p.IsFullScreen != nil && p.IsFullScreen() }

func (p *Presentation) pause() {
	if p.tour != nil {
		p.tour.Touch()
	}
}

// step applies a presenter button's action.
func (p *Presentation) step(a present.Action) {
	p.pause()
	p.deck.Do(a)
	p.render()
}

func (p *Presentation) render() {
	p.audience.Objects = []fyne.CanvasObject{p.slideView(p.deck.Index, p.deck.Blanked, 1)}
	p.audience.Refresh()
	p.presenter.Objects = []fyne.CanvasObject{p.presenterView()}
	p.presenter.Refresh()
}

// counter is "12 / 80", with a typed slide number when there is one.
func (p *Presentation) counter() string {
	c := fmt.Sprintf("%d / %d", p.deck.Index+1, len(p.deck.Slides))
	if t := p.deck.Typed(); t != "" {
		c += "   → " + t
	}
	return c
}

func (p *Presentation) elapsed() string {
	d := p.clock.Now().Sub(p.started).Round(time.Second)
	return fmt.Sprintf("%02d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}
