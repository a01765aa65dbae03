package locale

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

func TestAxisLabels(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{DecadeLabel(content.EN, 1930), "1930s"}, {DecadeLabel(content.RU, 1930), "1930-е"},
		{DecadeLabel(content.KK, 1930), "1930-жылдар"}, {DecadeLabel(content.KO, 1930), "1930년대"},
		{YearLabel(content.KO, 1937), "1937년"}, {YearLabel(content.RU, 1937), "1937"},
		{MonthLabel(content.EN, 1937, 9, false), "Sep"}, {MonthLabel(content.RU, 1937, 9, false), "сент."},
		{MonthLabel(content.KK, 1938, 1, true), "1938 қаң."}, {MonthLabel(content.KO, 1938, 1, true), "1938년 1월"},
		{MonthLabel(content.EN, 1938, 1, true), "Jan 1938"}, {MonthLabel(content.KO, 1937, 10, false), "10월"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestNumber(t *testing.T) {
	nb := "\u00a0"
	want := map[content.Lang]string{content.EN: "10,000", content.KO: "10,000", content.RU: "10" + nb + "000", content.KK: "10" + nb + "000"}
	for l, w := range want {
		if got := Number(l, 10000); got != w {
			t.Errorf("Number(%s, 10000) = %q, want %q", l, got, w)
		}
	}
	if got := Number(content.RU, 44); got != "44" {
		t.Errorf("small numbers: %q", got)
	}
}

func TestPercent(t *testing.T) {
	want := map[content.Lang]string{content.EN: "62%", content.KO: "62%", content.RU: "62%", content.KK: "62%"}
	for l, w := range want {
		if got := Percent(l, 0.6237); got != w {
			t.Errorf("Percent(%s, 0.6237) = %q, want %q", l, got, w)
		}
	}
	if got := Percent(content.RU, 12.344); got != "1\u00a0234%" {
		t.Errorf("Percent(ru, 12.344) = %q, want the number grouped and no space before %%", got)
	}
	if got := Percent(content.EN, 0); got != "0%" {
		t.Errorf("Percent(0) = %q", got)
	}
}
