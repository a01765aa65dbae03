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
	fs := flag.NewFlagSet("koryo", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := startup.Options{Version: env.Version}
	var lang, start string
	var kiosk, present, setPIN, version bool
	fs.StringVar(&lang, "lang", "", "start language: kk, ko, ru or en")
	fs.BoolVar(&o.Fullscreen, "fullscreen", false, "start full screen")
	fs.BoolVar(&kiosk, "kiosk", false, "gallery kiosk")
	fs.BoolVar(&present, "present", false, "seminar presentation")
	fs.DurationVar(&o.Tour, "tour", 0, "with --present: the auto-tour's pace, e.g. 20s")
	fs.StringVar(&o.ConfigPath, "config", config.DefaultPath(), "settings file (TOML)")
	fs.StringVar(&o.ContentDir, "content", "", "a content folder laid over the bundled content")
	fs.StringVar(&start, "start", "", "the first screen")
	fs.BoolVar(&setPIN, "set-pin", false, "set the staff PIN and exit")
	fs.BoolVar(&version, "version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		return usageError(env, err)
	}
	switch {
	case fs.NArg() > 0:
		return usageError(env, fmt.Errorf("unknown command %q", fs.Arg(0)))
	case setPIN:
		return Result{Code: runSetPIN([]string{"--config", o.ConfigPath}, env)}
	case version:
		return Result{Code: printVersion(env, o.ContentDir)}
	case kiosk && present:
		return usageError(env, fmt.Errorf("--kiosk and --present are two different modes: choose one"))
	}
	if lang != "" && !content.Lang(lang).Valid() {
		return usageError(env, fmt.Errorf("--lang %q: use kk, ko, ru or en", lang))
	}
	o.Lang = content.Lang(lang)
	if start != "" {
		r, err := nav.ParseRoute(start)
		if err != nil {
			return usageError(env, fmt.Errorf("--start: %w", err))
		}
		o.Start = r
	}
	switch {
	case kiosk:
		o.Mode = startup.Kiosk
	case present:
		o.Mode = startup.Present
	}
	return Result{Window: true, Options: o}
}

func usageError(env Env, err error) Result {
	if err == flag.ErrHelp {
		fmt.Fprint(env.Stdout, usage)
		return Result{Code: 0}
	}
	fmt.Fprintf(env.Stderr, "koryo: %v\n\n%s", err, usage)
	return Result{Code: 2}
}
