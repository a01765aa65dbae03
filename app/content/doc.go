// Package content owns the exhibit's content model: eras, categories, fields,
// places, events and people, each text in the four exhibit languages.
//
// Load reads the content from an fs.FS (one TOML file per item), validates it
// and indexes it. It reports every problem at once, each naming the file, the
// field and the language. The package draws nothing and knows nothing of Fyne.
package content
