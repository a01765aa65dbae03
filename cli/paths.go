package cli

import (
	"flag"
	"fmt"
	"io"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/startup"
)

// runPaths says where the settings file and the visit log are, for staff
// who look after a kiosk.
func runPaths(args []string, env Env) int {
	fs := flag.NewFlagSet("paths", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	path := fs.String("config", config.DefaultPath(), "settings file (TOML)")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "usage: koryo paths [--config FILE]")
		return 2
	}
	cfg := loadConfig(*path, env)
	fmt.Fprintln(env.Stdout, "settings: ", *path)
	fmt.Fprintln(env.Stdout, "visit log:", startup.VisitLog(cfg, *path))
	return 0
}

// runVersion prints the version, with the title of the content folder the
// app would show.
func runVersion(args []string, env Env) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o startup.Options
	fs.StringVar(&o.ContentDir, "content", "", "a content folder")
	fs.StringVar(&o.ConfigPath, "config", config.DefaultPath(), "settings file (TOML)")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "usage: koryo version [--content DIR] [--config FILE]")
		return 2
	}
	return printVersion(env, o)
}

// printVersion prints the version and, when the app would show a content
// folder (--content, else the settings' content: startup.ContentDir), that
// folder's title.
func printVersion(env Env, o startup.Options) int {
	fmt.Fprintln(env.Stdout, "koryo", env.Version)
	dir := startup.ContentDir(o, loadConfig(o.ConfigPath, env))
	if dir == "" {
		return 0
	}
	c, m, ps := startup.LoadFolder(dir, env.Today)
	title := c.Title.EN
	for _, l := range m.Manifest.Languages {
		if t := c.Title.In(l); title == "" && t != "" {
			title = t
		}
	}
	if title == "" {
		title = "(no title in its manifest)"
	}
	fmt.Fprintf(env.Stdout, "content: %s — %s, %d events, %d people", dir, title, len(c.Events), len(c.People))
	if errs := ps.Errors(); len(errs) > 0 {
		fmt.Fprintf(env.Stdout, ", %d error(s): run koryo validate %s", len(errs), dir)
	}
	fmt.Fprintln(env.Stdout)
	return 0
}
