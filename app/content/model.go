package content

// Source is a reference a visitor can follow: a title and a URL.
type Source struct {
	Title string `toml:"title"`
	URL   string `toml:"url"`
}

// Era is a period of the timeline, drawn as a band.
type Era struct {
	ID          string `toml:"id"`
	From        int    `toml:"from"`
	To          int    `toml:"to"` // 0: still going on
	Colour      string `toml:"colour"`
	Name        Text   `toml:"name"`
	Description Text   `toml:"description"`
	File        string `toml:"-"`
}

// Contains reports whether year y falls inside the era.
func (e *Era) Contains(y int) bool { return y >= e.From && (e.To == 0 || y <= e.To) }

// Category groups events and gives them their colour on the timeline.
type Category struct {
	ID     string `toml:"id"`
	Colour string `toml:"colour"`
	Name   Text   `toml:"name"`
	File   string `toml:"-"`
}

// Field is what a person is known for; the People screen filters by it.
type Field struct {
	ID   string `toml:"id"`
	Name Text   `toml:"name"`
	File string `toml:"-"`
}

// Place is a named location with coordinates.
type Place struct {
	ID   string  `toml:"id"`
	Lat  float64 `toml:"lat"`
	Lon  float64 `toml:"lon"`
	Name Text    `toml:"name"`
	File string  `toml:"-"`
}

// Event is one item of the timeline.
type Event struct {
	ID       string   `toml:"id"`
	DateText string   `toml:"date"`
	Era      string   `toml:"era"`
	Category string   `toml:"category"`
	Places   []string `toml:"places"`
	People   []string `toml:"people"`
	Planned  bool     `toml:"planned"`
	// Importance ranks an event for the timeline when cards would overlap:
	// 3 key (stays a card longest), 2 normal (the default), 1 minor.
	Importance int      `toml:"importance"`
	Image      string   `toml:"image"`      // optional picture, a path inside the content folder
	Label      Text     `toml:"date_label"` // optional: how to write the date instead of the date itself
	Title      Text     `toml:"title"`
	Text       Text     `toml:"text"`
	Notes      Text     `toml:"notes"` // optional speaker notes for the presentation
	Sources    []Source `toml:"sources"`
	File       string   `toml:"-"`
	Date       Date     `toml:"-"`
}

// Person is a profile of a notable person.
type Person struct {
	ID         string   `toml:"id"`
	Field      string   `toml:"field"`
	BornText   string   `toml:"born"`
	DiedText   string   `toml:"died"`
	Hangul     string   `toml:"hangul"`
	Cyrillic   string   `toml:"cyrillic"`
	Gender     Gender   `toml:"gender"` // for the grammar of "born"/"died" in Russian
	Name       Text     `toml:"name"`
	Role       Text     `toml:"role"`
	Birthplace Text     `toml:"birthplace"`
	Deathplace Text     `toml:"deathplace"`
	Connection Text     `toml:"connection"`
	Bio        Text     `toml:"bio"`
	Facts      []Text   `toml:"facts"`
	Sources    []Source `toml:"sources"`
	File       string   `toml:"-"`
	Born       Date     `toml:"-"`
	Died       Date     `toml:"-"` // zero for the living
}

// Content is the whole validated and indexed exhibit content.
type Content struct {
	Eras       []*Era      // by start year
	Categories []*Category // by file name
	Fields     []*Field    // by file name
	Places     []*Place    // by file name
	Events     []*Event    // by date, then id
	People     []*Person   // by id; screens sort them per language
	Langs      []Lang      // the languages the content provides
	Title      Text        // the exhibit's title from a folder's manifest; empty for the bundled one

	eras       map[string]*Era
	categories map[string]*Category
	fields     map[string]*Field
	places     map[string]*Place
	events     map[string]*Event
	people     map[string]*Person
	personEvts map[string][]*Event
}
