package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/paths"
)

// ownFileError refuses an output path that is one of the files cypx keeps
// (the basket, the history, the saved searches, the settings), through a
// link or not, or that lies in the library's folder of sources, where a
// file is read as a source: --force replaces a file the user wrote, not
// cypx's own. Before, `export --basket -o …/basket.json --force` replaced
// the basket it was exported from with the pack, and the next command
// said "not a basket file". corpusDir, the folder --corpus named (or ""),
// is refused whole as the library's folder is.
func ownFileError(path, corpusDir string) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		target = path // a new file: its folder still says where it goes
	}
	if info, err := os.Stat(target); err == nil {
		for _, own := range []struct {
			file func() (string, error)
			what string
		}{{paths.Basket, "basket"}, {paths.History, "history"}, {paths.Saved, "saved searches"}, {paths.Config, "settings file"}} {
			if sameFile(info, own.file) {
				return fmt.Errorf("%s is cypx's %s: give another name", cell(path), own.what)
			}
		}
	}
	if folder, err := os.Stat(filepath.Dir(target)); err == nil && sameFile(folder, librarySourcesFolder) {
		return fmt.Errorf("%s is in cypx's library of sources, where every file is read as a source: give a name in another folder", cell(path))
	}
	// The library's own files beside its sources (its themes.yaml and
	// thesaurus.yaml, which every command reads) and the index cache are
	// cypx's as well: a pack written over themes.yaml made every search
	// fail on a YAML error, and one over thesaurus.yaml warned on every
	// command (round 40, held-out check).
	for _, own := range []struct {
		folder func() (string, error)
		what   string
	}{{libraryFolder, "library folder"}, {cacheRoot, "index cache"}} {
		if within(filepath.Dir(target), own.folder) {
			return fmt.Errorf("%s is in cypx's %s, whose files cypx reads and writes itself: give a name in another folder", cell(path), own.what)
		}
	}
	// A folder named by --corpus is read as the library is: a pack
	// written as its themes.yaml made every search there fail on a YAML
	// error, one in its sources folder warned on every command, and
	// --force overwrote the very source the pack quoted.
	if corpusDir != "" && within(filepath.Dir(target), func() (string, error) { return corpusDir, nil }) {
		return fmt.Errorf("%s is in the corpus folder %s, whose files cypx reads as the corpus: give a name in another folder", cell(path), cell(corpusDir))
	}
	return nil
}

// libraryFolder is the folder of the user's library.
func libraryFolder() (string, error) {
	lib, err := userLibrary()
	return lib.Dir, err
}

// within reports whether the folder dir is the folder where names or lies
// anywhere inside it, compared as files (links and case-folding file
// systems resolve to the same folder), not as strings.
func within(dir string, where func() (string, error)) bool {
	for {
		if info, err := os.Stat(dir); err == nil && sameFile(info, where) {
			return true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
}

// librarySourcesFolder is the folder of the library's sources.
func librarySourcesFolder() (string, error) {
	lib, err := userLibrary()
	if err != nil {
		return "", err
	}
	return filepath.Join(lib.Dir, corpus.SourcesDir), nil
}

// sameFile reports whether info is the file or folder that where names.
func sameFile(info os.FileInfo, where func() (string, error)) bool {
	p, err := where()
	if err != nil {
		return false
	}
	other, err := os.Stat(p)
	return err == nil && os.SameFile(info, other)
}
