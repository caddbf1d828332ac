// Package library is the user's own library of reports: an ordinary corpus
// folder in $XDG_DATA_HOME/cypx/library that cypx imports text, Markdown,
// HTML and PDF files into, writes atomically, never overwrites without
// being asked, and removes into a trash folder rather than deleting.
//
// A source's body is Markdown, whatever it was imported from: the one
// reading of it (evidence.InlineMarks) reads its marks, and every quote
// is shown as that reading shows it. So the importer of a web page, whose
// text is what the page shows, escapes each character of it that the
// reading would take for a mark ("*unverified*", "_East_", "[^4]" written
// as text), and writes as marks only what it means as marks: a note's
// reference, "[^1]". The reader is not told where a source came from: a
// quote is shown, copied, searched and exported from its text alone, and
// a second reading for pages would be a second truth (hostile check 70,
// G28).
package library

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/filelock"
)

// Library is a library folder.
type Library struct {
	Dir string
}

// ErrExists is returned when a source id is already in the library.
var ErrExists = errors.New("already in the library")

// sourcePath is where a source id lives in the library, after checking
// the id against the one rule for ids and that the place, links followed,
// is inside the library folder.
func (l Library) sourcePath(id string) (string, error) {
	if err := evidence.CheckSourceID(id); err != nil {
		return "", err
	}
	path := filepath.Join(l.Dir, corpus.SourcesDir, id+".md")
	for _, dir := range []string{l.Dir, filepath.Dir(path)} {
		// A library (or sources folder) that is a link to nothing was
		// "…/sources/new-source.md leads out of …/library (to
		// …/sources/new-source.md): refused", the path named twice and
		// the link not at all.
		if isLoop(dir) {
			return "", &atomicfile.LinkLoopError{Path: dir}
		}
		if target, ok := linkToNothing(dir); ok {
			return "", fmt.Errorf("%s is a link to %s, which is no folder: create that folder, or remove the link", dir, target)
		}
	}
	// A sources folder that leads out of the library is said as itself:
	// checked through the id's file, the refusal named a file nobody gave
	// ("…/sources/new-source.md" for 'cypx add r.txt --id so1').
	if _, err := atomicfile.Within(l.Dir, filepath.Dir(path)); err != nil {
		return "", err
	}
	if _, err := atomicfile.Within(l.Dir, path); err != nil {
		if target, lerr := os.Readlink(path); lerr == nil {
			// The id's file is a link leading out of the library, which
			// no command reads or writes through: say what it is and
			// what helps. Before: "…/sources/x.md leads out of …/library
			// (to …): refused", with --force or without, and no way on.
			return "", fmt.Errorf("%s: %w as %s, a link to %s, outside the library, which cypx never writes through: 'cypx remove %s' moves the link to the trash and leaves its file as it is; or pass --id for another id", id, ErrExists, l.rel(path), target, id)
		}
		return "", err
	}
	return path, nil
}

// linkInSources returns path when it is a link whose own place (not its
// target) is inside the library: removing moves the link itself to the
// trash and never touches what it leads to, so a link planted to a file
// outside (which no command reads) can still be removed with cypx. Before,
// it was refused: "… leads out of …/library".
func (l Library) linkInSources(path string) (string, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return "", err
	}
	if info.Mode()&fs.ModeSymlink == 0 {
		return "", fmt.Errorf("%s is no link", path)
	}
	if _, err := atomicfile.Within(l.Dir, filepath.Dir(path)); err != nil {
		return "", err
	}
	return path, nil
}

// isLoop says whether p is a symbolic link whose links lead round to
// each other, never to a file or folder.
func isLoop(p string) bool {
	_, err := os.Stat(p)
	return atomicfile.IsLoop(err)
}

// linkToNothing says whether p is a symbolic link that leads to no folder,
// and where it leads.
func linkToNothing(p string) (string, bool) {
	info, err := os.Lstat(p)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return "", false
	}
	if t, err := os.Stat(p); err == nil && t.IsDir() {
		return "", false
	}
	target, _ := os.Readlink(p)
	return target, true
}

