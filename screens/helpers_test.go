package screens

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/synth"
	"github.com/koryo-exhibit/koryo/assets"
	"github.com/koryo-exhibit/koryo/locales"
)

// fixedNow keeps the open-ended era, and so the goldens, stable.
var fixedNow = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// fixture is the small invented content under testdata/content that the
// screen tests and goldens use, so a curator's edit never changes them.
func fixture(tb testing.TB) *content.Content {
	tb.Helper()
	c, ps := content.Check(os.DirFS("testdata/content"), fixedNow)
	if len(ps) > 0 {
		tb.Fatalf("fixture content: %v", ps)
	}
	return c
}

// bundled is the real exhibit content, for tests that must hold for it
// too (everything fits the smallest window) without counting it.
func bundled(tb testing.TB) *content.Content {
	tb.Helper()
	c, err := content.Load(assets.Content())
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// newTestShell starts a headless app with the fixture content in lang, in
// a window of the given size.
func newTestShell(tb testing.TB, lang content.Lang, size fyne.Size) (*Shell, fyne.Window) {
	tb.Helper()
	return newShellWith(tb, fixture(tb), lang, size)
}

// newShellWith starts a headless app with content c.
func newShellWith(tb testing.TB, c *content.Content, lang content.Lang, size fyne.Size) (*Shell, fyne.Window) {
	tb.Helper()
	a := test.NewTempApp(tb)
	a.Settings().SetTheme(NewTheme())
	loc, err := locale.New(locales.FS, lang)
	if err != nil {
		tb.Fatal(err)
	}
	loc.Missing = func(err error) { tb.Errorf("missing translation: %v", err) }
	s := NewShell(c, loc, clock.NewFake(fixedNow))
	w := test.NewTempWindow(tb, s.Object())
	s.Attach(w)
	w.Resize(size)
	return s, w
}

// walk visits o and everything under it that is shown, through
// containers and widget renderers; it goes below an object only when visit
// returns true.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if !o.Visible() || !visit(o) {
		return
	}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(v).Objects()
	}
	for _, c := range kids {
		walk(c, visit)
	}
}

// findTappable returns what a visitor taps to act on text: a button
// labelled text, a card (a stack whose first object is a button) that
// shows text, or a timeline card that shows it.
func findTappable(root fyne.CanvasObject, text string) (found *widget.Button) {
	walk(root, func(o fyne.CanvasObject) bool {
		if found != nil {
			return false
		}
		if b, ok := asButton(o); ok {
			if b.Text == text {
				found = b
			}
			return true
		}
		switch v := o.(type) {
		case *fyne.Container:
			if b, ok := firstButton(v); ok && showsText(v, text) {
				found = b
			}
		case *tlCard:
			if showsText(v, text) {
				found = widget.NewButton("", v.onTap) // taps what the card taps
			}
		}
		return found == nil
	})
	return found
}

func firstButton(c *fyne.Container) (*widget.Button, bool) {
	if len(c.Objects) < 2 {
		return nil, false
	}
	b, ok := asButton(c.Objects[0])
	return b, ok && b.Text == ""
}

// showsText reports whether the words of text appear, in order, in what o
// shows (labels and canvas text, joined across lines).
func showsText(o fyne.CanvasObject, text string) bool {
	var parts []string
	walk(o, func(o fyne.CanvasObject) bool {
		switch v := o.(type) {
		case *widget.Label:
			parts = append(parts, v.Text)
			return false
		case *canvas.Text:
			parts = append(parts, v.Text)
		}
		return true
	})
	norm := func(s string) string { return " " + strings.Join(strings.Fields(s), " ") + " " }
	return strings.Contains(norm(strings.Join(parts, " ")), norm(text))
}

// tap taps what shows text, failing the test when nothing does.
func tap(tb testing.TB, w fyne.Window, text string) {
	tb.Helper()
	b := findTappable(w.Content(), text)
	if b == nil {
		tb.Fatalf("nothing to tap shows %q", text)
	}
	if b.Disabled() {
		tb.Fatalf("%q is disabled", text)
	}
	test.Tap(b)
}

// buttons returns every button on the canvas.
func buttons(root fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	walk(root, func(o fyne.CanvasObject) bool {
		if b, ok := asButton(o); ok {
			out = append(out, b)
		}
		return true
	})
	return out
}

// asButton sees Fyne's buttons and the screens' own through one type.
func asButton(o fyne.CanvasObject) (*widget.Button, bool) {
	switch v := o.(type) {
	case *widget.Button:
		return v, true
	case *button:
		return &v.Button, true
	}
	return nil, false
}

// synthContent is generated content of n events and n/5 people
// (app/synth), for tests and benchmarks at scale.
func synthContent(tb testing.TB, n int) *content.Content {
	tb.Helper()
	fsys := fstest.MapFS{}
	for p, b := range synth.Files(n, n/5, 1937) {
		fsys[p] = &fstest.MapFile{Data: b}
	}
	c, _, ps := content.LoadFolder(fstest.MapFS{}, fsys, "synth", fixedNow)
	if errs := ps.Errors(); len(errs) > 0 {
		tb.Fatalf("synthetic content: %v", errs)
	}
	return c
}
