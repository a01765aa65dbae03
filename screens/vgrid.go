package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// vgrid shows n cells of one size in rows and scrolls them vertically by
// dragging, the wheel and ScrollTo. It builds only the cells in view and
// reuses their objects as they scroll: cell i is drawn by pool[i % len],
// and the pool holds a screenful and two rows more, so no two cells in
// view share an object. With 2,000 people it holds about 20 cards.
type vgrid struct {
	widget.BaseWidget
	n       int
	cell    fyne.Size // the width is a minimum; the columns share the width
	list    bool      // one column as wide as the grid
	newCell func() fyne.CanvasObject
	setCell func(i int, o fyne.CanvasObject)
	offset  float32
	drag    dragState
	pool    []fyne.CanvasObject
	bound   []int
	bar     *canvas.Rectangle
	// OnScrolled, when set, hears the new offset after every move.
	OnScrolled func(offset float32)
}

func newVGrid(n int, cell fyne.Size, newCell func() fyne.CanvasObject, setCell func(int, fyne.CanvasObject)) *vgrid {
	g := &vgrid{n: n, cell: cell, newCell: newCell, setCell: setCell, bar: canvas.NewRectangle(nil)}
	g.bar.CornerRadius = 3
	g.ExtendBaseWidget(g)
	return g
}

// columns is how many cells fit side by side.
func (g *vgrid) columns() int {
	if g.list {
		return 1
	}
	return max(1, int(g.Size().Width/g.cell.Width))
}

func (g *vgrid) rows() int { c := g.columns(); return (g.n + c - 1) / c }

func (g *vgrid) length() float32 { return float32(g.rows()) * g.cell.Height }

// ScrollTo brings the row of cell i to the top, as far as it can.
func (g *vgrid) ScrollTo(i int) { g.setOffset(float32(i/g.columns()) * g.cell.Height) }

// Offset is how far the grid is scrolled, in pixels.
func (g *vgrid) Offset() float32 { return g.offset }

func (g *vgrid) setOffset(off float32) {
	g.offset = max(0, min(off, g.length()-g.Size().Height))
	g.Refresh()
	if g.OnScrolled != nil {
		g.OnScrolled(g.offset)
	}
}

// Dragged implements fyne.Draggable.
func (g *vgrid) Dragged(e *fyne.DragEvent) {
	g.drag.move(e)
	g.setOffset(g.offset - e.Dragged.DY)
}

// DragEnd implements fyne.Draggable: a wobbled drag taps the cell.
func (g *vgrid) DragEnd() {
	if d := g.drag.end(); d.wobbled() {
		tapAt(g, d.start)
	}
}

// Scrolled implements fyne.Scrollable.
func (g *vgrid) Scrolled(e *fyne.ScrollEvent) { g.setOffset(g.offset - e.Scrolled.DY) }

// tapObjects implements tapParent: the cells in view.
func (g *vgrid) tapObjects() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range g.pool {
		if o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// CreateRenderer implements fyne.Widget.
func (g *vgrid) CreateRenderer() fyne.WidgetRenderer { return &vgridRenderer{g: g} }

type vgridRenderer struct{ g *vgrid }

func (r *vgridRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.g.cell.Width, min(r.g.cell.Height, r.g.length()))
}
func (r *vgridRenderer) Refresh() { r.Layout(r.g.Size()) }
func (r *vgridRenderer) Destroy() {}
func (r *vgridRenderer) Objects() []fyne.CanvasObject {
	return append(append([]fyne.CanvasObject{}, r.g.pool...), r.g.bar)
}

// Layout places the cells in view, making or updating only what changed.
func (r *vgridRenderer) Layout(size fyne.Size) {
	g := r.g
	cols := g.columns()
	g.offset = max(0, min(g.offset, g.length()-size.Height))
	rowsInView := int(size.Height/g.cell.Height) + 2
	r.grow(rowsInView * cols)
	w, left := size.Width/float32(cols), float32(0)
	if !g.list {
		w, left = g.cell.Width, (size.Width-float32(cols)*g.cell.Width)/2 // the columns centred
	}
	first := int(g.offset/g.cell.Height) * cols
	last := min(g.n, first+rowsInView*cols)
	for j, o := range g.pool {
		i := first + (j-first%len(g.pool)+len(g.pool))%len(g.pool) // the cell in view that j draws
		if i >= last {
			if o.Visible() {
				o.Hide()
			}
			continue
		}
		if g.bound[j] != i {
			g.bound[j] = i
			g.setCell(i, o)
		}
		o.Move(fyne.NewPos(left+float32(i%cols)*w, float32(i/cols)*g.cell.Height-g.offset))
		o.Resize(fyne.NewSize(w, g.cell.Height))
		if !o.Visible() {
			o.Show()
		}
	}
	r.placeBar(size)
}

// grow makes the pool at least n objects.
func (r *vgridRenderer) grow(n int) {
	g := r.g
	if len(g.pool) >= n {
		return
	}
	for len(g.pool) < n {
		g.pool = append(g.pool, g.newCell())
	}
	g.bound = make([]int, len(g.pool))
	for j := range g.bound {
		g.bound[j] = -1 // the modulo changed: every cell is set again
	}
}

func (r *vgridRenderer) placeBar(size fyne.Size) {
	g, l := r.g, r.g.length()
	g.bar.FillColor = g.Theme().Color(theme.ColorNameScrollBar, theme.VariantLight)
	g.bar.Hidden = l <= size.Height+1
	if !g.bar.Hidden {
		h := max(size.Height*size.Height/l, 32) // long lists still show a bar to see
		g.bar.Resize(fyne.NewSize(6, h))
		g.bar.Move(fyne.NewPos(size.Width-8, (size.Height-h)*g.offset/(l-size.Height)))
	}
	g.bar.Refresh()
}
