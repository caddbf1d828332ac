// Package pipeline runs the evidence pipeline over a corpus folder: list the
// sources, read and parse them, check their cross-references, extract their
// items and tag them with themes. It is the one place where those stages are
// wired together: the index cache (full builds and updates), the CLI, the
// explorer, the importer's check and the tests all call it, so they get the
// same items from the same files.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/measure"
	"github.com/cypx/cypx/internal/plainfile"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/thesaurus"
)

// Corpus is a loaded corpus: its sources, their items with themes, the
// taxonomy used, and every problem met on the way.
type Corpus struct {
	Sources  []evidence.Source
	Items    []evidence.Item
	Taxonomy *themes.Taxonomy
	// Thesaurus is the bundled thesaurus widened by the corpus's own.
	Thesaurus *thesaurus.Thesaurus
	Problems  []corpus.Problem
	// ThemesRefused says the corpus's themes.yaml has faults that stop
	// every command (CheckIn): its sources were tagged by stand-in themes.
	ThemesRefused bool
}

// Load runs the pipeline over every source of fsys. The taxonomy is the
// corpus's own themes.yaml when it has one, else the one in fallback.
func Load(fsys fs.FS, fallback fs.FS) (*Corpus, error) {
	return LoadWithProgress(fsys, fallback, nil)
}

// LoadWithProgress is Load, reporting the bytes of the sources read and
// extracted as it goes (nil reports nothing): 30,000 sources take seconds.
func LoadWithProgress(fsys fs.FS, fallback fs.FS, progress Progress) (*Corpus, error) {
	return LoadIn("", fsys, fallback, progress)
}

// LoadIn is LoadWithProgress of a corpus in the folder dir, as the user
// named it: errors about its themes.yaml name the file with it
// (LoadTaxonomyIn).
func LoadIn(dir string, fsys fs.FS, fallback fs.FS, progress Progress) (*Corpus, error) {
	tax, _, err := LoadTaxonomyIn(dir, fsys, fallback)
	if err != nil {
		return nil, err
	}
	return loadWith(tax, fsys, fallback, progress)
}

// CheckIn is LoadIn for 'cypx check': a themes.yaml no command can use
// (themes.FileError) is told fault by fault among the corpus's problems,
// at their lines, and the sources are read all the same, tagged by the
// themes of standIn (the bundled corpus): check told the file's first
// fault alone and read no source (hostile check 56).
func CheckIn(dir string, fsys, fallback, standIn fs.FS, progress Progress) (*Corpus, error) {
	c, err := LoadIn(dir, fsys, fallback, progress)
	var fe *themes.FileError
	if !errors.As(err, &fe) {
		return c, err
	}
	tax, _, serr := LoadTaxonomy(standIn, nil)
	if serr != nil {
		return nil, err
	}
	if c, serr = loadWith(tax, fsys, fallback, progress); serr != nil {
		return nil, serr
	}
	c.Problems = slices.Concat(c.Problems, TaxonomyProblems(&themes.Taxonomy{Problems: fe.Problems}))
	c.ThemesRefused = true
	return c, nil
}

// loadWith runs the pipeline over every source of fsys, tagged by tax.
func loadWith(tax *themes.Taxonomy, fsys, fallback fs.FS, progress Progress) (*Corpus, error) {
	files, misnamed, err := listFiles(fsys)
	if err != nil {
		return nil, err
	}
	c := &Corpus{Taxonomy: tax}
	if len(files) == 0 {
		c.Problems = slices.Concat(misnamed, []corpus.Problem{{File: corpus.SourcesDir, Message: corpus.NoSources}}, TaxonomyProblems(tax))
		return c, nil
	}
	var thProblems []corpus.Problem
	c.Thesaurus, thProblems = LoadThesaurus(fsys, fallback)
	b := RunWithProgress(fsys, files, tax, c.Thesaurus, nil, progress)
	c.Problems = slices.Concat(misnamed, b.Problems, thProblems, TaxonomyProblems(tax))
	for _, d := range b.Docs {
		c.Sources = append(c.Sources, d.Source)
		c.Items = append(c.Items, d.Items...)
	}
	return c, nil
}

// Doc is one source that loaded, with its items.
type Doc struct {
	Source evidence.Source
	Items  []evidence.Item
}

