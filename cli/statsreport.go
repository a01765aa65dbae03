package cli

import (
	"fmt"
	"image"
	"io"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/report"
	"github.com/koryo-exhibit/koryo/app/startup"
)

func validLang(l string) bool { return content.Lang(l).Valid() }

// dashboardSize is the PNG's size in pixels.
var dashboardSize = image.Pt(1800, 1200)

// fleetStats summarises several logs (files or folders) per kiosk: the
// last --days days, then the CSV and the reports asked for. It exits 1 when
// a path has no log or a file cannot be written.
func fleetStats(paths []string, o statsFlags, cfg config.Config, env Env) int {
	figs, errs := report.Load(paths, o.now, windows(o.days)...)
	code := 0
	for _, e := range errs {
		fmt.Fprintln(env.Stderr, "stats:", e)
	}
	if hasMissing(paths) {
		code = 1
	}
	fmt.Fprintln(env.Stdout, "visit logs:", paths)
	figs[2].Print(env.Stdout)
	if o.csvPath != "" {
		code = max(code, writeOut(o.csvPath, env, func(w io.Writer) error {
			_, err := report.WriteCSV(w, paths) // its problems are printed above
			return err
		}))
	}
	return max(code, draw(figs, o, cfg, env))
}

// windows are 7 and 30 days for the HTML, then --days.
func windows(days int) []int { return []int{7, 30, days} }

func hasMissing(paths []string) bool {
	for _, p := range paths {
		if !exists(p) && !exists(p+".1") {
			return true
		}
	}
	return false
}

// draw writes the HTML report and the PNG dashboard asked for.
func draw(figs []report.Figures, o statsFlags, cfg config.Config, env Env) int {
	if o.html == "" && o.png == "" {
		return 0
	}
	names := titles(cfg, content.Lang(o.lang), env)
	code := 0
	if o.html != "" {
		code = writeOut(o.html, env, func(w io.Writer) error { return report.HTML(w, figs[0], figs[1], names) })
		if code == 0 {
			fmt.Fprintln(env.Stderr, "stats: wrote", o.html)
		}
	}
	if o.png != "" {
		c := writeOut(o.png, env, func(w io.Writer) error { return report.PNG(w, figs[2], names, dashboardSize) })
		if c == 0 {
			fmt.Fprintln(env.Stderr, "stats: wrote", o.png)
		}
		code = max(code, c)
	}
	return code
}

// titles names events and people from the content the kiosk shows (its
// settings' content folder over the bundled content) in lang; ids when it
// does not load.
func titles(cfg config.Config, lang content.Lang, env Env) report.Names {
	st, err := startup.StartContent(cfg.Content, env.Today)
	if err != nil || st.Content == nil {
		fmt.Fprintln(env.Stderr, "stats: charts show ids:", err)
		return nil
	}
	c := st.Content
	return func(kind, id string) string {
		switch kind {
		case report.KindEvent:
			if e := c.Event(id); e != nil {
				return e.Title.In(lang)
			}
		case report.KindPerson:
			if p := c.Person(id); p != nil {
				return p.Name.In(lang)
			}
		}
		return ""
	}
}
