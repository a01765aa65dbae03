// Package config owns the kiosk and staff settings: the defaults, the TOML
// file that overrides them and its validation. A bad file never stops the
// app: every problem is reported with the file, line and key, and the
// setting concerned keeps its default. It draws nothing.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/tomlfile"
)

// Config holds every setting a member of staff can change without
// recompiling.
type Config struct {
	Language    content.Lang `toml:"language"`     // default language; "" for the OS locale
	IdleTimeout Duration     `toml:"idle_timeout"` // back to the attract loop after this long without a touch
	Attract     bool         `toml:"attract"`      // show the attract loop when idle
	AttractPace Duration     `toml:"attract_pace"` // how long each highlight shows
	AttractTour bool         `toml:"attract_tour"` // attract with the presentation's auto-tour instead of highlights
	HideCursor  bool         `toml:"hide_cursor"`  // hide the mouse pointer on a touch screen
	Statistics  bool         `toml:"statistics"`   // keep the anonymous visit log
	StatsFile   string       `toml:"stats_file"`   // where; "" for visits.jsonl beside the settings file
	PINHash     string       `toml:"pin_hash"`     // the staff PIN, as written by `koryo set-pin`
	Start       string       `toml:"start"`        // the screen every visit starts on: timeline, era/ID … ("" for Home)
	Name        string       `toml:"name"`         // this kiosk's name in a fleet's visit logs ("" for none)
	QR          bool         `toml:"qr"`           // show a QR code of an event's or person's main source
	Content     string       `toml:"content"`      // a content folder (a share) laid over the bundled content ("" for none)
}

// Duration is a time.Duration written as "90s" or "2m" in the file.
type Duration struct{ time.Duration }

// MarshalText writes the duration back as "1m30s".
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Defaults are the settings without a file.
func Defaults() Config {
	return Config{
		IdleTimeout: Duration{90 * time.Second},
		Attract:     true,
		AttractPace: Duration{8 * time.Second},
		Statistics:  true,
	}
}

// DefaultPath is config.toml in the user's configuration folder.
func DefaultPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "."
	}
	return filepath.Join(dir, "koryo-exhibit", "config.toml")
}

// Load reads the file at path over the defaults. A missing file is not an
// error. Every problem found is returned together, one line each; the
// settings returned are always usable.
func Load(path string) (Config, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Defaults(), nil
	}
	if err != nil {
		return Defaults(), fmt.Errorf("config %s: %w", path, err)
	}
	return decode(path, src)
}

// decode reads the settings in src, the file at path, over the defaults,
// as Load does: each problem is a line "path:line: key: message" (without
// the line when it is not known).
func decode(path string, src []byte) (Config, error) {
	c := Defaults()
	var raw map[string]any
	if _, err := tomlfile.Decode(src, &raw); err != nil {
		var te *tomlfile.Error
		errors.As(err, &te)
		return c, fmt.Errorf("%s: %s (using the default settings)", at(path, te.Line), te.Msg)
	}
	probs := apply(&c, raw, func(key, msg string) string {
		return fmt.Sprintf("%s: %s: %s", at(path, tomlfile.Line(src, key)), key, msg)
	})
	if len(probs) > 0 {
		return c, errors.New(strings.Join(probs, "\n"))
	}
	return c, nil
}

// at is "path:line", or path when the line is not known (0).
func at(path string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", path, line)
	}
	return path
}

// apply takes each valid setting of raw into c and returns a line, made by
// at, for every problem: settings in the table's order, then unknown keys.
func apply(c *Config, raw map[string]any, at func(key, msg string) string) []string {
	var probs []string
	for _, s := range settings {
		v, ok := raw[s.key.String()]
		if !ok {
			continue
		}
		if err := s.take(c, v); err != nil {
			fallback := s.fallback
			if fallback == "" {
				fallback = "using the default"
			}
			probs = append(probs, at(s.key.String(), fmt.Sprintf("%v (%s)", err, fallback)))
		}
	}
	var unknown []string
	for k := range raw {
		if _, ok := byKey[Key(k)]; !ok {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		probs = append(probs, at(k, "unknown setting"))
	}
	return probs
}

// Save writes the settings to path, creating its folder, readable only by
// its owner (it holds the PIN hash). It writes a new file, syncs it and
// renames it over the old one, so neither a reader nor a power cut ever
// finds half a file.
func Save(path string, c Config) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	data, err := encode(c)
	if err != nil {
		return err
	}
	return writeAtomic(path, data)
}

// encode writes the settings file Save writes.
func encode(c Config) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# Koryo-saram exhibit settings. See docs/kiosk.md.\n")
	data, err := tomlfile.Marshal(c)
	b.Write(data)
	return b.Bytes(), err
}
