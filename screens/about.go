package screens

import (
	"fyne.io/fyne/v2"
)

// aboutScreen says what the exhibit is and lists every source, the credits
// and the licences.
func (s *Shell) aboutScreen() fyne.CanvasObject {
	srcs := s.content.Sources()
	return s.page(
		heading(s.title()),
		para(s.loc.T(msgAboutText)),
		subheading(s.loc.T(msgAboutCredits)),
		para(s.loc.T(msgAboutArt)),
		para(s.loc.T(msgAboutFonts)),
		para(s.loc.T(msgAboutMap)),
		para(s.loc.T(msgAboutLibraries)),
		subheading(s.loc.N(msgAboutSources, len(srcs))),
		sourceList(srcs),
	)
}
