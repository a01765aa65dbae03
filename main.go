// Command koryo is the exhibit app: an interactive timeline and profiles of
// notable people on Korea–Kazakhstan relations and the Koryo-saram, in
// Kazakh, Korean, Russian and English.
//
//	koryo [--lang kk|ko|ru|en] [--fullscreen] [--kiosk] [--config FILE]
//	koryo --set-pin [--config FILE]
//	koryo stats [--config FILE] [--csv FILE]
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/debug"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/assets"
	"github.com/koryo-exhibit/koryo/locales"
	"github.com/koryo-exhibit/koryo/screens"
)

type options struct {
	lang, configPath  string
	fullscreen, kiosk bool
	setPIN            bool
}

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "stats":
			os.Exit(runStats(os.Args[2:]))
		case "validate":
			os.Exit(runValidate(os.Args[2:], os.Stdout))
		}
	}
	var o options
	flag.StringVar(&o.lang, "lang", "", "start language: kk, ko, ru or en (default: the settings file, else the OS locale, else en)")
	flag.BoolVar(&o.fullscreen, "fullscreen", false, "start full screen")
	flag.BoolVar(&o.kiosk, "kiosk", false, "gallery kiosk: full screen, attract loop, idle reset, staff exit by PIN")
	flag.StringVar(&o.configPath, "config", config.DefaultPath(), "settings file (TOML)")
	flag.BoolVar(&o.setPIN, "set-pin", false, "set the staff PIN (asked on the terminal) and exit")
	flag.Parse()

	cfg, err := config.Load(o.configPath)
	if err != nil {
		log.Print(err) // the settings returned are still usable
	}
	if o.setPIN {
		os.Exit(runSetPIN(o.configPath, cfg))
	}
	defer logPanic()
	run(o, cfg)
}

func run(o options, cfg config.Config) {
	a := fyneapp.NewWithID("org.koryosaram.exhibit")
	a.Settings().SetTheme(screens.NewTheme())
	w := a.NewWindow("Koryo-saram")
	w.Resize(fyne.NewSize(1280, 800))
	w.SetFullScreen(o.fullscreen || o.kiosk)
	lang := locale.Default(firstOf(o.lang, cfg.Language), locale.OSLocales())
	shell, err := newShell(lang)
	if err != nil {
		log.Print(err)
		w.SetContent(screens.ErrorScreen(err))
		w.ShowAndRun()
		return
	}
	shell.Attach(w)
	if o.kiosk {
		w.SetContent(startKiosk(a, w, shell, cfg, o.configPath, lang))
	} else {
		w.SetContent(shell.Object())
	}
	w.ShowAndRun()
}

// newShell loads the content and catalogues into the visitor view.
func newShell(lang content.Lang) (*screens.Shell, error) {
	c, err := content.Load(assets.Content())
	if err != nil {
		return nil, err
	}
	loc, err := locale.New(locales.FS, lang)
	if err != nil {
		return nil, err
	}
	loc.Missing = func(err error) { fmt.Fprintln(os.Stderr, "missing translation:", err) }
	return screens.NewShell(c, loc), nil
}

// logPanic writes a panic and its stack to the log (journald under systemd)
// before the process dies, so a kiosk that restarts leaves a trace.
func logPanic() {
	if r := recover(); r != nil {
		log.Printf("panic: %v\n%s", r, debug.Stack())
		os.Exit(2)
	}
}

func firstOf(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}
