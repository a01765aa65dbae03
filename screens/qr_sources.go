package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/content"
)

// sources is a page's heading and list of sources. With QR codes on (qr =
// true in the settings) the page's main source, the first with a URL,
// shows its code under the list, and a tap on any other source with a URL
// shows that one's code instead, the source chosen marked in the list.
func (c *ctx) sources(ss []content.Source) []fyne.CanvasObject {
	head := subheading(c.loc.T(msgSources))
	if !c.s.qr {
		return []fyne.CanvasObject{head, sourceList(ss)}
	}
	q := &qrChooser{ctx: c, ss: ss, panel: container.NewStack(), marks: make([]*tapArea, len(ss))}
	rows := container.NewVBox()
	for i, src := range ss {
		row := sourceList(ss[i : i+1])
		if src.URL == "" {
			rows.Add(row)
			continue
		}
		q.marks[i] = newTapArea(func() { c.touch(); q.show(i) })
		rows.Add(container.NewStack(q.marks[i], row))
	}
	shown := -1
	for i, m := range q.marks {
		if m == nil {
			continue
		}
		if shown < 0 {
			shown = i
		}
		q.room(ss[i].URL)
	}
	if shown >= 0 {
		q.show(shown)
	}
	return []fyne.CanvasObject{head, rows, q.panel}
}

// room makes the panel as tall as url's code: the page is laid out once,
// so the panel is as tall as the largest code it may show.
func (q *qrChooser) room(url string) {
	if img, err := qrImage(url); err == nil {
		q.side = max(q.side, float32(img.Bounds().Dy()))
	}
}

// qrChooser shows the code of the source chosen in a page's list.
type qrChooser struct {
	*ctx
	ss    []content.Source
	panel *fyne.Container
	marks []*tapArea // the sources' tap areas; nil for those without a URL
	side  float32    // the largest code's side
}

func (q *qrChooser) show(i int) {
	q.panel.Objects = []fyne.CanvasObject{blank(1, q.side)}
	if p := q.qrPanel(q.ss[i]); p != nil {
		q.panel.Add(p)
	}
	for j, m := range q.marks {
		if m != nil {
			m.fill = ""
			if j == i {
				m.fill = theme.ColorNameHover
			}
			m.Refresh()
		}
	}
	q.panel.Refresh()
}
