package screens

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// TestPerson_BornAgreesWithGender: Russian agrees "born" and "died" with
// the person; a person without a gender gets the neutral label.
func TestPerson_BornAgreesWithGender(t *testing.T) {
	s, w := newTestShell(t, content.RU, size1280)
	tests := []struct {
		id     string
		gender content.Gender
		want   []string
	}{
		{"anna-ten", content.Female, []string{"Родилась: 29 июля 1957 г., Ташкент"}},
		{"pyotr-lee", content.Male, []string{"Родился: около 1920 г.", "Умер: 2 мая 1990 г."}},
		{"pyotr-lee", "", []string{"Дата рождения: около 1920 г.", "Дата смерти: 2 мая 1990 г."}},
	}
	for _, tt := range tests {
		s.content.Person(tt.id).Gender = tt.gender
		s.Open(nav.Route{Screen: nav.Person, ID: tt.id})
		for _, line := range tt.want {
			if !showsText(w.Content(), line) {
				t.Errorf("%s (%q): no %q on the page", tt.id, tt.gender, line)
			}
		}
		s.Home()
	}
}