// Batch is what Run made of some files: the sources that loaded, in the
// files' order, and every problem met.
type Batch struct {
	Docs     []Doc
	Problems []corpus.Problem
}

// Run reads, parses, checks, extracts and tags the named files of fsys;
// figure records are normalised with the thesaurus's forms. known holds the ids of sources already loaded and not among files (by
// file), for the duplicate-id and about: checks of an update. Files are read
// and their items extracted on every core; the results keep the files'
// order.
func Run(fsys fs.FS, files []string, tax *themes.Taxonomy, th *thesaurus.Thesaurus, known map[string]string) Batch {
	return RunWithProgress(fsys, files, tax, th, known, nil)
}

// Progress is told how far a run has gone, in bytes of the source files:
// each file's header and front matter count once the file is read and
// parsed, its body as it is extracted, so a file of 16 MB front matter and
// a short body is 16 MB of work, not a few KB. It may be called from
// several goroutines, never concurrently (calls are serialised).
type Progress func(done, total int64)

// progressStep is how many bytes of a body are read between two reports.
const progressStep = 64 << 10

// RunWithProgress is Run, telling progress how reading and extraction
// advance.
func RunWithProgress(fsys fs.FS, files []string, tax *themes.Taxonomy, th *thesaurus.Thesaurus, known map[string]string, progress Progress) Batch {
	var b Batch
	b.Problems, _ = stream(fsys, files, tax, th, known, progress, nil, false, func(d Doc) error {
		b.Docs = append(b.Docs, d)
		return nil
	})
	return b
}

// Stream is Run for a build that indexes as it goes. The files are read,
// parsed and checked against each other first (the checks need every
// source's header), then put in the order order gives (nil keeps the
// files'), and their items extracted on every core through a window a few
// sources ahead of the one handed on: each source is given to each in that
// order, then let go. So a build holds the parsed files and the window's
// items, never every item of the library at once. An error from each stops
// the run and is returned. problems are every problem met, as Run's: a
// source whose extraction failed is one, and the others are still given.
//
// A source whose body passes streamBytes is given in parts, several Docs
// of the same Source one after another, its items in document order
// across them, and never held whole (see streamDoc).
func Stream(fsys fs.FS, files []string, tax *themes.Taxonomy, th *thesaurus.Thesaurus, known map[string]string, progress Progress, order func(a, b evidence.Source) int, each func(Doc) error) (problems []corpus.Problem, err error) {
	return stream(fsys, files, tax, th, known, progress, order, true, each)
}

// streamBytes is the body from which Stream gives a source's items in
// parts of streamItems: its items hold some 21 times its body (200,000
// paragraphs in 10 MB made 212 MB of items), and a build held them all
// before indexing the first. A source of that size is extracted twice, as
// its themes need every item's (see streamDoc): a cost in time that only
// sources far larger than a report's text (a 200-page PDF reads to some
// 600 KB) pay.
var streamBytes = 1 << 20

// streamItems is how many items of a large source are handed on at once.
const streamItems = 1000

// stream is Stream, giving large sources in parts when chunked is set
// and whole otherwise (Run, whose caller holds every item anyway).
func stream(fsys fs.FS, files []string, tax *themes.Taxonomy, th *thesaurus.Thesaurus, known map[string]string, progress Progress, order func(a, b evidence.Source) int, chunked bool, each func(Doc) error) (problems []corpus.Problem, err error) {
	report := newReporter(fsys, files, progress)
	docs, problems := parseAll(fsys, files, known, report)
	if order != nil {
		slices.SortStableFunc(docs, func(a, b corpus.Document) int { return order(a.Source, b.Source) })
	}
	failed, err := extractInOrder(docs, tax, th, report, chunked, each)
	problems = append(problems, failed...)
	if err == nil {
		// Files that could not be read, or that shrank: the run is over.
		report.end()
	}
	return problems, err
}

// scaleOffset is offset, a place in a body of size bytes, as a share of
// count bytes.
func scaleOffset(offset, size, count int) int {
	if size <= 0 || count == size {
		return min(offset, count)
	}
	return int(int64(min(offset, size)) * int64(count) / int64(size))
}

// reporter tells progress of the bytes read and extracted, from several
// goroutines, one call at a time.
type reporter struct {
	progress    Progress
	mu          sync.Mutex
	done, total int64
}

