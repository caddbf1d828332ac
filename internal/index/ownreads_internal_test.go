package index

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// ownReadsIndex builds an in-memory scorch index (no merges: a segment a
// batch) of random documents over a small alphabet, so terms share
// prefixes and lie within an edit or two of each other, updated and
// deleted across batches so older segments hold deleted documents.
func ownReadsIndex(t *testing.T, r *rand.Rand) (bleve.Index, []string) {
	t.Helper()
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("w", bleve.NewTextFieldMapping())
	doc.AddFieldMappingsAt("k", bleve.NewKeywordFieldMapping())
	doc.AddFieldMappingsAt("n", bleve.NewNumericFieldMapping())
	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { bi.Close() })
	word := func() string {
		b := make([]byte, 1+r.IntN(6))
		for i := range b {
			b[i] = "abcde"[r.IntN(5)]
		}
		return string(b)
	}
	var words []string
	for range 3 + r.IntN(6) {
		batch := bi.NewBatch()
		for range 1 + r.IntN(15) {
			var text []string
			for range 1 + r.IntN(8) {
				w := word()
				text = append(text, w)
				words = append(words, w)
			}
			batch.Index(fmt.Sprintf("d%02d", r.IntN(40)), map[string]any{
				"w": strings.Join(text, " "), "k": word(), "n": float64(r.IntN(50)),
			})
		}
		for range r.IntN(4) {
			batch.Delete(fmt.Sprintf("d%02d", r.IntN(40)))
		}
		if err := bi.Batch(batch); err != nil {
			t.Fatal(err)
		}
	}
	return bi, words
}

// entries reads a dictionary whole.
func entries(t *testing.T, d bindex.FieldDict, err error) []bindex.DictEntry {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var out []bindex.DictEntry
	for {
		e, err := d.Next()
		if err != nil {
			t.Fatal(err)
		}
		if e == nil {
			return out
		}
		out = append(out, *e)
	}
}

