package check

// glyphSet remembers, rune by rune, whether a face has a glyph: two bits a
// rune of the Basic Multilingual Plane (known, present), a map beyond it.
type glyphSet struct {
	known, present []uint64
	beyond         map[rune]bool
}

func newGlyphSet() glyphSet {
	return glyphSet{known: make([]uint64, 1<<10), present: make([]uint64, 1<<10), beyond: map[rune]bool{}}
}

func (g glyphSet) get(r rune) (has, ok bool) {
	if r >= 1<<16 {
		has, ok = g.beyond[r]
		return has, ok
	}
	w, bit := r>>6, uint64(1)<<(r&63)
	return g.present[w]&bit != 0, g.known[w]&bit != 0
}

func (g glyphSet) set(r rune, has bool) {
	if r >= 1<<16 {
		g.beyond[r] = has
		return
	}
	w, bit := r>>6, uint64(1)<<(r&63)
	g.known[w] |= bit
	if has {
		g.present[w] |= bit
	}
}
