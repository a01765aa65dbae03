// Package sdnotify owns the app's side of systemd's service notification
// protocol (sd_notify(3)): telling the service manager that the app is ready
// (READY=1), that it is still alive (WATCHDOG=1) and how often it has to say
// so (half of $WATCHDOG_USEC). Messages are datagrams to the unix socket named
// by $NOTIFY_SOCKET, a path or, starting with "@", an abstract socket. When
// the variable is unset (not started by systemd, a unit without Type=notify
// or NotifyAccess=, Windows) every call does nothing and returns nil.
//
// It is the standard library only: no cgo, no libsystemd, no Fyne. Deciding
// when the app is alive (a ticker that pings through the UI thread) is the
// caller's business.
package sdnotify

import (
	"errors"
	"net"
	"os"
	"strconv"
	"time"
)

// Notify sends state, one or more newline-separated VAR=value assignments
// such as "READY=1" or "STATUS=attract loop", to the service manager. It
// returns nil without doing anything when $NOTIFY_SOCKET is unset.
func Notify(state string) error {
	name := os.Getenv("NOTIFY_SOCKET")
	if name == "" {
		return nil
	}
	if name[0] != '/' && name[0] != '@' {
		return errors.New("sdnotify: NOTIFY_SOCKET is neither a path nor an abstract socket: " + name)
	}
	// The net package maps a leading "@" to Linux's abstract namespace.
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.Write([]byte(state))
	return err
}

// Ready tells the service manager that start-up is finished: with Type=notify,
// systemd considers the unit started only from then on.
func Ready() error { return Notify("READY=1") }

// Watchdog tells the service manager that the app is alive. With WatchdogSec=
// in the unit, systemd restarts the app when no such ping arrives in time.
func Watchdog() error { return Notify("WATCHDOG=1") }

// Interval is how often to call Watchdog: half of the watchdog timeout that
// systemd passes in $WATCHDOG_USEC, as sd_watchdog_enabled(3) advises. It is
// 0 (no watchdog) when the variable is unset or not a positive number, or when
// $WATCHDOG_PID names another process (the variable was inherited).
func Interval() time.Duration {
	usec, err := strconv.ParseUint(os.Getenv("WATCHDOG_USEC"), 10, 63)
	if err != nil || usec == 0 {
		return 0
	}
	if pid := os.Getenv("WATCHDOG_PID"); pid != "" && pid != strconv.Itoa(os.Getpid()) {
		return 0
	}
	return time.Duration(usec) * time.Microsecond / 2
}
