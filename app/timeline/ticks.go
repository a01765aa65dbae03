package timeline

import "math"

// TickKind says how a tick's label is written.
type TickKind int

// The kinds of tick, from the widest zoom to the closest.
const (
	TickYear   TickKind = iota // "1900", a round year of a wide view
	TickDecade                 // "1930s": every decade
	TickYearIn                 // "1937", "1937년": every year or few
	TickMonth                  // "Sep", "сен": every month or few
)

// Tick is a mark on the axis.
type Tick struct {
	Year        float64
	Kind        TickKind
	Y, Month    int  // the year, and the month (1–12) for TickMonth
	StartOfYear bool // a month tick in January: its label names the year too
}

// steps are the tick spacings to choose from, in years, widest first.
var steps = []struct {
	years float64
	kind  TickKind
}{
	{100, TickYear}, {50, TickYear}, {20, TickYear}, {10, TickDecade}, {5, TickYearIn}, {2, TickYearIn},
	{1, TickYearIn}, {0.5, TickMonth}, {0.25, TickMonth}, {1.0 / 12, TickMonth},
}

// Ticks returns the axis marks for the view: the closest spacing that
// keeps labels at least minGap pixels apart, from just before the view to
// just after it.
func Ticks(v View, minGap float32) []Tick {
	st := steps[0]
	for _, s := range steps {
		if float32(s.years*v.PPY) < minGap {
			break
		}
		st = s
	}
	if st.kind == TickMonth {
		return monthTicks(v, int(math.Round(st.years*12)))
	}
	var out []Tick
	span := v.Span()
	for y := math.Floor(span.From/st.years) * st.years; y <= span.To; y += st.years {
		out = append(out, Tick{Year: y, Kind: st.kind, Y: int(y)})
	}
	return out
}

func monthTicks(v View, every int) []Tick {
	var out []Tick
	span := v.Span()
	y, m := int(math.Floor(span.From)), 1
	for {
		year := float64(y) + float64(m-1)/12
		if year > span.To {
			return out
		}
		if year >= span.From-1.0/12 {
			out = append(out, Tick{Year: year, Kind: TickMonth, Y: y, Month: m, StartOfYear: m == 1})
		}
		if m += every; m > 12 {
			y, m = y+1, m-12
		}
	}
}
