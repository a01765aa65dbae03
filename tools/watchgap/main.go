//go:build linux

// Command watchgap stands in for systemd's side of the watchdog protocol
// (sd_notify(3)) to measure stalls of the app's UI loop: it listens on a
// unix datagram socket, which the app finds through $NOTIFY_SOCKET, and
// records the gaps between the WATCHDOG=1 pings that the app sends through
// its UI loop (screens.notifySystemd) every $WATCHDOG_USEC/2. A gap longer
// than the ping interval plus the stall limit means that the UI loop did
// nothing else for longer than the limit.
//
// On a machine shared with other work, much of a gap can be the UI thread
// waiting for a CPU rather than working. The sender's pid comes with each
// ping (SO_PASSCRED, as systemd has it); the UI thread is its main thread
// (Fyne locks the UI loop to it), and /proc/PID/task/PID/schedstat says how
// long that thread ran and how long it waited for a CPU. So each gap is
// split into: on a CPU, waiting for a CPU, and the rest (waiting for
// anything else: the GL rasteriser's threads, the X server, a lock). A
// gap's "own" time is the gap less its wait for a CPU: what the gap would
// be on a machine of its own, at most.
//
// Gaps over -report are printed as they come; on SIGTERM or SIGINT it
// prints a summary and exits:
//
//	go run ./tools/watchgap -socket /tmp/x/notify.sock [-report 250ms]
//	pings=11842 ready=1 longest_ms=387.3 longest_at_s=312.4 over=3 longest_own_ms=120.5 over_own=0 ...
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
	"strconv"
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
	if err == nil {
		err = passCred(conn)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "watchgap:", err)
		os.Exit(1)
	}
	defer os.Remove(*sock)
	g := &gaps{start: time.Now(), report: *report, out: os.Stdout, sched: readSchedstat}
	done := make(chan os.Signal, 1)
	signal.Notify(done, syscall.SIGTERM, syscall.SIGINT)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		buf := make([]byte, 4096)
		oob := make([]byte, syscall.CmsgSpace(syscall.SizeofUcred))
		for {
			n, oobn, _, _, err := conn.ReadMsgUnix(buf, oob)
			if err != nil {
				return
			}
			g.message(time.Now(), sender(oob[:oobn]), buf[:n])
		}
	}()
	<-done
	conn.Close()
	<-stopped
	g.summary(os.Stdout)
}

// passCred asks the kernel to attach the sender's credentials to every
// datagram.
func passCred(conn *net.UnixConn) error {
	rc, err := conn.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	err = rc.Control(func(fd uintptr) {
		serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_PASSCRED, 1)
	})
	if err != nil {
		return err
	}
	return serr
}

// sender is the pid in a datagram's credentials, 0 when there are none.
func sender(oob []byte) int {
	msgs, err := syscall.ParseSocketControlMessage(oob)
	if err != nil {
		return 0
	}
	for i := range msgs {
		if cred, err := syscall.ParseUnixCredentials(&msgs[i]); err == nil {
			return int(cred.Pid)
		}
	}
	return 0
}

// sched is a thread's time on a CPU and waiting for one, so far.
type sched struct{ run, wait time.Duration }

// readSchedstat reads the main thread's schedstat: "run_ns wait_ns slices".
func readSchedstat(pid int) (sched, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/task/" + strconv.Itoa(pid) + "/schedstat")
	if err != nil {
		return sched{}, false
	}
	f := bytes.Fields(b)
	if len(f) < 2 {
		return sched{}, false
	}
	run, err1 := strconv.ParseInt(string(f[0]), 10, 64)
	wait, err2 := strconv.ParseInt(string(f[1]), 10, 64)
	return sched{time.Duration(run), time.Duration(wait)}, err1 == nil && err2 == nil
}

// gaps keeps the pings' figures. message is called on the reading
// goroutine only; the summary after the reader has stopped.
type gaps struct {
	start      time.Time
	report     time.Duration
	out        io.Writer
	sched      func(pid int) (sched, bool)
	last       time.Time
	lastSched  sched
	haveSched  bool
	pings      int
	ready      int
	longest    time.Duration
	longestAt  time.Duration // since start
	longestOwn time.Duration // the longest gap less its wait for a CPU
	ownAt      time.Duration
	over       int // gaps over report
	overOwn    int // gaps whose own time is over report
	waited     time.Duration
}

// message takes one datagram from pid received at now: newline-separated
// VAR=value assignments.
func (g *gaps) message(now time.Time, pid int, msg []byte) {
	for _, line := range bytes.Split(msg, []byte("\n")) {
		switch string(line) {
		case "READY=1":
			g.ready++
		case "WATCHDOG=1":
			g.ping(now, pid)
		}
	}
}

func (g *gaps) ping(now time.Time, pid int) {
	g.pings++
	s, ok := sched{}, false
	if pid > 0 && g.sched != nil {
		s, ok = g.sched(pid)
	}
	if !g.last.IsZero() {
		gap := now.Sub(g.last)
		own, note := gap, ""
		if ok && g.haveSched {
			run, wait := s.run-g.lastSched.run, s.wait-g.lastSched.wait
			own = max(gap-wait, 0)
			g.waited += wait
			note = fmt.Sprintf(": UI thread on a CPU %.1f ms, waiting for one %.1f ms, for something else %.1f ms",
				ms(run), ms(wait), ms(max(gap-run-wait, 0)))
		}
		at := now.Sub(g.start)
		if gap > g.longest {
			g.longest, g.longestAt = gap, at
		}
		if own > g.longestOwn {
			g.longestOwn, g.ownAt = own, at
		}
		if gap > g.report {
			g.over++
			fmt.Fprintf(g.out, "gap %.1f ms ending at %.1f s%s\n", ms(gap), at.Seconds(), note)
		}
		if own > g.report {
			g.overOwn++
		}
	}
	g.last, g.lastSched, g.haveSched = now, s, ok
}

func (g *gaps) summary(w io.Writer) {
	fmt.Fprintf(w, "pings=%d ready=%d longest_ms=%.1f longest_at_s=%.1f over=%d longest_own_ms=%.1f own_at_s=%.1f over_own=%d cpu_wait_s=%.1f report_ms=%.0f\n",
		g.pings, g.ready, ms(g.longest), g.longestAt.Seconds(), g.over, ms(g.longestOwn), g.ownAt.Seconds(), g.overOwn, g.waited.Seconds(), ms(g.report))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
