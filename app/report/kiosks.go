package report

import (
	"image/color"
	"slices"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg/draw"
)

// KioskCharts compare the kiosks of a window side by side: visits (with
// the last visit of a kiosk quiet for the window's last day), median
// length, the share that opened an event, languages, and visits per day.
// None for fewer than two kiosks.
func KioskCharts(f Figures, names Names) []Chart {
	if len(f.Kiosks) < 2 {
		return nil
	}
	if err := addFace(); err != nil {
		panic(err)
	}
	var labels, visits, medians, reached []string
	var nv, nm, nr []float64
	for _, k := range f.Kiosks {
		labels = append(labels, short(kioskLabel(k.Name), 24))
		nv, nm, nr = append(nv, float64(k.Visits)), append(nm, k.Median.Minutes()), append(nr, k.ReachedEvent*100)
		v := thousands(k.Visits)
		if quiet(k, f.To) {
			v += " · last visit " + lastVisit(k.Last)
		}
		visits, medians, reached = append(visits, v), append(medians, Length(k.Median)), append(reached, percent(k.ReachedEvent))
	}
	tall := len(f.Kiosks) > 6
	pm := hbars("Median visit per kiosk (minutes)", labels, nm, []color.Color{green}, medians)
	pm.X.Tick.Marker = plot.DefaultTicks{}
	pr := hbars("Visits that opened an event, per kiosk", labels, nr, []color.Color{green}, reached)
	pr.X.Min, pr.X.Max, pr.X.Tick.Marker = 0, 125, percentTicks{}
	return []Chart{
		{ID: "kiosk-visits", Plot: hbars("Visits per kiosk", labels, nv, []color.Color{blue}, visits), Tall: tall},
		{ID: "kiosk-median", Plot: pm, Tall: tall},
		{ID: "kiosk-reached", Plot: pr, Tall: tall},
		{ID: "kiosk-languages", Plot: kioskLanguages(f, labels, names), Tall: tall},
		{ID: "kiosk-days", Plot: kioskDays(f, labels), Tall: tall},
	}
}

func kioskLabel(name string) string {
	if name == "" {
		return "(no name)"
	}
	return name
}

// quiet reports whether a kiosk had no visit in the day before to.
func quiet(k Kiosk, to time.Time) bool { return k.Last.Before(to.Add(-24 * time.Hour)) }

func lastVisit(t time.Time) string {
	if t.IsZero() {
		return "none"
	}
	return t.Format("2 Jan 2006")
}

// kioskLanguages stacks each kiosk's languages as shares of its visits,
// in the order of the languages overall, with a legend on the right.
func kioskLanguages(f Figures, labels []string, names Names) *plot.Plot {
	p := newPlot("Languages per kiosk (shares of the languages used)")
	n := len(f.Kiosks)
	base := make([]float64, n)
	for i, lang := range f.Languages {
		vals := make([]float64, n)
		for r, k := range f.Kiosks {
			uses := 0
			for _, c := range k.Languages {
				uses += c.N
			}
			for _, c := range k.Languages {
				if c.ID == lang.ID {
					vals[n-1-r] = 100 * float64(c.N) / float64(uses)
				}
			}
		}
		b := &bars{vals: vals, base: base, colors: []color.Color{langColor(lang.ID, i)}, horizontal: true}
		p.Add(b)
		p.Legend.Add(names.Label(KindLanguage, lang.ID), swatch{langColor(lang.ID, i)})
		base = addUp(base, vals)
	}
	p.NominalY(reversed(labels)...)
	p.X.Min, p.X.Max = 0, 135 // the legend on the right
	p.X.Tick.Marker = percentTicks{}
	p.Legend.Top, p.Legend.YOffs = true, 0
	return p
}

func addUp(a, b []float64) []float64 {
	out := make([]float64, len(a))
	for i := range a {
		out[i] = a[i] + b[i]
	}
	return out
}

// swatch is a legend entry's coloured square.
type swatch struct{ c color.Color }

// Thumbnail implements plot.Thumbnailer.
func (s swatch) Thumbnail(c *draw.Canvas) { c.FillPolygon(s.c, corners(c.Rectangle)) }

// kioskDays is a grid of kiosks by days, darker for more visits, with the
// counts written in when the window is short.
func kioskDays(f Figures, labels []string) *plot.Plot {
	p := newPlot("Visits per day per kiosk")
	g := &cells{}
	var xys plotter.XYs
	var texts []string
	var light []bool // white text on a dark cell
	n, top := len(f.Kiosks), 0
	for _, k := range f.Kiosks {
		for _, d := range k.PerDay {
			top = max(top, d.Visits)
		}
	}
	for r, k := range f.Kiosks {
		var row []float64
		for c, d := range k.PerDay {
			row = append(row, float64(d.Visits))
			xys = append(xys, plotter.XY{X: float64(c), Y: float64(n - 1 - r)})
			texts = append(texts, thousands(d.Visits))
			light = append(light, float64(d.Visits) > 0.35*float64(top))
		}
		g.vals = append(g.vals, row)
	}
	p.Add(g)
	if len(f.PerDay) <= 10 {
		l := valueLabels(xys, texts, 0, 1.5)
		for i := range l.TextStyle {
			l.TextStyle[i].XAlign, l.TextStyle[i].YAlign = -0.5, -0.5
			if l.TextStyle[i].Color = ink; light[i] {
				l.TextStyle[i].Color = color.White
			}
		}
		p.Add(l)
	}
	p.NominalY(reversed(labels)...)
	p.NominalX(dayLabels(f.PerDay, "Mon\n2 Jan")...)
	return p
}

// dayLabels label every day of a short window, else the Mondays.
func dayLabels(days []Day, layout string) []string {
	var out []string
	for _, d := range days {
		label := ""
		if len(days) <= 10 || d.Date.Weekday() == time.Monday {
			label = d.Date.Format(layout)
		}
		out = append(out, label)
	}
	return out
}

func reversed(xs []string) []string {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return out
}