// newReporter sums the files' sizes first, so that reading itself is
// reported; a file that changes size meanwhile makes the count end a
// little off, and done is never shown past total.
func newReporter(fsys fs.FS, files []string, progress Progress) *reporter {
	r := &reporter{progress: progress}
	if progress == nil {
		return r
	}
	sizes := make([]int64, len(files))
	Parallel(len(files), func(i int) {
		if info, err := fs.Stat(fsys, files[i]); err == nil && info.Mode().IsRegular() {
			sizes[i] = info.Size()
		}
	})
	for _, n := range sizes {
		r.total += n
	}
	return r
}

// add counts n more bytes done.
func (r *reporter) add(n int) {
	if r.progress == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.done += int64(n)
	if r.total < r.done {
		r.total = r.done
	}
	r.progress(r.done, r.total)
}

// end counts whatever is left as done.
func (r *reporter) end() {
	if r.progress != nil && r.done < r.total {
		r.add(int(r.total - r.done))
	}
}

// hider is a corpus laid over another (library.Merge, a library over the
// bundled corpus) that can tell a file standing over one of its name.
type hider interface{ Hides(name string) bool }

// hidesBundled is the problem of a library source whose file name is a
// bundled source's: the library's file is read, the bundled one never is.
const hidesBundled = "has the file name of a source of the bundled corpus, which it hides (none of that source's items are loaded): rename this file to keep both"

// parseAll reads and parses files on every core and checks the sources'
// references to each other; the documents that loaded keep the files'
// order.
func parseAll(fsys fs.FS, files []string, known map[string]string, report *reporter) ([]corpus.Document, []corpus.Problem) {
	type parsed struct {
		doc   corpus.Document
		probs []corpus.Problem
		skip  bool
	}
	read := make([]parsed, len(files))
	Parallel(len(files), func(i int) {
		data, err := corpus.ReadSource(fsys, files[i])
		if err != nil {
			read[i] = parsed{probs: []corpus.Problem{{File: files[i], Message: err.Error(), Skipped: true}}, skip: true}
			return
		}
		doc, probs := corpus.Parse(files[i], data)
		if h, ok := fsys.(hider); ok && h.Hides(files[i]) {
			probs = append(probs, corpus.Problem{File: files[i], Message: hidesBundled})
		}
		read[i] = parsed{doc: doc, probs: probs}
		for _, p := range probs {
			read[i].skip = read[i].skip || p.Skipped
		}
		if read[i].skip {
			report.add(len(data))
		} else {
			report.add(len(data) - len(doc.Body))
		}
	})
	var problems []corpus.Problem
	var docs []corpus.Document
	for _, r := range read {
		problems = append(problems, r.probs...)
		if !r.skip {
			docs = append(docs, r.doc)
		}
	}
	docs, more := checkReferences(fsys, docs, known)
	return docs, append(problems, more...)
}

// layered is a corpus laid over another (library.Merge) that can tell a
// file read from the corpus underneath (the bundled one).
type layered interface{ Underneath(name string) bool }

// bundledFirst is what a duplicate id's message says of the bundled
// source that holds it.
const bundledFirst = "%s, a source of the bundled corpus: give this file another id"

// checkReferences is corpus.CheckReferencesWith, the sources of the
// corpus underneath (the bundled corpus, under a library) claiming their
// ids first: a library file giving a bundled source's id is the one
// skipped, with the problem at its own `id:` line, whatever the files'
// names. Before (hostile check 70 G6), the files' name order decided:
// "mynotes.md" hid the bundled source (the problem blamed the bundled
// file, which no one can edit), "zzz.md" was hidden by it. The documents
// keep their order.
func checkReferences(fsys fs.FS, docs []corpus.Document, known map[string]string) ([]corpus.Document, []corpus.Problem) {
	l, ok := fsys.(layered)
	if !ok {
		return corpus.CheckReferencesWith(docs, known)
	}
	var under, over []corpus.Document
	for _, d := range docs {
		if l.Underneath(d.Source.File) {
			under = append(under, d)
		} else {
			over = append(over, d)
		}
	}
	if len(under) == 0 || len(over) == 0 {
		return corpus.CheckReferencesWith(docs, known)
	}
	keptUnder, problems := corpus.CheckReferencesWith(under, known)
	claimed := make(map[string]string, len(known)+len(keptUnder))
	for id, file := range known {
		claimed[id] = file
	}
	for _, d := range keptUnder {
		claimed[d.Source.ID] = fmt.Sprintf(bundledFirst, d.Source.File)
	}
	keptOver, more := corpus.CheckReferencesWith(over, claimed)
	order := make(map[string]int, len(docs))
	for i, d := range docs {
		order[d.Source.File] = i
	}
	kept := append(keptUnder, keptOver...)
	slices.SortStableFunc(kept, func(a, b corpus.Document) int { return order[a.Source.File] - order[b.Source.File] })
	problems = append(problems, more...)
	// Coverage in the library about a bundled source: its dates are
	// checked across the two (each check above saw its own side's).
	said := map[corpus.Problem]bool{}
	for _, p := range problems {
		said[p] = true
	}
	for _, p := range corpus.AboutDates(kept) {
		if !said[p] {
			problems = append(problems, p)
		}
	}
	return kept, problems
}

