package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A chart is drawn from rectangles and text on the canvas, in the theme's
// colours, so it follows high contrast and every script the fonts have.

// chartText is the size of a chart's labels and figures.
const chartText = 15

// column is one bar of a column chart: its height, its figure and the
// label under it ("" for none: a month's days are labelled every fifth).
type column struct {
	N     int
	Label string
	Shown string // the figure written above the bar; "" for none
}

// columnChart is bars standing on a base line, the highest value written at
// the top of the scale.
func columnChart(cols []column, top string, height float32) fyne.CanvasObject {
	l := &columnLayout{height: height}
	objs := []fyne.CanvasObject{}
	add := func(o fyne.CanvasObject) { objs = append(objs, o) }
	base, _ := themedRect(theme.ColorNameForeground, 0)
	grid, _ := themedRect(theme.ColorNameSeparator, 0)
	topT, t := themedText(top, chartText, fyne.TextStyle{}, theme.ColorNameForeground)
	l.base, l.grid, l.top, l.topText = base, grid, topT, t
	add(grid)
	add(topT)
	for _, c := range cols {
		l.max = max(l.max, c.N)
		bar, _ := themedRect(theme.ColorNamePrimary, 0)
		lab, lt := themedText(c.Label, chartText, fyne.TextStyle{}, theme.ColorNameForeground)
		lt.Alignment = fyne.TextAlignCenter
		fig, ft := themedText(c.Shown, chartText, fyne.TextStyle{Bold: true}, theme.ColorNameForeground)
		ft.Alignment = fyne.TextAlignCenter
		l.cols = append(l.cols, colObjs{n: c.N, bar: bar, label: lab, figure: fig})
		add(bar)
		add(lab)
		add(fig)
	}
	add(base) // over the bars' feet
	return container.New(l, objs...)
}

type colObjs struct {
	n                  int
	bar, label, figure fyne.CanvasObject
}

// columnLayout places the bars in its width: a scale line at the highest
// value, the bars, and the labels under the base line.
type columnLayout struct {
	height          float32
	max             int
	cols            []colObjs
	base, grid, top fyne.CanvasObject
	topText         *canvas.Text
}

func (l *columnLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(float32(len(l.cols))*6+60, l.height)
}

func (l *columnLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	line := float32(chartText + 6)
	left := l.topText.MinSize().Width + 8
	plotTop, plotBottom := line+4, size.Height-line
	l.top.Move(fyne.NewPos(0, plotTop-line/2-2))
	l.top.Resize(fyne.NewSize(left, line))
	l.grid.Move(fyne.NewPos(left, plotTop))
	l.grid.Resize(fyne.NewSize(size.Width-left, 1))
	l.base.Move(fyne.NewPos(left, plotBottom))
	l.base.Resize(fyne.NewSize(size.Width-left, 2))
	if len(l.cols) == 0 {
		return
	}
	w := (size.Width - left) / float32(len(l.cols))
	for i, c := range l.cols {
		x := left + float32(i)*w
		h := float32(0)
		if l.max > 0 {
			h = (plotBottom - plotTop) * float32(c.n) / float32(l.max)
		}
		c.bar.Move(fyne.NewPos(x+w*0.15, plotBottom-h))
		c.bar.Resize(fyne.NewSize(w*0.7, h))
		c.figure.Move(fyne.NewPos(x-w, plotBottom-h-line))
		c.figure.Resize(fyne.NewSize(3*w, line))
		c.label.Move(fyne.NewPos(x-w, plotBottom+4))
		c.label.Resize(fyne.NewSize(3*w, line))
	}
}

// row is one bar of a bar chart lying on its side: a name, a length and
// the figure written after the bar.
type row struct {
	Label string
	N     int
	Shown string
}

// rowChart is a bar per row, names on the left cut short with an ellipsis.
func rowChart(rows []row) fyne.CanvasObject {
	l := &rowLayout{}
	var objs []fyne.CanvasObject
	for _, r := range rows {
		l.max = max(l.max, r.N)
		name := widget.NewLabel(r.Label)
		name.Truncation = fyne.TextTruncateEllipsis
		bar, _ := themedRect(theme.ColorNamePrimary, 0)
		fig, ft := themedText(r.Shown, chartText, fyne.TextStyle{Bold: true}, theme.ColorNameForeground)
		l.figW = max(l.figW, ft.MinSize().Width)
		l.rows = append(l.rows, rowObjs{n: r.N, name: name, bar: bar, figure: fig})
		objs = append(objs, name, bar, fig)
	}
	return container.New(l, objs...)
}

type rowObjs struct {
	n                 int
	name, bar, figure fyne.CanvasObject
}

type rowLayout struct {
	max  int
	figW float32
	rows []rowObjs
}

const rowHeight = 40

func (l *rowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(240, float32(len(l.rows))*rowHeight)
}

func (l *rowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	nameW := size.Width * 0.45
	barW := size.Width - nameW - l.figW - 12
	for i, r := range l.rows {
		y := float32(i) * rowHeight
		h := r.name.MinSize().Height
		r.name.Move(fyne.NewPos(0, y+(rowHeight-h)/2))
		r.name.Resize(fyne.NewSize(nameW, h))
		w := float32(0)
		if l.max > 0 {
			w = barW * float32(r.n) / float32(l.max)
		}
		r.bar.Move(fyne.NewPos(nameW, y+8))
		r.bar.Resize(fyne.NewSize(w, rowHeight-16))
		r.figure.Move(fyne.NewPos(nameW+w+6, y+(rowHeight-chartText-6)/2))
		r.figure.Resize(fyne.NewSize(l.figW, chartText+6))
	}
}

// shareBar is one bar split in two: the share that did something, in the
// accent colour, and the rest.
func shareBar(share float64) fyne.CanvasObject {
	rest, _ := themedRect(theme.ColorNameSeparator, 0)
	part, _ := themedRect(theme.ColorNamePrimary, 0)
	return container.New(&shareLayout{share: min(max(share, 0), 1)}, rest, part)
}

type shareLayout struct{ share float64 }

func (l *shareLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(200, 32) }

func (l *shareLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(size)
	objs[1].Resize(fyne.NewSize(size.Width*float32(l.share), size.Height))
}
