package sdnotify

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// listen opens a unixgram socket as systemd would and points NOTIFY_SOCKET
// at it.
func listen(t *testing.T, name string) *net.UnixConn {
	t.Helper()
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	t.Setenv("NOTIFY_SOCKET", name)
	return conn
}

func receive(t *testing.T, conn *net.UnixConn) string {
	t.Helper()
	if err := conn.SetReadDeadline(time.Now().Add(5 * time.Second)); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	n, err := conn.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	return string(buf[:n])
}

func TestNotify_Path(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no unixgram sockets on Windows")
	}
	conn := listen(t, filepath.Join(t.TempDir(), "notify.sock"))
	for _, tt := range []struct {
		send func() error
		want string
	}{
		{Ready, "READY=1"},
		{Watchdog, "WATCHDOG=1"},
		{func() error { return Notify("STATUS=attract loop\nWATCHDOG=1") }, "STATUS=attract loop\nWATCHDOG=1"},
	} {
		if err := tt.send(); err != nil {
			t.Fatal(err)
		}
		if got := receive(t, conn); got != tt.want {
			t.Errorf("received %q, want %q", got, tt.want)
		}
	}
}

func TestNotify_Abstract(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("abstract sockets are Linux only")
	}
	conn := listen(t, fmt.Sprintf("@koryo-sdnotify-test-%d-%d", os.Getpid(), time.Now().UnixNano()))
	if err := Ready(); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, conn); got != "READY=1" {
		t.Errorf("received %q, want READY=1", got)
	}
}

func TestNotify_Unset(t *testing.T) {
	t.Setenv("NOTIFY_SOCKET", "")
	for _, f := range []func() error{Ready, Watchdog, func() error { return Notify("STOPPING=1") }} {
		if err := f(); err != nil {
			t.Errorf("without NOTIFY_SOCKET: %v, want nil", err)
		}
	}
}

func TestNotify_Errors(t *testing.T) {
	t.Setenv("NOTIFY_SOCKET", "relative.sock")
	if err := Ready(); err == nil {
		t.Error("a relative NOTIFY_SOCKET: no error")
	}
	t.Setenv("NOTIFY_SOCKET", filepath.Join(t.TempDir(), "nobody-listens.sock"))
	if err := Watchdog(); err == nil {
		t.Error("a socket nobody listens on: no error")
	}
}

func TestInterval(t *testing.T) {
	self := strconv.Itoa(os.Getpid())
	for _, tt := range []struct {
		usec, pid string
		want      time.Duration
	}{
		{"", "", 0},
		{"30000000", "", 15 * time.Second},
		{"30000000", self, 15 * time.Second},
		{"30000000", "1", 0}, // inherited from another process
		{"0", "", 0},
		{"-5", "", 0},
		{"soon", "", 0},
		{"1", "", 500 * time.Nanosecond},
		{"500000", "", 250 * time.Millisecond},
	} {
		t.Setenv("WATCHDOG_USEC", tt.usec)
		t.Setenv("WATCHDOG_PID", tt.pid)
		if got := Interval(); got != tt.want {
			t.Errorf("WATCHDOG_USEC=%q WATCHDOG_PID=%q: Interval() = %v, want %v", tt.usec, tt.pid, got, tt.want)
		}
	}
}
