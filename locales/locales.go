// Package locales embeds the interface message catalogues
// active.<lang>.toml (go-i18n, TOML). It holds no logic: app/locale loads them.
// Maintain them with goi18n extract / goi18n merge (see README.md).
package locales

import "embed"

// FS holds active.en.toml, active.kk.toml, active.ko.toml and active.ru.toml.
//
//go:embed active.*.toml
var FS embed.FS
