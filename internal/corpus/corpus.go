// Package corpus reads a corpus folder — embedded in the binary or on disk —
// into documents: each source file's front matter becomes an evidence.Source
// and its body a list of blocks (headings, paragraphs, list items) with their
// byte offsets and line numbers, so every later stage can quote the body
// exactly and point back at the line it came from.
//
// Problems are reported as "file:line: message" and never stop the load: a
// broken source is skipped and the others are returned.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/plainfile"
)

// SourcesDir is the folder of a corpus that holds its source files.
const SourcesDir = "sources"

// ThemesFile is the taxonomy file at the top of a corpus.
const ThemesFile = "themes.yaml"

// MaxSourceBytes is the largest source file read. Larger files are refused
// rather than processed for minutes.
const MaxSourceBytes = 32 << 20

// Problem is one thing wrong with a corpus file.
type Problem struct {
	File    string
	Line    int
	Message string
	// Skipped is true when the problem kept the whole source out of the corpus.
	Skipped bool
	// Key is the front-matter key whose value (or absence) the problem is
	// about, if any: an importer completing the source knows what it lacks.
	Key string
	// More, on the line that stands for the problems not told one by one
	// (Told), is how many problems it stands for. It is not kept in the
	// index cache's manifest: only 'cypx check' counts problems (Count),
	// over sources it reads afresh.
	More int
}

// Count is how many problems ps holds: a line standing for the problems
// not told one by one counts as as many as it stands for.
func Count(ps []Problem) int {
	n := 0
	for _, p := range ps {
		n += max(p.More, 1)
	}
	return n
}

// Error formats the problem as file:line: message.
func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Message)
}

// Document is one parsed source file.
type Document struct {
	Source evidence.Source
	// Body is the text after the front matter, byte for byte as in the file.
	Body string
	// BodyLine is the file line on which Body starts.
	BodyLine int
	Blocks   []Block
	// keyLines is the file line of each front-matter key, for messages about
	// checks made across files (duplicate ids, about:).
	keyLines map[string]int
}

// NoSources is the problem of a corpus whose sources folder holds no
// source file: a command that refuses such a library says so in its own
// error, and does not warn of it first.
const NoSources = "no source files (*.md) found"

// MisnamedSources is a problem for each file of the sources folder whose
// name ends in .md in another case (Misnamed).
func MisnamedSources(fsys fs.FS) []Problem {
	entries, _ := fs.ReadDir(fsys, SourcesDir)
	var problems []Problem
	for _, e := range entries {
		if p, ok := Misnamed(e.Name()); ok {
			problems = append(problems, p)
		}
	}
	return problems
}

// Misnamed is the problem of a sources folder's file named name whose
// name ends in .md in another case ("x.MD", saved so by a Windows or
// macOS tool, where it is the same name as "x.md"): not read, as a
// source's id is its name less ".md", and named so. Every lister of the
// folder asks it, as it reads each name once. Before (hostile check 89,
// P1), such a file was left out unsaid, by check too.
func Misnamed(name string) (Problem, bool) {
	ext := path.Ext(name)
	if !strings.EqualFold(ext, ".md") || ext == ".md" {
		return Problem{}, false
	}
	return Problem{File: SourcesDir + "/" + name, Skipped: true, Message: fmt.Sprintf(
		"not read: a source's name ends in .md, in lower case: rename it %s", strings.TrimSuffix(name, ext)+".md")}, true
}

// Load reads every sources/*.md file of a corpus folder, in name order. It
// returns the documents that loaded and every problem found, including
// duplicate ids and about: references to sources that do not exist.
func Load(fsys fs.FS) ([]Document, []Problem) {
	names, err := fs.Glob(fsys, SourcesDir+"/*.md")
	problems := MisnamedSources(fsys)
	if err != nil || len(names) == 0 {
		return nil, append(problems, Problem{File: SourcesDir, Message: NoSources})
	}
	sort.Strings(names)
	var docs []Document
	for _, name := range names {
		data, err := ReadSource(fsys, name)
		if err != nil {
			problems = append(problems, Problem{File: name, Message: err.Error(), Skipped: true})
			continue
		}
		doc, probs := Parse(name, data)
		problems = append(problems, probs...)
		if !hasSkip(probs) {
			docs = append(docs, doc)
		}
	}
	docs, more := CheckReferences(docs)
	return docs, append(problems, more...)
}

