package screens

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/startup"
)

// TestExhibit_KioskStart: --start wins over the settings' start, --start
// home included; without either a visit starts at Home.
func TestExhibit_KioskStart(t *testing.T) {
	home, people := nav.Route{Screen: nav.Home}, nav.Route{Screen: nav.People}
	tests := []struct {
		flag     *nav.Route
		settings string
		want     nav.Route
	}{
		{nil, "", home},
		{nil, "people", people},
		{&home, "people", home},
		{&people, "", people},
	}
	for _, tt := range tests {
		x := &Exhibit{cfg: config.Config{Start: tt.settings}, opts: startup.Options{Start: tt.flag}}
		if got := x.kioskStart(); got != tt.want {
			t.Errorf("--start %v, start = %q: %v, want %v", tt.flag, tt.settings, got, tt.want)
		}
	}
}