// CanSave says whether a source could be saved now: the library's folder
// of sources is made if need be, and a file created in it and removed
// (atomicfile.CanWrite), as Save would. `cypx add` asks before it reads
// a file: on a read-only disk a 5 MB report was read and its items found
// for 30 s before the write failed.
func (l Library) CanSave() error {
	path, err := l.sourcePath("new-source")
	if err != nil {
		return err
	}
	if err := atomicfile.CanWrite(path); err != nil {
		return fmt.Errorf("the library (%s) cannot be written: %w", l.Dir, err)
	}
	return nil
}

// SaveLock is the file in a library's folder that Save locks while it
// checks an id and writes its source (internal/filelock).
const SaveLock = ".save.lock"

// Save writes a source file into the library atomically. An existing id is
// refused unless force is set; the check and the write are one step.
func (l Library) Save(id string, data []byte, force bool) (string, error) {
	dest, _, err := l.save(id, data, force, time.Now())
	return dest, err
}

// Replace is Save with force: the source already under id, if any, is
// kept in the trash first, as Remove keeps it, so a source edited by
// hand is never lost to an import over it; kept is where it went ("" when
// there was none). The trash gets its copy before the new source is
// renamed over it, so the library holds one or the other at every moment. Before (hostile check 69), `cypx add --force` wrote
// over the file and the edits were gone without a word.
func (l Library) Replace(id string, data []byte, now time.Time) (dest, kept string, err error) {
	return l.save(id, data, true, now)
}

// save is Save and Replace.
func (l Library) save(id string, data []byte, force bool, now time.Time) (string, string, error) {
	path, err := l.sourcePath(id)
	if err != nil {
		return "", "", err
	}
	// The checks and the write are one step for every cypx process, not
	// only this one: two imports at once ("Race" and "race" from two
	// terminals) each found no case twin and both were saved.
	unlock, err := filelock.Lock(filepath.Join(l.Dir, SaveLock))
	if err != nil {
		return "", "", err
	}
	defer unlock()
	if other := l.caseTwin(id); other != "" {
		// On macOS and Windows the two names are one file: the write would
		// replace the other source, --force or not.
		return "", "", fmt.Errorf("%s: the library has %q, which differs only in case: give another --id", id, other)
	}
	lib := l.loaded(!force)
	if file, ok := lib.files[id]; ok && file != path {
		// The id is another file's id: key; this one would be skipped as
		// its duplicate at every start, after being reported imported.
		return "", "", fmt.Errorf("%s: %w as %s (its id: key) (pass --id for another id)", id, ErrExists, l.rel(file))
	}
	if _, err := os.Lstat(path); !force && errors.Is(err, fs.ErrNotExist) {
		// A new source whose text is another's: asked only where the id
		// is free, so a taken id is refused as before, for its own reason.
		doc, _ := corpus.Parse(corpus.SourcesDir+"/"+id+".md", data)
		if same, ok := lib.texts[textKey(doc.Body)]; ok && same != id {
			return "", "", &SameTextError{ID: same, File: l.rel(lib.files[same])}
		}
	}
	if force {
		// A source that is a link is replaced as the link, never written
		// through: the file it leads to (another source, a draft beside
		// the library, a name that is not there yet) stays as it was, as
		// Remove moves the link and leaves its file. Written through,
		// "add --id y --force" over y.md -> a.md replaced the source a, and
		// over x.md -> gone.md created gone.md, one report under two ids.
		kept, mode := "", fs.FileMode(0)
		if info, err := os.Lstat(path); err == nil && !info.IsDir() {
			if info.Mode().IsRegular() {
				mode = info.Mode().Perm() // kept by the source that replaces it
			}
			// A copy in the trash first, then the new source over the
			// old in one rename: killed between the two, the library
			// still holds its source. Moved to the trash first, a kill
			// before the write left the library without it (CI160).
			if kept, err = l.remove(lib, lib.own(id), now, true); err != nil {
				return "", "", err
			}
		}
		if err := atomicfile.Replace(path, data); err != nil {
			return "", kept, err
		}
		if mode != 0 {
			if err := os.Chmod(path, mode); err != nil {
				return "", kept, err
			}
		}
		return path, kept, nil
	}
	if err := atomicfile.WriteNew(path, data); err != nil {
		if errors.Is(err, fs.ErrExist) {
			if target, lerr := os.Readlink(path); lerr == nil {
				// A link to nothing lists no source, so "already in the
				// library" alone sent the user looking for one; and
				// --force replaces the link, not its file: say both.
				return "", "", fmt.Errorf("%s: %w as %s, a link to %s (pass --force to replace the link with this source, leaving its file as it is, or --id for another id)", id, ErrExists, l.rel(path), target)
			}
			return "", "", fmt.Errorf("%s: %w (pass --force to replace it, or --id for another id)", id, ErrExists)
		}
		return "", "", err
	}
	return path, "", nil
}

