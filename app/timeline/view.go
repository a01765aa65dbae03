package timeline

import "math"

// Span is a stretch of time in fractional years, To after From.
type Span struct{ From, To float64 }

// Years is the span's length.
func (s Span) Years() float64 { return s.To - s.From }

// View is what the timeline shows: the year at its left edge, and how many
// pixels a year takes, across Width pixels.
type View struct {
	Start float64
	PPY   float64
	Width float32
}

// X is where a year falls in the view, in pixels from its left edge.
func (v View) X(year float64) float32 { return float32((year - v.Start) * v.PPY) }

// Year is the year at x pixels from the view's left edge.
func (v View) Year(x float32) float64 { return v.Start + float64(x)/v.PPY }

// Span is the stretch of years the view shows.
func (v View) Span() Span { return Span{v.Start, v.Year(v.Width)} }

// Limits bound the zoom: at the widest, the whole span fits the width; at
// the closest, MinYears fill it (one year with its months). EndRoom pixels
// past the span's end stay reachable, so that the last card, which starts
// at its date, shows whole.
type Limits struct {
	Full     Span
	MinYears float64
	EndRoom  float32
}

// minPPY is the widest zoom: the span and the end room fill the width.
func (l Limits) minPPY(width float32) float64 {
	return float64(max(width-l.EndRoom, width/2)) / l.Full.Years()
}

// Fit is the view of the whole span.
func (l Limits) Fit(width float32) View {
	return View{Start: l.Full.From, PPY: l.minPPY(width), Width: width}
}

// Around is the view at the closest zoom the limits allow that shows s,
// centred on it, with a tenth of the width spare on each side.
func (l Limits) Around(s Span, width float32) View {
	years := max(s.Years()*1.25, l.MinYears)
	v := View{PPY: float64(width) / years, Width: width}
	v.Start = (s.From+s.To)/2 - years/2
	return l.Clamp(v)
}

// ZoomAt zooms by factor (2 doubles the pixels per year) keeping the year
// under x where it is: the point under the finger stays put.
func (l Limits) ZoomAt(v View, factor float64, x float32) View {
	year := v.Year(x)
	v.PPY = math.Min(math.Max(v.PPY*factor, l.minPPY(v.Width)), float64(v.Width)/l.MinYears)
	v.Start = year - float64(x)/v.PPY
	return l.Clamp(v)
}

// PanBy moves the view dx pixels towards later years.
func (l Limits) PanBy(v View, dx float32) View {
	v.Start += float64(dx) / v.PPY
	return l.Clamp(v)
}

// Clamp keeps the view's zoom within the limits and the view over the
// span; a view wider than the span shows it from its start.
func (l Limits) Clamp(v View) View {
	v.PPY = math.Min(math.Max(v.PPY, l.minPPY(v.Width)), float64(v.Width)/l.MinYears)
	last := l.Full.To + float64(l.EndRoom-v.Width)/v.PPY
	v.Start = math.Max(l.Full.From, math.Min(v.Start, last))
	return v
}

// Zoom is how far in the view is, from 0 (the whole span) to 1 (the
// closest), on a log scale: what the zoom buttons and the overview show.
func (l Limits) Zoom(v View) float64 {
	lo, hi := math.Log(l.minPPY(v.Width)), math.Log(float64(v.Width)/l.MinYears)
	if hi <= lo {
		return 1
	}
	return (math.Log(v.PPY) - lo) / (hi - lo)
}
