package locale

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/koryo-exhibit/koryo/app/tomlfile"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/koryo-exhibit/koryo/app/content"
)

// Message is an interface string: an ID, a description for translators and
// the English text (with plural forms where it counts something).
type Message = goi18n.Message

// Localizer translates interface messages into the current language.
type Localizer struct {
	bundle *goi18n.Bundle
	locs   map[content.Lang]*goi18n.Localizer
	lang   content.Lang
	// Missing, when set, hears of every message a catalogue lacks; the
	// English text is shown meanwhile.
	Missing func(error)
}

// New loads the catalogues active.<lang>.toml for the four languages from
// fsys and starts in language lang.
func New(fsys fs.FS, lang content.Lang) (*Localizer, error) {
	b := goi18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", tomlfile.Unmarshal)
	l := &Localizer{bundle: b, locs: map[content.Lang]*goi18n.Localizer{}}
	for _, lg := range content.Languages {
		name := "active." + string(lg) + ".toml"
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("load catalogue %s: %w", name, err)
		}
		if _, err := b.ParseMessageFileBytes(data, path.Base(name)); err != nil {
			return nil, fmt.Errorf("load catalogue %s: %w", name, err)
		}
		l.locs[lg] = goi18n.NewLocalizer(b, string(lg))
	}
	l.SetLang(lang)
	return l, nil
}

// Lang returns the current language.
func (l *Localizer) Lang() content.Lang { return l.lang }

// SetLang changes the current language; an unknown one selects English.
func (l *Localizer) SetLang(lang content.Lang) {
	if !lang.Valid() {
		lang = content.EN
	}
	l.lang = lang
}

// T returns the message in the current language.
func (l *Localizer) T(m *Message) string { return l.localize(m, nil, nil) }

// TIn returns the message in language lang, whatever the current one is
// (the attract loop shows "touch to begin" in all four at once).
func (l *Localizer) TIn(lang content.Lang, m *Message) string {
	saved := l.lang
	l.SetLang(lang)
	defer func() { l.lang = saved }()
	return l.T(m)
}

// In is a localizer that speaks language lang and shares this one's
// catalogues: the staff menu speaks the kiosk's default language whatever
// a visitor chose.
func (l *Localizer) In(lang content.Lang) *Localizer {
	c := *l
	c.SetLang(lang)
	return &c
}

// TData fills the message's template with data.
func (l *Localizer) TData(m *Message, data map[string]any) string {
	return l.localize(m, data, nil)
}

// N returns the plural form of the message for count n; {{.Count}} is n
// grouped the language's way (10,000 · 10 000).
func (l *Localizer) N(m *Message, n int) string {
	return l.localize(m, map[string]any{"Count": Number(l.lang, n)}, n)
}

// NData is N with more template data (a cluster's date range).
func (l *Localizer) NData(m *Message, n int, data map[string]any) string {
	d := map[string]any{"Count": Number(l.lang, n)}
	for k, v := range data {
		d[k] = v
	}
	return l.localize(m, d, n)
}

func (l *Localizer) localize(m *Message, data map[string]any, count any) string {
	s, err := l.locs[l.lang].Localize(&goi18n.LocalizeConfig{
		DefaultMessage: m, TemplateData: data, PluralCount: count,
	})
	if err != nil && l.Missing != nil {
		l.Missing(fmt.Errorf("%s [%s]: %w", m.ID, l.lang, err))
	}
	if s == "" {
		return m.Other
	}
	return s
}

// Text returns a content text in the current language.
func (l *Localizer) Text(t content.Text) string { return t.In(l.lang) }

// Date writes a content date in the current language.
func (l *Localizer) Date(d content.Date) string { return FormatDate(l.lang, d) }

// Tag returns the BCP 47 tag of a language.
func Tag(lang content.Lang) language.Tag { return language.MustParse(string(lang)) }

// trimLocale turns a POSIX locale ("ko_KR.UTF-8@x") into a BCP 47 tag string.
func trimLocale(s string) string {
	s, _, _ = strings.Cut(s, ".")
	s, _, _ = strings.Cut(s, "@")
	return strings.ReplaceAll(s, "_", "-")
}
