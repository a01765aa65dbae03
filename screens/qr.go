package screens

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"github.com/boombuler/barcode/qr"

	"github.com/koryo-exhibit/koryo/app/content"
)

// A QR code's geometry: 6 px modules are 1.7 mm on a 24-inch 1080p screen,
// which a phone reads from 60 cm; the standard quiet zone of four modules
// is kept white around it.
const (
	qrModule = 6
	qrQuiet  = 4
)

// qrImage draws url as a QR code (medium error correction), black on
// white, one module qrModule pixels square. Made offline, cached by URL.
func qrImage(url string) (image.Image, error) {
	var err error
	img := cached("qr/"+url, func() image.Image {
		code, e := qr.Encode(url, qr.M, qr.Auto)
		if e != nil {
			err = e
			return nil
		}
		n := code.Bounds().Dx()
		side := (n + 2*qrQuiet) * qrModule
		out := image.NewGray(image.Rect(0, 0, side, side))
		for y := 0; y < side; y++ {
			for x := 0; x < side; x++ {
				mx, my := x/qrModule-qrQuiet, y/qrModule-qrQuiet
				out.SetGray(x, y, color.Gray{Y: 0xff})
				if mx >= 0 && my >= 0 && mx < n && my < n && !isLight(code.At(mx, my)) {
					out.SetGray(x, y, color.Gray{})
				}
			}
		}
		return out
	})
	if img == nil {
		artCache.Delete("qr/" + url)
	}
	return img, err
}

func isLight(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r+g+b > 3*0x7fff
}

// qrPanel is a QR code of src's URL and a line saying what it is, or nil
// when the URL cannot be one (too long: no picture, the text stays). The
// kiosk stays offline: the code is only a picture, and a visitor's phone
// does the rest.
func (c *ctx) qrPanel(src content.Source) fyne.CanvasObject {
	img, err := qrImage(src.URL)
	if err != nil {
		return nil
	}
	pic := canvas.NewImageFromImage(img)
	pic.FillMode, pic.ScaleMode = canvas.ImageFillOriginal, canvas.ImageScalePixels
	side := float32(img.Bounds().Dx())
	pic.SetMinSize(fyne.NewSize(side, side))
	caption := para(c.loc.T(msgQRCaption) + "\n" + src.Title)
	caption.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, container.NewVBox(pic), nil, caption)
}
