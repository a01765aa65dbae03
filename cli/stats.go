package cli

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/startup"
	"github.com/koryo-exhibit/koryo/app/stats"
)

// runStats prints a summary of the visit log and can export it as CSV.
func runStats(args []string, env Env) int {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cfgPath := fs.String("config", config.DefaultPath(), "settings file (TOML)")
	csvPath := fs.String("csv", "", "also write one row per visit to this CSV file")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "usage: koryo stats [--config FILE] [--csv FILE]")
		return 2
	}
	cfg := loadConfig(*cfgPath, env)
	path := startup.VisitLog(cfg, *cfgPath)
	ss, errs := stats.Read(path)
	for _, e := range errs {
		fmt.Fprintln(env.Stderr, "stats:", e)
	}
	fmt.Fprintln(env.Stdout, "visit log:", path)
	stats.Summarize(ss).Print(env.Stdout)
	if *csvPath == "" {
		return 0
	}
	if err := writeCSV(*csvPath, ss); err != nil {
		fmt.Fprintln(env.Stderr, "stats:", err)
		return 1
	}
	return 0
}

func writeCSV(path string, ss []stats.Session) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = stats.WriteCSV(f, ss)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
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
