package locale

import (
	"strings"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

func TestIndex(t *testing.T) {
	tests := []struct {
		lang  content.Lang
		names []string
		want  map[string]int // letters that must be there, and their first name
		first []string       // the index begins with these
	}{
		{content.KO, []string{"김", "꽃님", "나", "이", "황"}, map[string]int{"ㄱ": 0, "ㄴ": 2, "ㄷ": -1, "ㅇ": 3, "ㅎ": 4}, []string{"ㄱ", "ㄴ", "ㄷ"}},
		{content.KK, []string{"Ақан", "Әлия", "Ұлан", "Үміт"}, map[string]int{"А": 0, "Ә": 1, "Ұ": 3 - 1, "Ү": 3, "Б": -1}, []string{"А", "Ә", "Б"}},
		{content.EN, []string{"42nd", "Émile", "Eva", "Kim"}, map[string]int{"#": 0, "E": 1, "K": 3, "A": -1}, []string{"#", "A", "B"}},
		{content.RU, []string{"Kim", "Ёлкин", "Ким", "Ли"}, map[string]int{"K": 0, "Е": 1, "К": 2, "Л": 3}, []string{"K", "А"}},
	}
	for _, tt := range tests {
		got := Index(tt.lang, tt.names)
		at := map[string]int{}
		for _, l := range got {
			at[l.Letter] = l.First
		}
		for letter, first := range tt.want {
			if n, ok := at[letter]; !ok || n != first {
				t.Errorf("%s: letter %s at %d (there: %v), want %d", tt.lang, letter, n, ok, first)
			}
		}
		for i, f := range tt.first {
			if got[i].Letter != f {
				t.Errorf("%s: index starts %v, want %v", tt.lang, got[:len(tt.first)], tt.first)
				break
			}
		}
		if len(got) < len(Alphabets[tt.lang]) {
			t.Errorf("%s: %d letters, fewer than the alphabet's %d", tt.lang, len(got), len(Alphabets[tt.lang]))
		}
	}
}

// TestSortPeople_OneNameManyScripts: a person is filed under the name in
// the visitor's language, so Kim is under К, ㄱ and K.
func TestSortPeople_OneNameManyScripts(t *testing.T) {
	kim := &content.Person{ID: "kim", Name: content.Text{EN: "Kim", KK: "Ким", KO: "김", RU: "Ким"}}
	ahn := &content.Person{ID: "ahn", Name: content.Text{EN: "Ahn", KK: "Ан", KO: "안", RU: "Ан"}}
	for l, want := range map[content.Lang]string{content.EN: "K", content.KO: "ㄱ", content.RU: "К", content.KK: "К"} {
		ps := []*content.Person{kim, ahn}
		SortPeople(l, ps)
		if got := IndexLetter(l, kim.Name.In(l)); got != want {
			t.Errorf("%s: Kim is under %q, want %q", l, got, want)
		}
		if (l == content.KO) != (ps[0] == kim) { // 김 before 안; Ahn/Ан before Kim/Ким
			t.Errorf("%s: order %s, %s", l, ps[0].ID, ps[1].ID)
		}
	}
}

func TestSortPeople(t *testing.T) {
	mk := func(names ...string) []*content.Person {
		var ps []*content.Person
		for _, n := range names {
			ps = append(ps, &content.Person{ID: n, Name: content.Text{EN: n, KK: n, KO: n, RU: n}})
		}
		return ps
	}
	tests := []struct {
		lang content.Lang
		in   []string
		want string
	}{
		{content.KK, []string{"Үміт", "Ұлан", "Іле", "Ыдырыс"}, "Ұлан Үміт Ыдырыс Іле"},
		{content.KO, []string{"홍범도", "계봉우", "데니스 텐", "김로만"}, "계봉우 김로만 데니스 텐 홍범도"},
		{content.RU, []string{"Ёлкин", "Ежов", "Жуков"}, "Ежов Ёлкин Жуков"},
		{content.EN, []string{"ten", "Son", "kim"}, "kim Son ten"},
	}
	for _, tt := range tests {
		ps := mk(tt.in...)
		SortPeople(tt.lang, ps)
		var got []string
		for _, p := range ps {
			got = append(got, p.ID)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("[%s] got %v, want %s", tt.lang, got, tt.want)
		}
	}
}
