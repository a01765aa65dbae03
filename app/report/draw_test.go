package report

import (
	"bytes"
	"image"
	"image/png"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// testNames titles e1 in Korean and leaves the rest to ids.
func testNames(kind, id string) string {
	if kind == KindEvent && id == "e1" {
		return "고려인 이주 — Қоныс аудару"
	}
	return ""
}

func TestHTML_SelfContained(t *testing.T) {
	figs, _ := Load([]string{writeKnownLog(t)}, knownNow, 7, 30)
	var b bytes.Buffer
	if err := HTML(&b, figs[0], figs[1], testNames); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	svgs, external := 0, []string{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.Data == "svg" {
			svgs++
		}
		if n.Data == "script" || n.Data == "link" || n.Data == "img" || n.Data == "iframe" {
			external = append(external, n.Data)
		}
	}
	// 7 charts a window, and 5 comparing its 3 kiosks.
	if svgs != 2*(7+5) || len(external) > 0 {
		t.Errorf("%d <svg>, want 24; elements that load: %v", svgs, external)
	}
	for _, want := range []string{"Last 7 days", "Last 30 days", "26 Nov – 2 Dec 2026", "3 Nov – 2 Dec 2026",
		"Kiosks side by side", "4 damaged line(s)", "src: url(data:font/ttf;base64,", "고려인 이주 — Қоныс аудару",
		">hall-10<", ">Kazakh<", "median 1m 30s"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %q", want)
		}
	}
	for _, bad := range []string{"ZgotmplZ", "url(http", `href="http`, `src="http`} {
		if strings.Contains(page, bad) {
			t.Errorf("the page has %q", bad)
		}
	}
}

// One kiosk: nothing to compare.
func TestHTML_OneKiosk(t *testing.T) {
	dir := writeKnownLog(t)
	figs, _ := Load([]string{filepath.Join(dir, "hall-1.jsonl")}, knownNow, 7, 30)
	var b bytes.Buffer
	if err := HTML(&b, figs[0], figs[1], nil); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "<svg"); n != 14 || strings.Contains(b.String(), "Kiosks side by side") {
		t.Errorf("%d charts; kiosks compared: %v", n, strings.Contains(b.String(), "Kiosks side by side"))
	}
}

func TestPNG(t *testing.T) {
	figs, _ := Load([]string{writeKnownLog(t)}, knownNow, 7)
	var b bytes.Buffer
	if err := PNG(&b, figs[0], testNames, image.Pt(900, 600)); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&b)
	if err != nil || img.Bounds().Size() != image.Pt(900, 600) {
		t.Fatalf("%v %v", err, img)
	}
	if err := PNG(&b, figs[0], nil, image.Pt(10, 10)); err == nil {
		t.Error("a 10×10 dashboard drew")
	}
	// No visits at all still draws.
	empty, _ := Load(nil, knownNow, 30)
	if err := PNG(&b, empty[0], nil, image.Pt(1800, 1200)); err != nil {
		t.Error(err)
	}
}

func TestChart_Image(t *testing.T) {
	figs, _ := Load([]string{writeKnownLog(t)}, knownNow, 30)
	var ids []string
	for _, c := range append(Charts(figs[0], nil), KioskCharts(figs[0], nil)...) {
		ids = append(ids, c.ID)
		if img := c.Image(400, 250, 96); img.Bounds().Dx() != 400 {
			t.Errorf("%s: %v", c.ID, img.Bounds())
		}
	}
	want := "per-day per-hour lengths reached top-events top-people languages kiosk-visits kiosk-median kiosk-reached kiosk-languages kiosk-days"
	if strings.Join(ids, " ") != want {
		t.Errorf("charts %v", ids)
	}
}

func TestFormats(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0s", 59 * time.Second: "59s", 125500 * time.Millisecond: "2m 05s",
		70 * time.Minute: "1h 10m"} {
		if got := Length(d); got != want {
			t.Errorf("Length(%v) = %q, want %q", d, got, want)
		}
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -12500: "-12,500"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q", n, got)
		}
	}
	for span, want := range map[float64]float64{3: 1, 10: 5, 26000: 10000, 120000: 50000, 9: 5} {
		if got := niceStep(span); got != want {
			t.Errorf("niceStep(%v) = %v, want %v", span, got, want)
		}
	}
	if got := short("Deportation of about 172,000 Koreans", 12); got != "Deportation…" {
		t.Errorf("short: %q", got)
	}
}