// CheckReferences finds duplicate ids (the later file is skipped) and about:
// references to unknown ids (the source is kept, its about: cleared, so its
// evidence is not lost over a broken cross-reference).
func CheckReferences(docs []Document) ([]Document, []Problem) {
	return CheckReferencesWith(docs, nil)
}

// CheckReferencesWith is CheckReferences when other sources, known by id
// and file, are already loaded: their ids count as taken and as targets of
// about:.
func CheckReferencesWith(docs []Document, known map[string]string) ([]Document, []Problem) {
	var problems []Problem
	// folded holds the ids in lower case: macOS and Windows fold case in
	// file names, so "Ok-Id" and "ok-id" would be one file there.
	seen, folded := map[string]string{}, map[string]string{}
	for id, file := range known {
		seen[id] = file
		folded[evidence.IDKey(id)] = file
	}
	kept := docs[:0:0]
	for _, d := range docs {
		if first, dup := seen[d.Source.ID]; dup {
			problems = append(problems, Problem{File: d.Source.File, Line: d.idLine(),
				Message: fmt.Sprintf(duplicateIDFormat, d.Source.ID, first), Skipped: true})
			continue
		}
		if first, dup := folded[evidence.IDKey(d.Source.ID)]; dup {
			problems = append(problems, Problem{File: d.Source.File, Line: d.idLine(),
				Message: fmt.Sprintf(caseTwinIDFormat, d.Source.ID, first), Skipped: true})
			continue
		}
		seen[d.Source.ID] = d.Source.File
		folded[evidence.IDKey(d.Source.ID)] = d.Source.File
		kept = append(kept, d)
	}
	for i := range kept {
		d := &kept[i]
		if d.Source.About != "" {
			if _, ok := seen[d.Source.About]; !ok {
				problems = append(problems, Problem{File: d.Source.File, Line: d.keyLine("about"),
					Message: fmt.Sprintf("about: %q is not the id of any source", d.Source.About)})
				d.Source.About = ""
			}
		}
	}
	problems = append(problems, aboutCircles(kept)...)
	return kept, append(problems, AboutDates(kept)...)
}

// AboutDates finds coverage dated before the work it is about: a story of
// 15 January 2023 `about:` a report of 1 March 2024 reports a work not
// yet out, so one of the dates is a typo, and the story's figures were
// cited "(…, 2024; reported by …, 2023)". Each is a problem at the about:
// line, the about kept. Dates are compared at the precision both give (a
// story of 2024 is not before a report of March 2024). Before (hostile
// check 70 G32), `cypx check` passed it.
func AboutDates(docs []Document) []Problem {
	byID := make(map[string]int, len(docs))
	for i := range docs {
		byID[docs[i].Source.ID] = i
	}
	var problems []Problem
	for _, d := range docs {
		j, ok := byID[d.Source.About]
		if d.Source.About == "" || !ok {
			continue
		}
		work := docs[j].Source.Date
		if !dateBefore(d.Source.Date, work) {
			continue
		}
		problems = append(problems, Problem{File: d.Source.File, Line: d.keyLine("about"), Message: fmt.Sprintf(
			aboutDateFormat, d.Source.About, work.Long(), d.Source.Date.Long())})
	}
	return problems
}

// aboutDateFormat is AboutDates' problem; AboutDate knows it by its words.
const aboutDateFormat = "about: %q is dated %s, after this source (%s): coverage reports a work already out; if either date is a typo, correct it"

