package report

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/koryo-exhibit/koryo/assets"
)

// face is the typeface every chart writes in: Exhibit Sans, the app's own
// font (Latin, Cyrillic with Kazakh, Hangul), so titles in any of the four
// languages draw. Only the regular face: the HTML embeds it once.
var face = font.Font{Typeface: "Exhibit Sans"}

var addFace = sync.OnceValue(func() error {
	f, err := opentype.Parse(assets.FontRegular)
	if err != nil {
		return fmt.Errorf("report: the chart font: %w", err)
	}
	font.DefaultCache.Add(font.Collection{{Font: face, Face: f}})
	return nil
})

// Colours of the charts.
var (
	ink     = color.RGBA{0x22, 0x2b, 0x36, 0xff}
	grey    = color.RGBA{0x6b, 0x72, 0x80, 0xff}
	blue    = color.RGBA{0x2b, 0x6c, 0xb0, 0xff}
	orange  = color.RGBA{0xdd, 0x6b, 0x20, 0xff}
	green   = color.RGBA{0x2f, 0x85, 0x5a, 0xff}
	langInk = map[string]color.Color{"kk": color.RGBA{0x00, 0x8c, 0xa8, 0xff}, "ko": color.RGBA{0x80, 0x4f, 0xb3, 0xff},
		"ru": color.RGBA{0xc5, 0x30, 0x30, 0xff}, "en": blue}
)

// langColor is a language's colour; others take grey tones.
func langColor(id string, i int) color.Color {
	if c, ok := langInk[id]; ok {
		return c
	}
	g := uint8(0x90 + 0x18*(i%4))
	return color.RGBA{g, g, g, 0xff}
}

// newPlot is a chart with the report's fonts and a quiet frame.
func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(face, 13)
	p.Title.TextStyle.Color = ink
	p.Title.Padding = 8
	p.Legend.TextStyle.Font = font.From(face, 10)
	p.Legend.Top, p.Legend.Left = true, false
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(face, 10)
		a.Label.TextStyle.Color = grey
		a.Tick.Label.Font = font.From(face, 10)
		a.Tick.Label.Color = ink
		a.Color, a.Tick.Color = grey, grey
		a.Padding = 2
	}
	return p
}

// valueLabels writes texts at points, in the report's font.
func valueLabels(xys plotter.XYs, texts []string, xoff, yoff vg.Length) *plotter.Labels {
	l, _ := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: texts}) // the same length: no error
	for i := range l.TextStyle {
		l.TextStyle[i].Font = font.From(face, 9)
		l.TextStyle[i].Color = grey
	}
	l.Offset = vg.Point{X: xoff, Y: yoff}
	return l
}

// countTicks marks whole numbers at a round step, four or five labels
// from 0, with thousands separated: 12,500.
type countTicks struct{}

func (countTicks) Ticks(min, max float64) []plot.Tick {
	step := niceStep(max - min)
	var out []plot.Tick
	for v := math.Ceil(min/step) * step; v <= max+step/1e6; v += step {
		out = append(out, plot.Tick{Value: v, Label: thousands(int(v))})
	}
	return out
}

// niceStep is 1, 2, 2.5 or 5 times a power of ten, whole, about span/4.
func niceStep(span float64) float64 {
	if span <= 4 {
		return 1
	}
	raw := span / 4
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if s := m * pow; s >= raw && s == math.Trunc(s) {
			return s
		}
	}
	return 10 * pow
}

// thousands writes n with commas: 12,500.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// percent is a share as a whole percentage: "56%".
func percent(x float64) string { return strconv.Itoa(int(x*100+0.5)) + "%" }

// short cuts a title to n letters, with an ellipsis.
func short(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
