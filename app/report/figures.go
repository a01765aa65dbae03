// Package report turns the kiosks' visit logs (app/stats, JSON Lines) into
// the figures staff look at and draws them: a self-contained HTML report
// (inline CSS and SVG charts) and a PNG dashboard, both made with gonum/plot.
// It draws with no Fyne; the app's staff menu draws the same Figures itself.
//
// Load reads one or many logs (files, or folders of *.jsonl, each with its
// rotated .1) in one streaming pass, on every core, and returns one Figures
// per window of days: the visits of the last N calendar days up to now,
// overall and per kiosk (Session.Kiosk, or the file's name for visits
// without one). Compute does the same over sessions already in memory.
// A damaged line is skipped and counted, as stats.Read skips it.
package report

import (
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

// Figures are the visits of one window of days. Every slice is sorted for
// drawing: PerDay oldest first, Lengths shortest first, counts most first.
type Figures struct {
	// The window: From is the midnight Days-1 days before the last day,
	// To is now; the last day is now's (the one before at midnight).
	From, To time.Time
	Days     int
	Visits   int
	PerDay   []Day    // one per day of the window, zero days too
	PerHour  [24]int  // visits by the hour they started, in now's time zone
	Lengths  []Bucket // visit lengths, the buckets of LengthBuckets
	Median   time.Duration
	// Languages counts visits that used each language (the start language
	// and any chosen), so they can add up to more than Visits.
	Languages []Count
	// Screens counts the views of each screen ("home", "timeline",
	// "event" …), Home included: a visit's first screen is a view.
	Screens   []Count
	TopEvents []Count // the 10 events opened most (each opening counts)
	TopPeople []Count // the 10 people opened most
	Reached   int     // visits that opened an event page (Screens["event"] > 0)
	// ReachedEvent is Reached/Visits, 0 without visits.
	ReachedEvent float64
	// Kiosks are the same figures per kiosk, by name in natural order
	// ("hall-2" before "hall-10"); every kiosk seen in the logs is listed,
	// also one with no visits in the window. Their own Kiosks are nil.
	Kiosks  []Kiosk
	Damaged int // damaged lines skipped in the logs read (whatever their date)
}

// Span is the window's days for people: "26 Nov – 2 Dec 2026".
func (f Figures) Span() string {
	last := f.To
	if len(f.PerDay) > 0 {
		last = f.PerDay[len(f.PerDay)-1].Date
	}
	return f.From.Format("2 Jan") + " – " + last.Format("2 Jan 2006")
}

// Day is a day's visits. Date is its midnight in now's time zone.
type Day struct {
	Date    time.Time
	Visits  int
	Reached int // visits that opened an event page
}

// Bucket is a range of visit lengths: From ≤ length < To; To is 0 for
// the last, open-ended bucket.
type Bucket struct {
	Label    string // "<15s", "15–30s", …, "20m+"
	From, To time.Duration
	N        int
}

// Count is an id (event, person or language code) and how often it came
// up: the visit log's own.
type Count = stats.Count

// Kiosk is one kiosk's figures.
type Kiosk struct {
	Name string    // Session.Kiosk, or the log's file name for visits without one
	Last time.Time // its last visit in the logs, in or before the window: a quiet kiosk shows
	Figures
}

// Kinds of id that Names is asked about.
const (
	KindEvent    = "event"
	KindPerson   = "person"
	KindLanguage = "language"
)

// Names gives the title to show for an id of a kind (KindEvent, KindPerson,
// KindLanguage); "" or a nil Names shows the id (languages: their English
// names).
type Names func(kind, id string) string

// Label is the title Names gives, or the fallback.
func (n Names) Label(kind, id string) string {
	if n != nil {
		if s := n(kind, id); s != "" {
			return s
		}
	}
	if kind == KindLanguage {
		if s, ok := languageNames[id]; ok {
			return s
		}
	}
	return id
}

var languageNames = map[string]string{"kk": "Kazakh", "ko": "Korean", "ru": "Russian", "en": "English"}

// LengthBuckets are the ranges Figures.Lengths counts visits in.
var LengthBuckets = []Bucket{
	{Label: "<15s", To: 15 * time.Second},
	{Label: "15–30s", From: 15 * time.Second, To: 30 * time.Second},
	{Label: "30s–1m", From: 30 * time.Second, To: time.Minute},
	{Label: "1–2m", From: time.Minute, To: 2 * time.Minute},
	{Label: "2–5m", From: 2 * time.Minute, To: 5 * time.Minute},
	{Label: "5–10m", From: 5 * time.Minute, To: 10 * time.Minute},
	{Label: "10–20m", From: 10 * time.Minute, To: 20 * time.Minute},
	{Label: "20m+", From: 20 * time.Minute},
}
