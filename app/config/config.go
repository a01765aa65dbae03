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
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/koryo-exhibit/koryo/app/content"
)

// Config holds every setting a member of staff can change without
// recompiling.
type Config struct {
	Language    string   `toml:"language"`     // default language: kk, ko, ru or en; "" for the OS locale
	IdleTimeout Duration `toml:"idle_timeout"` // back to the attract loop after this long without a touch
	Attract     bool     `toml:"attract"`      // show the attract loop when idle
	AttractPace Duration `toml:"attract_pace"` // how long each highlight shows
	AttractTour bool     `toml:"attract_tour"` // attract with the presentation's auto-tour instead of highlights
	HideCursor  bool     `toml:"hide_cursor"`  // hide the mouse pointer on a touch screen
	Statistics  bool     `toml:"statistics"`   // keep the anonymous visit log
	StatsFile   string   `toml:"stats_file"`   // where; "" for the user data folder
	PINHash     string   `toml:"pin_hash"`     // the staff PIN, as written by --set-pin
}

// Duration is a time.Duration written as "90s" or "2m" in the file.
type Duration struct{ time.Duration }

// UnmarshalText reads "90s", "2m".
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	d.Duration = v
	return err
}

// MarshalText writes the duration back as "1m30s".
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Defaults are the settings without a file.
func Defaults() Config {
	return Config{
		IdleTimeout: Duration{90 * time.Second},
		Attract:     true,
		AttractPace: Duration{8 * time.Second},
		HideCursor:  false,
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
// error. Every problem found is returned together; the settings returned
// are always usable.
func Load(path string) (Config, error) {
	c := Defaults()
	src, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	var read Config
	md, err := toml.Decode(string(src), &read)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return c, fmt.Errorf("%s:%d: %s (using the default settings)", path, pe.Position.Line, pe.Message)
		}
		return c, fmt.Errorf("%s: %v (using the default settings)", path, err)
	}
	var probs []string
	bad := func(key, msg string) {
		probs = append(probs, fmt.Sprintf("%s:%d: %s: %s (using the default)", path, lineOf(src, key), key, msg))
	}
	for _, k := range md.Undecoded() {
		bad(k.String(), "unknown setting")
	}
	apply(&c, read, md, bad)
	if len(probs) > 0 {
		return c, errors.New(strings.Join(probs, "\n"))
	}
	return c, nil
}

// apply copies the valid settings that the file defines.
func apply(c *Config, r Config, md toml.MetaData, bad func(key, msg string)) {
	set := md.IsDefined
	if set("language") {
		if l := content.Lang(r.Language); l.Valid() || r.Language == "" {
			c.Language = r.Language
		} else {
			bad("language", fmt.Sprintf("%q is not kk, ko, ru or en", r.Language))
		}
	}
	if set("idle_timeout") {
		if d := r.IdleTimeout.Duration; d >= 10*time.Second && d <= 24*time.Hour {
			c.IdleTimeout = r.IdleTimeout
		} else {
			bad("idle_timeout", fmt.Sprintf("%v is outside 10s…24h", d))
		}
	}
	if set("attract_pace") {
		if d := r.AttractPace.Duration; d >= 2*time.Second && d <= 5*time.Minute {
			c.AttractPace = r.AttractPace
		} else {
			bad("attract_pace", fmt.Sprintf("%v is outside 2s…5m", d))
		}
	}
	for key, dst := range map[string]*bool{"attract": &c.Attract, "attract_tour": &c.AttractTour,
		"hide_cursor": &c.HideCursor, "statistics": &c.Statistics} {
		if set(key) {
			*dst = map[string]bool{"attract": r.Attract, "attract_tour": r.AttractTour,
				"hide_cursor": r.HideCursor, "statistics": r.Statistics}[key]
		}
	}
	if set("stats_file") {
		c.StatsFile = r.StatsFile
	}
	if set("pin_hash") {
		c.PINHash = r.PINHash
	}
}

// Save writes the settings to path, creating its folder, readable only by
// its owner (it holds the PIN hash).
func Save(path string, c Config) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString("# Koryo-saram exhibit settings. See docs/kiosk.md.\n")
	if err := toml.NewEncoder(&b).Encode(c); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// lineOf finds the line on which key is set; 0 when it is not there.
func lineOf(src []byte, key string) int {
	for i, l := range bytes.Split(src, []byte("\n")) {
		rest, ok := strings.CutPrefix(strings.TrimSpace(string(l)), key)
		if ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
			return i + 1
		}
	}
	return 0
}
