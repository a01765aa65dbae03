package screens

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Interface strings. Each is an i18n.Message literal so that goi18n extract
// finds it; translations live in locales/active.<lang>.toml.
var (
	msgAppTitle        = &i18n.Message{ID: "AppTitle", Description: "Title of the exhibit on Home and the window", Other: "Koryo-saram: Korea and Kazakhstan"}
	msgAppSubtitle     = &i18n.Message{ID: "AppSubtitle", Description: "One line under the title on Home", Other: "The Koreans of Kazakhstan and the ties between two countries, from the 1860s to today"}
	msgNavTimeline     = &i18n.Message{ID: "NavTimeline", Description: "Button and screen title: the timeline", Other: "Timeline"}
	msgNavPeople       = &i18n.Message{ID: "NavPeople", Description: "Button and screen title: the people profiles", Other: "People"}
	msgNavAbout        = &i18n.Message{ID: "NavAbout", Description: "Button and screen title: about the exhibit, sources, credits", Other: "About"}
	msgNavHome         = &i18n.Message{ID: "NavHome", Description: "Top bar button back to the start screen", Other: "Home"}
	msgNavBack         = &i18n.Message{ID: "NavBack", Description: "Top bar button to the previous screen", Other: "Back"}
	msgHomeEvents      = &i18n.Message{ID: "HomeEvents", Description: "Under the Timeline button on Home; Count is the number of events", One: "{{.Count}} event from the 1860s to today", Other: "{{.Count}} events from the 1860s to today"}
	msgHomePeople      = &i18n.Message{ID: "HomePeople", Description: "Under the People button on Home; Count is the number of profiles", One: "{{.Count}} life story", Other: "{{.Count}} life stories"}
	msgHomeAbout       = &i18n.Message{ID: "HomeAbout", Description: "Under the About button on Home", Other: "Sources, credits and licences"}
	msgHomeTouch       = &i18n.Message{ID: "HomeTouch", Description: "Hint on Home that the screen is touch-operated", Other: "Touch a button to begin. Drag the timeline with your finger."}
	msgFilterAll       = &i18n.Message{ID: "FilterAll", Description: "Filter chip that shows every category or field", Other: "All"}
	msgTimelineShown   = &i18n.Message{ID: "TimelineShown", Description: "Count of events visible on the timeline after filtering", One: "{{.Count}} event shown", Other: "{{.Count}} events shown"}
	msgTimelineEarly   = &i18n.Message{ID: "TimelineEarlier", Description: "Button that scrolls the timeline to earlier years", Other: "Earlier"}
	msgTimelineLater   = &i18n.Message{ID: "TimelineLater", Description: "Button that scrolls the timeline to later years", Other: "Later"}
	msgEventPlaces     = &i18n.Message{ID: "EventPlaces", Description: "Heading of the places of an event", Other: "Places"}
	msgEventPeople     = &i18n.Message{ID: "EventPeople", Description: "Heading of the people taking part in an event", Other: "People"}
	msgSources         = &i18n.Message{ID: "Sources", Description: "Heading of a list of sources", Other: "Sources"}
	msgEventPrev       = &i18n.Message{ID: "EventPrevious", Description: "Button to the previous event in time", Other: "Previous"}
	msgEventNext       = &i18n.Message{ID: "EventNext", Description: "Button to the next event in time", Other: "Next"}
	msgEventPlanned    = &i18n.Message{ID: "EventPlanned", Description: "Badge on an event that has not happened yet", Other: "Planned"}
	msgPersonBorn      = &i18n.Message{ID: "PersonBorn", Description: "Label before a birth date", Other: "Born"}
	msgPersonDied      = &i18n.Message{ID: "PersonDied", Description: "Label before a death date", Other: "Died"}
	msgPersonFacts     = &i18n.Message{ID: "PersonFacts", Description: "Heading of a person's key facts", Other: "Key facts"}
	msgPersonEvents    = &i18n.Message{ID: "PersonEvents", Description: "Heading of the events a person is part of", Other: "On the timeline"}
	msgPersonTie       = &i18n.Message{ID: "PersonConnection", Description: "Heading: how the person is connected to Kazakhstan", Other: "Connection to Kazakhstan"}
	msgPeopleCount     = &i18n.Message{ID: "PeopleCount", Description: "Count of people shown after filtering", One: "{{.Count}} person", Other: "{{.Count}} people"}
	msgAboutText       = &i18n.Message{ID: "AboutText", Description: "What the exhibit is, on the About screen", Other: "This exhibit tells the story of the Koryo-saram, the ethnic Koreans of Kazakhstan, and of the friendship between Kazakhstan and the Republic of Korea. Every date and number, and the facts about every person, come from the published sources listed below; some spellings of names are the exhibit’s own transliterations. The texts are the exhibit’s own, in Kazakh, Korean, Russian and English."}
	msgAboutSources    = &i18n.Message{ID: "AboutSources", Description: "Heading with the number of sources", One: "{{.Count}} source", Other: "{{.Count}} sources"}
	msgAboutCredits    = &i18n.Message{ID: "AboutCredits", Description: "Heading of credits and licences", Other: "Credits and licences"}
	msgAboutArt        = &i18n.Message{ID: "AboutArt", Description: "Credit for the illustrations", Other: "Portraits and era pictures are drawn by the exhibit software itself: no photographs are used."}
	msgAboutFonts      = &i18n.Message{ID: "AboutFonts", Description: "Credit for the fonts", Other: "Typeface: Exhibit Sans, made from Noto Sans (The Noto Project Authors) and Noto Sans KR (Adobe), under the SIL Open Font License 1.1."}
	msgAboutLibraries  = &i18n.Message{ID: "AboutLibraries", Description: "Credit for the software libraries", Other: "Built with Fyne, go-i18n and Go’s golang.org/x/text (BSD and MIT licences)."}
	msgNavMap          = &i18n.Message{ID: "NavMap", Description: "Button and screen title: the map of places", Other: "Map"}
	msgHomeMap         = &i18n.Message{ID: "HomeMap", Description: "Under the Map button on Home", Other: "Places from the Korean peninsula to Central Asia"}
	msgMapHint         = &i18n.Message{ID: "MapHint", Description: "Beside the map before a place is chosen", Other: "Tap a place on the map, or choose one here, to see its events."}
	msgMapRoute        = &i18n.Message{ID: "MapRoute", Description: "Legend of the red line on the map", Other: "1937: the deportation trains, about 6,400 km (route drawn schematically)"}
	msgMapAllPlaces    = &i18n.Message{ID: "MapAllPlaces", Description: "Button back to the list of all places on the map", Other: "All places"}
	msgTextSize        = &i18n.Message{ID: "TextSize", Description: "Label before the three text-size buttons A, A+, A++", Other: "Text size"}
	msgContrast        = &i18n.Message{ID: "HighContrast", Description: "Button that switches the high-contrast colours on and off", Other: "High contrast"}
	msgAttractTouch    = &i18n.Message{ID: "AttractTouch", Description: "On the attract loop, shown in all four languages at once", Other: "Touch the screen to begin"}
	msgPresent         = &i18n.Message{ID: "Present", Description: "Button on Home (desktop mode) that starts the seminar presentation", Other: "Presentation"}
	msgTimelineCluster = &i18n.Message{ID: "TimelineCluster", Description: "A card that stands for several events the timeline cannot show one by one at this zoom; Count is how many, Range their dates (e.g. September–October 1937)", One: "{{.Count}} event · {{.Range}}", Other: "{{.Count}} events · {{.Range}}"}
	msgZoomIn          = &i18n.Message{ID: "ZoomIn", Description: "Timeline button: show fewer years, closer", Other: "Zoom in"}
	msgZoomOut         = &i18n.Message{ID: "ZoomOut", Description: "Timeline button: show more years", Other: "Zoom out"}
	msgZoomAll         = &i18n.Message{ID: "ZoomAll", Description: "Timeline button: show the whole timeline from the first year to today", Other: "All years"}
	msgQRCaption       = &i18n.Message{ID: "QRCaption", Description: "Beside a QR code on an event or person page; the source's title follows on the next line", Other: "Scan with your phone to read this source at home:"}
	msgAboutVersion    = &i18n.Message{ID: "AboutVersion", Description: "On the About screen: the app's version, e.g. 0.1.0", Other: "Exhibit software, version {{.Version}}"}
	msgClose           = &i18n.Message{ID: "Close", Description: "Button that closes a list shown over the timeline", Other: "Close"}
	msgAboutMap        = &i18n.Message{ID: "AboutMap", Description: "Credit for the map data", Other: "Map: Natural Earth (public domain), through the world-atlas package; the 1937 route is drawn schematically."}
)

// Message is an interface string (go-i18n).
type Message = i18n.Message
