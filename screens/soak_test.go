package screens

import (
	"math/rand"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
)

// TestSoak drives the kiosk with random taps, drags and language switches,
// with an idle reset every few hundred actions, and requires goroutines to
// stay flat and, on a long run, heap in use too. SOAK_ACTIONS sets the count
// (100000 for the release figures; CI runs 3000):
//
//	SOAK_ACTIONS=100000 go test ./screens -run Soak -v -timeout 60m
//
// Fyne keeps the renderers of widgets no longer shown for a minute of real
// time before its cache drops them (the painter's clean task, which the
// test canvas runs on Capture). A test taps thousands of times a minute, so
// the heap swells with a minute of rebuilt screens while it runs; a long
// run (from 20000 actions) therefore waits out that minute at the end and
// requires the heap to be back near where it started.
func TestSoak(t *testing.T) {
	n := 3000
	if v, err := strconv.Atoi(os.Getenv("SOAK_ACTIONS")); err == nil {
		n = v
	}
	k, s, w, clock := newTestKiosk(t, config.Defaults())
	so := &soaker{t: t, k: k, s: s, w: w, clock: clock, rng: rand.New(rand.NewSource(1937))}
	for i := 0; i < 200; i++ { // warm the caches
		so.act()
	}
	heap0, gor0 := settle()
	start := time.Now()
	samples := so.run(n)
	if n >= 20000 {
		// Fyne drops the renderers of widgets no longer shown only after a
		// minute of wall time: wait that out, let its clean task run, and
		// measure the steady state.
		time.Sleep(65 * time.Second)
		w.Canvas().Capture()
	}
	heap1, gor1 := settle()
	t.Logf("soak: %d actions in %s; heap in use %.1f MiB at the start, %.1f MiB at the end; samples (MiB) %s; goroutines %d → %d",
		n, time.Since(start).Round(time.Second), mib(heap0), mib(heap1), mibs(samples), gor0, gor1)
	if n >= 20000 && heap1 > heap0+heap0/2+20<<20 {
		t.Errorf("heap grew: %.1f MiB at the start, %.1f MiB after the run and Fyne's cache expiry", mib(heap0), mib(heap1))
	}
	if gor1 > gor0+5 {
		t.Errorf("goroutines grew from %d to %d", gor0, gor1)
	}
}

// soaker drives a kiosk at random, the same way on every run.
type soaker struct {
	t     *testing.T
	k     *Kiosk
	s     *Shell
	w     fyne.Window
	clock *clock.Fake
	rng   *rand.Rand
}

// act is one random action: a tap on a button shown (or on the attract
// loop when there is none), a drag, or a language switch; then up to 3 s
// pass and the kiosk ticks.
func (so *soaker) act() {
	switch r := so.rng.Intn(100); {
	case r < 60:
		bs := enabled(buttons(so.w.Content()))
		if len(bs) > 0 {
			test.Tap(bs[so.rng.Intn(len(bs))])
		} else {
			test.Tap(findCatcher(so.t, so.w))
		}
	case r < 90:
		at := fyne.NewPos(float32(so.rng.Intn(1280)), float32(80+so.rng.Intn(700)))
		test.Drag(so.w.Canvas(), at, float32(so.rng.Intn(600)-300), float32(so.rng.Intn(400)-200))
	default:
		so.s.SetLanguage(content.Languages[so.rng.Intn(len(content.Languages))])
	}
	so.clock.Add(time.Duration(so.rng.Intn(3000)) * time.Millisecond)
	so.k.Tick()
}

// run acts n times, with an idle reset every 400 actions, and returns the
// heap in use at ten points of the run.
func (so *soaker) run(n int) (samples []uint64) {
	for i := 0; i < n; i++ {
		so.act()
		if i%400 == 399 {
			so.clock.Add(2 * time.Minute)
			so.k.Tick()
			so.w.Canvas().Capture() // lets Fyne's cache clean task run
		}
		if i%(n/10+1) == n/10 {
			h, _ := settle()
			samples = append(samples, h)
		}
	}
	return samples
}

func enabled(bs []*widget.Button) []*widget.Button {
	out := bs[:0]
	for _, b := range bs {
		if !b.Disabled() && b.Visible() {
			out = append(out, b)
		}
	}
	return out
}

// settle collects garbage and reads heap in use and goroutines.
func settle() (uint64, int) {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse, runtime.NumGoroutine()
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

func mibs(bs []uint64) string {
	out := ""
	for _, b := range bs {
		out += strconv.FormatFloat(mib(b), 'f', 0, 64) + " "
	}
	return out
}
