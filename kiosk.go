package main

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/stats"
	"github.com/koryo-exhibit/koryo/screens"
)

// staffChord opens the PIN pad from a keyboard: Ctrl+Alt+P.
var staffChord = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt}

// startKiosk locks the window down and runs the shell as a kiosk.
func startKiosk(a fyne.App, w fyne.Window, s *screens.Shell, cfg config.Config, cfgPath string, lang content.Lang, warning string) fyne.CanvasObject {
	var rec *stats.Recorder
	if cfg.Statistics {
		rec = stats.NewRecorder(statsPath(cfg, cfgPath), clock.Real{})
	}
	k := screens.NewKiosk(s, screens.KioskOptions{
		Config: cfg, Default: lang, Clock: clock.Real{}, Recorder: rec, Warning: warning,
		OnExit: func() {
			if rec != nil {
				_ = rec.End()
			}
			a.Quit()
		},
		OnSave: func(c config.Config) error { return config.Save(cfgPath, c) },
	})
	w.SetCloseIntercept(func() {}) // the close button and Alt+F4 do nothing
	w.Canvas().AddShortcut(staffChord, func(fyne.Shortcut) { k.OpenStaff() })
	go everySecond(nil, k.Tick)
	return k.Object()
}

// statsPath is the visit log: the configured file, else visits.jsonl beside
// the settings file.
func statsPath(cfg config.Config, cfgPath string) string {
	if cfg.StatsFile != "" {
		return cfg.StatsFile
	}
	return filepath.Join(filepath.Dir(cfgPath), "visits.jsonl")
}
