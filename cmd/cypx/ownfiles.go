package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/paths"
)

// ownPath is one path cypx keeps for itself: a file (the basket, the
// history, the saved searches, the settings, and the lock file beside
// each) or a folder refused whole (the state and settings folders, the
// library's folder, the index cache).
type ownPath struct {
	path   func() (string, error)
	what   string
	folder bool
}

// lockOf is the lock file cypx takes beside file (basket and history
// stores, the settings).
func lockOf(file func() (string, error)) func() (string, error) {
	return func() (string, error) {
		p, err := file()
		if err != nil {
			return "", err
		}
		return p + ".lock", nil
	}
}

// ownPaths names every path cypx owns: the one list -o's check refuses,
// whether or not the file exists yet. Before, the state files were
// compared as files, so one not written yet (saved.json before the first
// saved search, basket.json before the first basket write) was not
// recognised: `export -o …/state/saved.json` wrote a pack there and
// `cypx saved list` then failed, while once the file existed the same
// command was refused; a lock file (basket.json.lock) was replaced with
// --force, and a writer holding the old lock no longer excluded a new
// one (hostile check 42).
func ownPaths() []ownPath {
	var own []ownPath
	for _, f := range []struct {
		file func() (string, error)
		what string
	}{{paths.Basket, "basket"}, {paths.History, "history"}, {paths.Saved, "saved searches"}, {paths.Config, "settings file"}} {
		own = append(own, ownPath{f.file, f.what, false}, ownPath{lockOf(f.file), f.what + "'s lock file", false})
	}
	return append(own,
		ownPath{librarySourcesFolder, "library of sources", true},
		ownPath{libraryFolder, "library folder", true},
		ownPath{cacheRoot, "index cache", true},
		ownPath{paths.State, "state folder", true},
		ownPath{paths.ConfigDir, "settings folder", true},
	)
}

// ownFileError refuses an output path that is one of cypx's own paths
// (ownPaths), through a link or not, existing or not: --force replaces a
// file the user wrote, not cypx's own. Before, `export --basket -o
// …/basket.json --force` replaced the basket it was exported from with
// the pack, and the next command said "not a basket file". corpusDir,
// the folder --corpus named (or ""), is refused whole as the library's
// folder is: a pack written as its themes.yaml made every search there
// fail on a YAML error.
func ownFileError(path, corpusDir string) error {
	target := kernelPath(path)
	info, statErr := os.Stat(target)
	for _, own := range ownPaths() {
		if own.folder {
			continue
		}
		// The same file (a hard link, a case-folded name), or, the file
		// not written yet, the same name in the same folder.
		if statErr == nil && sameFile(info, own.path) || sameName(target, own.path) {
			return fmt.Errorf("%s is cypx's %s: give another name", cell(path), own.what)
		}
	}
	// A folder named is refused as the folder it is, when it is one of
	// cypx's or lies in one: before, `-o …/data/library` was told to give
	// a file name in it, such as …/data/library/briefing.md, a name then
	// refused.
	dir := filepath.Dir(target)
	if statErr == nil && info.IsDir() {
		dir = target
	}
	for _, own := range ownPaths() {
		if !own.folder {
			continue
		}
		if within(dir, own.path) {
			return &ownFolderError{path: path, place: "cypx's " + own.what, why: ownFolderWhy(own.what), itself: dir == target && sameFile(info, own.path)}
		}
	}
	corpus := func() (string, error) { return corpusDir, nil }
	if corpusDir != "" && within(dir, corpus) {
		return &ownFolderError{path: path, place: "the corpus folder", folder: corpusDir, why: "whose files cypx reads as the corpus", itself: dir == target && sameFile(info, corpus)}
	}
	return nil
}

// ownFolderError is ownFileError's refusal of a name in a folder cypx
// reads or writes itself: place names the folder, why says what cypx does
// with its files, folder is the corpus folder's path (or "").
type ownFolderError struct {
	path, place, folder, why string
	// itself is set when the path named is that folder, not a name in it.
	itself bool
}

func (e *ownFolderError) Error() string {
	place := e.place
	if e.folder != "" {
		place += " " + cell(e.folder)
	}
	if e.itself {
		return fmt.Sprintf("%s is %s, %s: give a file name in another folder", cell(e.path), place, e.why)
	}
	return fmt.Sprintf("%s is in %s, %s: give a name in another folder", cell(e.path), place, e.why)
}

// ownFolderWhy says what cypx does with the files of its folder what.
func ownFolderWhy(what string) string {
	if what == "library of sources" {
		return "where every file is read as a source"
	}
	return "whose files cypx reads and writes itself"
}

// kernelPath is where the kernel puts path, absolute, its links followed
// as opening it follows them: each `..` steps out of the folder a link
// before it led to, not out of the link's own folder. For a file not
// written yet the longest prefix that exists is resolved and the rest
// joined to it. Before, a new file's folder was found by lexical
// cleaning, which reduced `link/..` to the link's parent: `export -o
// /tmp/L/../themes.yaml`, L linked to a folder inside the library,
// wrote the library's themes.yaml (hostile check 43); and a relative
// name walked up as `../..`, `..`, `.`, so the refusal named the folder
// the command ran in rather than the one written to.
func kernelPath(path string) string {
	if !filepath.IsAbs(path) {
		if wd, err := os.Getwd(); err == nil {
			path = wd + string(filepath.Separator) + path // not Join: it cleans `..` lexically
		}
	}
	return resolveExisting(path)
}

// resolveExisting resolves the longest prefix of path that exists, as
// written (its `..` taken after the links before it), and joins the rest.
// A dangling link at its end is followed to the file it would create, as
// writing through it does (atomicfile.Resolve): `-o LINK`, LINK pointing
// at a file not yet written in the library's sources, was written there
// while the same name given directly was refused (hostile check 86).
func resolveExisting(path string) string { return resolveLinks(path, atomicfile.MaxLinks) }

func resolveLinks(path string, links int) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	trimmed := strings.TrimRight(path, string(filepath.Separator))
	i := strings.LastIndex(trimmed, string(filepath.Separator))
	if trimmed == "" || i < 0 {
		return filepath.Clean(path)
	}
	dir, base := trimmed[:i], trimmed[i+1:]
	if dir == "" {
		dir = string(filepath.Separator)
	}
	dir = resolveLinks(dir, links)
	p := filepath.Join(dir, base)
	if info, err := os.Lstat(p); err == nil && info.Mode()&fs.ModeSymlink != 0 && links > 0 {
		if target, err := os.Readlink(p); err == nil {
			if !filepath.IsAbs(target) {
				target = dir + string(filepath.Separator) + target // not Join: `..` after the folder's links
			}
			return resolveLinks(target, links-1)
		}
	}
	return p
}

// sameName reports whether target names the file where names, compared by
// its folder (as a file: links resolve) and its name, so that a file not
// written yet is recognised as well as one that exists.
func sameName(target string, where func() (string, error)) bool {
	p, err := where()
	if err != nil || !strings.EqualFold(filepath.Base(target), filepath.Base(p)) {
		return false
	}
	dir, err := os.Stat(filepath.Dir(target))
	if err != nil {
		return false
	}
	return sameFile(dir, func() (string, error) { return filepath.Dir(p), nil })
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
