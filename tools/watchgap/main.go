// Command watchgap stands in for systemd's side of the watchdog protocol
// (sd_notify(3)) to measure stalls of the app's UI loop: it listens on a
// unix datagram socket, which the app finds through $NOTIFY_SOCKET, and
// records the gaps between the WATCHDOG=1 pings that the app sends through
// its UI loop (screens.notifySystemd) every $WATCHDOG_USEC/2. A gap longer
// than the ping interval plus the stall limit means that the UI loop did
// nothing else for longer than the limit. Gaps over -report are printed as
// they come; on SIGTERM or SIGINT it prints a summary and exits:
//
//	go run ./tools/watchgap -socket /tmp/x/notify.sock [-report 250ms]
//	pings=11842 ready=1 longest_ms=87.3 longest_at_s=312.4 over=0 report_ms=250
//
// scripts/longrun.sh runs it beside the app.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	sock := flag.String("socket", "", "the unix datagram socket to listen on (NOTIFY_SOCKET)")
	report := flag.Duration("report", 250*time.Millisecond, "print every gap between pings longer than this")
	flag.Parse()
	if *sock == "" {
		fmt.Fprintln(os.Stderr, "usage: watchgap -socket PATH [-report 250ms]")
		os.Exit(2)
	}
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: *sock, Net: "unixgram"})
	if err != nil {
		fmt.Fprintln(os.Stderr, "watchgap:", err)
		os.Exit(1)
	}
	defer os.Remove(*sock)
	g := &gaps{start: time.Now(), report: *report, out: os.Stdout}
	done := make(chan os.Signal, 1)
	signal.Notify(done, syscall.SIGTERM, syscall.SIGINT)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		buf := make([]byte, 4096)
		for {
			n, err := conn.Read(buf)
			if err != nil {
				return
			}
			g.message(time.Now(), buf[:n])
		}
	}()
	<-done
	conn.Close()
	<-stopped
	g.summary(os.Stdout)
}

// gaps keeps the pings' figures. message is called on the reading
// goroutine only; the summary after the reader has stopped.
type gaps struct {
	start     time.Time
	report    time.Duration
	out       io.Writer
	last      time.Time
	pings     int
	ready     int
	longest   time.Duration
	longestAt time.Duration // since start
	over      int
}

// message takes one datagram received at now: newline-separated
// VAR=value assignments.
func (g *gaps) message(now time.Time, msg []byte) {
	for _, line := range bytes.Split(msg, []byte("\n")) {
		switch string(line) {
		case "READY=1":
			g.ready++
		case "WATCHDOG=1":
			g.ping(now)
		}
	}
}

func (g *gaps) ping(now time.Time) {
	g.pings++
	if !g.last.IsZero() {
		gap := now.Sub(g.last)
		if gap > g.longest {
			g.longest, g.longestAt = gap, now.Sub(g.start)
		}
		if gap > g.report {
			g.over++
			fmt.Fprintf(g.out, "gap %.1f ms ending at %.1f s\n", ms(gap), now.Sub(g.start).Seconds())
		}
	}
	g.last = now
}

func (g *gaps) summary(w io.Writer) {
	fmt.Fprintf(w, "pings=%d ready=%d longest_ms=%.1f longest_at_s=%.1f over=%d report_ms=%.0f\n",
		g.pings, g.ready, ms(g.longest), g.longestAt.Seconds(), g.over, ms(g.report))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