// extractInOrder extracts and tags docs' items on every core, a window of
// sources ahead of the one handed to each (see windowBytes), which gets them in
// docs' order. Each document is let go (docs[i] cleared) once handed on.
// When chunked is set, a document whose body passes streamBytes is
// handed on in parts (streamDoc): ahead of its turn only its themes are
// counted, and its items are made again at its turn.
func extractInOrder(docs []corpus.Document, tax *themes.Taxonomy, th *thesaurus.Thesaurus, report *reporter, chunked bool, each func(Doc) error) (failed []corpus.Problem, err error) {
	type result struct {
		items []evidence.Item
		// docThemes are a large document's themes (DocThemes) when
		// its items are to be made at its turn (streamed).
		docThemes []string
		streamed  bool
		err       error
	}
	results := make([]chan result, len(docs))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	// ahead holds the sources extracted and not yet handed on: the window.
	ahead := newWindow(2*workers+2, windowBytes)
	jobs := make(chan int)
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		for i := range docs {
			if !ahead.enter(len(docs[i].Body)) {
				return
			}
			select {
			case jobs <- i:
			case <-stop:
				return
			}
		}
	}()
	v := measure.NewVocabulary(th)
	// progressOf reports the extraction of a body of size bytes as it
	// goes, as count bytes of the run's; done adds what is left of them.
	// A large source read twice (its themes counted, then its items
	// streamed to the index) counts half its bytes at each reading: the
	// second, which the index's pace sets, reported nothing, and a source
	// of 200,000 table rows was minutes of "indexing the last items read"
	// with no rate nor time left (hostile check 50).
	progressOf := func(o *extract.Options, size, count int) (done func()) {
		reported := 0
		if report.progress != nil {
			o.Progress = func(offset int) {
				if at := scaleOffset(offset, size, count); at-reported >= progressStep {
					report.add(at - reported)
					reported = at
				}
			}
		}
		return func() { report.add(count - reported) }
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				o := extract.Options{Vocabulary: v}
				if chunked && len(docs[i].Body) > streamBytes {
					r := result{streamed: true}
					if tax != nil && tax.Learned() {
						// Only the count of its themes is kept.
						size := len(docs[i].Body)
						done := progressOf(&o, size, size/2)
						r.docThemes, r.err = countThemes(docs[i], tax, o)
						done()
					}
					results[i] <- r
					continue
				}
				done := progressOf(&o, len(docs[i].Body), len(docs[i].Body))
				its, err := items(docs[i], tax, o)
				done()
				results[i] <- result{items: its, err: err}
			}
		})
	}
	defer wg.Wait()
	defer close(stop)
	defer ahead.stop()
	for i := range docs {
		r := <-results[i]
		ahead.leave(len(docs[i].Body))
		src := docs[i].Source
		if r.streamed && r.err == nil {
			o := extract.Options{Vocabulary: v}
			size := len(docs[i].Body)
			count := size // not counted ahead: this is its one reading
			if tax != nil && tax.Learned() {
				count = size - size/2 // the half its counting left
			}
			done := progressOf(&o, size, count)
			r.err = streamDoc(docs[i], tax, r.docThemes, o, each)
			done()
		}
		docs[i] = corpus.Document{}
		var stopped stopStream
		switch {
		case errors.As(r.err, &stopped):
			return failed, stopped.err
		case r.err != nil:
			// One broken source never hides the others.
			failed = append(failed, corpus.Problem{File: src.File, Message: r.err.Error(), Skipped: true})
			continue
		case r.streamed:
			continue
		}
		if err := each(Doc{Source: src, Items: r.items}); err != nil {
			return failed, err
		}
	}
	return failed, nil
}