// docIDs reads a document id reader whole, or from an Advance to at.
func docIDs(t *testing.T, r bindex.DocIDReader, err error, at bindex.IndexInternalID) []string {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []string
	next, err := r.Next()
	if at != nil {
		next, err = r.Advance(at)
	}
	for ; err == nil && next != nil; next, err = r.Next() {
		out = append(out, fmt.Sprintf("%x", []byte(next)))
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestOwnDictionaryWalksAreBleves: the dictionaries ownReads walks on the
// calling goroutine give bleve's FieldDict, FieldDictPrefix,
// FieldDictRange, FieldDictFuzzy, FieldDictRegexp and FieldDictContains
// answers term for term, count for count, and its document id readers
// bleve's documents, over random indexes of several segments with
// deleted documents; and a search through ownQuery gives bleve's hits
// and scores for each kind of query that reads them.
func TestOwnDictionaryWalksAreBleves(t *testing.T) {
	segments, deleted, hits := 0, 0, 0
	for seed := range uint64(30) {
		r := rand.New(rand.NewPCG(seed, 15))
		bi, words := ownReadsIndex(t, r)
		adv, err := bi.Advanced()
		if err != nil {
			t.Fatal(err)
		}
		reader, err := adv.Reader()
		if err != nil {
			t.Fatal(err)
		}
		snap := reader.(*scorch.IndexSnapshot)
		own := ownReads(snap).(ownReader)
		segments = max(segments, len(snap.Segments()))
		for _, ss := range snap.Segments() {
			if ss.Deleted() != nil {
				deleted += int(ss.Deleted().GetCardinality())
			}
		}
		pick := func() string { return words[r.IntN(len(words))] }
		cut := func(s string) string { return s[:r.IntN(len(s)+1)] }
		same := func(what string, got, want any) {
			t.Helper()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("seed %d: %s:\n got %v\nwant %v", seed, what, got, want)
			}
		}
		for _, field := range []string{"w", "k", "n", "_id", "none"} {
			d1, err1 := own.FieldDict(field)
			d2, err2 := snap.FieldDict(field)
			same(field+" cardinality", d1.Cardinality(), d2.Cardinality())
			same(field+" dict", entries(t, d1, err1), entries(t, d2, err2))
			for range 8 {
				p := []byte(cut(pick()))
				if r.IntN(8) == 0 {
					p = []byte{0xff}
				}
				d1, err1 := own.FieldDictPrefix(field, p)
				d2, err2 := snap.FieldDictPrefix(field, p)
				same(fmt.Sprintf("%s prefix %q", field, p), entries(t, d1, err1), entries(t, d2, err2))
				lo, hi := []byte(cut(pick())), []byte(pick())
				if r.IntN(6) == 0 {
					lo = nil
				}
				if r.IntN(6) == 0 {
					hi = nil
				}
				d1, err1 = own.FieldDictRange(field, lo, hi)
				d2, err2 = snap.FieldDictRange(field, lo, hi)
				same(fmt.Sprintf("%s range %q-%q", field, lo, hi), entries(t, d1, err1), entries(t, d2, err2))
				term, fuzz, fp := pick(), 1+r.IntN(2), ""
				if r.IntN(3) == 0 {
					fp = term[:1]
				}
				d1, err1 = own.FieldDictFuzzy(field, term, fuzz, fp)
				d2, err2 = snap.FieldDictFuzzy(field, term, fuzz, fp)
				same(fmt.Sprintf("%s fuzzy %q~%d %q", field, term, fuzz, fp), entries(t, d1, err1), entries(t, d2, err2))
				re := cut(pick()) + []string{".*", "[ab]c?", ".", "e*d"}[r.IntN(4)] + cut(pick())
				d1, err1 = own.FieldDictRegexp(field, re)
				d2, err2 = snap.FieldDictRegexp(field, re)
				same(fmt.Sprintf("%s regexp %q", field, re), entries(t, d1, err1), entries(t, d2, err2))
				c1, err1 := own.FieldDictContains(field)
				c2, err2 := snap.FieldDictContains(field)
				if err1 != nil || err2 != nil {
					t.Fatal(err1, err2)
				}
				key := []byte(pick())
				h1, _ := c1.Contains(key)
				h2, _ := c2.Contains(key)
				same(fmt.Sprintf("%s contains %q", field, key), h1, h2)
			}
		}
		ids := []string{"nope"}
		for range r.IntN(10) {
			ids = append(ids, fmt.Sprintf("d%02d", r.IntN(45)))
		}
		i1, err1 := own.DocIDReaderAll()
		i2, err2 := snap.DocIDReaderAll()
		same("all docs", docIDs(t, i1, err1, nil), docIDs(t, i2, err2, nil))
		i1, err1 = own.DocIDReaderOnly(ids)
		i2, err2 = snap.DocIDReaderOnly(ids)
		same(fmt.Sprintf("docs of %v", ids), docIDs(t, i1, err1, nil), docIDs(t, i2, err2, nil))
		at := bindex.NewIndexInternalID(nil, uint64(r.IntN(60)))
		i1, err1 = own.DocIDReaderAll()
		i2, err2 = snap.DocIDReaderAll()
		same(fmt.Sprintf("all docs from %x", []byte(at)), docIDs(t, i1, err1, at), docIDs(t, i2, err2, at))
		reader.Close()

		lo, hi := float64(r.IntN(30)), float64(20+r.IntN(30))
		fq := query.NewFuzzyQuery(pick())
		fq.SetFuzziness(1 + r.IntN(2))
		queries := []query.Query{
			query.NewPrefixQuery(cut(pick())), fq, query.NewWildcardQuery(cut(pick()) + "*" + cut(pick())),
			query.NewRegexpQuery(cut(pick()) + ".?"), query.NewNumericRangeQuery(&lo, &hi),
			query.NewDocIDQuery(ids), query.NewMatchAllQuery(),
		}
		for _, q := range queries {
			if f, ok := q.(query.FieldableQuery); ok && f.Field() == "" {
				f.SetField("w")
			}
			if nq, ok := q.(*query.NumericRangeQuery); ok {
				nq.SetField("n")
			}
			got, err := bi.SearchInContext(context.Background(), bleve.NewSearchRequestOptions(ownQuery{q}, 100, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			want, err := bi.SearchInContext(context.Background(), bleve.NewSearchRequestOptions(q, 100, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			hitsOf := func(res *bleve.SearchResult) []string {
				var out []string
				for _, h := range res.Hits {
					out = append(out, fmt.Sprintf("%s %v", h.ID, h.Score))
				}
				return append(out, fmt.Sprint(res.Total))
			}
			same(fmt.Sprintf("search %T %+v", q, q), hitsOf(got), hitsOf(want))
			hits += len(want.Hits)
		}
	}
	if segments < 3 || deleted == 0 || hits == 0 {
		t.Errorf("at most %d segments, %d deleted documents, %d hits: the test compares too little", segments, deleted, hits)
	}
}

// TestBleveGoroutineReadsAreWrapped fails on a new call, anywhere in the
// module, that would let bleve read a dictionary or the documents of ids
// on goroutines of its own: a search of bleve not made by Index.search, a
// searcher built over a reader not wrapped by ownReads, a dictionary or id
// reader asked of one not wrapped.
func TestBleveGoroutineReadsAreWrapped(t *testing.T) {
	search := regexp.MustCompile(`\.SearchInContext\(|\bbi\.Search\(`)
	searcher := regexp.MustCompile(`\.Searcher\(ctx, ([^,]*),`)
	dict := regexp.MustCompile(`([\w.]+(?:\([^()]*\))?)\.(?:FieldDict\w*|DocIDReader\w*|FieldCardinality)\(`)
	wrapped := regexp.MustCompile(`(\w+)(?:, \w+)* :?= ownReads\(`)
	root := filepath.Join("..", "..")
	checked := 0
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && path != root && (e.Name() == "testdata" || strings.HasPrefix(e.Name(), ".")) {
			return filepath.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		if filepath.ToSlash(path) == "../../internal/index/ownreads.go" {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		checked++
		own := map[string]bool{}
		for _, m := range wrapped.FindAllStringSubmatch(string(src), -1) {
			own[m[1]] = true
		}
		// impactReader (typedimpacts.go) reads its dictionaries through
		// the reader it holds.
		isOwn := func(recv string) bool {
			return strings.HasPrefix(recv, "ownReads(") || strings.HasPrefix(recv, "impactReader{IndexReader: ownReads(") || own[recv]
		}
		for i, line := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue
			}
			at := fmt.Sprintf("%s:%d: %s", path, i+1, strings.TrimSpace(line))
			if search.MatchString(line) {
				t.Errorf("%s: search bleve through Index.search", at)
			}
			if m := searcher.FindStringSubmatch(line); m != nil && !isOwn(m[1]) {
				t.Errorf("%s: build the searcher over ownReads(%s)", at, m[1])
			}
			for _, m := range dict.FindAllStringSubmatch(line, -1) {
				if !isOwn(m[1]) {
					t.Errorf("%s: ask ownReads(%s) for it", at, m[1])
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Errorf("%d files checked: the walk missed the module", checked)
	}
}
