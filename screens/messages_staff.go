package screens

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Words of the staff menu, its PIN pad and its dashboard. They are shown in
// the kiosk's default language, whatever a visitor chose.
var (
	msgStaffTitle     = &i18n.Message{ID: "StaffTitle", Description: "Heading of the staff menu behind the PIN", Other: "Staff"}
	msgStaffResume    = &i18n.Message{ID: "StaffResume", Description: "Staff menu button: back to the exhibit for visitors", Other: "Resume the exhibit"}
	msgStaffExit      = &i18n.Message{ID: "StaffExit", Description: "Staff menu button: quit the application", Other: "Exit the app"}
	msgStaffLang      = &i18n.Message{ID: "StaffLanguage", Description: "Staff menu heading: the language the kiosk starts each visit in", Other: "Default language"}
	msgStaffIdle      = &i18n.Message{ID: "StaffIdle", Description: "Staff menu heading: how long without a touch before the kiosk goes back to its attract loop", Other: "Back to the attract loop after"}
	msgStaffVisits    = &i18n.Message{ID: "StaffVisits", Description: "Staff menu heading of the visit figures and charts", Other: "Visits"}
	msgStaffWeek      = &i18n.Message{ID: "StaffLast7", Description: "Button: show the figures of the last 7 days", Other: "Last 7 days"}
	msgStaffMonth     = &i18n.Message{ID: "StaffLast30", Description: "Button: show the figures of the last 30 days", Other: "Last 30 days"}
	msgStaffLogOff    = &i18n.Message{ID: "StaffLogOff", Description: "Staff menu, when the kiosk keeps no visit log", Other: "The visit log is off (statistics = false in the settings)."}
	msgStaffNone      = &i18n.Message{ID: "StaffNoVisits", Description: "Staff dashboard, when no visit was recorded in the days chosen", Other: "No visits were recorded in these days."}
	msgStaffCount     = &i18n.Message{ID: "StaffVisitCount", Description: "Staff dashboard: how many visits in the days shown; Range is the dates, e.g. 3–9 November 2026", One: "{{.Range}}: {{.Count}} visit.", Other: "{{.Range}}: {{.Count}} visits."}
	msgStaffMedian    = &i18n.Message{ID: "StaffMedian", Description: "Staff dashboard: the median length of a visit, e.g. 2 min 15 s", Other: "Half of the visits lasted longer than {{.Time}}."}
	msgStaffDamaged   = &i18n.Message{ID: "StaffDamaged", Description: "Staff dashboard: lines of the visit log that could not be read", One: "{{.Count}} damaged line of the visit log was skipped.", Other: "{{.Count}} damaged lines of the visit log were skipped."}
	msgStaffWaiting   = &i18n.Message{ID: "StaffContentWaiting", Description: "Staff menu note: new content passed its checks and waits for the next idle reset", Other: "The content folder changed and passed its checks: the new content is shown at the next idle reset."}
	msgStaffNotSaved  = &i18n.Message{ID: "StaffNotSaved", Description: "Staff menu note when the settings file could not be written; the technical reason follows in English", Other: "The settings could not be saved: the change lasts until the app restarts."}
	msgStaffNoRecords = &i18n.Message{ID: "StaffNoRecords", Description: "Staff menu note when visits cannot be written to the visit log (full disk, read-only folder); the technical reason follows in English", Other: "Visits are not being recorded."}
	msgChartDay       = &i18n.Message{ID: "ChartPerDay", Description: "Chart title: visits on each day", Other: "Visits per day"}
	msgChartHour      = &i18n.Message{ID: "ChartPerHour", Description: "Chart title: visits by the hour of the day they began", Other: "Visits by the hour they began"}
	msgChartLength    = &i18n.Message{ID: "ChartLengths", Description: "Chart title: how long visits lasted", Other: "How long visits lasted"}
	msgChartLangs     = &i18n.Message{ID: "ChartLanguages", Description: "Chart title: the languages visitors used", Other: "Languages used"}
	msgChartEvents    = &i18n.Message{ID: "ChartEvents", Description: "Chart title: the events whose pages were opened most", Other: "Events opened most"}
	msgChartPeople    = &i18n.Message{ID: "ChartPeople", Description: "Chart title: the people whose profiles were opened most", Other: "People opened most"}
	msgChartReached   = &i18n.Message{ID: "ChartReached", Description: "Chart title: the share of visits that opened at least one event page", Other: "Visits that opened an event page"}
	msgChartShare     = &i18n.Message{ID: "ChartReachedShare", Description: "Under the share chart: Percent of the visits, e.g. 62 %; Count is how many visits", One: "{{.Percent}}: {{.Count}} visit", Other: "{{.Percent}}: {{.Count}} visits"}
	msgChartKiosks    = &i18n.Message{ID: "ChartKiosks", Description: "Chart title: visits at each kiosk of the exhibition", Other: "Visits per kiosk"}
	msgDurSeconds     = &i18n.Message{ID: "DurationSeconds", Description: "A length of time in seconds, e.g. 15 s", Other: "{{.N}} s"}
	msgDurMinutes     = &i18n.Message{ID: "DurationMinutes", Description: "A length of time in minutes, e.g. 20 min", Other: "{{.N}} min"}
	msgDurMinSec      = &i18n.Message{ID: "DurationMinSec", Description: "A length of time in minutes and seconds, e.g. 2 min 15 s", Other: "{{.M}} min {{.S}} s"}
	msgDurAtLeast     = &i18n.Message{ID: "DurationAtLeast", Description: "The longest visits, a length of time or more, e.g. 20 min or more", Other: "{{.Time}} or more"}
	msgPadTitle       = &i18n.Message{ID: "PadTitle", Description: "Heading of the on-screen PIN pad for staff", Other: "Staff PIN"}
	msgPadClear       = &i18n.Message{ID: "PadClear", Description: "PIN pad key that clears the digits typed", Other: "Clear"}
	msgPadOK          = &i18n.Message{ID: "PadOK", Description: "PIN pad key that checks the PIN typed", Other: "OK"}
	msgPadCancel      = &i18n.Message{ID: "PadCancel", Description: "PIN pad button back to the exhibit", Other: "Cancel"}
	msgPadNoPIN       = &i18n.Message{ID: "PadNoPIN", Description: "PIN pad, when no staff PIN is set; koryo set-pin is a command, keep it as it is", Other: "No valid staff PIN is set: run koryo set-pin on this machine."}
	msgPadWrong       = &i18n.Message{ID: "PadWrong", Description: "PIN pad, after a wrong PIN", Other: "Wrong PIN."}
	msgPadLocked      = &i18n.Message{ID: "PadLocked", Description: "PIN pad, after too many wrong PINs; Count is seconds", One: "Locked: try again in {{.Count}} second.", Other: "Locked: try again in {{.Count}} seconds."}
)
