// Package reading owns the exhibit's reading check: the mechanical mistakes
// a native reader finds in the texts, as the glossary (docs/glossary.md)
// states them. The rules live in a machine-readable file,
// docs/glossary-rules.toml: per language, words that mix Latin and Cyrillic
// letters, forms that must not be used (with the form to use instead),
// historical names that need a gloss at their first mention, and terms
// that must stand inside quotation marks.
//
// The package checks single texts, the whole content and go-i18n message
// catalogues, and names the file, the field and the language of every
// finding. It draws nothing and knows nothing of Fyne.
package reading

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/koryo-exhibit/koryo/app/tomlfile"
)

// Rules are the reading rules of every language, by language code.
type Rules map[string]*LangRules

// LangRules are the rules of one language.
type LangRules struct {
	// MixedScripts forbids words that mix Latin and Cyrillic letters.
	MixedScripts bool        `toml:"mixed_scripts"`
	Forbidden    []Forbidden `toml:"forbidden"`
	Gloss        []Gloss     `toml:"gloss"`
	Enclosed     []Enclosed  `toml:"enclosed"`
}

// Forbidden is a form that must not appear in a language's texts.
type Forbidden struct {
	Form      string `toml:"form"`     // literal text, any case
	Pattern   string `toml:"pattern"`  // or a regular expression, case as written
	Anywhere  bool   `toml:"anywhere"` // match inside words too, not only at a word's start
	Preferred string `toml:"preferred"`
	Reason    string `toml:"reason"`

	re *regexp.Regexp
}

// Gloss is a name whose first mention in each text must be followed by a
// gloss, e.g. “Alma-Ata (today’s Almaty)”.
type Gloss struct {
	Form   string   `toml:"form"` // the start of the word; declined forms count
	Gloss  string   `toml:"gloss"`
	Except []string `toml:"except_fields"` // fields that may leave the gloss out
	Reason string   `toml:"reason"`

	re *regexp.Regexp
}

// Enclosed is a term that must always stand inside marks, e.g. «корё сарам».
type Enclosed struct {
	Form   string `toml:"form"`
	Open   string `toml:"open"`
	Close  string `toml:"close"`
	Reason string `toml:"reason"`

	re *regexp.Regexp
}

// languages are the exhibit languages a rules file may name.
var languages = map[string]bool{"en": true, "kk": true, "ko": true, "ru": true}

// ParseRules reads a rules file (see docs/glossary-rules.toml) and checks
// that every rule is complete and every pattern compiles.
func ParseRules(data []byte) (Rules, error) {
	var r Rules
	unknown, err := tomlfile.Decode(data, &r)
	if err != nil {
		return nil, err
	}
	var problems []string
	for _, k := range unknown {
		problems = append(problems, fmt.Sprintf("unknown key %s", k))
	}
	for _, lang := range r.Langs() {
		if !languages[lang] {
			problems = append(problems, fmt.Sprintf("[%s]: not an exhibit language (en, kk, ko, ru)", lang))
			continue
		}
		problems = r[lang].compile(lang, problems)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("reading rules: %s", strings.Join(problems, "; "))
	}
	return r, nil
}

// compile checks one language's rules and compiles their patterns,
// adding what is wrong to problems.
func (lr *LangRules) compile(lang string, problems []string) []string {
	var err error
	for i := range lr.Forbidden {
		f := &lr.Forbidden[i]
		at := fmt.Sprintf("%s.forbidden[%d]", lang, i)
		switch {
		case (f.Form == "") == (f.Pattern == ""):
			problems = append(problems, at+": give either form or pattern")
		case f.Form != "":
			f.re = regexp.MustCompile("(?i)" + regexp.QuoteMeta(f.Form))
		default:
			if f.re, err = regexp.Compile(f.Pattern); err != nil {
				problems = append(problems, fmt.Sprintf("%s: pattern: %v", at, err))
			}
		}
		problems = need(problems, at, "preferred", f.Preferred, "reason", f.Reason)
	}
	for i := range lr.Gloss {
		g := &lr.Gloss[i]
		at := fmt.Sprintf("%s.gloss[%d]", lang, i)
		problems = need(problems, at, "form", g.Form, "gloss", g.Gloss, "reason", g.Reason)
		g.re = regexp.MustCompile("(?i)" + regexp.QuoteMeta(g.Form))
	}
	for i := range lr.Enclosed {
		e := &lr.Enclosed[i]
		at := fmt.Sprintf("%s.enclosed[%d]", lang, i)
		problems = need(problems, at, "form", e.Form, "open", e.Open, "close", e.Close, "reason", e.Reason)
		e.re = regexp.MustCompile("(?i)" + regexp.QuoteMeta(e.Form))
	}
	return problems
}

// need adds a problem for every empty value of the name/value pairs kv.
func need(problems []string, at string, kv ...string) []string {
	for i := 0; i+1 < len(kv); i += 2 {
		if strings.TrimSpace(kv[i+1]) == "" {
			problems = append(problems, fmt.Sprintf("%s: %s is missing", at, kv[i]))
		}
	}
	return problems
}

// Langs lists the languages that have rules, in a fixed order.
func (r Rules) Langs() []string {
	out := make([]string, 0, len(r))
	for l := range r {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
