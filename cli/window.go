package cli

import (
	"flag"
	"fmt"
	"io"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/startup"
)

// windowFlags reads the flags of the windowed app. --set-pin and --version
// are the first release's spellings of the subcommands, kept working.
func windowFlags(args []string, env Env) Result {
	var f windowFlagSet
	fs := f.define(env)
	if err := fs.Parse(args); err != nil {
		return usageError(env, err)
	}
	switch {
	case fs.NArg() > 0:
		return usageError(env, fmt.Errorf("unknown command %q", fs.Arg(0)))
	case f.setPIN:
		return Result{Code: runSetPIN([]string{"--config", f.o.ConfigPath}, env)}
	case f.version:
		return Result{Code: printVersion(env, f.o)}
	}
	if err := f.options(); err != nil {
		return usageError(env, err)
	}
	return Result{Window: true, Options: f.o}
}

// windowFlagSet is what the window's flags set, before it is checked.
type windowFlagSet struct {
	o                               startup.Options
	lang, start                     string
	kiosk, present, setPIN, version bool
}

func (f *windowFlagSet) define(env Env) *flag.FlagSet {
	fs := flag.NewFlagSet("koryo", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f.o = startup.Options{Version: env.Version, CacheDir: env.CacheDir}
	fs.StringVar(&f.lang, "lang", "", "start language: kk, ko, ru or en")
	fs.BoolVar(&f.o.Fullscreen, "fullscreen", false, "start full screen")
	fs.BoolVar(&f.kiosk, "kiosk", false, "gallery kiosk")
	fs.BoolVar(&f.present, "present", false, "seminar presentation")
	fs.DurationVar(&f.o.Tour, "tour", 0, "with --present: the auto-tour's pace, e.g. 20s")
	fs.StringVar(&f.o.ConfigPath, "config", config.DefaultPath(), "settings file (TOML)")
	fs.StringVar(&f.o.ContentDir, "content", "", "a content folder laid over the bundled content")
	fs.StringVar(&f.start, "start", "", "the first screen")
	fs.BoolVar(&f.setPIN, "set-pin", false, "set the staff PIN and exit")
	fs.BoolVar(&f.version, "version", false, "print the version and exit")
	return fs
}

// options checks the flags' words and turns them into typed options.
func (f *windowFlagSet) options() error {
	if f.kiosk && f.present {
		return fmt.Errorf("--kiosk and --present are two different modes: choose one")
	}
	if f.lang != "" && !content.Lang(f.lang).Valid() {
		return fmt.Errorf("--lang %q: use kk, ko, ru or en", f.lang)
	}
	f.o.Lang = content.Lang(f.lang)
	if f.start != "" {
		r, err := nav.ParseRoute(f.start)
		if err != nil {
			return fmt.Errorf("--start: %w", err)
		}
		f.o.Start = &r
	}
	switch {
	case f.kiosk:
		f.o.Mode = startup.Kiosk
	case f.present:
		f.o.Mode = startup.Present
	}
	return nil
}

func usageError(env Env, err error) Result {
	if err == flag.ErrHelp {
		fmt.Fprint(env.Stdout, usage)
		return Result{Code: 0}
	}
	fmt.Fprintf(env.Stderr, "koryo: %v\n\n%s", err, usage)
	return Result{Code: 2}
}