// loaded is the library's sources as the loader reads them, read once
// for a Save or Remove: their files by id (an id: key, else the file
// name), their ids by file, and the ids of the sources whose about:
// names each id.
//
// texts holds the id of a source by the key of its body text (textKey),
// when asked for: the bodies are read by that one load anyway, so a Save
// compares its source with every other without reading a file again;
// Remove and a forced Save, which compare no text, hash none.
type loaded struct {
	files map[string]string   // id → path
	ids   map[string]string   // path → id
	about map[string][]string // id → the sources about it, sorted
	texts map[[32]byte]string // textKey → id, the first id in file order
}

func (l Library) loaded(withTexts bool) loaded {
	docs, _ := l.documents()
	out := loaded{files: map[string]string{}, ids: map[string]string{}, about: map[string][]string{}, texts: map[[32]byte]string{}}
	for _, d := range docs {
		s := d.Source
		path := filepath.Join(l.Dir, filepath.FromSlash(s.File))
		out.files[s.ID], out.ids[path] = path, s.ID
		if s.About != "" {
			out.about[s.About] = append(out.about[s.About], s.ID)
		}
		if !withTexts {
			continue
		}
		if key := textKey(d.Body); key != ([32]byte{}) {
			if _, ok := out.texts[key]; !ok {
				out.texts[key] = s.ID
			}
		}
	}
	return out
}

// textKey is the key of a source's body text: a hash of its words, its
// spacing and line breaks left out, so one report imported again (under
// another publisher or title, or from a copy with another name) has the
// key of the first. The zero key for a body of no words, which is no
// report to count twice.
func textKey(body string) [32]byte {
	words := strings.Fields(body)
	if len(words) == 0 {
		return [32]byte{}
	}
	return sha256.Sum256([]byte(strings.Join(words, " ")))
}

// SameTextError is Save's refusal of a source whose body text is that of
// another source in the library (textKey): imported twice, one report
// was counted as two sources agreeing on each of its figures (hostile
// check 61). ID and File name the source already there.
type SameTextError struct {
	ID   string
	File string // as messages name it: sources/x.md
}

// Error names the source already there and how to import the text again.
func (e *SameTextError) Error() string {
	return fmt.Sprintf("the same text as library source %s (%s) — not imported; pass --force to import it again", e.ID, e.File)
}

// rel is a path in the library as messages name it (sources/x.md).
func (l Library) rel(path string) string {
	if r, err := filepath.Rel(l.Dir, path); err == nil {
		return filepath.ToSlash(r)
	}
	return path
}

// caseTwin is the id of a source in the library that equals id ignoring
// case but is not id, or "".
func (l Library) caseTwin(id string) string {
	entries, _ := os.ReadDir(filepath.Join(l.Dir, corpus.SourcesDir))
	for _, e := range entries {
		other, ok := strings.CutSuffix(e.Name(), ".md")
		if ok && other != id && strings.EqualFold(other, id) {
			return other
		}
	}
	return ""
}

// Removed is what a Remove did.
type Removed struct {
	// ID is the removed source's id as the library has it, whatever the
	// case it was asked for in.
	ID string
	// Trash is the file the source was moved to.
	Trash string
	// CoveredBy are the ids of the sources whose about: names the removed
	// one: they keep their items, but their citations lose the primary
	// they report on, so the user is told.
	CoveredBy []string
}