// windowBytes is the body text that extraction may run ahead of the
// source handed on, past the window's few sources: at least a batch of
// the index's (2,000 items) of sources of a report's size, so the cores
// go on extracting while the index turns a batch into a segment (one
// core's work: 11 of the 77 s of CPU a 100,000-item build took) instead
// of one of them idling once a few sources are done. Items hold some 21 times their text (see
// streamBytes), so the window holds some 20 MB of them at most.
var windowBytes = 1 << 20

// maxWindow bounds the sources of the window however short they are.
const maxWindow = 256

// window counts the sources extracted ahead of the one handed on and
// their bytes: a source enters it while fewer than min sources are in,
// or while the bytes stay within max (and fewer than maxWindow sources).
type window struct {
	mu             sync.Mutex
	cond           sync.Cond
	min, max       int
	sources, bytes int
	stopped        bool
}

func newWindow(min, max int) *window {
	w := &window{min: min, max: max}
	w.cond.L = &w.mu
	return w
}

// enter waits until a source of size bytes fits in the window and counts
// it in; false once the window is stopped.
func (w *window) enter(size int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for !w.stopped && w.sources >= w.min && (w.sources >= maxWindow || w.bytes+size > w.max) {
		w.cond.Wait()
	}
	if w.stopped {
		return false
	}
	w.sources++
	w.bytes += size
	return true
}

// leave counts a source of size bytes out of the window.
func (w *window) leave(size int) {
	w.mu.Lock()
	w.sources--
	w.bytes -= size
	w.mu.Unlock()
	w.cond.Broadcast()
}

// stop ends the window: enter waits no more.
func (w *window) stop() {
	w.mu.Lock()
	w.stopped = true
	w.mu.Unlock()
	w.cond.Broadcast()
}

// countThemes makes a large document's items, tagged by the rules, only
// to count their themes: the document's themes (themes.DocThemes), which
// streamDoc needs before it can finish tagging the first item.
func countThemes(doc corpus.Document, tax *themes.Taxonomy, o extract.Options) ([]string, error) {
	rules := tax.RuleTagger()
	var count themes.DocCount
	o.Each = func(it evidence.Item) {
		rules.Tag(&it)
		count.Add(it.Themes)
	}
	if _, err := extractSafely(doc, o); err != nil {
		return nil, err
	}
	return count.Themes(), nil
}

// streamDoc makes a large document's items again, tags each as
// TagItems would have (its document's themes counted before:
// countThemes) and gives them to each streamItems at a time, so the
// document's items are never all held at once. An error from each stops
// the extraction and is returned as a stopStream.
func streamDoc(doc corpus.Document, tax *themes.Taxonomy, docThemes []string, o extract.Options, each func(Doc) error) (err error) {
	var rules *themes.RuleTagger
	if tax != nil {
		rules = tax.RuleTagger()
	}
	part := make([]evidence.Item, 0, streamItems)
	give := func() {
		if len(part) == 0 {
			return
		}
		if err := each(Doc{Source: doc.Source, Items: part}); err != nil {
			panic(stopStream{err})
		}
		// each keeps nothing (see Stream): the next part starts afresh,
		// so what was handed on can be let go.
		part = make([]evidence.Item, 0, streamItems)
	}
	o.Each = func(it evidence.Item) {
		if rules != nil {
			rules.Tag(&it)
			tax.FinishTag(&it, docThemes)
		}
		part = append(part, it)
		if len(part) == streamItems {
			give()
		}
	}
	if _, err := extractSafely(doc, o); err != nil {
		return err
	}
	// The last part is given outside the extraction (whose own recover
	// turns each's error back into a stopStream).
	defer func() {
		if r := recover(); r != nil {
			s, ok := r.(stopStream)
			if !ok {
				panic(r)
			}
			err = s
		}
	}()
	give()
	return nil
}

// stopStream carries the error each returned out of a document's
// extraction (streamDoc), which it ends.
type stopStream struct{ err error }

func (s stopStream) Error() string { return s.err.Error() }
func (s stopStream) Unwrap() error { return s.err }

