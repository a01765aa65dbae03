package config

import (
	"fmt"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/pin"
)

// Key names a setting as the file writes it.
type Key string

// String returns the key as written in the file.
func (k Key) String() string { return string(k) }

// The settings' keys.
const (
	KeyLanguage    Key = "language"
	KeyIdleTimeout Key = "idle_timeout"
	KeyAttract     Key = "attract"
	KeyAttractPace Key = "attract_pace"
	KeyAttractTour Key = "attract_tour"
	KeyHideCursor  Key = "hide_cursor"
	KeyStatistics  Key = "statistics"
	KeyStatsFile   Key = "stats_file"
	KeyPINHash     Key = "pin_hash"
	KeyStart       Key = "start"
	KeyName        Key = "name"
	KeyQR          Key = "qr"
	KeyContent     Key = "content"
)

// setting is one key of the file and how its value is taken into a Config:
// take checks the value and stores it, or says why not.
type setting struct {
	key      Key
	take     func(c *Config, v any) error
	fallback string // what happens instead, when not "using the default"
}

var settings = []setting{
	{KeyLanguage, func(c *Config, v any) error {
		s, err := asString(v)
		if l := content.Lang(s); err == nil && (l.Valid() || s == "") {
			c.Language = l
			return nil
		}
		return fmt.Errorf("%v is not kk, ko, ru or en", quote(v))
	}, ""},
	{KeyIdleTimeout, duration(func(c *Config) *Duration { return &c.IdleTimeout }, 10*time.Second, 24*time.Hour), ""},
	{KeyAttract, flag(func(c *Config) *bool { return &c.Attract }), ""},
	{KeyAttractPace, duration(func(c *Config) *Duration { return &c.AttractPace }, 2*time.Second, 5*time.Minute), ""},
	{KeyAttractTour, flag(func(c *Config) *bool { return &c.AttractTour }), ""},
	{KeyHideCursor, flag(func(c *Config) *bool { return &c.HideCursor }), ""},
	{KeyStatistics, flag(func(c *Config) *bool { return &c.Statistics }), ""},
	{KeyStatsFile, func(c *Config, v any) (err error) {
		c.StatsFile, err = asString(v)
		return err
	}, ""},
	{KeyPINHash, func(c *Config, v any) error {
		s, err := asString(v)
		if err == nil && s != "" {
			err = pin.Valid(s)
		}
		if err == nil {
			c.PINHash = s
		}
		return err
	}, "the staff menu stays locked until a PIN is set"},
	{KeyStart, func(c *Config, v any) error {
		s, err := asString(v)
		if err == nil && s != "" {
			_, err = nav.ParseRoute(s)
		}
		if err == nil {
			c.Start = s
		}
		return err
	}, "visits start on Home"},
	{KeyName, func(c *Config, v any) (err error) {
		c.Name, err = asString(v)
		if err == nil && len(c.Name) > 64 {
			c.Name, err = "", fmt.Errorf("%d characters: keep a kiosk's name under 64", len(c.Name))
		}
		return err
	}, ""},
	{KeyQR, flag(func(c *Config) *bool { return &c.QR }), ""},
	{KeyContent, func(c *Config, v any) (err error) {
		c.Content, err = asString(v)
		return err
	}, ""},
}

var byKey = func() map[Key]setting {
	m := map[Key]setting{}
	for _, s := range settings {
		m[s.key] = s
	}
	return m
}()

func flag(field func(*Config) *bool) func(*Config, any) error {
	return func(c *Config, v any) error {
		b, ok := v.(bool)
		if !ok {
			return fmt.Errorf("%v is not true or false", quote(v))
		}
		*field(c) = b
		return nil
	}
}

func duration(field func(*Config) *Duration, lo, hi time.Duration) func(*Config, any) error {
	return func(c *Config, v any) error {
		s, err := asString(v)
		d, perr := time.ParseDuration(s)
		if err != nil || perr != nil {
			return fmt.Errorf("%v is not a duration such as \"90s\" or \"2m\"", quote(v))
		}
		if d < lo || d > hi {
			return fmt.Errorf("%v is outside %v…%v", d, short(lo), short(hi))
		}
		*field(c) = Duration{d}
		return nil
	}
}

func asString(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("%v is not a text in quotes", quote(v))
	}
	return s, nil
}

func quote(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

// short writes 10s, 2m, 24h rather than 2m0s.
func short(d time.Duration) string {
	switch {
	case d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	}
	return d.String()
}