// AboutDate reports a problem AboutDates gave: it is of two files, so an
// index updated from a few of them cannot say or clear it as a full load
// does (as SharedID).
func AboutDate(p Problem) bool {
	_, tail, _ := strings.Cut(aboutDateFormat, "%s")
	tail, _, _ = strings.Cut(tail, "%s")
	return strings.HasPrefix(p.Message, "about: ") && strings.Contains(p.Message, tail)
}

// AboutBefore reports whether any of sources is coverage dated before
// the source it is about (AboutDates' test, of loaded sources).
func AboutBefore(sources []evidence.Source) bool {
	byID := make(map[string]evidence.Date, len(sources))
	for _, s := range sources {
		byID[s.ID] = s.Date
	}
	for _, s := range sources {
		if work, ok := byID[s.About]; ok && s.About != "" && dateBefore(s.Date, work) {
			return true
		}
	}
	return false
}

// dateBefore reports a date earlier than another at the precision both
// give: an earlier year, or month of one year, or day of one month.
func dateBefore(a, b evidence.Date) bool {
	switch {
	case a.IsZero() || b.IsZero():
		return false
	case a.Year != b.Year:
		return a.Year < b.Year
	case a.Month == 0 || b.Month == 0:
		return false
	case a.Month != b.Month:
		return a.Month < b.Month
	case a.Day == 0 || b.Day == 0:
		return false
	}
	return a.Day < b.Day
}

// The problems of a source skipped for an id another already holds, in
// full and in another case; SharedID knows them by these words.
const (
	duplicateIDFormat = "duplicate id %q (already used by %s)"
	caseTwinIDFormat  = "id %q differs only in case from one already used by %s: ids must differ in more than case"
)

// SharedID reports a problem that skipped a source for an id another
// source already holds (CheckReferencesWith): which of the two is kept
// depends on every file of the corpus, so an index updated from a few
// files cannot settle it as a full load does. The manifest keeps a
// problem's words only, so they are what it is known by.
func SharedID(p Problem) bool {
	dup, _, _ := strings.Cut(duplicateIDFormat, "%q")
	_, twin, _ := strings.Cut(caseTwinIDFormat, "%q")
	twin, _, _ = strings.Cut(twin, "%s")
	return p.Skipped && (strings.HasPrefix(p.Message, dup) || strings.Contains(p.Message, twin))
}

// aboutCircles finds coverage about itself, or in a circle of abouts (a
// about b, b about a): either says nothing of which source came first,
// and each story's figures were cited to the other as its primary. The
// about is dropped, with a problem at its line, from the source the circle
// comes back to, which breaks it. Each source is walked once, so a chain
// of 30,000 abouts costs 30,000 steps, not their square.
func aboutCircles(docs []Document) []Problem {
	var problems []Problem
	index := make(map[string]int, len(docs))
	for i := range docs {
		index[docs[i].Source.ID] = i
	}
	const (
		unseen = iota
		walking
		done
	)
	state := make([]int, len(docs))
	for i := range docs {
		var path []int
		for j := i; ; {
			if state[j] == walking {
				// The walk came back to j: the circle is j … the end of path.
				k := slices.Index(path, j)
				ids := make([]string, 0, len(path)-k+1)
				for _, p := range path[k:] {
					ids = append(ids, docs[p].Source.ID)
				}
				ids = append(ids, docs[j].Source.ID)
				d := &docs[j]
				msg := fmt.Sprintf("about: %q leads back to this source (%s): coverage is about another source; the about is left out",
					d.Source.About, strings.Join(ids, " → "))
				if d.Source.About == d.Source.ID {
					msg = fmt.Sprintf("about: %q is this source itself: coverage is about another source; the about is left out", d.Source.About)
				}
				problems = append(problems, Problem{File: d.Source.File, Line: d.keyLine("about"), Message: msg})
				d.Source.About = ""
				break
			}
			if state[j] == done {
				break
			}
			state[j] = walking
			path = append(path, j)
			next, ok := index[docs[j].Source.About]
			if docs[j].Source.About == "" || !ok {
				break
			}
			j = next
		}
		for _, p := range path {
			state[p] = done
		}
	}
	return problems
}

