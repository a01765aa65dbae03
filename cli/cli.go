// Package cli owns the koryo command line: the subcommands that draw
// nothing (validate, import-timelinejs, stats, set-pin, paths, version) and
// the flags of the windowed app, which it turns into startup.Options for
// screens.Start. It imports no Fyne, so its tests run without cgo; every
// command reads and writes through an Env, which tests fill with buffers.
package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/koryo-exhibit/koryo/app/check"
	"github.com/koryo-exhibit/koryo/app/startup"
)

// Env is what a command reads and writes.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Version        string
	Today          time.Time // validate's "in the future" rule
	// ReadSecret asks for a secret without echoing it when Stdin is a
	// terminal; nil reads a line from Stdin.
	ReadSecret func(prompt string) (string, error)
	// Faces are the fonts the app draws text with, which validate checks
	// every character against; none means the exhibit's own two.
	Faces check.Faces
	// CacheDir is where the window keeps a snapshot of its content folder
	// for faster starts; "" for none.
	CacheDir string
}

// Result is what the command line asks for: a window with Options, or an
// exit with Code.
type Result struct {
	Window  bool
	Options startup.Options
	Code    int
}

// commands are the subcommands, by name.
var commands = map[string]func(args []string, env Env) int{
	"validate":          runValidate,
	"import-timelinejs": runImport,
	"stats":             runStats,
	"set-pin":           runSetPIN,
	"paths":             runPaths,
	"version":           runVersion,
	"help":              runHelp,
}

// Main reads the arguments (without the program's name).
func Main(args []string, env Env) Result {
	if len(args) > 0 {
		if cmd, ok := commands[args[0]]; ok {
			return Result{Code: cmd(args[1:], env)}
		}
	}
	return windowFlags(args, env)
}

const usage = `koryo: the Koryo-saram exhibit (Korea and Kazakhstan), in kk, ko, ru and en.

  koryo [--lang kk|ko|ru|en] [--fullscreen] [--start SCREEN] [--content DIR] [--config FILE]
  koryo --kiosk [--config FILE]           gallery kiosk (docs/kiosk.md)
  koryo --present [--tour 20s]            seminar presentation (docs/presenting.md)
  koryo validate [DIR]                    check the content (docs/content.md)
  koryo import-timelinejs FILE.json --lang CODE --out DIR
  koryo stats [--config FILE] [--csv FILE] [--days N] [--report FILE.html] [--png FILE.png] [LOG-or-FOLDER ...]
  koryo set-pin [--config FILE]           set the staff PIN
  koryo paths [--config FILE]             where the settings and the visit log are
  koryo version [--content DIR] [--config FILE]

SCREEN is home, timeline, people, map, about, era/ID, event/ID or person/ID.
`

func runHelp(_ []string, env Env) int {
	fmt.Fprint(env.Stdout, usage)
	return 0
}
