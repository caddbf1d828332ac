package cache

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/gen"
)

// fillAll sets every field of the struct v points to, strings to a text
// naming the field and numbers to its position: a field added to the
// struct is set too, so a manifest that leaves it out fails the test.
func fillAll(v any, tag string) {
	rv := reflect.ValueOf(v).Elem()
	for i := range rv.NumField() {
		f := rv.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString(fmt.Sprintf("%s %s é", tag, rv.Type().Field(i).Name))
		case reflect.Int:
			f.SetInt(int64(i + 1))
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Struct:
			fillAll(f.Addr().Interface(), tag)
		default:
			panic("fillAll: a field of kind " + f.Kind().String() + ": teach the manifest and this test to keep it")
		}
	}
}

func sampleManifest() *manifest {
	var s evidence.Source
	fillAll(&s, "source")
	var p corpus.Problem
	fillAll(&p, "problem")
	// More is not kept: only 'cypx check' counts problems, over sources
	// it reads afresh, never a manifest's (corpus.Problem.More).
	p.More = 0
	return &manifest{
		Version: "13.55.9", ThemesHash: "abc+def",
		Entries: []entry{
			{File: "sources/a.md", State: fileState{Size: 1234, ModTime: time.Unix(1700000000, 123456789).UTC(), Hash: "0123abcd"},
				Source: &s, Kinds: []kindCount{{evidence.Statistic, 3}, {evidence.Excerpt, 50}}},
			{File: "sources/b.md", State: fileState{Hash: "unreadable: permission denied"}},
			{File: "sources/embedded.md", State: fileState{Size: 7, Hash: "ffff"}, Source: &evidence.Source{ID: "embedded"}},
			{File: "sources/old.md", State: fileState{Size: -1, ModTime: time.Unix(-62135596800, 0).UTC(), Hash: ""}},
		},
		Problems: []corpus.Problem{p, {File: "sources/b.md"}},
	}
}

// TestManifestReadsBackWhatWasWritten: every field of a source, a state and
// a problem comes back as it was written.
func TestManifestReadsBackWhatWasWritten(t *testing.T) {
	m := sampleManifest()
	got, err := decodeManifest(encodeManifest(m))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Errorf("read back:\n%+v\nwritten:\n%+v", got, m)
	}
	empty, err := decodeManifest(encodeManifest(&manifest{Version: "1"}))
	if err != nil || empty.Version != "1" || len(empty.Entries) != 0 || empty.Problems != nil {
		t.Errorf("an empty manifest read back as %+v, %v", empty, err)
	}
}

// TestDamagedManifestIsRefused: a manifest cut short anywhere, or with any
// one byte changed, is refused as damage (and rebuilt), never read as
// something else, and never a panic.
func TestDamagedManifestIsRefused(t *testing.T) {
	data := encodeManifest(sampleManifest())
	for n := range len(data) {
		if _, err := decodeManifest(data[:n]); !errors.Is(err, errManifest) {
			t.Fatalf("cut to %d of %d bytes: %v", n, len(data), err)
		}
	}
	for i := range data {
		d := bytes.Clone(data)
		d[i] ^= 0x20
		if _, err := decodeManifest(d); !errors.Is(err, errManifest) {
			t.Fatalf("byte %d changed: %v", i, err)
		}
	}
}

// TestManifestOfTheLayoutBeforeIsReadNotRebuilt: a cache an older cypx left
// (its manifest gob) is opened as it is, and its manifest written again
// in the new layout, the old one removed.
func TestManifestOfTheLayoutBeforeIsReadNotRebuilt(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 300, 1); err != nil {
		t.Fatal(err)
	}
	o := Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Warn: func(w string) { t.Errorf("warning: %s", w) }}
	ix, _, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	cdir := filepath.Join(root, "index-"+shortHash(dir))
	m, err := readManifest(cdir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cdir, gobManifestFile), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(cdir, manifestFile)); err != nil {
		t.Fatal(err)
	}
	ix, cat, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if cat.Rebuilt != "opened" || cat.Items != 300 {
		t.Errorf("a cache with the older manifest: %s, %d items", cat.Rebuilt, cat.Items)
	}
	if _, err := os.Stat(filepath.Join(cdir, manifestFile)); err != nil {
		t.Errorf("the manifest was not written in the new layout: %v", err)
	}
	if _, err := os.Stat(filepath.Join(cdir, gobManifestFile)); err == nil {
		t.Error("the older manifest was left behind")
	}
	again, err := readManifest(cdir)
	if err != nil || again.legacy || !reflect.DeepEqual(again.Entries, m.Entries) {
		t.Errorf("the manifest written again differs from the one read: %v", err)
	}
}

// BenchmarkManifest decodes a manifest of 20,000 sources in each layout.
func BenchmarkManifest(b *testing.B) {
	m := &manifest{Version: "1", ThemesHash: "x"}
	for i := range 20000 {
		s := &evidence.Source{ID: fmt.Sprintf("gen-%06d", i), Title: fmt.Sprintf("Children's social care: evidence review %d", i),
			Publisher: "NHS Providers", Date: evidence.Date{Year: 2024, Month: 3}, URL: fmt.Sprintf("https://example.org/reports/%d", i),
			Type: "report", File: fmt.Sprintf("sources/gen-%06d.md", i)}
		m.Entries = append(m.Entries, entry{File: s.File, State: fileState{Size: 6800, ModTime: time.Now().UTC(), Hash: "3596b8d1070d44a149b9f0c1"},
			Source: s, Kinds: []kindCount{{evidence.Statistic, 20}, {evidence.Recommendation, 10}, {evidence.Excerpt, 20}}})
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(m); err != nil {
		b.Fatal(err)
	}
	data := encodeManifest(m)
	b.Run("gob", func(b *testing.B) {
		for b.Loop() {
			var got manifest
			if err := gob.NewDecoder(bytes.NewReader(buf.Bytes())).Decode(&got); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("own", func(b *testing.B) {
		for b.Loop() {
			if _, err := decodeManifest(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestManifestChangedByAByteIsRebuiltWithAWarning: a letter of a source's
// title changed in the manifest (bytes that a decoder still reads) is
// damage: the index is rebuilt, with a warning naming the manifest, and the
// catalog holds the title the source has.
func TestManifestChangedByAByteIsRebuiltWithAWarning(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 100, 1); err != nil {
		t.Fatal(err)
	}
	var warnings []string
	o := Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Warn: func(w string) { warnings = append(warnings, w) }}
	ix, cat, err := Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	title := cat.Sources[0].Title
	path := filepath.Join(root, "index-"+shortHash(dir), manifestFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte(title))
	if i < 0 {
		t.Fatalf("no %q in the manifest", title)
	}
	data[i] ^= 0x20 // "Children's" -> "children's"
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ix, cat, err = Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if cat.Rebuilt != "built" || cat.Sources[0].Title != title {
		t.Errorf("a manifest with a letter changed: %s, title %q, want built, %q", cat.Rebuilt, cat.Sources[0].Title, title)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "manifest cannot be read") {
		t.Errorf("warnings %q, want one naming the manifest", warnings)
	}
}
