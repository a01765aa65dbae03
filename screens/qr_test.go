package screens

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"

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
