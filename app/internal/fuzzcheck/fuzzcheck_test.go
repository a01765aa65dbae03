package fuzzcheck

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// recorder is a T that keeps the failure.
type recorder struct{ failed string }

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) { r.failed = fmt.Sprintf(format, args...) }

var sink, small []byte

func TestLimit(t *testing.T) {
	var r recorder
	Limit(&r, func() { sink = make([]byte, 1<<20) })
	if r.failed != "" {
		t.Fatalf("1 MB failed: %s", r.failed)
	}
	Limit(&r, func() {
		for range 80 {
			sink = make([]byte, 1<<20) // garbage counts too
		}
	})
	if !strings.Contains(r.failed, "allocated 80.") {
		t.Fatalf("80 MB: %q", r.failed)
	}
	r.failed = ""
	Limit(&r, func() {
		for range 80 << 20 / 64 {
			small = make([]byte, 64) // small objects count as they are made
		}
	})
	if !strings.Contains(r.failed, "allocated 8") {
		t.Fatalf("80 MB in 64-byte pieces: %q", r.failed)
	}
}

// TestAllocated: what Limit reads is MemStats.TotalAlloc.
func TestAllocated(t *testing.T) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if a := allocated(); a < m.TotalAlloc || a > m.TotalAlloc+1<<20 {
		t.Fatalf("allocated %d, TotalAlloc %d", a, m.TotalAlloc)
	}
}

func TestCheck(t *testing.T) {
	for _, tt := range []struct {
		took  time.Duration
		alloc uint64
		want  string
	}{
		{MaxTime, MaxAlloc, ""},
		{MaxTime + time.Millisecond, 0, "took 1.001s (limit 1s)"},
		{0, MaxAlloc + 1, "allocated 64.0 MB (limit 64 MB)"},
	} {
		err := Check(tt.took, tt.alloc)
		if (err == nil) != (tt.want == "") || err != nil && !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Check(%v, %d) = %v, want %q", tt.took, tt.alloc, err, tt.want)
		}
	}
}
