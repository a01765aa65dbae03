package fuzzcheck

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// recorder is a T that keeps the failure.
type recorder struct{ failed string }

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) { r.failed = fmt.Sprintf(format, args...) }

var sink []byte

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
	if !strings.Contains(r.failed, "allocated 80.0 MB (limit 64 MB)") {
		t.Fatalf("80 MB: %q", r.failed)
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
