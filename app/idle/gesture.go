package idle

import (
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
)

// Gesture counts taps on the hidden corner: Taps of them within Window open
// the staff PIN pad.
type Gesture struct {
	Taps   int
	Window time.Duration
	clock  clock.Clock
	times  []time.Time
}

// NewGesture returns the default staff gesture: five taps in three seconds.
func NewGesture(c clock.Clock) *Gesture { return &Gesture{Taps: 5, Window: 3 * time.Second, clock: c} }

// Tap records a tap on the corner; it reports true when the gesture is
// complete, and then starts counting afresh.
func (g *Gesture) Tap() bool {
	now := g.clock.Now()
	keep := g.times[:0]
	for _, t := range g.times {
		if now.Sub(t) <= g.Window {
			keep = append(keep, t)
		}
	}
	g.times = append(keep, now)
	if len(g.times) >= g.Taps {
		g.times = g.times[:0]
		return true
	}
	return false
}
