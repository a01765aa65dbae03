package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestPrint(t *testing.T) {
	figs, _ := Load([]string{writeKnownLog(t)}, knownNow, 7)
	var b bytes.Buffer
	figs[0].Print(&b)
	for _, want := range []string{
		"last 7 days (2026-11-26 – 2026-12-02 15:30): 5 visits, median visit 1m 30s, 60% opened an event\n",
		"  2026-12-02 Wed  3\n", "  e1                                       3\n",
		"screens:\n  home                                     5\n  event                                    4\ntop events:\n",
		"  hall-2                      2 visits  median 2m 35s    50% opened an event  last visit 2026-12-02 15:30\n",
		"  hall-10                     0 visits  median 0s         0% opened an event  last visit 2026-10-01 12:00\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	errs, err := WriteCSV(&b, []string{writeKnownLog(t)})
	if err != nil || len(errs) != 2 {
		t.Fatalf("%v %v", err, errs)
	}
	rows := strings.Split(strings.TrimSpace(b.String()), "\n")
	// 6 + 4 + 1 visits, as written (UTC), with a header.
	if len(rows) != 12 || rows[0] != "kiosk,start,end,seconds,languages,screens,events,people" ||
		!strings.HasPrefix(rows[10], "hall-2,2026-12-02T10:30:00Z,2026-12-02T10:31:00Z,60,ru,home:1,,") ||
		rows[4] != "hall-1,2026-12-01T09:00:00Z,2026-12-01T09:01:30Z,90,kk ru kk,event:1 home:1,e1," {
		t.Errorf("%d rows:\n%s", len(rows), b.String())
	}
}
