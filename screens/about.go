package screens

import (
	"fyne.io/fyne/v2"
)

// aboutView says what the exhibit is and lists every source, the credits
// and the licences.
type aboutView struct{ *ctx }

func newAboutView(c *ctx) *aboutView { return &aboutView{c} }

func (v *aboutView) buildUI() fyne.CanvasObject {
	srcs := v.content.Sources()
	return v.page(
		heading(v.s.title()),
		para(v.loc.T(msgAboutText)),
		subheading(v.loc.T(msgAboutCredits)),
		para(v.loc.T(msgAboutArt)),
		para(v.loc.T(msgAboutFonts)),
		para(v.loc.T(msgAboutMap)),
		para(v.loc.T(msgAboutLibraries)),
		subheading(v.loc.N(msgAboutSources, len(srcs))),
		sourceList(srcs),
	)
}
