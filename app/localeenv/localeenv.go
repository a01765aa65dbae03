// Package localeenv mends the process's locale environment before any
// library reads it. Imported first by main, it runs before Fyne's lang
// package, whose init parses the locale and logs "Fyne error: Error parsing
// user locale C" for Debian's default LANG=C.UTF-8 (the go-locale library
// it uses accepts "C" but not "C.UTF-8"). It imports only the standard
// library, so the Go runtime initialises it ahead of Fyne. It draws nothing.
package localeenv

import (
	"os"
	"strings"
)

func init() { Mend(os.Getenv, os.Setenv, os.Unsetenv, os.Environ) }

// Mend rewrites a C.* locale so that the effective locale of every category
// stays the same while the one go-locale reads says plain "C": messages in
// C.UTF-8 and C are the same. The functions are the environment's, so tests
// can pass their own.
func Mend(get func(string) string, set func(string, string) error, unset func(string) error, environ func() []string) {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := get(k)
		if v == "" {
			continue
		}
		if !strings.HasPrefix(v, "C.") && !strings.HasPrefix(v, "POSIX.") {
			return
		}
		if k == "LC_ALL" {
			// LC_ALL overrides every LC_* variable: move it to LANG and drop
			// the others, which it was hiding, so nothing else changes.
			for _, kv := range environ() {
				if name, _, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "LC_") {
					_ = unset(name)
				}
			}
			_ = set("LANG", v)
		}
		_ = set("LC_MESSAGES", "C")
		return
	}
}
