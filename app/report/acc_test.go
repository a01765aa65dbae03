package report

import (
	"testing"
	"time"
)

// The median is the middle length, or the mean of the two middle ones for
// an even count, in whole seconds; an end before the start is 0 s.
func TestMedian(t *testing.T) {
	s := time.Second
	tests := []struct {
		in   []time.Duration
		want time.Duration
	}{
		{nil, 0},
		{[]time.Duration{60 * s}, 60 * s},
		{[]time.Duration{190 * s, 60 * s}, 125 * s}, // 2m05s, not 3m10s
		{[]time.Duration{30 * s, 190 * s, 60 * s}, 60 * s},
		{[]time.Duration{10 * s, 40 * s, 20 * s, 1000 * s}, 30 * s},
		{[]time.Duration{11 * s, 300 * s}, 155500 * time.Millisecond},
		{[]time.Duration{-5 * s, 2500 * time.Millisecond, 48 * time.Hour}, 2 * s},
	}
	for _, tt := range tests {
		var l lengths
		for _, d := range tt.in {
			l.add(d)
		}
		if got := l.median(); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
