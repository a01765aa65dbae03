package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/koryo-exhibit/koryo/app/check"
)

// System is the Env of the real process: standard streams, today's date,
// and, when Stdin is a terminal, secrets read without echo.
func System(version string, faces check.Faces) Env {
	env := Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Version: version, Today: time.Now(), Faces: faces}
	if dir, err := os.UserCacheDir(); err == nil {
		env.CacheDir = filepath.Join(dir, "koryo-exhibit")
	}
	if fd := int(os.Stdin.Fd()); term.IsTerminal(fd) {
		env.ReadSecret = func(prompt string) (string, error) {
			fmt.Fprint(os.Stderr, prompt)
			b, err := term.ReadPassword(fd)
			fmt.Fprintln(os.Stderr)
			return strings.TrimSpace(string(b)), err
		}
	}
	return env
}
