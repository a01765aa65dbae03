package localeenv

import (
	"maps"
	"testing"
)

func TestMend(t *testing.T) {
	tests := []struct {
		name      string
		env, want map[string]string
	}{
		{"Debian default", map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": "C.UTF-8", "LC_MESSAGES": "C"}},
		{"a real locale is left alone", map[string]string{"LANG": "ko_KR.UTF-8"}, map[string]string{"LANG": "ko_KR.UTF-8"}},
		{"plain C is fine already", map[string]string{"LANG": "C"}, map[string]string{"LANG": "C"}},
		{"LC_MESSAGES wins over LANG", map[string]string{"LC_MESSAGES": "kk_KZ.UTF-8", "LANG": "C.UTF-8"}, map[string]string{"LC_MESSAGES": "kk_KZ.UTF-8", "LANG": "C.UTF-8"}},
		{"LC_ALL hides the rest", map[string]string{"LC_ALL": "C.UTF-8", "LC_CTYPE": "ru_RU.UTF-8", "LANG": "ru_RU.UTF-8"},
			map[string]string{"LANG": "C.UTF-8", "LC_MESSAGES": "C"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := maps.Clone(tt.env)
			environ := func() []string {
				var out []string
				for k, v := range env {
					out = append(out, k+"="+v)
				}
				return out
			}
			Mend(func(k string) string { return env[k] },
				func(k, v string) error { env[k] = v; return nil },
				func(k string) error { delete(env, k); return nil }, environ)
			if !maps.Equal(env, tt.want) {
				t.Fatalf("env %v, want %v", env, tt.want)
			}
		})
	}
}
