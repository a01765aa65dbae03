//go:build windows || darwin

package locale

import golocale "github.com/jeandeaual/go-locale"

// osLocales asks the OS: Windows' GetUserDefaultLocaleName (then the
// system's), macOS's preferred languages. The environment comes after,
// for a LANG set on purpose (a terminal, Wine).
func osLocales() []string { return withSystem(golocale.GetLocales, envLocales()) }
