package locale

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/unicode/norm"

	"github.com/koryo-exhibit/koryo/app/content"
)

// SortPeople sorts people by their name in language l, in that language's
// collation order (Kazakh Ұ before Ү, Korean 가나다). It makes each name's
// collation key once, so 2,000 names sort in a few milliseconds.
func SortPeople(l content.Lang, people []*content.Person) {
	sortByKey(l, len(people), func(i int) string { return people[i].Name.In(l) }, func(order []int) {
		sorted := make([]*content.Person, len(people))
		for i, j := range order {
			sorted[i] = people[j]
		}
		copy(people, sorted)
	})
}

// SortPlaces sorts places by their name in language l, in that language's
// collation order.
func SortPlaces(l content.Lang, places []*content.Place) {
	sortByKey(l, len(places), func(i int) string { return places[i].Name.In(l) }, func(order []int) {
		sorted := make([]*content.Place, len(places))
		for i, j := range order {
			sorted[i] = places[j]
		}
		copy(places, sorted)
	})
}

func sortByKey(l content.Lang, n int, name func(int) string, apply func(order []int)) {
	c := collate.New(Tag(l))
	var buf collate.Buffer
	keys := make([][]byte, n)
	order := make([]int, n)
	for i := range keys {
		keys[i] = append([]byte(nil), c.KeyFromString(&buf, name(i))...)
		buf.Reset()
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return bytes.Compare(keys[order[a]], keys[order[b]]) < 0 })
	apply(order)
}

// Letter is a heading of an alphabetical index and the first position of
// the sorted list filed under it.
type Letter struct {
	Letter string
	First  int
}

// Index files names, sorted in language l's order, under their letters:
// the first letter (Ё under Е), for Korean the initial consonant of the
// first syllable (ㄲ under ㄱ), for English the letter without its accents;
// anything else under #. The letters come in the order of the names, so
// they follow the language's collation.
func Index(l content.Lang, sorted []string) []Letter {
	var out []Letter
	for i, name := range sorted {
		letter := IndexLetter(l, name)
		if len(out) == 0 || out[len(out)-1].Letter != letter {
			out = append(out, Letter{letter, i})
		}
	}
	return out
}

// IndexLetter is the letter a name is filed under in language l.
func IndexLetter(l content.Lang, name string) string {
	r := firstLetter(name)
	switch {
	case r == 0:
		return "#"
	case r >= 0xAC00 && r <= 0xD7A3:
		return string(initials[(r-0xAC00)/588])
	case r == 'Ё' || r == 'ё':
		return "Е"
	case l == content.EN || unicode.Is(unicode.Latin, r):
		base := []rune(norm.NFD.String(string(r)))[0]
		return string(unicode.ToUpper(base))
	}
	return string(unicode.ToUpper(r))
}

// firstLetter is the name's first rune when it is a letter, else 0.
func firstLetter(name string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(name))
	if !unicode.IsLetter(r) {
		return 0
	}
	return r
}

// initials are the Korean syllables' initial consonants, the tense ones
// filed under their plain letter as Korean indexes do.
var initials = []rune("ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ")
