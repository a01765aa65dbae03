package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/report"
	"github.com/koryo-exhibit/koryo/app/startup"
	"github.com/koryo-exhibit/koryo/app/stats"
)

const statsUsage = "usage: koryo stats [--config FILE] [--csv FILE] [--days N] [--until YYYY-MM-DD] [--report FILE.html] [--png FILE.png] [--lang kk|ko|ru|en] [LOG-or-FOLDER ...]"

// statsFlags are what koryo stats is asked for.
type statsFlags struct {
	cfgPath, csvPath, html, png, lang string
	days                              int
	now                               time.Time // the windows end here
}

// runStats prints the figures of the last --days days of the visit log
// and can export it as CSV; with paths, of several kiosks' logs merged per
// kiosk. --report and --png draw the charts of app/report.
func runStats(args []string, env Env) int {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o statsFlags
	fs.StringVar(&o.cfgPath, "config", config.DefaultPath(), "settings file (TOML)")
	fs.StringVar(&o.csvPath, "csv", "", "also write one row per visit to this CSV file")
	fs.IntVar(&o.days, "days", 7, "the window of the summary and of --png, in days")
	fs.StringVar(&o.html, "report", "", "write the HTML report (last 7 and 30 days) to this file")
	fs.StringVar(&o.png, "png", "", "write a dashboard of the last --days days to this PNG file")
	fs.StringVar(&o.lang, "lang", "en", "the language of the event and person titles in the charts")
	until := fs.String("until", "", "end the windows with this day (local time) instead of now")
	o.now = env.Today
	if fs.Parse(args) != nil || o.days < 1 || o.days > 366 || !validLang(o.lang) || !parseUntil(*until, &o.now) {
		fmt.Fprintln(env.Stderr, statsUsage)
		return 2
	}
	cfg := loadConfig(o.cfgPath, env)
	if fs.NArg() > 0 {
		return fleetStats(fs.Args(), o, cfg, env)
	}
	return ownStats(startup.VisitLog(cfg, o.cfgPath), o, cfg, env)
}

// ownStats summarises this kiosk's log (the settings' one) as fleetStats
// does a fleet's: the last --days days; the CSV has every visit. No log
// yet is no visits.
func ownStats(path string, o statsFlags, cfg config.Config, env Env) int {
	var logs []string
	if exists(path) || exists(path+".1") {
		logs = []string{path}
	}
	figs, errs := report.Load(logs, o.now, windows(o.days)...)
	for _, e := range errs {
		fmt.Fprintln(env.Stderr, "stats:", e)
	}
	fmt.Fprintln(env.Stdout, "visit log:", path)
	figs[2].Print(env.Stdout)
	code := 0
	if o.csvPath != "" {
		ss, _ := stats.Read(path) // its problems are printed above
		code = writeOut(o.csvPath, env, func(w io.Writer) error { return stats.WriteCSV(w, ss) })
	}
	return max(code, draw(figs, o, cfg, env))
}

// writeOut creates path and writes it with fn, reporting a failure.
func writeOut(path string, env Env, fn func(io.Writer) error) int {
	f, err := os.Create(path)
	if err == nil {
		err = fn(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "stats:", err)
		return 1
	}
	return 0
}

// parseUntil sets now to the end of the day s, when s is set.
func parseUntil(s string, now *time.Time) bool {
	if s == "" {
		return true
	}
	day, err := time.ParseInLocation("2006-01-02", s, now.Location())
	if err == nil {
		*now = day.AddDate(0, 0, 1)
	}
	return err == nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return !errors.Is(err, os.ErrNotExist)
}

// loadConfig reads the settings, reporting problems; the settings returned
// are always usable.
func loadConfig(path string, env Env) config.Config {
	cfg, err := config.Load(path)
	if err != nil {
		fmt.Fprintln(env.Stderr, err)
	}
	return cfg
}
