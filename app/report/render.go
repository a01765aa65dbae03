package report

import (
	"bytes"
	"image"
	"io"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// SVG writes the chart as an <svg> element of width × height points, with
// no XML prologue, ready to put inside HTML. Its text is in Exhibit Sans,
// which the page must provide (HTML embeds it).
func (c Chart) SVG(w io.Writer, width, height vg.Length) error {
	cv := vgsvg.New(width, height)
	c.Plot.Draw(inset(draw.New(cv)))
	var buf bytes.Buffer
	if _, err := cv.WriteTo(&buf); err != nil {
		return err
	}
	b := buf.Bytes()
	if i := bytes.Index(b, []byte("<svg")); i >= 0 {
		b = b[i:]
	}
	_, err := w.Write(b)
	return err
}

// Image draws the chart in width × height pixels; dpi sets how large its
// text is (96: 10-point text 13 pixels high).
func (c Chart) Image(width, height, dpi int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	cv := vgimg.NewWith(vgimg.UseImage(img), vgimg.UseDPI(dpi))
	c.Plot.Draw(inset(draw.New(cv)))
	return cv.Image()
}

// inset leaves a margin round a chart, so that no descender is cut.
func inset(c draw.Canvas) draw.Canvas { return draw.Crop(c, 4, -6, 6, 0) }
