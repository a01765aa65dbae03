// Package screens owns everything the visitor sees: the shell (router,
// top bar, language switch), one file per screen, the small custom widgets
// (drag-to-scroll pane, timeline strip, cards), the generated art and the
// theme with the bundled fonts. It reads content and languages from app/...
// and never parses files itself.
package screens
