package report

import (
	"fmt"
	"image/color"
	"strconv"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// Chart is one chart of a report, ready to draw at any size (SVG, Image).
type Chart struct {
	ID   string // "per-day", "per-hour", "lengths", "languages", "reached", "top-events", "top-people", "kiosk-…"
	Plot *plot.Plot
	Tall bool // a list of up to ten bars, drawn taller
}

// Charts are the charts of one window: visits per day (weekends in
// orange), per hour, visit lengths, the share that opened an event per
// day, the top events, the top people and the languages.
func Charts(f Figures, names Names) []Chart {
	if err := addFace(); err != nil {
		panic(err) // the bundled font always parses; a test checks
	}
	return []Chart{
		{ID: "per-day", Plot: dayChart(f)},
		{ID: "per-hour", Plot: hourChart(f)},
		{ID: "lengths", Plot: lengthChart(f)},
		{ID: "reached", Plot: reachedChart(f)},
		{ID: "top-events", Plot: topChart("Events opened most", f.TopEvents, KindEvent, names), Tall: true},
		{ID: "top-people", Plot: topChart("People opened most", f.TopPeople, KindPerson, names), Tall: true},
		{ID: "languages", Plot: languageChart(f, names)},
	}
}

// vbars is a vertical bar chart of values over labelled categories, the
// counts written over the bars when asked.
func vbars(title string, labels []string, vals []float64, colors []color.Color, counts bool) *plot.Plot {
	p := newPlot(title)
	p.Add(&bars{vals: vals, colors: colors})
	p.NominalX(labels...)
	p.Y.Tick.Marker = countTicks{}
	p.Y.Min, p.Y.Max = 0, max(1, p.Y.Max*1.12)
	if counts {
		var xys plotter.XYs
		var texts []string
		for i, v := range vals {
			xys = append(xys, plotter.XY{X: float64(i), Y: v})
			texts = append(texts, thousands(int(v)))
		}
		l := valueLabels(xys, texts, 0, 3)
		for i := range l.TextStyle {
			l.TextStyle[i].XAlign = -0.5
		}
		p.Add(l)
	}
	return p
}

func dayChart(f Figures) *plot.Plot {
	var vals []float64
	var colors []color.Color
	for _, d := range f.PerDay {
		vals = append(vals, float64(d.Visits))
		colors = append(colors, blue)
		if wd := d.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			colors[len(colors)-1] = orange
		}
	}
	return vbars("Visits per day (weekends in orange)", dayLabels(f.PerDay, "Mon\n2 Jan"), vals, colors, len(f.PerDay) <= 10)
}

// hourChart shows the hours from the first to the last one with visits
// (at least 9:00 to 18:00).
func hourChart(f Figures) *plot.Plot {
	first, last := 9, 17
	for h, n := range f.PerHour {
		if n > 0 {
			first, last = min(first, h), max(last, h)
		}
	}
	var labels []string
	var vals []float64
	for h := first; h <= last; h++ {
		vals = append(vals, float64(f.PerHour[h]))
		label := ""
		if last-first < 12 || h%2 == 0 {
			label = strconv.Itoa(h)
		}
		labels = append(labels, label)
	}
	p := vbars("Visits by the hour they started", labels, vals, []color.Color{blue}, false)
	p.X.Label.Text = "hour of the day"
	return p
}

func lengthChart(f Figures) *plot.Plot {
	var labels []string
	var vals []float64
	for _, b := range f.Lengths {
		labels = append(labels, b.Label)
		vals = append(vals, float64(b.N))
	}
	return vbars("Visit length (median "+Length(f.Median)+")", labels, vals, []color.Color{green}, true)
}

// Length writes a visit's length for people: "45s", "2m 05s", "1h 10m".
func Length(d time.Duration) string {
	s := int(d / time.Second)
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s < 3600:
		return fmt.Sprintf("%dm %02ds", s/60, s%60)
	}
	return fmt.Sprintf("%dh %02dm", s/3600, s/60%60)
}

// reachedChart shows, per day, the share of visits that opened an event.
func reachedChart(f Figures) *plot.Plot {
	var vals []float64
	for _, d := range f.PerDay {
		share := 0.0
		if d.Visits > 0 {
			share = float64(d.Reached) / float64(d.Visits)
		}
		vals = append(vals, share*100)
	}
	p := vbars("Visits that opened an event: "+percent(f.ReachedEvent)+" in all", dayLabels(f.PerDay, "2 Jan"), vals, []color.Color{green}, false)
	p.Y.Min, p.Y.Max = 0, 100
	p.Y.Tick.Marker = percentTicks{}
	return p
}

// percentTicks marks 0 to 100 every 25 as percentages.
type percentTicks struct{}

func (percentTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for v := 0.0; v <= 100; v += 25 {
		out = append(out, plot.Tick{Value: v, Label: strconv.Itoa(int(v)) + "%"})
	}
	return out
}
