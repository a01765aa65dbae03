package reading

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/koryo-exhibit/koryo/app/tomlfile"

	"github.com/koryo-exhibit/koryo/app/content"
)

// Rule kinds, as a Finding names them.
const (
	KindMixedScripts = "mixed-scripts"
	KindForbidden    = "forbidden"
	KindGloss        = "gloss"
	KindEnclosed     = "enclosed"
)

// Finding is one reading mistake in one text.
type Finding struct {
	File  string // "events/1997-play-memory.toml", "locales/active.kk.toml"
	Field string // "text", "facts[1]", or a message and its plural form: "AppTitle.other"
	Lang  string
	Kind  string // KindMixedScripts, KindForbidden, KindGloss or KindEnclosed
	Msg   string
}

func (f Finding) String() string {
	return fmt.Sprintf("%s: %s [%s]: %s", f.File, f.Field, f.Lang, f.Msg)
}

// Hit is a mistake found in a text, before it is placed in a file.
type Hit struct {
	Kind string
	Msg  string
}

// Text checks one text s, written in language lang and shown as field
// (fields matter only to a gloss's except_fields).
func (r Rules) Text(lang, field, s string) []Hit {
	lr := r[lang]
	if lr == nil || s == "" {
		return nil
	}
	var hits []Hit
	if lr.MixedScripts {
		for _, w := range mixedWords(s) {
			hits = append(hits, Hit{KindMixedScripts, fmt.Sprintf("%q mixes Latin and Cyrillic letters", w)})
		}
	}
	hits = append(hits, lr.forbidden(s)...)
	hits = append(hits, lr.glosses(field, s)...)
	return append(hits, lr.enclosed(s)...)
}

// Content checks every visible text of c (speaker notes included) in every
// language that has rules. The Hangul and Cyrillic name forms are not
// texts of a language and are left out.
func (r Rules) Content(c *content.Content) []Finding {
	var out []Finding
	c.EachText(func(file, field string, t content.Text) {
		if field == "hangul" || field == "cyrillic" {
			return
		}
		for _, lang := range r.Langs() {
			for _, h := range r.Text(lang, field, t.In(content.Lang(lang))) {
				out = append(out, Finding{File: file, Field: field, Lang: lang, Kind: h.Kind, Msg: h.Msg})
			}
		}
	})
	return out
}

// pluralForms are the keys of a go-i18n message that hold its text.
var pluralForms = []string{"zero", "one", "two", "few", "many", "other"}

// Catalogue checks the translations in a go-i18n TOML catalogue (for
// example locales/active.kk.toml) written in language lang. file names the
// catalogue in findings.
func (r Rules) Catalogue(file, lang string, data []byte) ([]Finding, error) {
	var msgs map[string]map[string]any
	if err := tomlfile.Unmarshal(data, &msgs); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	ids := make([]string, 0, len(msgs))
	for id := range msgs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []Finding
	for _, id := range ids {
		for _, form := range pluralForms {
			s, ok := msgs[id][form].(string)
			if !ok {
				continue
			}
			field := id + "." + form
			for _, h := range r.Text(lang, field, s) {
				out = append(out, Finding{File: file, Field: field, Lang: lang, Kind: h.Kind, Msg: h.Msg})
			}
		}
	}
	return out, nil
}

// mixedWords returns the words (runs of letters and combining marks) of s
// that have both Latin and Cyrillic letters.
func mixedWords(s string) []string {
	var out []string
	start := -1
	latin, cyrillic := false, false
	flush := func(end int) {
		if start >= 0 && latin && cyrillic {
			out = append(out, s[start:end])
		}
		start, latin, cyrillic = -1, false, false
	}
	for i, c := range s {
		if !unicode.IsLetter(c) && !unicode.Is(unicode.Mn, c) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
		latin = latin || unicode.Is(unicode.Latin, c)
		cyrillic = cyrillic || unicode.Is(unicode.Cyrillic, c)
	}
	flush(len(s))
	return out
}

// wordStart reports whether a match at byte i starts a word: the match does
// not begin with a letter, or no letter comes before it.
func wordStart(s string, i int) bool {
	first, _ := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(first) {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !unicode.IsLetter(prev)
}

// wordEnd returns the end of the word that goes on at byte i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(c) && !unicode.Is(unicode.Mn, c) {
			break
		}
		i += n
	}
	return i
}

// around returns the match s[i:j] with a few words either side, for a
// finding a translator can search for.
func around(s string, i, j int) string {
	const side = 24 // bytes, then widened to whole runes
	a, b := i-side, j+side
	if a < 0 {
		a = 0
	}
	if b > len(s) {
		b = len(s)
	}
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return strings.Join(strings.Fields(s[a:b]), " ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
