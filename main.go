// Command koryo is the exhibit app: an interactive timeline and profiles of
// notable people on Korea–Kazakhstan relations and the Koryo-saram, in
// Kazakh, Korean, Russian and English. `koryo help` lists its commands.
//
// This file is wiring only: the command line is read by package cli (which
// draws nothing), the windows are set up by screens.Start.
package main

import (
	_ "embed"
	"os"
	"time"

	fyneapp "fyne.io/fyne/v2/app"

	// First of all: mends LANG=C.UTF-8 before Fyne's lang package reads it.
	_ "github.com/koryo-exhibit/koryo/app/localeenv"
	"github.com/koryo-exhibit/koryo/app/startup"
	"github.com/koryo-exhibit/koryo/cli"
	"github.com/koryo-exhibit/koryo/screens"
)

// fyneApp is the packaging metadata, the one place the version is kept.
//
//go:embed FyneApp.toml
var fyneApp []byte

func main() {
	r := cli.Main(os.Args[1:], cli.System(startup.Version(fyneApp), screens.Faces()))
	if !r.Window {
		os.Exit(r.Code)
	}
	defer startup.LogPanic()
	content := startup.Preload(r.Options, time.Now()) // while Fyne starts
	a := fyneapp.NewWithID(startup.AppID)
	screens.Start(a, r.Options, content)
	a.Run()
}
