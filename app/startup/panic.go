package startup

import (
	"log"
	"os"
	"runtime/debug"
)

// LogPanic writes a panic and its stack to the log (journald under
// systemd) before the process exits with status 2, so a kiosk that
// restarts leaves a trace. Defer it at the top of main and of every
// goroutine.
func LogPanic() {
	if r := recover(); r != nil {
		log.Printf("panic: %v\n%s", r, debug.Stack())
		os.Exit(2)
	}
}
