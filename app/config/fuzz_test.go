package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/internal/fuzzcheck"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/pin"
)

const fuzzPath = "/etc/koryo/config.toml"

// FuzzLoad feeds any bytes to the settings parser Load uses: the settings
// that come back are always usable; every problem is a line naming the
// file and, when known, a line of it; settings read without a problem
// are saved and read back the same.
func FuzzLoad(f *testing.F) {
	h := "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$" + strings.Repeat("A", 43)
	for _, s := range []string{
		"language = \"kk\"\nidle_timeout = \"2m\"\nattract = false\nhide_cursor = true\n",
		"language = \"de\"\nidle_timeout = \"1s\"\nattract_pace = \"8s\"\n",
		"\n\nidel_timeout = \"2m\"\n", "language = \"kk\nattract = 1\n",
		"start = \"era/deportation\"\nname = \"hall-1\"\nqr = true\ncontent = \"/mnt/exhibit\"\n",
		"pin_hash = \"" + h + "\"\nstatistics = false\nstats_file = \"C:\\\\v.jsonl\"\n",
		"\"language\" = \"ru\"\nattract_tour = true\n", "[language]\nen = 1\n", "idle_timeout.x = 1\n",
		"\ufeffattract_pace = \"4m59.5s\"\r\n", "start = \"person/\"\nname = \"" + strings.Repeat("я", 33) + "\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fuzzcheck.Limit(t, func() { checkDecode(t, src) })
	})
}

var lineRE = regexp.MustCompile(`^` + regexp.QuoteMeta(fuzzPath) + `(:([0-9]+))?: `)

func checkDecode(t *testing.T, src []byte) {
	c, err := decode(fuzzPath, src)
	if why := unusable(c); why != "" {
		t.Fatalf("%q gave unusable settings: %s", src, why)
	}
	if err != nil {
		lines := strings.Count(string(src), "\n") + 1
		for _, l := range strings.Split(err.Error(), "\n") {
			m := lineRE.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("%q: problem %q does not name the file", src, l)
			}
			if n, _ := strconv.Atoi(m[2]); m[1] != "" && (n < 1 || n > lines) {
				t.Fatalf("%q: problem %q names no line of the %d", src, l, lines)
			}
		}
		return
	}
	data, err := encode(c)
	if err != nil {
		t.Fatalf("%+v does not save: %v", c, err)
	}
	if again, err := decode(fuzzPath, data); err != nil || again != c {
		t.Fatalf("%+v saved as %q reads back as %+v, %v", c, data, again, err)
	}
}

// unusable says which setting the app could not use, or "".
func unusable(c Config) string {
	switch {
	case c.Language != "" && !c.Language.Valid():
		return "language"
	case c.IdleTimeout.Duration < 10*time.Second || c.IdleTimeout.Duration > 24*time.Hour:
		return "idle_timeout"
	case c.AttractPace.Duration < 2*time.Second || c.AttractPace.Duration > 5*time.Minute:
		return "attract_pace"
	case c.PINHash != "" && pin.Valid(c.PINHash) != nil:
		return "pin_hash"
	case len(c.Name) > 64:
		return "name"
	}
	if _, err := nav.ParseRoute(c.Start); c.Start != "" && err != nil {
		return fmt.Sprintf("start: %v", err)
	}
	return ""
}
