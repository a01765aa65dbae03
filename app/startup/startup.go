// Package startup owns what the app starts with: the options of the
// command line as typed values, the content to show (a curator's folder
// over the bundled content, falling back to the bundled content with a
// warning for staff), the paths of its files and its version. Both the
// command layer (cli) and the windows (screens.Start) read it. It draws
// nothing and imports no Fyne.
package startup

import (
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// AppID is the application's reverse-DNS identifier, as in FyneApp.toml.
const AppID = "org.koryosaram.exhibit"

// Mode is how the app runs.
type Mode int

// The modes of the windowed app.
const (
	Desktop Mode = iota // a normal, resizable window
	Kiosk               // full screen, attract loop, idle reset, staff exit by PIN
	Present             // a seminar presentation with a presenter window
)

// String names the mode as the command line does.
func (m Mode) String() string {
	switch m {
	case Kiosk:
		return "kiosk"
	case Present:
		return "present"
	}
	return "desktop"
}

// Options are what the command line asked of the windowed app.
type Options struct {
	Mode       Mode
	Lang       content.Lang // "" when not given
	ConfigPath string
	ContentDir string // "" for the bundled content
	Fullscreen bool
	Tour       time.Duration // with Present: the auto-tour's pace; 0 for none
	Start      *nav.Route    // the first screen; nil when --start was not given
	Version    string
	// CacheDir keeps a snapshot of the content folder for faster starts
	// ("" for none, as in tests).
	CacheDir string
}
