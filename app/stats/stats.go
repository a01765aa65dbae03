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

// Recorder appends sessions to a JSON Lines file. A visit that cannot be
// written (a full disk, a read-only folder) is kept in memory, up to
// MaxBacklog, and written with the next one that can be; Health says why
// records are not being kept meanwhile.
type Recorder struct {
	Path       string
	Kiosk      string // written into every visit; "" for none
	MaxBytes   int64  // rotate to Path+".1" when the file passes this size
	MaxBacklog int    // visits kept in memory while the log cannot be written
	clock      clock.Clock
	cur        *Session
	last       time.Time // the open visit's last touch
	backlog    [][]byte  // visits not yet written, oldest first
	dropped    int       // visits lost because the backlog was full
	health     error
}

// NewRecorder logs to path, rotating at 10 MiB.
func NewRecorder(path string, c clock.Clock) *Recorder {
	return &Recorder{Path: path, MaxBytes: 10 << 20, MaxBacklog: 1000, clock: c}
}

// Begin starts a visit in the default language.
func (r *Recorder) Begin(lang string) {
	now := r.clock.Now()
	r.cur = &Session{Start: now, Languages: []string{lang}, Screens: map[string]int{}, Kiosk: r.Kiosk}
	r.last = now
}

// Touch marks a visitor action: the open visit lasts at least until now.
func (r *Recorder) Touch() {
	if r.cur != nil {
		r.last = r.clock.Now()
	}
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

// End closes the visit, which lasted from its first to its last touch (the
// idle timeout after it is not the visitor's), and appends it, with any
// visits that could not be written before, to the log, synced to disk.
func (r *Recorder) End() error {
	if r.cur == nil {
		return nil
	}
	s := r.cur
	r.cur = nil
	s.End = r.last
	line, err := json.Marshal(s)
	if err != nil {
		return err
	}
	r.queue(line)
	err = r.flush()
	r.health = err
	return err
}

// Health is nil while visits are being recorded, else why they are not
// (the last write's error, and how many visits wait or were lost).
func (r *Recorder) Health() error {
	if r.health == nil {
		return nil
	}
	return fmt.Errorf("%w (%d visit(s) waiting in memory, %d lost)", r.health, len(r.backlog), r.dropped)
}

// queue adds a visit's line to the backlog, dropping the oldest when full.
func (r *Recorder) queue(line []byte) {
	if limit := max(r.MaxBacklog, 1); len(r.backlog) >= limit {
		n := len(r.backlog) - limit + 1
		r.dropped += n
		r.backlog = r.backlog[n:]
	}
	r.backlog = append(r.backlog, append(line, '\n'))
}

// flush writes the backlog in one append; on failure the log is cut back
// to where it was, so no partial line is left, and the backlog kept.
func (r *Recorder) flush() error {
	if err := r.rotate(); err != nil {
		return fmt.Errorf("stats %s: %w", r.Path, err)
	}
	if err := appendLines(r.Path, r.backlog); err != nil {
		return fmt.Errorf("stats %s: %w", r.Path, err)
	}
	r.backlog = nil
	return nil
}

func (r *Recorder) rotate() error {
	fi, err := os.Stat(r.Path)
	if err != nil || fi.Size() < r.MaxBytes {
		return nil
	}
	return os.Rename(r.Path, r.Path+".1")
}
