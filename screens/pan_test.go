package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestPan_WobblyTapStillTaps: a finger that moves a few pixels while
// tapping makes Fyne start a drag; the pane turns it back into a tap.
func TestPan_WobblyTapStillTaps(t *testing.T) {
	test.NewTempApp(t)
	tapped := 0
	b := widget.NewButton("Open", func() { tapped++ })
	p := NewVPan(container.NewVBox(widget.NewLabel("x"), b))
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(300, 300))
	at := b.Position().AddXY(b.Size().Width/2, b.Size().Height/2)
	test.Drag(w.Canvas(), at, 3, -4)
	if tapped != 1 {
		t.Fatalf("a 5-pixel wobble: %d taps, want 1", tapped)
	}
	test.Drag(w.Canvas(), at, 0, -40)
	if tapped != 1 {
		t.Fatal("a real drag must not tap")
	}
}

func TestPan_Swipe(t *testing.T) {
	test.NewTempApp(t)
	var got []int
	p := NewVPan(container.NewVBox(widget.NewLabel("a long text")))
	p.OnSwipe = func(d int) { got = append(got, d) }
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(400, 300))
	test.Drag(w.Canvas(), fyne.NewPos(300, 100), -200, 20)
	test.Drag(w.Canvas(), fyne.NewPos(100, 100), 200, -10)
	test.Drag(w.Canvas(), fyne.NewPos(100, 100), 60, 0)     // too short
	test.Drag(w.Canvas(), fyne.NewPos(100, 250), 130, -150) // mostly vertical
	if len(got) != 2 || got[0] != 1 || got[1] != -1 {
		t.Fatalf("swipes %v, want [1 -1]", got)
	}
}
