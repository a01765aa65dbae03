//go:build !windows && !darwin

package locale

// osLocales is the environment's on Linux and the BSDs: that is where their
// desktops and systemd put the user's locale.
func osLocales() []string { return envLocales() }
