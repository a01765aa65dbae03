package screens

import (
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/startup"
	"github.com/koryo-exhibit/koryo/app/stats"
)

// ticker collects what start would run on a timer, for a test to call.
type ticker struct{ fns []func() }

func (tk *ticker) every(_ time.Duration, _ <-chan struct{}, fn func()) { tk.fns = append(tk.fns, fn) }

func (tk *ticker) tick() {
	for _, fn := range tk.fns {
		fn()
	}
}

func startTest(t *testing.T, o startup.Options) (*Exhibit, *ticker, *clock.Fake) {
	t.Helper()
	a := test.NewTempApp(t)
	if o.ConfigPath == "" {
		o.ConfigPath = filepath.Join(t.TempDir(), "config.toml")
	}
	tk := &ticker{}
	c := clock.NewFake(fixedNow)
	x := start(a, o, deps{clock: c, every: tk.every, today: fixedNow})
	t.Cleanup(func() { x.Window.Close() })
	return x, tk, c
}

func TestStart_Desktop(t *testing.T) {
	x, _, _ := startTest(t, startup.Options{Lang: content.KO})
	if x.Shell == nil || x.Kiosk != nil || x.Shell.Lang() != content.KO {
		t.Fatalf("desktop start: shell %v kiosk %v", x.Shell, x.Kiosk)
	}
	// the Presentation button is there on the very first Home
	if findTappable(x.Window.Content(), "발표 모드") == nil {
		t.Fatal("no Presentation button on the first Home")
	}
}

func TestStart_KioskTicksToAttract(t *testing.T) {
	x, tk, c := startTest(t, startup.Options{Mode: startup.Kiosk, Lang: content.RU})
	if x.Kiosk == nil || !x.Window.FullScreen() {
		t.Fatal("kiosk mode must be full screen with a kiosk")
	}
	x.Kiosk.wake()
	c.Add(2 * time.Hour)
	tk.tick()
	if x.Kiosk.Mode() != KioskAttract {
		t.Fatalf("after the idle time the ticker must bring the attract loop, mode %s", x.Kiosk.Mode())
	}
}

func TestStart_PresentOpensPresenter(t *testing.T) {
	before := len(fyne.CurrentApp().Driver().AllWindows())
	x, _, _ := startTest(t, startup.Options{Mode: startup.Present, Lang: content.EN})
	if n := len(x.App.Driver().AllWindows()) - before; n != 2 {
		t.Fatalf("%d windows, want the audience and the presenter", n)
	}
}

func TestStart_BrokenFolderFallsBack(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "events"), 0o755)
	os.WriteFile(filepath.Join(dir, "events", "x.toml"), []byte("id = \"y\"\n"), 0o644)
	x, _, _ := startTest(t, startup.Options{ContentDir: dir, Lang: content.EN})
	if x.Shell == nil || x.Shell.Notice() == "" {
		t.Fatal("a broken folder must start on the bundled content with a notice for staff")
	}
}

func TestStart_DeepLink(t *testing.T) {
	x, _, _ := startTest(t, startup.Options{Lang: content.EN, Start: &nav.Route{Screen: nav.Map}})
	if r := x.Shell.Route(); r != (nav.Route{Screen: nav.Map}) {
		t.Fatalf("--start map opened %v", r)
	}
}

// TestStart_TellsSystemd: under a Type=notify unit the app says it is
// ready and pings the watchdog from the UI thread's ticker.
func TestStart_TellsSystemd(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "notify")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: sock, Net: "unixgram"})
	if err != nil {
		t.Skip("no unix sockets here:", err)
	}
	defer conn.Close()
	t.Setenv("NOTIFY_SOCKET", sock)
	t.Setenv("WATCHDOG_USEC", "2000000")
	_, tk, _ := startTest(t, startup.Options{Lang: content.EN})
	tk.tick()
	buf := make([]byte, 64)
	var got []string
	for i := 0; i < 2; i++ {
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, err := conn.Read(buf)
		if err != nil {
			t.Fatalf("after %v: %v", got, err)
		}
		got = append(got, string(buf[:n]))
	}
	if got[0] != "READY=1" || got[1] != "WATCHDOG=1" {
		t.Fatalf("systemd heard %v", got)
	}
}

func TestStart_AboutShowsTheVersion(t *testing.T) {
	x, _, _ := startTest(t, startup.Options{Lang: content.EN, Version: "9.8.7", Start: &nav.Route{Screen: nav.About}})
	if !showsText(x.Window.Content(), "Exhibit software, version 9.8.7") {
		t.Fatal("About does not show the version")
	}
}

func TestStart_KioskNamesItsVisits(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(cfg, []byte("name = \"hall-2\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, _, _ := startTest(t, startup.Options{Mode: startup.Kiosk, ConfigPath: cfg})
	rec := x.Kiosk.opts.Recorder
	x.Kiosk.wake()
	x.Shell.Hooks.Activity.Emit()
	if err := rec.End(); err != nil {
		t.Fatal(err)
	}
	ss, err := stats.Read(rec.Path)
	if err != nil || len(ss) != 1 || ss[0].Kiosk != "hall-2" {
		t.Fatalf("the visit must carry the kiosk's name: %+v %v", ss, err)
	}
}