// Remove moves a source to the library's trash folder, under a name
// stamped with the time to the nanosecond and, should two removals share
// it, a counter; the name is claimed before the move, so nothing in the
// trash is ever replaced and nothing is ever deleted.
func (l Library) Remove(id string, now time.Time) (Removed, error) {
	// The check that the source is there and its move are one step for
	// every cypx process, under the lock Save takes: 'cypx remove rr' run
	// twelve times at once found the source in each, and all but one
	// failed in the system's words ("rename …/sources/rr.md …/trash/…: no
	// such file or directory") rather than "no source "rr"" (hostile
	// check 42).
	if info, err := os.Stat(l.Dir); err == nil && info.IsDir() {
		unlock, err := filelock.Lock(filepath.Join(l.Dir, SaveLock))
		if err != nil {
			return Removed{}, err
		}
		defer unlock()
	}
	lib := l.loaded(false)
	id = lib.own(id)
	dest, err := l.remove(lib, id, now, false)
	if err != nil {
		return Removed{}, err
	}
	return Removed{ID: id, Trash: dest, CoveredBy: lib.about[id]}, nil
}

// own is the id of the source lib holds under id in any case, as the
// source has it, else id: ids that differ only in case are one id ("A..B"
// removes "a..b"). Sorted, so that a library holding two such ids (which
// the loader refuses) resolves to the same one every time.
func (lib loaded) own(id string) string {
	if _, ok := lib.files[id]; ok {
		return id
	}
	for _, other := range slices.Sorted(maps.Keys(lib.files)) {
		if strings.EqualFold(other, id) {
			return other
		}
	}
	return id
}

