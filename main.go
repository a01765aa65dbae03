// Command koryo is the exhibit app: an interactive timeline and profiles of
// notable people on Korea–Kazakhstan relations and the Koryo-saram, in
// Kazakh, Korean, Russian and English.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/assets"
	"github.com/koryo-exhibit/koryo/locales"
	"github.com/koryo-exhibit/koryo/screens"
)

func main() {
	lang := flag.String("lang", "", "start language: kk, ko, ru or en (default: the OS locale, else en)")
	full := flag.Bool("fullscreen", false, "start full screen")
	flag.Parse()

	a := fyneapp.NewWithID("org.koryosaram.exhibit")
	a.Settings().SetTheme(screens.NewTheme())
	w := a.NewWindow("Koryo-saram")
	w.Resize(fyne.NewSize(1280, 800))
	w.SetFullScreen(*full)
	w.SetContent(start(w, locale.Default(*lang, locale.OSLocales())))
	w.ShowAndRun()
}

// start loads the content and catalogues and returns the visitor view, or a
// screen that lists what is wrong: never a blank window.
func start(w fyne.Window, lang content.Lang) fyne.CanvasObject {
	c, err := content.Load(assets.Content())
	if err != nil {
		log.Print(err)
		return screens.ErrorScreen(err)
	}
	loc, err := locale.New(locales.FS, lang)
	if err != nil {
		log.Print(err)
		return screens.ErrorScreen(err)
	}
	loc.Missing = func(err error) { fmt.Fprintln(os.Stderr, "missing translation:", err) }
	s := screens.NewShell(c, loc)
	s.Attach(w)
	return s.Object()
}
