// Command koryo is the exhibit app: an interactive timeline and profiles of
// notable people on Korea–Kazakhstan relations and the Koryo-saram, in
// Kazakh, Korean, Russian and English.
//
//	koryo [--lang kk|ko|ru|en] [--fullscreen] [--kiosk] [--config FILE]
//	koryo --set-pin [--config FILE]
//	koryo stats [--config FILE] [--csv FILE]
//	koryo validate [DIR]
//	koryo import-timelinejs FILE.json --lang CODE --out DIR
//	koryo --present [--tour 20s]   koryo --content DIR
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"time"

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
	lang, configPath, contentDir     string
	fullscreen, kiosk, setPIN, slide bool
	tour                             time.Duration
}

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "stats":
			os.Exit(runStats(os.Args[2:]))
		case "validate":
			os.Exit(runValidate(os.Args[2:], os.Stdout))
		case "import-timelinejs":
			os.Exit(runImport(os.Args[2:]))
		}
	}
	var o options
	flag.StringVar(&o.lang, "lang", "", "start language: kk, ko, ru or en (default: the settings file, else the OS locale, else en)")
	flag.BoolVar(&o.fullscreen, "fullscreen", false, "start full screen")
	flag.BoolVar(&o.kiosk, "kiosk", false, "gallery kiosk: full screen, attract loop, idle reset, staff exit by PIN")
	flag.StringVar(&o.configPath, "config", config.DefaultPath(), "settings file (TOML)")
	flag.BoolVar(&o.setPIN, "set-pin", false, "set the staff PIN (asked on the terminal) and exit")
	flag.BoolVar(&o.slide, "present", false, "seminar presentation: audience window full screen and a presenter window")
	flag.DurationVar(&o.tour, "tour", 0, "with --present: play the slides by themselves at this pace, e.g. 20s")
	flag.StringVar(&o.contentDir, "content", "", "a content folder laid over the bundled content (see docs/content.md)")
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
	lang := locale.Default(firstOf(o.lang, string(cfg.Language)), locale.OSLocales())
	c, warning := loadStartContent(o.contentDir)
	shell, err := newShell(c, lang)
	if err != nil {
		log.Print(err)
		w.SetContent(screens.ErrorScreen(err))
		w.ShowAndRun()
		return
	}
	shell.Attach(w)
	if o.kiosk {
		w.SetContent(startKiosk(a, w, shell, cfg, o.configPath, lang, warning))
	} else {
		shell.SetNotice(warning)
		w.SetContent(shell.Object())
		shell.OnPresent = func() { startPresentation(a, w, shell, o.tour) }
		if o.slide {
			startPresentation(a, w, shell, o.tour)
		}
		if o.contentDir != "" {
			go livePreview(o.contentDir, shell)
		}
	}
	w.ShowAndRun()
}

// newShell puts the content and the catalogues into the visitor view.
func newShell(c *content.Content, lang content.Lang) (*screens.Shell, error) {
	if c == nil {
		return nil, fmt.Errorf("the bundled content does not load: run `koryo validate`")
	}
	loc, err := locale.New(locales.FS, lang)
	if err != nil {
		return nil, err
	}
	loc.Missing = func(err error) { fmt.Fprintln(os.Stderr, "missing translation:", err) }
	return screens.NewShell(c, loc), nil
}

// loadStartContent loads the bundled content, or dir over it. When dir
// does not load, the app runs on the bundled content and the staff get a
// warning; every problem is logged. It returns nil content only when the
// bundled content itself is broken.
func loadStartContent(dir string) (*content.Content, string) {
	bundled, err := content.Load(assets.Content())
	if err != nil {
		log.Print(err)
		return nil, ""
	}
	if dir == "" {
		return bundled, ""
	}
	c, errs := loadFolder(dir)
	if len(errs) == 0 {
		return c, ""
	}
	for _, p := range errs {
		log.Print(p.Error())
	}
	return bundled, fmt.Sprintf("Content folder %s has %d error(s), so the bundled content is shown. First: %s (run `koryo validate %s` for all).",
		dir, len(errs), errs[0].Error(), dir)
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
