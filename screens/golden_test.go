package screens

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
)

// TestScreens_Golden keeps the markup of every screen in English and Korean
// under testdata/<screen>/<lang>.xml. After an intended change, review the
// files Fyne writes to testdata/failed/ and copy them over the masters.
func TestScreens_Golden(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.KO} {
		s, w := newTestShell(t, lang, size1280)
		for _, r := range allRoutes() {
			s.Open(r)
			test.AssertRendersToMarkup(t, fmt.Sprintf("%s/%s.xml", r.Screen, lang), w.Canvas())
		}
	}
}
