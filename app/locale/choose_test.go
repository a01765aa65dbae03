package locale

import (
	"errors"
	"reflect"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

func TestWithSystem(t *testing.T) {
	env := []string{"en_US.UTF-8"}
	for _, tt := range []struct {
		name   string
		system func() ([]string, error)
		want   []string
		lang   content.Lang
	}{
		{"a Korean Windows", func() ([]string, error) { return []string{"ko-KR"}, nil }, []string{"ko-KR", "en_US.UTF-8"}, content.KO},
		{"Kazakh first", func() ([]string, error) { return []string{"kk-KZ", "ru-RU"}, nil }, []string{"kk-KZ", "ru-RU", "en_US.UTF-8"}, content.KK},
		{"API fails", func() ([]string, error) { return nil, errors.New("no locale") }, env, content.EN},
		{"API says nothing", func() ([]string, error) { return []string{"", " "}, nil }, env, content.EN},
	} {
		got := withSystem(tt.system, env)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: withSystem = %q, want %q", tt.name, got, tt.want)
		}
		if l := Default("", got); l != tt.lang {
			t.Errorf("%s: Default = %s, want %s", tt.name, l, tt.lang)
		}
	}
}

func TestEnvLocales_Order(t *testing.T) {
	t.Setenv("LANGUAGE", "kk:ru")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "POSIX.UTF-8")
	t.Setenv("LANG", "ko_KR.UTF-8")
	if got, want := envLocales(), []string{"kk:ru", "ko_KR.UTF-8"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("envLocales() = %q, want %q", got, want)
	}
}

func TestDefault(t *testing.T) {
	tests := []struct {
		flag    string
		locales []string
		want    content.Lang
	}{
		{"ko", []string{"ru_RU.UTF-8"}, content.KO},
		{"KK", nil, content.KK},
		{"de", []string{"ru_RU.UTF-8"}, content.RU},
		{"", []string{"kk_KZ.UTF-8"}, content.KK},
		{"", []string{"ko_KR.UTF-8"}, content.KO},
		{"", []string{"de_DE:fr_FR:ko"}, content.KO},
		{"", []string{"en_GB.UTF-8"}, content.EN},
		{"", []string{"uz_UZ.UTF-8"}, content.RU}, // Uzbek readers are served Russian
		{"", []string{"ja_JP.UTF-8"}, content.EN},
		{"", []string{"garbage!!"}, content.EN},
		{"", nil, content.EN},
	}
	for _, tt := range tests {
		if got := Default(tt.flag, tt.locales); got != tt.want {
			t.Errorf("Default(%q, %v) = %s, want %s", tt.flag, tt.locales, got, tt.want)
		}
	}
}

func TestOSLocales_SkipsC(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "C.UTF-8")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "ko_KR.UTF-8")
	if got := OSLocales(); len(got) != 1 || got[0] != "ko_KR.UTF-8" {
		t.Fatalf("OSLocales() = %v", got)
	}
}

func TestSelfName(t *testing.T) {
	want := map[content.Lang]string{content.KK: "қазақ тілі", content.KO: "한국어", content.RU: "русский", content.EN: "English"}
	for l, w := range want {
		if got := SelfName(l); got != w {
			t.Errorf("SelfName(%s) = %q, want %q", l, got, w)
		}
	}
}
