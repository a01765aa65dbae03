package screens

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

func decodeQR(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		return ""
	}
	return res.GetText()
}

// TestQR_OnEventAndPersonPages renders the pages with qr = true and reads
// the code back from the painted canvas: it is the main source's URL.
func TestQR_OnEventAndPersonPages(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	for _, r := range []nav.Route{{Screen: nav.Event, ID: "1937-journey"}, {Screen: nav.Person, ID: "anna-ten"}} {
		s.SetQR(false)
		s.Open(r)
		if got := decodeQR(t, w.Canvas().Capture()); got != "" {
			t.Fatalf("%s: a QR code with qr = false: %q", r, got)
		}
		s.SetQR(true)
		walk(w.Content(), func(o fyne.CanvasObject) bool { // scroll the page to its end
			if p, ok := o.(*Pan); ok && !p.horizontal {
				p.SetOffset(1e9)
			}
			return true
		})
		if got := decodeQR(t, w.Canvas().Capture()); got != "https://example.org/fixture" {
			t.Fatalf("%s: the QR code reads %q", r, got)
		}
	}
}

func TestQRImage_QuietZoneAndSize(t *testing.T) {
	img, err := qrImage("https://en.wikipedia.org/wiki/Koryo-saram")
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	for i := 0; i < qrQuiet*qrModule; i++ { // the quiet zone is white all round
		for _, p := range []image.Point{{i, b.Dy() / 2}, {b.Dx() - 1 - i, b.Dy() / 2}, {b.Dx() / 2, i}, {b.Dx() / 2, b.Dy() - 1 - i}} {
			if r, _, _, _ := img.At(p.X, p.Y).RGBA(); r < 0xf000 {
				t.Fatalf("dark pixel in the quiet zone at %v", p)
			}
		}
	}
	if b.Dx() < 200 || b.Dx()%qrModule != 0 {
		t.Fatalf("a %d px code: too small to scan from 60 cm", b.Dx())
	}
	if decodeQR(t, img) != "https://en.wikipedia.org/wiki/Koryo-saram" {
		t.Fatal("the code does not read back")
	}
}

// TestQR_ChooseASource: a tap on another source with a URL in the page's
// list shows that source's code instead of the main one's, and marks it.
func TestQR_ChooseASource(t *testing.T) {
	c := fixture(t) // loaded afresh: the extra source stays in this test
	e := c.Event("1923-paper")
	e.Sources = append(e.Sources, content.Source{Title: "Second fixture source", URL: "https://example.org/second"})
	s, w := newShellWith(t, c, content.EN, size1280)
	s.SetQR(true)
	s.Open(nav.Route{Screen: nav.Event, ID: e.ID})
	toEnd := func() {
		walk(w.Content(), func(o fyne.CanvasObject) bool {
			if p, ok := o.(*Pan); ok && !p.horizontal {
				p.SetOffset(1e9)
			}
			return true
		})
	}
	toEnd()
	if got := decodeQR(t, w.Canvas().Capture()); got != "https://example.org/fixture" {
		t.Fatalf("the page opens with the main source's code, got %q", got)
	}
	var areas []*tapArea
	walk(w.Content(), func(o fyne.CanvasObject) bool { // a source's row: its tap area over its text
		if row, ok := o.(*fyne.Container); ok && len(row.Objects) == 2 {
			a, isArea := row.Objects[0].(*tapArea)
			if _, isText := row.Objects[1].(*widget.RichText); isArea && isText {
				areas = append(areas, a)
			}
		}
		return true
	})
	if len(areas) != 2 || areas[0].fill == "" || areas[1].fill != "" {
		t.Fatalf("want two sources to choose from, the main one marked: %d", len(areas))
	}
	test.Tap(areas[1])
	toEnd()
	if got := decodeQR(t, w.Canvas().Capture()); got != "https://example.org/second" {
		t.Fatalf("after choosing the second source the code reads %q", got)
	}
	if areas[0].fill != "" || areas[1].fill == "" {
		t.Fatal("the source chosen must be the one marked")
	}
}

// TestQR_AboutSources: with codes on, a tap on a source in About's list
// shows that source's code under the list.
func TestQR_AboutSources(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	s.SetQR(true)
	s.Open(nav.Route{Screen: nav.About})
	if got := decodeQR(t, w.Canvas().Capture()); got != "" {
		t.Fatalf("About shows a code before a source is tapped: %q", got)
	}
	var row *tapArea
	walk(w.Content(), func(o fyne.CanvasObject) bool { // a row: a tap area over the text
		if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 2 && row == nil {
			a, isArea := c.Objects[0].(*tapArea)
			if _, isText := c.Objects[1].(*fyne.Container); isArea && isText && c.Visible() {
				row = a
			}
		}
		return true
	})
	if row == nil {
		t.Fatal("no source to tap")
	}
	test.Tap(row)
	if got := decodeQR(t, w.Canvas().Capture()); got != "https://example.org/fixture" {
		t.Fatalf("after a tap on the source the code reads %q", got)
	}
}
