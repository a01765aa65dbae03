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
// the sorted list filed under it; -1 when no name is.
type Letter struct {
	Letter string
	First  int
}

// Alphabets are the index letters of each language, in its order: Ё is
// filed under Е, Ъ and Ь begin no name, Korean lists its plain initial
// consonants.
var Alphabets = map[content.Lang][]string{
	content.EN: strings.Split("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z", " "),
	content.RU: strings.Split("А Б В Г Д Е Ж З И Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ы Э Ю Я", " "),
	content.KK: strings.Split("А Ә Б В Г Ғ Д Е Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ы І Э Ю Я", " "),
	content.KO: strings.Split("ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ", " "),
}

// Index files names, sorted in language l's order, under their letters
// (see IndexLetter): every letter of the language's alphabet, in its
// order, with the first name under it (-1 for none), and the letters of
// names in other scripts where the collation puts them (Latin before
// Cyrillic and Hangul, as x/text sorts scripts).
func Index(l content.Lang, sorted []string) []Letter {
	first := map[string]int{}
	var found []Letter
	for i, name := range sorted {
		letter := IndexLetter(l, name)
		if _, ok := first[letter]; !ok {
			first[letter] = i
			found = append(found, Letter{letter, i})
		}
	}
	inAlphabet := map[string]bool{}
	var out []Letter
	for _, a := range Alphabets[l] {
		inAlphabet[a] = true
		n, ok := first[a]
		if !ok {
			n = -1
		}
		out = append(out, Letter{a, n})
	}
	return mergeOthers(out, found, inAlphabet)
}

// mergeOthers puts the letters found outside the alphabet before the
// alphabet when their names come first, else after it.
func mergeOthers(alphabet, found []Letter, inAlphabet map[string]bool) []Letter {
	firstInAlphabet := -1
	for _, f := range found {
		if inAlphabet[f.Letter] {
			firstInAlphabet = f.First
			break
		}
	}
	var before, after []Letter
	for _, f := range found {
		switch {
		case inAlphabet[f.Letter]:
		case firstInAlphabet < 0 || f.First < firstInAlphabet:
			before = append(before, f)
		default:
			after = append(after, f)
		}
	}
	return append(append(before, alphabet...), after...)
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
