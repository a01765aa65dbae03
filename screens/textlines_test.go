package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

func TestTextLines(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(NewTheme())
	tests := []struct {
		text  string
		width float32
		max   int
		lines int
		last  string
	}{
		{"Short title", 300, 3, 1, "Short title"},
		{"한인 약 17만 2천 명, 중앙아시아로 강제 이주", 200, 4, 2, ""},
		{"Депортация около 172 000 корейцев в Среднюю Азию", 160, 2, 2, "…"},
		{"Supercalifragilisticexpialidocious", 60, 9, 0, ""},
		{"", 100, 2, 1, ""},
	}
	for _, tt := range tests {
		objs := textLines(tt.text, 18, false, tt.width, tt.max)
		if tt.lines > 0 && len(objs) != tt.lines {
			t.Errorf("%q: %d lines, want %d", tt.text, len(objs), tt.lines)
		}
		if len(objs) > tt.max {
			t.Errorf("%q: %d lines, more than %d", tt.text, len(objs), tt.max)
		}
		var all []string
		for _, o := range objs {
			txt := o.(*painted).obj.(*canvas.Text)
			if w := fyne.MeasureText(txt.Text, 18, fyne.TextStyle{}).Width; w > tt.width {
				t.Errorf("%q: line %q is %v wide, over %v", tt.text, txt.Text, w, tt.width)
			}
			all = append(all, txt.Text)
		}
		if tt.last != "" && !strings.HasSuffix(all[len(all)-1], tt.last) {
			t.Errorf("%q: last line %q, want suffix %q", tt.text, all[len(all)-1], tt.last)
		}
		if tt.last == "" && tt.lines > 0 && strings.Join(strings.Fields(strings.Join(all, " ")), " ") != strings.Join(strings.Fields(tt.text), " ") {
			t.Errorf("%q: lines %q lose text", tt.text, all)
		}
	}
}
