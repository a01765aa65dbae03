// Package fuzzcheck holds fuzz targets to the per-input limits of the
// project's fuzzing (issue 14): no input may run over MaxTime or allocate
// over MaxAlloc. Only tests import it; it does not import "testing" itself
// (T is the part of *testing.T it needs), so it stays out of the app.
package fuzzcheck

import (
	"fmt"
	"runtime/metrics"
	"time"
)

// The limits on one input.
const (
	MaxTime  = time.Second
	MaxAlloc = 64 << 20 // bytes allocated while the input runs
)

// HangAfter is when an input that has not returned is taken for a hang:
// Limit then stops the fuzzing process with a panic, which the fuzzer
// reports as a crash and keeps the input of.
var HangAfter = 10 * MaxTime

// T is what Limit needs of a *testing.T.
type T interface {
	Helper()
	Fatalf(format string, args ...any)
}

// Limit runs body, the test of one input, and fails t when it took over
// MaxTime or allocated over MaxAlloc bytes, garbage included. Body runs on
// the test's goroutine, so it may call t.Fatalf itself.
func Limit(t T, body func()) {
	t.Helper()
	hang := time.AfterFunc(HangAfter, func() {
		panic(fmt.Sprintf("fuzzcheck: an input still running after %v (a hang)", HangAfter))
	})
	before := allocated()
	start := time.Now()
	body()
	took := time.Since(start)
	hang.Stop()
	if err := Check(took, allocated()-before); err != nil {
		t.Fatalf("%v", err)
	}
}

// allocated is the bytes allocated on the heap so far: MemStats.TotalAlloc,
// read through runtime/metrics, which does not stop the world as
// runtime.ReadMemStats does (17 µs a call, halving a fast target's execs).
func allocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// Check says which limit an input that took took and allocated alloc
// bytes broke, or nil.
func Check(took time.Duration, alloc uint64) error {
	switch {
	case took > MaxTime:
		return fmt.Errorf("fuzzcheck: the input took %v (limit %v)", took.Round(time.Millisecond), MaxTime)
	case alloc > MaxAlloc:
		return fmt.Errorf("fuzzcheck: the input allocated %.1f MB (limit %d MB)", float64(alloc)/(1<<20), MaxAlloc>>20)
	}
	return nil
}
