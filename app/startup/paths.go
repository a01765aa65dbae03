package startup

import (
	"path/filepath"
	"strings"

	"github.com/koryo-exhibit/koryo/app/tomlfile"

	"github.com/koryo-exhibit/koryo/app/config"
)

// VisitLog is the visit log's path: the configured file, else visits.jsonl
// beside the settings file.
func VisitLog(cfg config.Config, configPath string) string {
	if cfg.StatsFile != "" {
		return cfg.StatsFile
	}
	return filepath.Join(filepath.Dir(configPath), "visits.jsonl")
}

// Version reads the version from FyneApp.toml, the one place it is kept
// ([Details] Version). It returns "unknown" for a file without one.
func Version(fyneApp []byte) string {
	var meta struct {
		Details struct{ Version string }
	}
	if err := tomlfile.Unmarshal(fyneApp, &meta); err != nil || meta.Details.Version == "" {
		return "unknown"
	}
	return strings.TrimSpace(meta.Details.Version)
}
