package timelinejs

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlug is the longest slug, in bytes; ids become file names.
const maxSlug = 60

// slug turns s into an id: lower-case ASCII letters and digits, words
// joined by "-". Accents are removed ("Péter" → "peter"), spaces and
// punctuation between words become "-", other characters are dropped.
// It may return "".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r):
			dash = true
		}
	}
	id := b.String()
	if len(id) > maxSlug {
		id = id[:maxSlug]
		if i := strings.LastIndexByte(id, '-'); i > 0 {
			id = id[:i]
		}
		id = strings.TrimSuffix(id, "-")
	}
	return id
}

// ids hands out unique ids of one item kind.
type ids struct {
	used map[string]bool
	next map[string]int // base → the next suffix to try
}

func newIDs() *ids { return &ids{used: map[string]bool{}, next: map[string]int{}} }

// take returns base, or base with "-2", "-3" … when base is taken.
func (u *ids) take(base string) string {
	id := base
	for i := max(u.next[base], 2); u.used[id]; i++ {
		id = fmt.Sprintf("%s-%d", base, i)
		u.next[base] = i + 1
	}
	u.used[id] = true
	return id
}
