package report

import (
	"image/color"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// hbars is a horizontal bar chart, the first label at the top, with a
// text at the end of each bar. The value axis leaves room for the texts.
func hbars(title string, labels []string, vals []float64, colors []color.Color, texts []string) *plot.Plot {
	p := newPlot(title)
	n := len(vals)
	if n == 0 {
		labels, vals, texts = []string{"(none)"}, []float64{0}, []string{""}
		n = 1
	}
	rv, rc := slices.Clone(vals), slices.Clone(colors)
	slices.Reverse(rv)
	slices.Reverse(rc) // one colour for all stays one
	p.Add(&bars{vals: rv, colors: rc, horizontal: true})
	p.NominalY(reversed(labels)...)
	var xys plotter.XYs
	rt := reversed(texts)
	for i, v := range rv {
		xys = append(xys, plotter.XY{X: v, Y: float64(i)})
	}
	l := valueLabels(xys, rt, 4, 1.5)
	for i := range l.TextStyle {
		l.TextStyle[i].YAlign = -0.5
	}
	p.Add(l)
	p.X.Min, p.X.Max = 0, max(1, p.X.Max*1.3)
	p.X.Tick.Marker = countTicks{}
	return p
}

func languageChart(f Figures, names Names) *plot.Plot {
	var labels, texts []string
	var vals []float64
	var colors []color.Color
	for i, c := range f.Languages {
		labels = append(labels, names.Label(KindLanguage, c.ID))
		vals = append(vals, float64(c.N))
		colors = append(colors, langColor(c.ID, i))
		texts = append(texts, thousands(c.N)+" · "+percent(float64(c.N)/float64(max(1, f.Visits))))
	}
	if len(colors) == 0 {
		colors = []color.Color{blue}
	}
	return hbars("Languages used (share of visits)", labels, vals, colors, texts)
}

// topChart is a list of the most opened events or people, with titles.
func topChart(title string, cs []Count, kind string, names Names) *plot.Plot {
	var labels, texts []string
	var vals []float64
	for _, c := range cs {
		labels = append(labels, short(names.Label(kind, c.ID), 34))
		vals = append(vals, float64(c.N))
		texts = append(texts, thousands(c.N))
	}
	return hbars(title, labels, vals, []color.Color{blue}, texts)
}
