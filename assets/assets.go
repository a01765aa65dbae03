// Package assets embeds what the app ships: the exhibit content (TOML, one
// item per file), the fonts and the icon. It holds no parsing logic: the
// content is read by app/content, the fonts are used by the screens' theme.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed content
var contentFS embed.FS

// Content returns the bundled content folder (eras/, events/, people/ …).
func Content() fs.FS {
	// fs.Sub fails only for an invalid path, and "content" is a valid one.
	sub, _ := fs.Sub(contentFS, "content")
	return sub
}

// FontRegular is Exhibit Sans Regular (Latin, Cyrillic with Kazakh, Hangul).
//
//go:embed fonts/ExhibitSans-Regular.ttf
var FontRegular []byte

// FontBold is Exhibit Sans Bold.
//
//go:embed fonts/ExhibitSans-Bold.ttf
var FontBold []byte

// FontLicences holds the licence texts of the bundled fonts, by file name.
//
//go:embed fonts/LICENSE-NotoSans.txt fonts/LICENSE-NotoSansKR.txt
var FontLicences embed.FS

// MapJSON is the region's country shapes (Natural Earth via world-atlas,
// public domain), made by tools/map/convert.mjs.
//
//go:embed map/region.json
var MapJSON []byte
