package locale

import (
	"reflect"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

func TestIndex(t *testing.T) {
	tests := []struct {
		lang  content.Lang
		names []string
		want  []Letter
	}{
		{content.KO, []string{"김", "꽃님", "나", "이", "황"}, []Letter{{"ㄱ", 0}, {"ㄴ", 2}, {"ㅇ", 3}, {"ㅎ", 4}}},
		{content.KK, []string{"Ақан", "Әлия", "Ұлан", "Үміт", "Ёлка"}, []Letter{{"А", 0}, {"Ә", 1}, {"Ұ", 2}, {"Ү", 3}, {"Е", 4}}},
		{content.EN, []string{"Émile", "Eva", "Kim", "42nd"}, []Letter{{"E", 0}, {"K", 2}, {"#", 3}}},
		{content.RU, []string{"Ким", "Ли", "Ёлкин", "Kim"}, []Letter{{"К", 0}, {"Л", 1}, {"Е", 2}, {"K", 3}}},
	}
	for _, tt := range tests {
		if got := Index(tt.lang, tt.names); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.lang, got, tt.want)
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
