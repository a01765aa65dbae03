package timeline

// Density counts the items in each of bins equal stretches of the span,
// for the overview strip.
func Density(items []Item, s Span, bins int) []int {
	out := make([]int, bins)
	if bins == 0 || s.Years() <= 0 {
		return out
	}
	for _, it := range items {
		b := int((it.Year - s.From) / s.Years() * float64(bins))
		out[min(max(b, 0), bins-1)]++
	}
	return out
}