// Items runs the stages after parsing over one document: its items,
// extracted (their figure records normalised with the thesaurus's forms)
// and tagged. A nil taxonomy leaves them untagged (an import being checked
// before it is saved); a nil thesaurus normalises with stems alone. A
// fault in the extractor is an error.
func Items(doc corpus.Document, tax *themes.Taxonomy, th *thesaurus.Thesaurus) ([]evidence.Item, error) {
	return items(doc, tax, extract.Options{Vocabulary: measure.NewVocabulary(th)})
}

// EachItem extracts one document's items as Items does, untagged (an
// import being checked before it is saved), giving each to each as it is
// made instead of holding them all: one 24 MB paragraph makes half a
// million. progress, when set, is told how far extraction has read the
// body (bytes done of its length) every 64 KB. A fault in the extractor
// is an error, after the items made before it.
func EachItem(doc corpus.Document, th *thesaurus.Thesaurus, progress Progress, each func(evidence.Item)) error {
	o := extract.Options{Vocabulary: measure.NewVocabulary(th), Each: each}
	total := int64(len(doc.Body))
	if progress != nil {
		reported := 0
		o.Progress = func(offset int) {
			if offset-reported >= progressStep {
				reported = offset
				progress(int64(offset), total)
			}
		}
	}
	if _, err := extractSafely(doc, o); err != nil {
		return err
	}
	if progress != nil {
		progress(total, total)
	}
	return nil
}

func items(doc corpus.Document, tax *themes.Taxonomy, o extract.Options) ([]evidence.Item, error) {
	items, err := extractSafely(doc, o)
	if err != nil {
		return nil, err
	}
	if tax != nil {
		tax.TagItems(items)
	}
	return items, nil
}

// extractFault, when set (by tests), is called before each source's
// extraction: a fault there stands for one in the extractor.
var extractFault func(corpus.Document)

// extractSafely extracts doc's items, a panic in the extractor becoming
// an error of that source: a text that trips a fault in cypx (the fuzzer
// found "0[00]" reading past its end) must not end the build of every
// other source with it, nor a `cypx add` with a stack trace.
func extractSafely(doc corpus.Document, o extract.Options) (items []evidence.Item, err error) {
	defer func() {
		if r := recover(); r != nil {
			if s, ok := r.(stopStream); ok {
				items, err = nil, s // not a fault: the caller stopped it
				return
			}
			items, err = nil, fmt.Errorf("extracting its evidence failed on a fault in cypx (%v): the file is left out; please report it", r)
		}
	}()
	if extractFault != nil {
		extractFault(doc)
	}
	return extract.ExtractWith(doc, o), nil
}

// LoadTaxonomy reads the taxonomy a corpus uses — its own themes.yaml, else
// the fallback's — and a hash of its bytes: a new taxonomy re-tags every
// item, so the index cache keys on it.
func LoadTaxonomy(fsys, fallback fs.FS) (*themes.Taxonomy, string, error) {
	return LoadTaxonomyIn("", fsys, fallback)
}

// LoadTaxonomyIn is LoadTaxonomy of a corpus in the folder dir (as the
// user named it; "" for none): every error about its themes.yaml — a
// parse error at a line, an unknown theme, a loop of links, a link to
// nothing, a file too large — names the file with its folder
// ("corpus/themes.yaml:3: …"), a path the user can find, not the bare
// "themes.yaml" of any corpus.
func LoadTaxonomyIn(dir string, fsys, fallback fs.FS) (*themes.Taxonomy, string, error) {
	src := fsys
	shown := filepath.Join(dir, corpus.ThemesFile)
	// Only a themes.yaml that is not there is taken from the fallback:
	// one there that cannot be read (a loop of links) is said so by the
	// reading below, and one that is a link to nothing here; the bundled
	// themes were used without a word.
	if _, err := fs.Stat(fsys, corpus.ThemesFile); errors.Is(err, fs.ErrNotExist) {
		if err := plainfile.LinkToNothingAs(fsys, corpus.ThemesFile, shown); err != nil {
			return nil, "", err
		}
		src, shown = fallback, corpus.ThemesFile
	}
	if src == nil {
		return nil, "", fmt.Errorf("no %s in the corpus", corpus.ThemesFile)
	}
	data, err := plainfile.ReadFSAs(src, corpus.ThemesFile, shown, themes.MaxFileBytes)
	if err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	lastTaxonomy.Lock()
	defer lastTaxonomy.Unlock()
	if lastTaxonomy.tax != nil && lastTaxonomy.hash == hash {
		return lastTaxonomy.tax, hash, nil
	}
	tax, err := themes.Parse(shown, data)
	if err != nil {
		return nil, "", err
	}
	lastTaxonomy.hash, lastTaxonomy.tax = hash, tax
	return tax, hash, nil
}