// remove is Remove of the source id among those lib holds; with keep, the
// source stays where it is and the trash gets a second name for it (a
// link, or a copy), for a Replace to write over it in one step.
func (l Library) remove(lib loaded, id string, now time.Time, keep bool) (string, error) {
	path, err := l.sourcePath(id)
	if err != nil {
		p, lerr := l.linkInSources(filepath.Join(l.Dir, corpus.SourcesDir, id+".md"))
		if evidence.CheckSourceID(id) != nil || lerr != nil {
			return "", err
		}
		path = p
	}
	// The source with this id, as the loader and 'cypx library' read ids:
	// an id: key wins over the file name. A file that does not load at
	// all is removed by its name; the trash name is stamped with the
	// source's own id.
	file, ok := lib.files[id]
	switch {
	case ok:
		if _, err := atomicfile.Within(l.Dir, file); err != nil {
			if _, lerr := l.linkInSources(file); lerr != nil {
				return "", err
			}
		}
		path = file
	case lib.ids[path] != "":
		return "", fmt.Errorf("no source %q in the library: %s is the source %q (its id: key) (see 'cypx library')", id, l.rel(path), lib.ids[path])
	}
	info, err := os.Lstat(path)
	if err != nil {
		return "", fmt.Errorf("no source %q in the library (see 'cypx library')", id)
	}
	if info.IsDir() {
		// A folder was moved onto the file claimed in the trash and
		// refused in the system's words ("rename …: not a directory").
		return "", fmt.Errorf("%s is a folder, not a source file: cypx moves only source files to the trash; move the folder yourself", l.rel(path))
	}
	trash := filepath.Join(l.Dir, "trash")
	if err := os.MkdirAll(trash, 0o755); err != nil {
		// In the system's words a link to a folder that is gone was
		// "mkdir …/trash: file exists", and a file "not a directory":
		// say which, and what to do.
		if t, lerr := os.Lstat(trash); lerr == nil {
			switch {
			case t.Mode()&fs.ModeSymlink != 0 && isLoop(trash):
				return "", fmt.Errorf("the library's trash %w: cypx makes the trash again once it is gone", &atomicfile.LinkLoopError{Path: trash})
			case t.Mode()&fs.ModeSymlink != 0:
				target, _ := os.Readlink(trash)
				return "", fmt.Errorf("the library's trash %s is a link to %s, which is no folder: create that folder, or remove the link, and cypx makes the trash again", trash, target)
			case !t.IsDir():
				return "", fmt.Errorf("the library's trash %s is a file, not a folder: move it aside, and cypx makes the trash again", trash)
			}
		}
		return "", err
	}
	resolved, err := atomicfile.Within(l.Dir, trash)
	if err != nil {
		return "", err
	}
	// A trash that leads into the sources folder (a link inside the
	// library) is refused as one leading out of the library is: what is
	// moved there would be read again as a source. Before (hostile check
	// 86, F3): "moved ok to …/trash/ok-….md", and the removed source
	// came back as a source of that name.
	sources := filepath.Join(l.Dir, corpus.SourcesDir)
	if s, err := atomicfile.Resolve(sources); err == nil {
		if rel, err := filepath.Rel(s, resolved); err == nil && (rel == "." || rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)) {
			return "", fmt.Errorf("%s leads into %s (to %s), where every file is read as a source: refused; make the trash a folder of its own (remove the link), and cypx makes it again", trash, sources, resolved)
		}
	}
	// A source that is a link with a relative target ("a-v2.md", beside
	// it) would dangle once moved into the trash; the trash gets a link to
	// the same file instead, relative from the trash so the library can
	// still be moved whole, and the source's link is removed.
	relink := ""
	if info.Mode()&fs.ModeSymlink != 0 {
		if target, err := os.Readlink(path); err == nil && !filepath.IsAbs(target) {
			if rel, err := filepath.Rel(trash, filepath.Join(filepath.Dir(path), target)); err == nil {
				relink = rel
			}
		}
	}
	stamp := id + "-" + now.UTC().Format("20060102T150405.000000000Z")
	for n := 1; ; n++ {
		name := stamp + ".md"
		if n > 1 {
			name = fmt.Sprintf("%s-%d.md", stamp, n)
		}
		dest := filepath.Join(trash, name)
		if relink != "" {
			// Making the link claims the name as creating the file does.
			err := os.Symlink(relink, dest)
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			if err != nil {
				return "", err
			}
			if keep {
				return dest, nil
			}
			if err := os.Remove(path); err != nil {
				os.Remove(dest)
				return "", err
			}
			return dest, nil
		}
		if keep {
			// A second name for the file (or the link) claims the
			// trash's name as creating the file does; where the disk
			// has no such names, a copy of the bytes.
			err := os.Link(path, dest)
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			if err == nil {
				return dest, nil
			}
			if !info.Mode().IsRegular() {
				return "", err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return "", err
			}
			if err := atomicfile.WriteNew(dest, data); errors.Is(err, fs.ErrExist) {
				continue
			} else if err != nil {
				return "", err
			}
			return dest, nil
		}
		f, err := os.OpenFile(dest, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		f.Close()
		if err := os.Rename(path, dest); err != nil {
			os.Remove(dest)
			return "", err
		}
		return dest, nil
	}
}

// Sources lists the library's sources, parsed, with any problems.
func (l Library) Sources() ([]evidence.Source, []corpus.Problem) {
	docs, problems := l.documents()
	var out []evidence.Source
	for _, d := range docs {
		out = append(out, d.Source)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, problems
}

// documents are the library's sources as loaded, in file order, with the
// problems Sources reports.
func (l Library) documents() ([]corpus.Document, []corpus.Problem) {
	if info, err := os.Stat(filepath.Join(l.Dir, corpus.SourcesDir)); err != nil || !info.IsDir() {
		// A library (or its sources folder) that is a file, or a link
		// to a folder that is gone, was listed as "empty".
		return nil, l.NotAFolder()
	}
	if probs := l.NotAFolder(); len(probs) > 0 {
		// A sources folder leading out of the library is read no more
		// than a source file leading out of it is.
		return nil, probs
	}
	docs, problems := corpus.Load(os.DirFS(l.Dir))
	if len(docs) == 0 {
		// An empty library is not a problem; but the problems of files
		// that are there and do not load are (they were dropped too, and
		// a library of broken sources was listed as empty).
		kept := problems[:0]
		for _, p := range problems {
			if p.File != corpus.SourcesDir {
				kept = append(kept, p)
			}
		}
		problems = kept
	}
	return docs, problems
}

// Merge is a corpus made of two: the sources of both (the first's file
// wins where both have one) and the first's themes.yaml, else the second's.
// It lets the bundled corpus and the user's library be searched together.
type Merge struct{ First, Second fs.FS }

// Open opens a file from the first corpus, else the second. A file the
// first has but cannot open (a loop of links, one it may not read, a link
// to nothing) is that error, not the second's file: the library's
// themes.yaml that was a loop of links, or a link to a file gone, gave the
// bundled themes without a word.
func (m Merge) Open(name string) (fs.File, error) {
	if m.First != nil {
		f, err := m.First.Open(name)
		if err == nil || !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
			return f, err
		}
		if _, lerr := fs.Lstat(m.First, name); lerr == nil {
			return nil, err // a link to nothing, as Lstat finds it
		}
	}
	if m.Second == nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return m.Second.Open(name)
}

