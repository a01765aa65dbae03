package screens

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/assets"
	"github.com/koryo-exhibit/koryo/locales"
)

// fixedNow keeps the open-ended era, and so the goldens, stable.
var fixedNow = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// newTestShell starts a headless app with the bundled content in lang,
// in a window of the given size.
func newTestShell(tb testing.TB, lang content.Lang, size fyne.Size) (*Shell, fyne.Window) {
	tb.Helper()
	now = func() time.Time { return fixedNow }
	a := test.NewTempApp(tb)
	a.Settings().SetTheme(NewTheme())
	c, err := content.Load(assets.Content())
	if err != nil {
		tb.Fatal(err)
	}
	loc, err := locale.New(locales.FS, lang)
	if err != nil {
		tb.Fatal(err)
	}
	loc.Missing = func(err error) { tb.Errorf("missing translation: %v", err) }
	s := NewShell(c, loc)
	w := test.NewTempWindow(tb, s.Object())
	s.Attach(w)
	w.Resize(size)
	return s, w
}

// findTappable returns the button a visitor taps to act on text: a button
// labelled text, or a card (a stack whose first object is a button) that
// shows text.
func findTappable(o fyne.CanvasObject, text string) *widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Text == text {
			return v
		}
		return nil
	case *fyne.Container:
		if len(v.Objects) > 1 {
			if b, ok := v.Objects[0].(*widget.Button); ok && b.Text == "" && showsText(v, text) {
				return b
			}
		}
		for _, c := range v.Objects {
			if b := findTappable(c, text); b != nil {
				return b
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			if b := findTappable(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// showsText reports whether the words of text appear, in order, in what o
// shows (labels and canvas text, joined across lines).
func showsText(o fyne.CanvasObject, text string) bool {
	return strings.Contains(" "+strings.Join(strings.Fields(textOf(o)), " ")+" ",
		" "+strings.Join(strings.Fields(text), " ")+" ")
}

func textOf(o fyne.CanvasObject) string {
	switch v := o.(type) {
	case *widget.Label:
		return v.Text
	case *canvas.Text:
		return v.Text
	case *fyne.Container:
		var parts []string
		for _, c := range v.Objects {
			parts = append(parts, textOf(c))
		}
		return strings.Join(parts, " ")
	}
	return ""
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
func buttons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Button:
			out = append(out, v)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}
