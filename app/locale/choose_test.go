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
