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

// runVersion prints the version, with a content folder's title when given.
func runVersion(args []string, env Env) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("content", "", "a content folder")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "usage: koryo version [--content DIR]")
		return 2
	}
	return printVersion(env, *dir)
}

func printVersion(env Env, dir string) int {
	fmt.Fprintln(env.Stdout, "koryo", env.Version)
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
