package locale

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

func TestFormatDate(t *testing.T) {
	tests := []struct {
		in             string
		en, ko, ru, kk string
	}{
		{"1992-01-28", "28 January 1992", "1992년 1월 28일", "28 января 1992 г.", "1992 жылғы 28 қаңтар"},
		{"1932", "1932", "1932년", "1932 г.", "1932 ж."},
		{"1937-10", "October 1937", "1937년 10월", "октябрь 1937 г.", "1937 жылғы қазан"},
		{"~1863", "about 1863", "1863년경", "около 1863 г.", "шамамен 1863 ж."},
		{"1937/1938", "1937–1938", "1937~1938년", "1937–1938 гг.", "1937–1938 жж."},
		{"1937-09/1937-10", "September–October 1937", "1937년 9~10월", "сентябрь–октябрь 1937 г.", "1937 жылғы қыркүйек–қазан"},
		{"2009-05-12/2009-05-14", "12–14 May 2009", "2009년 5월 12~14일", "12–14 мая 2009 г.", "2009 жылғы 12–14 мамыр"},
		{"2022-06-30/2022-08-06", "30 June – 6 August 2022", "2022년 6월 30일~8월 6일", "30 июня – 6 августа 2022 г.", "2022 жылғы 30 маусым – 6 тамыз"},
		{"1951/1984-10-25", "1951 – 25 October 1984", "1951년 ~ 1984년 10월 25일", "1951 г. – 25 октября 1984 г.", "1951 ж. – 1984 жылғы 25 қазан"},
		{"~1955/1956", "about 1955–1956", "1955~1956년경", "около 1955–1956 гг.", "шамамен 1955–1956 жж."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := content.ParseDate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			for lang, want := range map[content.Lang]string{content.EN: tt.en, content.KO: tt.ko, content.RU: tt.ru, content.KK: tt.kk} {
				if got := FormatDate(lang, d); got != want {
					t.Errorf("[%s] got %q, want %q", lang, got, want)
				}
			}
		})
	}
}

func TestLifespan(t *testing.T) {
	born, _ := content.ParseDate("1868-08-27")
	died, _ := content.ParseDate("1943-10-25")
	approx, _ := content.ParseDate("~1955/1956")
	gye, _ := content.ParseDate("~1880")
	gyeDied, _ := content.ParseDate("1959-07-05")
	if got := Lifespan(content.RU, born, died); got != "1868–1943" {
		t.Errorf("got %q", got)
	}
	for _, tt := range []struct {
		lang content.Lang
		born content.Date
		died content.Date
		want string
	}{
		{content.KO, approx, content.Date{}, "1955년경 출생"},
		{content.KO, born, content.Date{}, "1868년 출생"},
		{content.KK, born, content.Date{}, "1868 ж. т."},
		{content.KK, approx, content.Date{}, "шамамен 1955 ж. т."},
		{content.KK, gye, gyeDied, "шамамен 1880–1959"},
		{content.KO, gye, gyeDied, "약 1880–1959"},
		{content.RU, approx, content.Date{}, "род. ок. 1955"},
		{content.EN, approx, content.Date{}, "b. c. 1955"},
	} {
		if got := Lifespan(tt.lang, tt.born, tt.died); got != tt.want {
			t.Errorf("[%s] got %q, want %q", tt.lang, got, tt.want)
		}
	}
	if got := Lifespan(content.EN, born, content.Date{}); got != "b. 1868" {
		t.Errorf("got %q", got)
	}
}
