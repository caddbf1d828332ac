// Package corpus is the corpus bundled with cypx: five report excerpts about
// children and young people's health services in England, the theme
// taxonomy and the thesaurus of the field's terms, embedded in the binary
// so cypx works with nothing else installed.
package corpus

import "embed"

//go:embed themes.yaml thesaurus.yaml sources/*.md
var files embed.FS

// FS is the bundled corpus as a file system: themes.yaml, thesaurus.yaml
// and sources/*.md.
var FS = files
