package timelinejs

import "testing"

// TestConvert_Dates: years, months and days as numbers or strings, ranges,
// display dates, and what cannot be a date.
func TestConvert_Dates(t *testing.T) {
	checkRules(t, []ruleCase{
		{"numbers and strings", ev(`{"start_date":{"year":1815,"month":" 12 ","day":10.0},"text":{"headline":"Ada"}}`),
			"events/1815-ada.toml", `date = "1815-12-10"`, ""},
		{"blank parts are absent", ev(`{"start_date":{"year":"1951","month":"","day":" "},"text":{"headline":"R"}}`),
			"events/1951-r.toml", `date = "1951"`, ""},
		{"zero-padded year", ev(`{"start_date":{"year":"602"},"text":{"headline":"War"}}`),
			"events/0602-war.toml", `date = "0602"`, ""},
		{"BCE year rejected", ev(`{"start_date":{"year":-500},"text":{"headline":"Old"}}`, `{"start_date":{"year":1900},"text":{"headline":"New"}}`),
			"events/1900-new.toml", "", "event 1 (“Old”): start_date: year -500 is BCE"},
		{"year not an integer", ev(`{"start_date":{"year":"1815.5"}}`, `{"start_date":{"year":1900}}`),
			"events/1900-untitled-2.toml", "", `event 1: start_date: year "1815.5" is not a whole number; skipped`},
		{"month 13 rejected", ev(`{"start_date":{"year":1900,"month":13},"text":{"headline":"X"}}`, `{"start_date":{"year":1900}}`),
			"events/1900-untitled-2.toml", "", "event 1 (“X”): start_date: month 13 does not exist; skipped"},
		{"30 February rejected", ev(`{"start_date":{"year":1900,"month":2,"day":30}}`, `{"start_date":{"year":1900}}`),
			"events/1900-untitled-2.toml", "", "day 30 does not exist in 1900-02"},
		{"time of day dropped", ev(`{"start_date":{"year":1900,"hour":"10","minute":5},"text":{"headline":"X"}}`),
			"events/1900-x.toml", `date = "1900"`, "event 1 (“X”): time of day dropped (hour, minute)"},
		{"range", ev(`{"start_date":{"year":1943,"month":7},"end_date":{"year":"1946","month":""}}`),
			"events/1943-untitled-1.toml", `date = "1943-07/1946"`, ""},
		{"range ending before it starts", ev(`{"start_date":{"year":1950},"end_date":{"year":1940}}`),
			"events/1950-untitled-1.toml", `date = "1950"`, "end_date 1940 is before start_date 1950; kept only the start"},
		{"range of one date", ev(`{"start_date":{"year":1950,"month":3},"end_date":{"year":1950,"month":"03"}}`),
			"events/1950-untitled-1.toml", `date = "1950-03"` + "\n", ""},
		{"future date planned", ev(`{"start_date":{"year":2030},"text":{"headline":"Expo"}}`),
			"events/2030-expo.toml", "planned = true", "event 1 (“Expo”): dated 2030, after today: marked planned = true"},
		{"display_date", ev(`{"start_date":{"year":1863,"display_date":"about 1863"}}`),
			"events/1863-about-1863.toml", "[date_label]\nen = \"about 1863\"", "no headline; titled “about 1863”"},
		{"no start year", ev(`{"start_date":{"month":5}}`, `{"start_date":{"year":1900}}`),
			"events/1900-untitled-2.toml", "", "event 1: start_date: no year; skipped"},
	})
}