// TaxonomyProblems are the problems that left part of a themes.yaml out
// (a broken theme, the themes past themes.MaxThemes), as warnings: one
// broken theme no longer stops every command.
func TaxonomyProblems(tax *themes.Taxonomy) []corpus.Problem {
	if tax == nil {
		return nil
	}
	var out []corpus.Problem
	for _, p := range tax.Problems {
		// Named within the corpus, as a source's and the thesaurus's
		// problems are: the themes file's were named by the corpus's
		// folder, an absolute path among relative ones in 'cypx check'
		// (hostile check 47). Errors that stop a command still name the
		// folder (LoadTaxonomyIn).
		file := p.File
		if filepath.Base(file) == corpus.ThemesFile {
			file = corpus.ThemesFile
		}
		out = append(out, corpus.Problem{File: file, Line: p.Line, Message: p.Message})
	}
	return corpus.Told(out, "in the themes")
}

// lastTaxonomy is the taxonomy last read and the hash of its bytes. A
// process that opens the library again (the explorer after every import or
// change on disk) reads the same file, and parsing it was most of a warm
// open's CPU; a taxonomy is not changed once parsed, so one copy serves
// every reader.
var lastTaxonomy struct {
	sync.Mutex
	hash string
	tax  *themes.Taxonomy
}

// LoadThesaurus reads the bundled thesaurus from fallback and widens it
// with the corpus's own thesaurus.yaml, whose entries add to it or replace
// entries of the same head. Problems name the file and line; entries with
// problems are left out and the rest kept.
func LoadThesaurus(fsys, fallback fs.FS) (*thesaurus.Thesaurus, []corpus.Problem) {
	var problems []corpus.Problem
	load := func(f fs.FS) *thesaurus.Thesaurus {
		if f == nil {
			return nil
		}
		t, probs, err := thesaurus.Load(f, thesaurus.File)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			problems = append(problems, corpus.Problem{File: thesaurus.File, Message: err.Error()})
			return nil
		}
		var told []corpus.Problem
		for _, p := range probs {
			told = append(told, corpus.Problem{File: p.File, Line: p.Line, Message: p.Message})
		}
		problems = append(problems, corpus.Told(told, "in the thesaurus")...)
		return t
	}
	base := load(fallback)
	own := load(fsys)
	switch {
	case base == nil && own == nil:
		return nil, problems
	case base == nil:
		return own, problems
	}
	return base.With(own), problems
}

// ListFiles lists the corpus's sources/*.md, sorted; a corpus without a
// sources folder has none. It reads the folder once (ReadDir), which at
// 2,000 sources is much cheaper than a glob.
func ListFiles(fsys fs.FS) ([]string, error) {
	names, _, err := listFiles(fsys)
	return names, err
}

// listFiles is ListFiles with the folder's files named as sources in
// another case (corpus.Misnamed), from the one read of the folder.
func listFiles(fsys fs.FS) ([]string, []corpus.Problem, error) {
	entries, err := fs.ReadDir(fsys, corpus.SourcesDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var names []string
	var misnamed []corpus.Problem
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") {
			names = append(names, corpus.SourcesDir+"/"+e.Name())
		} else if p, ok := corpus.Misnamed(e.Name()); ok {
			misnamed = append(misnamed, p)
		}
	}
	sort.Strings(names)
	return names, misnamed, nil
}

// CountByKind counts items of each kind.
func (c *Corpus) CountByKind() map[evidence.Kind]int {
	n := map[evidence.Kind]int{}
	for _, it := range c.Items {
		n[it.Kind]++
	}
	return n
}

// Parallel calls fn(0) to fn(n-1) on as many goroutines as there are
// cores; the cache stats a corpus's files with it too.
func Parallel(n int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		})
	}
	wg.Wait()
}
