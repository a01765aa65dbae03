package content

// Lang is an exhibit language code: "en", "kk", "ko" or "ru".
type Lang string

// The four exhibit languages.
const (
	EN Lang = "en"
	KK Lang = "kk"
	KO Lang = "ko"
	RU Lang = "ru"
)

// Languages lists the exhibit languages in the order the language buttons show
// them: the host country's language first.
var Languages = []Lang{KK, KO, RU, EN}

// Valid reports whether l is one of the exhibit languages.
func (l Lang) Valid() bool {
	for _, x := range Languages {
		if x == l {
			return true
		}
	}
	return false
}

// Text is one visible text in every exhibit language.
type Text struct {
	EN string `toml:"en"`
	KK string `toml:"kk"`
	KO string `toml:"ko"`
	RU string `toml:"ru"`
}

// In returns the text in language l, or English for an unknown language.
func (t Text) In(l Lang) string {
	switch l {
	case KK:
		return t.KK
	case KO:
		return t.KO
	case RU:
		return t.RU
	}
	return t.EN
}

// Missing lists the languages whose text is empty.
func (t Text) Missing() []Lang {
	var out []Lang
	for _, l := range Languages {
		if isBlank(t.In(l)) {
			out = append(out, l)
		}
	}
	return out
}

// IsZero reports whether no language has any text.
func (t Text) IsZero() bool { return len(t.Missing()) == len(Languages) }

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			return false
		}
	}
	return true
}
