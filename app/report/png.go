package report

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// PNG writes one window as a dashboard picture of size pixels (1800 × 1200
// reads well; larger is sharper, laid out the same): a headline with the
// key numbers over the charts of Charts and, for more than one kiosk, the
// kiosks' visits and languages, three to a row.
func PNG(w io.Writer, f Figures, names Names, size image.Point) error {
	if size.X < 300 || size.Y < 200 {
		return fmt.Errorf("report: a dashboard of %d×%d pixels is too small", size.X, size.Y)
	}
	charts := Charts(f, names)
	if ks := KioskCharts(f, names); ks != nil {
		charts = append(charts, ks[0], ks[3])
	}
	img := image.NewRGBA(image.Rect(0, 0, size.X, size.Y))
	cv := vgimg.NewWith(vgimg.UseImage(img), vgimg.UseDPI(max(24, 96*size.X/1800)))
	dc := draw.New(cv)
	dc.SetColor(color.RGBA{0xf4, 0xf6, 0xf9, 0xff})
	dc.Fill(dc.Rectangle.Path())
	head := vg.Length(44)
	headline(dc, f, head)
	grid := draw.Crop(dc, 0, 0, 0, -head)
	rows := (len(charts) + 2) / 3
	tiles := draw.Tiles{Cols: 3, Rows: rows, PadX: 10, PadY: 10, PadLeft: 10, PadRight: 10, PadBottom: 10}
	for i, c := range charts {
		c.Plot.Draw(inset(tiles.At(grid, i%3, i/3)))
	}
	return png.Encode(w, cv.Image())
}

// headline writes the window and its key numbers across the top.
func headline(dc draw.Canvas, f Figures, h vg.Length) {
	sty := text.Style{Color: ink, Font: font.From(face, 17), Handler: newPlot("").Title.TextStyle.Handler}
	line := fmt.Sprintf("Visits, last %d days (%s): %s visits · median visit %s · %s opened an event · %d kiosk(s)",
		f.Days, f.Span(), thousands(f.Visits), Length(f.Median),
		percent(f.ReachedEvent), len(f.Kiosks))
	if f.Damaged > 0 {
		line += fmt.Sprintf(" · %s damaged line(s) skipped", thousands(f.Damaged))
	}
	dc.FillText(sty, vg.Point{X: dc.Min.X + 14, Y: dc.Max.Y - h/2 - 7}, line)
}