// Stat describes the file Open would open, following links, without
// opening it. fs.Stat fell back to Open through the merge, and opening a
// FIFO to read waits for a writer: a FIFO among the library's sources, or
// in place of its themes.yaml or thesaurus.yaml, hung every command at its
// first look at the files, before any check could refuse it.
func (m Merge) Stat(name string) (fs.FileInfo, error) {
	if m.First != nil {
		info, err := fs.Stat(m.First, name)
		if err == nil || !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
			return info, err
		}
		if _, lerr := fs.Lstat(m.First, name); lerr == nil {
			return nil, err // a link to nothing, as Open says
		}
	}
	if m.Second == nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
	}
	return fs.Stat(m.Second, name)
}

// Lstat describes a file of the first corpus that has it, else the
// second's, without following a link: with it, a link in the library is
// checked where it leads (corpus.ReadSource) as in a corpus folder. Before,
// fs.Lstat fell back to Stat through the merge, so a link out of the
// library to any file was read and indexed by a search, and one to nothing
// was "open …: file does not exist".
func (m Merge) Lstat(name string) (fs.FileInfo, error) {
	f, err := m.layerOf(name)
	if err != nil {
		return nil, err
	}
	return fs.Lstat(f, name)
}

// ReadLink reads a link of the corpus Lstat finds name in.
func (m Merge) ReadLink(name string) (string, error) {
	f, err := m.layerOf(name)
	if err != nil {
		return "", err
	}
	return fs.ReadLink(f, name)
}

// Hides reports whether a file of the first corpus stands over one of the
// same name in the second, which is then never read: a library source
// saved by hand under a bundled source's file name hid the bundled source
// and all its items without a word ('cypx add' refuses such an id).
func (m Merge) Hides(name string) bool {
	if m.First == nil || m.Second == nil {
		return false
	}
	if _, err := fs.Lstat(m.First, name); err != nil {
		return false
	}
	_, err := fs.Lstat(m.Second, name)
	return err == nil
}

// Underneath reports whether name is read from the second corpus (the
// bundled one): the first has no file of that name.
func (m Merge) Underneath(name string) bool {
	if m.Second == nil {
		return false
	}
	if m.First != nil {
		if _, err := fs.Lstat(m.First, name); err == nil {
			return false
		}
	}
	_, err := fs.Lstat(m.Second, name)
	return err == nil
}