// ReadSource reads a source file, refusing one that is not a regular file
// or is over MaxSourceBytes before reading it.
func ReadSource(fsys fs.FS, name string) ([]byte, error) {
	// A folder on disk refuses a name that is not UTF-8 with a bare
	// "invalid argument" (io/fs paths are UTF-8): say what is wrong and
	// what to do instead.
	if !utf8.ValidString(name) {
		return nil, fmt.Errorf("the file name is not valid UTF-8, so it cannot be read: rename the file")
	}
	if err := linkStaysInside(fsys, name); err != nil {
		return nil, err
	}
	// plainfile checks the kind and size before reading and again on what
	// it opened; its refusals are said here in a source's words.
	data, err := plainfile.ReadFS(fsys, name, MaxSourceBytes)
	var large *plainfile.TooLargeError
	switch {
	case errors.As(err, &large):
		return nil, fmt.Errorf("file is %d MB, over the %d MB limit for a source: split it into parts (section: says which)", large.Size>>20, MaxSourceBytes>>20)
	case errors.Is(err, plainfile.ErrNotRegular):
		return nil, fmt.Errorf("not a regular file")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == name {
		// The problem names the file already: "sources/a.md: open
		// sources/a.md: permission denied" said it twice.
		return nil, pe.Err
	}
	return data, err
}

// linkStaysInside refuses a source that is a symbolic link leading out of
// fsys's folder (an absolute target, or one climbing above it), following
// links to links: a planted link would make cypx read, index and quote any
// file the user can read. A link within the folder is read as its target.
func linkStaysInside(fsys fs.FS, name string) error {
	cur, first := name, ""
	chain := []string{name}
	for hops := 0; hops < 40; hops++ {
		info, err := fs.Lstat(fsys, cur)
		if first != "" && errors.Is(err, fs.ErrNotExist) {
			// In the system's words "stat sources/a.md: no such file or
			// directory", the link named twice and its target not at all.
			return fmt.Errorf("a link to %s, which leads to no file: not read (put the file back, or remove the link)", first)
		}
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return nil // not a link (or not there: reading says so)
		}
		target, err := fs.ReadLink(fsys, cur)
		if err != nil {
			return err
		}
		if first == "" {
			first = target
		}
		next := path.Join(path.Dir(cur), filepath.ToSlash(target))
		if filepath.IsAbs(target) || path.IsAbs(filepath.ToSlash(target)) || !fs.ValidPath(next) {
			return fmt.Errorf("a link to %s, outside the folder of sources: not read (copy the file in instead)", target)
		}
		if slices.Contains(chain, next) {
			return linkLoop(append(chain, next))
		}
		chain = append(chain, next)
		cur = next
	}
	return fmt.Errorf("too many links in a row: not read")
}

// linkLoop says what is wrong with a link whose chain of links comes back
// to one already followed: the file it should lead to is never reached.
// Before, "too many links in a row", which says nothing of a loop.
func linkLoop(chain []string) error {
	dir := path.Dir(chain[0]) + "/"
	names := make([]string, len(chain))
	for i, c := range chain {
		names[i] = strings.TrimPrefix(c, dir)
	}
	last := chain[len(chain)-1]
	switch {
	case len(chain) == 2:
		return fmt.Errorf("a link to itself (%s): it leads to no file: not read (remove the link, or put the file in its place)", names[0])
	case last == chain[0]:
		return fmt.Errorf("a link in a loop (%s): it leads back to itself, to no file: not read (remove a link of the loop, or point it at the file)", strings.Join(names, " → "))
	}
	return fmt.Errorf("a link into a loop (%s): it leads to no file: not read (point it at the file itself)", strings.Join(names, " → "))
}

func hasSkip(ps []Problem) bool {
	for _, p := range ps {
		if p.Skipped {
			return true
		}
	}
	return false
}

// DefaultID is the id a source gets without an id: key: its file name without .md.
func DefaultID(file string) string {
	return strings.TrimSuffix(path.Base(file), ".md")
}
