// Package stats owns the kiosk's anonymous visit log: one JSON line per
// visit (a session ends at the idle reset) with the screens viewed, the
// events and people opened and the languages chosen. No personal data.
// Each session is appended and synced when it ends, so a power cut loses at
// most the open one; a damaged line is skipped when reading; the file is
// rotated at a size limit. It draws nothing.
package stats

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
)

// Session is one visit.
type Session struct {
	Start     time.Time      `json:"start"`
	End       time.Time      `json:"end"`
	Languages []string       `json:"languages"`       // in the order chosen, starting with the default
	Screens   map[string]int `json:"screens"`         // screen name → times viewed
	Events    []string       `json:"events"`          // event ids opened, in order
	People    []string       `json:"people"`          // person ids opened, in order
	Kiosk     string         `json:"kiosk,omitempty"` // the kiosk's name (its settings' name), for a fleet
}

// Duration is how long the visit lasted.
func (s Session) Duration() time.Duration { return s.End.Sub(s.Start) }

// Recorder appends sessions to a JSON Lines file.
type Recorder struct {
	Path     string
	Kiosk    string // written into every visit; "" for none
	MaxBytes int64  // rotate to Path+".1" when the file passes this size
	clock    clock.Clock
	cur      *Session
}

// NewRecorder logs to path, rotating at 10 MiB.
func NewRecorder(path string, c clock.Clock) *Recorder {
	return &Recorder{Path: path, MaxBytes: 10 << 20, clock: c}
}

// Begin starts a visit in the default language.
func (r *Recorder) Begin(lang string) {
	r.cur = &Session{Start: r.clock.Now(), Languages: []string{lang}, Screens: map[string]int{}, Kiosk: r.Kiosk}
}

// Active reports whether a visit is open.
func (r *Recorder) Active() bool { return r.cur != nil }

// View records a screen shown; for an event or a person, its id too.
func (r *Recorder) View(screen, id string) {
	if r.cur == nil {
		return
	}
	r.cur.Screens[screen]++
	switch screen {
	case "event":
		r.cur.Events = append(r.cur.Events, id)
	case "person":
		r.cur.People = append(r.cur.People, id)
	}
}

// Language records a language the visitor chose.
func (r *Recorder) Language(lang string) {
	if r.cur != nil && r.cur.Languages[len(r.cur.Languages)-1] != lang {
		r.cur.Languages = append(r.cur.Languages, lang)
	}
}

// End closes the visit and appends it to the log, synced to disk.
func (r *Recorder) End() error {
	if r.cur == nil {
		return nil
	}
	s := r.cur
	r.cur = nil
	s.End = r.clock.Now()
	line, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := r.rotate(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(r.Path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(r.Path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(append(line, '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("stats %s: %w", r.Path, err)
	}
	return nil
}

func (r *Recorder) rotate() error {
	fi, err := os.Stat(r.Path)
	if err != nil || fi.Size() < r.MaxBytes {
		return nil
	}
	return os.Rename(r.Path, r.Path+".1")
}
