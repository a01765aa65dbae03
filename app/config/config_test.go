package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/pin"
)

func write(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name string
		text string
		want func(Config) bool
		errs []string
	}{
		{"good", "language = \"kk\"\nidle_timeout = \"2m\"\nattract = false\nhide_cursor = true\n",
			func(c Config) bool {
				return c.Language == content.KK && c.IdleTimeout.Duration == 2*time.Minute && !c.Attract && c.HideCursor && c.Statistics
			}, nil},
		{"bad values keep defaults", "language = \"de\"\nidle_timeout = \"1s\"\nattract_pace = \"8s\"\n",
			func(c Config) bool {
				return c.Language == "" && c.IdleTimeout.Duration == 90*time.Second && c.AttractPace.Duration == 8*time.Second
			}, []string{`:1: language: "de" is not kk, ko, ru or en`, ":2: idle_timeout: 1s is outside"}},
		{"unknown key", "\n\nidel_timeout = \"2m\"\n",
			func(c Config) bool { return c.IdleTimeout.Duration == 90*time.Second },
			[]string{":3: idel_timeout: unknown setting"}},
		{"syntax error", "language = \"kk\nattract = 1\n",
			func(c Config) bool { return c == Defaults() }, []string{":1: ", "using the default settings"}},
		{"bad duration and type, the rest kept", "idle_timeout = \"soon\"\nattract = 1\nhide_cursor = true\n",
			func(c Config) bool { d := Defaults(); d.HideCursor = true; return c == d },
			[]string{`:1: idle_timeout: "soon" is not a duration such as "90s" or "2m" (using the default)`, ":2: attract: 1 is not true or false"}},
		{"start screen", "start = \"era/deportation\"\n", func(c Config) bool { return c.Start == "era/deportation" }, nil},
		{"bad start screen", "start = \"lobby\"\n", func(c Config) bool { return c.Start == "" },
			[]string{`:1: start: "lobby" is not a screen: use home, timeline`, "(visits start on Home)"}},
		{"bad pin hash", "language = \"ru\"\npin_hash = \"1234\"\n",
			func(c Config) bool { return c.PINHash == "" && c.Language == content.RU },
			[]string{":2: pin_hash: not an Argon2id PIN hash (set a new one with `koryo set-pin`) (the staff menu stays locked until a PIN is set)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, tt.text)
			c, err := Load(p)
			if !tt.want(c) {
				t.Errorf("settings %+v", c)
			}
			for _, e := range tt.errs {
				if err == nil || !strings.Contains(err.Error(), e) || !strings.Contains(err.Error(), p) {
					t.Errorf("error %v, want it to name %s and contain %q", err, p, e)
				}
			}
			if len(tt.errs) == 0 && err != nil {
				t.Errorf("unexpected error %v", err)
			}
		})
	}
}

func TestLoad_Missing(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "none.toml"))
	if err != nil || c != Defaults() {
		t.Fatalf("missing file: %+v %v", c, err)
	}
}

func TestSave_RoundTrip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "sub", "config.toml")
	c := Defaults()
	h, err := pin.Hash("2468")
	if err != nil {
		t.Fatal(err)
	}
	c.Language, c.PINHash, c.IdleTimeout = content.KO, h, Duration{45 * time.Second}
	if err := Save(p, c); err != nil {
		t.Fatal(err)
	}
	got, err := Load(p)
	if err != nil || got != c {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v: the file holds the PIN hash", fi.Mode())
	}
}
