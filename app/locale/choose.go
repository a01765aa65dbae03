package locale

import (
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/koryo-exhibit/koryo/app/content"
)

// matchOrder puts English first: the matcher's fallback is its first tag.
var matchOrder = []content.Lang{content.EN, content.KK, content.KO, content.RU}

var matcher = language.NewMatcher(tags(matchOrder))

func tags(ls []content.Lang) []language.Tag {
	out := make([]language.Tag, len(ls))
	for i, l := range ls {
		out[i] = Tag(l)
	}
	return out
}

// Default picks the starting language: the configured one when it is given
// and valid, else the best match for the OS locale, else English.
func Default(configured string, locales []string) content.Lang {
	if l := content.Lang(strings.ToLower(configured)); l.Valid() {
		return l
	}
	var want []language.Tag
	for _, s := range locales {
		for _, part := range strings.Split(s, ":") { // LANGUAGE may list several
			t, err := language.Parse(trimLocale(part))
			if err == nil && t != language.Und {
				want = append(want, t)
			}
		}
	}
	if len(want) == 0 {
		return content.EN
	}
	_, i, conf := matcher.Match(want...)
	if conf == language.No {
		return content.EN
	}
	return matchOrder[i]
}

// OSLocales returns the OS's locale settings, most specific first: on
// Windows and macOS what the OS's own locale API says (a Korean Windows
// gives "ko-KR") followed by the environment's, elsewhere the environment's
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG (see envLocales).
func OSLocales() []string { return osLocales() }

// envLocales returns the locale settings of the environment, most specific
// first, skipping C and POSIX.
func envLocales() []string {
	var out []string
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(k)
		if v == "" || v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			continue
		}
		out = append(out, v)
	}
	return out
}

// withSystem puts the locales that the OS's API reports ahead of env, the
// environment's. An API that fails or reports nothing leaves env alone.
func withSystem(system func() ([]string, error), env []string) []string {
	sys, err := system()
	if err != nil {
		return env
	}
	var out []string
	for _, s := range sys {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return append(out, env...)
}

// SelfName is the language's name in itself: қазақ тілі, 한국어, русский, English.
func SelfName(l content.Lang) string { return display.Self.Name(Tag(l)) }
