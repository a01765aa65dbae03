package timeline

// PlaceCards gives each card, sorted by the x of its date, a lane and a
// left edge: the first lane free at its date, else the lane that frees
// soonest, the card sliding right just enough. Cards in a lane never
// overlap.
func PlaceCards(xs []float32, g Geometry) (lane []int, left []float32) {
	ends := make([]float32, g.Lanes)
	lane, left = make([]int, len(xs)), make([]float32, len(xs))
	for i, x := range xs {
		best := 0
		for l := range ends {
			if ends[l] <= x {
				best = l
				break
			}
			if ends[l] < ends[best] {
				best = l
			}
		}
		lane[i] = best
		left[i] = max(x, ends[best])
		ends[best] = left[i] + g.CardW + g.CardGap
	}
	return lane, left
}