// layerOf is the first corpus holding name, a link to nothing included.
func (m Merge) layerOf(name string) (fs.FS, error) {
	var firstErr error
	for _, f := range m.Layers() {
		_, err := fs.Lstat(f, name)
		if err == nil {
			return f, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if firstErr == nil {
		firstErr = &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrNotExist}
	}
	return nil, firstErr
}

// Layers are the corpora merged, the first first: each has a folder of
// sources of its own, which the cache looks at apart.
func (m Merge) Layers() []fs.FS {
	var out []fs.FS
	for _, f := range []fs.FS{m.First, m.Second} {
		if f != nil {
			out = append(out, f)
		}
	}
	return out
}

// Glob lists the files of both corpora that match.
func (m Merge) Glob(pattern string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, f := range []fs.FS{m.First, m.Second} {
		if f == nil {
			continue
		}
		names, err := fs.Glob(f, pattern)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// ReadDir lists a folder of both corpora, the first's entry winning where
// both have one name, sorted by name. A folder missing from one corpus is
// read from the other; missing from both, it is an error.
func (m Merge) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	var firstErr error
	for _, f := range []fs.FS{m.First, m.Second} {
		if f == nil {
			continue
		}
		entries, err := fs.ReadDir(f, name)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		found = true
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		if firstErr == nil {
			firstErr = &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
		}
		return nil, firstErr
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// Slug makes an id from words: lower case, letters and digits joined by '-'.
func Slug(parts ...string) string {
	var words []string
	for _, p := range parts {
		for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) {
			words = append(words, w)
		}
	}
	if len(words) > 8 {
		words = words[:8]
	}
	id := strings.Join(words, "-")
	if len(id) > evidence.MaxIDBytes {
		// One long word (a title run together, the initials of a
		// publisher of hundreds of words) made an id over the limit,
		// and the import was refused with "pass --id".
		id = strings.TrimRight(id[:evidence.MaxIDBytes], "-")
	}
	return id
}

// NotAFolder is the problem of the library's folder, or its sources
// folder, standing where a folder must and being none: a file, or a link
// to nothing. Such a library cannot be read at all, so a check of it
// cannot help; the problem says what would.
func (l Library) NotAFolder() []corpus.Problem {
	return notAFolder(l.Dir, filepath.Join(l.Dir, corpus.SourcesDir))
}

// notAFolder is the problem of the first of paths that stands where a
// folder must and is none: a file, or a link to nothing. The first path is
// the library's own folder, set by the environment, not by a setting.
func notAFolder(paths ...string) []corpus.Problem {
	for i, p := range paths {
		info, err := os.Lstat(p)
		var above *atomicfile.NotAFolderError
		if i == 0 && errors.As(atomicfile.FolderError(filepath.Dir(p), err), &above) {
			// A file above the library ($CYPX_HOME/data): the library
			// was listed as empty.
			return []corpus.Problem{{File: above.File, Message: "a file, not a folder: the library " + p + " cannot be read; move the file aside, or set CYPX_HOME or XDG_DATA_HOME to keep the library elsewhere"}}
		}
		if err != nil {
			return nil
		}
		switch target, dangles := linkToNothing(p); {
		case dangles && isLoop(p):
			// In the words of every other loop (add and remove said it so).
			return []corpus.Problem{{File: p, Message: (&atomicfile.LinkLoopError{Path: p}).Reason()}}
		case dangles:
			return []corpus.Problem{{File: p, Message: "a link to " + target + ", which is no folder: the library cannot be read; create that folder, or remove the link"}}
		case info.Mode()&fs.ModeSymlink != 0:
			if i == 0 {
				break // the library itself may be kept anywhere
			}
			// A sources folder that is a link leading out of the
			// library: 'add' refused it, and 'library' read through it,
			// or said "empty" of an empty folder there, without a word
			// (hostile check 86, F4). Nothing is read through it, as no
			// source file linked out of the library is read.
			if _, err := atomicfile.Within(paths[0], p); err != nil {
				return []corpus.Problem{{File: p, Message: strings.TrimPrefix(err.Error(), p+" ") + ": nothing in it is read as the library's; make it a folder inside the library (move the files in), or keep the whole library there with CYPX_HOME or XDG_DATA_HOME"}}
			}
		case !info.IsDir() && i == 0:
			return []corpus.Problem{{File: p, Message: "a file, not a folder: the library cannot be read; move the file aside (cypx makes the library again), or set CYPX_HOME or XDG_DATA_HOME to keep the library elsewhere"}}
		case !info.IsDir():
			return []corpus.Problem{{File: p, Message: "a file, not a folder: the library cannot be read; move the file aside (cypx makes the folder again)"}}
		}
	}
	return nil
}
