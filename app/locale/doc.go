// Package locale owns the exhibit's languages: the interface message catalogues
// (go-i18n), the current language and how the default one is chosen, the
// languages' own names, dates written as each language writes them, plural
// forms and sorting in each language's order. It draws nothing.
package locale
