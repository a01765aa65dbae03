package report

import (
	"encoding/base64"
	"html/template"
	"io"
	"strings"
	"sync"
	"time"

	"gonum.org/v1/plot/vg"

	"github.com/koryo-exhibit/koryo/assets"
)

// Chart sizes in the HTML report, in points; the page scales them to its
// columns.
const (
	chartW     = 480
	chartH     = 250
	chartTallH = 330
)

// HTML writes the staff report: one self-contained page (inline CSS, the
// chart font embedded once, charts as inline SVG; nothing from the
// network) with a section for the last 7 and for the last 30 days, each
// with its key numbers, the charts of Charts and, for more than one kiosk,
// those of KioskCharts.
func HTML(w io.Writer, figs7, figs30 Figures, names Names) error {
	page := struct {
		Font     template.URL
		Made     string
		Damaged  int
		Kiosks   int
		Sections []section
	}{Font: template.URL(fontData()), Made: upTo(figs7.To),
		Damaged: figs7.Damaged, Kiosks: len(figs7.Kiosks)}
	for _, f := range []Figures{figs7, figs30} {
		s, err := newSection(f, names)
		if err != nil {
			return err
		}
		page.Sections = append(page.Sections, s)
	}
	return pageTemplate.Execute(w, page)
}

// upTo says when the figures end: "Up to 2 December 2026, 17:05", or at
// midnight "Up to the end of 1 December 2026".
func upTo(t time.Time) string {
	if t.Equal(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())) {
		return "Up to the end of " + t.AddDate(0, 0, -1).Format("2 January 2006")
	}
	return "Up to " + t.Format("2 January 2006, 15:04")
}

// section is one window of the page.
type section struct {
	Figures
	Title, Dates, Median, Reached string
	Charts, KioskCharts           []template.HTML
}

func newSection(f Figures, names Names) (section, error) {
	s := section{Figures: f, Title: "Last " + thousands(f.Days) + " days",
		Dates:  f.Span(),
		Median: Length(f.Median), Reached: percent(f.ReachedEvent)}
	var err error
	if s.Charts, err = svgs(Charts(f, names)); err == nil {
		s.KioskCharts, err = svgs(KioskCharts(f, names))
	}
	return s, err
}

func svgs(cs []Chart) ([]template.HTML, error) {
	var out []template.HTML
	for _, c := range cs {
		var b strings.Builder
		h := vg.Length(chartH)
		if c.Tall {
			h = chartTallH
		}
		if err := c.SVG(&b, chartW, h); err != nil {
			return nil, err
		}
		out = append(out, template.HTML(b.String())) // made here; vgsvg escapes its texts
	}
	return out, nil
}

// fontData is Exhibit Sans Regular as a data: URL.
var fontData = sync.OnceValue(func() string {
	return "data:font/ttf;base64," + base64.StdEncoding.EncodeToString(assets.FontRegular)
})

var pageTemplate = template.Must(template.New("report").Funcs(template.FuncMap{"n": thousands}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visits to the exhibit, {{.Made}}</title>
<style>
@font-face { font-family: "Exhibit Sans"; src: url({{.Font}}) format("truetype"); }
body { font-family: "Exhibit Sans", sans-serif; color: #222b36; background: #f4f6f9; margin: 0; padding: 24px 32px; }
h1 { font-size: 28px; font-weight: normal; margin: 0 0 4px; }
h2 { font-size: 22px; font-weight: normal; margin: 32px 0 12px; border-bottom: 2px solid #2b6cb0; padding-bottom: 4px; }
h2 span, .note { color: #6b7280; font-size: 15px; }
h3 { font-size: 17px; font-weight: normal; margin: 24px 0 8px; }
.numbers { display: flex; gap: 16px; flex-wrap: wrap; margin-bottom: 16px; }
.numbers div { background: #fff; border-radius: 6px; padding: 10px 18px; min-width: 150px; }
.numbers b { display: block; font-size: 26px; font-weight: normal; color: #2b6cb0; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 16px; align-items: start; }
figure { margin: 0; background: #fff; border-radius: 6px; padding: 8px; }
figure svg { display: block; width: 100%; height: auto; }
</style>
</head>
<body>
<h1>Visits to the exhibit</h1>
<p class="note">{{.Made}} · {{.Kiosks}} kiosk(s){{if .Damaged}} · {{n .Damaged}} damaged line(s) in the logs skipped{{end}}</p>
{{range .Sections}}
<section>
<h2>{{.Title}} <span>{{.Dates}}</span></h2>
<div class="numbers">
<div><b>{{n .Visits}}</b>visits</div>
<div><b>{{.Median}}</b>median visit</div>
<div><b>{{.Reached}}</b>opened an event</div>
</div>
<div class="grid">
{{range .Charts}}<figure>{{.}}</figure>
{{end}}</div>
{{if .KioskCharts}}<h3>Kiosks side by side</h3>
<div class="grid">
{{range .KioskCharts}}<figure>{{.}}</figure>
{{end}}</div>{{end}}
</section>
{{end}}
</body>
</html>
`))
