// Package basket is the briefing basket: the ordered item ids a briefing
// writer has marked, kept as JSON in the state folder.
//
// Several processes share one basket file — explorers and 'cypx basket'
// commands — so nothing holds a copy of it to write back whole: every
// change takes the file's lock, reads the file afresh, changes what it
// read and writes it atomically (Update). A basket written by a newer
// cypx, whose format this one does not know, is refused and left as it is.
package basket

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/filelock"
	"github.com/cypx/cypx/internal/plainfile"
)

// Version is the basket file format this cypx reads and writes.
const Version = 1

// Basket is the marked item ids, in the order the briefing will use.
type Basket struct {
	IDs []string
	// Entries is how many entries the file read held, an id a hand edit
	// repeated counted each time it stands there (IDs holds it once): so
	// clearing a file of one id twice says both entries went, of one
	// finding. It is len(IDs) where the file holds each id once.
	Entries int
	// Stamp identifies the file the basket was read from or written to, so
	// a reader can tell when another process has changed it since.
	Stamp Stamp
	// Bad is the file's entries that are no item id (a hand edit): left
	// out of IDs, so one of them hides none of the others, and kept in
	// the file as written until 'basket remove' is given one of them
	// (Drop) or the basket is cleared. Before (hostile check 86, F2), one
	// such entry refused the whole basket to every command.
	Bad []BadEntry
}

// BadEntry is an entry of a basket file that is no item id.
type BadEntry struct {
	Text string // the entry as the file holds it
	At   int    // its place among the file's entries, from 0
	Line int    // the file's line that holds it, 0 when not told
	Path string // the basket file
	Err  error  // why it is no item id
	// Raw marks an entry that is no string at all (a number, null, an
	// object): Text is its JSON as the file holds it, written back so.
	Raw bool
	// file is the entry's JSON as the file holds it ("a\u202eb", null),
	// written back so by a change to the other entries: Text is what it
	// reads as. Empty for an entry made here, written as Text.
	file string
	// after is the key (evidence.IDKey) of the item id the entry follows
	// in the file, "" for none: a change to the ids puts it back after
	// that id (or the id before it, when that one is removed), so that
	// the file's order holds whatever else moved (hostile check 89, B5).
	after string
}

// Error names the entry by its file and line, as every other problem with
// the file is named, and by its place.
func (e BadEntry) Error() string {
	where := e.Path
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	return fmt.Sprintf("%s: entry %d: %v", where, e.At+1, e.Err)
}

// RemoveCommand is the command that takes the entry out of the file, as
// the CLI's warning and the explorer's basket screen both tell it: the
// entry as a shell word, or its place (--entry N) where the entry is
// escaped for the terminal (no shell would give it back), longer than a
// quote is shown (a 100 KB entry was repeated whole, hostile check 88,
// B2), or no string at all. The explorer told the entry "as the file
// holds it" for one no shell can type (hostile check 89, B7).
func (e BadEntry) RemoveCommand() string {
	word := evidence.ShellWord(e.Text)
	if strings.HasPrefix(e.Text, "-") {
		word = "-- " + word // an entry that would read as an option
	}
	if evidence.PrintableLine(e.Text) != e.Text || len(e.Text) > evidence.MaxQuotedBytes {
		word = fmt.Sprintf("--entry %d", e.At+1)
	}
	return "cypx basket remove " + word
}

// Drop takes out of the file the entries that are no item id and are
// exactly text, and says how many went.
func (b *Basket) Drop(text string) int {
	n := 0
	b.Bad = slices.DeleteFunc(b.Bad, func(e BadEntry) bool {
		if e.Text == text {
			n++
			return true
		}
		return false
	})
	return n
}

// DropAt takes out of the file the entry that is no item id at place i
// among the file's entries (from 0), and says how many went: 1, or 0 when
// the entry there is an item id or there is none.
func (b *Basket) DropAt(i int) int {
	n := len(b.Bad)
	b.Bad = slices.DeleteFunc(b.Bad, func(e BadEntry) bool { return e.At == i })
	return n - len(b.Bad)
}

// Stamp is a basket file's modification time and size; the zero Stamp is
// a file that does not exist.
type Stamp struct {
	ModTime time.Time
	Size    int64
}

// StampOf is the stamp of the file at path now.
func StampOf(path string) Stamp {
	info, err := os.Stat(path)
	if err != nil {
		return Stamp{}
	}
	return Stamp{ModTime: info.ModTime(), Size: info.Size()}
}

type file struct {
	Version int      `json:"version"`
	Items   []string `json:"items"`
}

// maxFileBytes bounds the basket file: 16 MB is some 250,000 item ids.
const maxFileBytes = 16 << 20

// VersionError is a basket file in a format this cypx does not know: it is
// neither read nor written, so a newer cypx's basket is never lost.
type VersionError struct {
	Path    string
	Version int
	// Missing is a file with no "version" at all, told apart from one
	// whose version is 0.
	Missing bool
}

func (e *VersionError) Error() string {
	// No cypx wrote either: a file made or edited by hand, told what to
	// hold rather than sent to look for "the cypx that wrote it".
	if e.Missing {
		return fmt.Sprintf(`%s: not a basket file: no "version" in it: want {"version": %d, "items": ["SOURCE#HASH", ...]}; left unchanged`, e.Path, Version)
	}
	if e.Version < 1 {
		// It says the version the file has: `"version":0` was reported
		// as no "version" in it (hostile check 61).
		return fmt.Sprintf(`%s: not a basket file: its "version" is %d, which no cypx writes: want {"version": %d, "items": ["SOURCE#HASH", ...]}; left unchanged`, e.Path, e.Version, Version)
	}
	return fmt.Sprintf("%s: basket format version %d, which this cypx (version %d) does not know: left unchanged; use the cypx that wrote it", e.Path, e.Version, Version)
}

// versionError is the VersionError of a file whose version, read, is v:
// a 0 is told apart from no "version" key by a second look at the file,
// made only on this path of refusal.
func versionError(path string, data []byte, v int) *VersionError {
	var head struct {
		Version *json.RawMessage `json:"version"`
	}
	missing := v == 0 && (json.Unmarshal(data, &head) != nil || head.Version == nil)
	return &VersionError{Path: path, Version: v, Missing: missing}
}

// leadsNowhere is the refusal of a basket file that is a link to nothing
// (a file in a sync folder not mounted, or moved), or nil when path is no
// link. Such a basket is neither read as empty nor written through, until
// the link leads to a file again or is removed: before (hostile check
// 61), `basket list` said "The basket is empty" and the next add made a
// new file where the link pointed, in the folder a sync would fill.
func leadsNowhere(path string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	target, err := atomicfile.Resolve(path)
	if err != nil {
		return err // a loop of links, named as such
	}
	return fmt.Errorf("%s is a link to %s, which does not exist (a folder not mounted, or a file moved?): the basket is neither read nor written until it does; put the file back, or remove the link to start a new basket", path, target)
}

// Load reads a basket; a missing file is an empty basket, but a link to a
// missing file is refused (leadsNowhere). Every entry must
// be a whole item id by the one id rule (evidence.CheckItemID): a file
// edited by hand into something else is refused, naming the entry, and
// left as it is.
func Load(path string) (Basket, error) {
	ids, entries, stamp, bad, err := load(path)
	return Basket{IDs: slices.Clone(ids), Entries: entries, Stamp: stamp, Bad: bad}, err
}

// load is Load, its ids shared with the bytes last read (lastRead): they
// must not be changed.
func load(path string) ([]string, int, Stamp, []BadEntry, error) {
	// The stamp is taken first: a change between the two reads makes the
	// stamp older than the content, so a watcher reads once more, never
	// once too few.
	stamp := StampOf(path)
	data, err := plainfile.Read(path, maxFileBytes)
	if errors.Is(err, fs.ErrNotExist) {
		if err := leadsNowhere(path); err != nil {
			return nil, 0, Stamp{}, nil, err
		}
		return nil, 0, Stamp{}, nil, nil
	}
	if err != nil {
		if err := FolderError(path, ""); err != nil {
			return nil, 0, Stamp{}, nil, err
		}
		// A state folder that is a file was "stat …/basket.json: not a
		// directory".
		return nil, 0, Stamp{}, nil, atomicfile.FolderError(filepath.Dir(path), err)
	}
	if ids, ok := recalled(data); ok {
		return ids, len(ids), stamp, nil, nil
	}
	ids, entries, bad, err := parse(path, data)
	if err != nil {
		return nil, 0, Stamp{}, nil, &DamagedError{Path: path, Err: err}
	}
	return ids, entries, stamp, bad, nil
}

// FolderError is the refusal of a basket file that is a folder, or nil
// when path is no folder: said in the words of every refusal of a basket
// it cannot use, the folder left unchanged and moving it away the way
// out ('basket clear' said "is a folder, not a file" and nothing more,
// hostile check 64 L4). how, when given, is the command that moves it
// away (" (mv A B)"), said after "move it away".
func FolderError(path, how string) error {
	if info, err := os.Stat(path); err != nil || !info.IsDir() {
		return nil
	}
	return fmt.Errorf("%s is a folder, not the basket file: left unchanged; move it away%s, and cypx starts a new basket", path, how)
}

// DamagedError is a basket file that was read but holds no basket this
// cypx knows (damage, a hand edit, a newer format): it is left as it is,
// and only moving it away lets cypx start a new one. Err says what is
// wrong with it (a *VersionError for a format of another version).
type DamagedError struct {
	Path string
	Err  error
}

func (e *DamagedError) Error() string { return e.Err.Error() }

func (e *DamagedError) Unwrap() error { return e.Err }

// parse reads a basket file's bytes: its ids, each once, or why they are
// no basket.
func parse(path string, data []byte) ([]string, int, []BadEntry, error) {
	raw := data
	// A basket edited in Notepad and saved as "Unicode" is the same
	// basket: read, and left as it is until a change rewrites it.
	data, err := plainfile.Text(data)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("%s: %v", path, err)
	}
	var f file
	if items, ok := decodeFast(data); ok {
		f = file{Version: Version, Items: items}
	} else if err := plainfile.DecodeJSON(data, &f); err != nil {
		if _, field, _, ok := plainfile.JSONTypeError(data, err); ok && field == "items" {
			// A list holding values that are no string: read, unless
			// the file is no basket of this version, which is said
			// first (a file with no "version" was warned of entry by
			// entry, then refused for the list: hostile check 89, B6).
			var head struct {
				Version int `json:"version"`
			}
			if json.Unmarshal(data, &head); head.Version != Version {
				return nil, 0, nil, versionError(path, data, head.Version)
			}
			if ids, n, bad, ok := entriesOf(path, data); ok {
				return ids, n, bad, nil
			}
		}
		var uk *plainfile.KeyError
		if errors.As(err, &uk) && f.Version != Version {
			// A newer format's new keys: refused as that format.
			return nil, 0, nil, versionError(path, data, f.Version)
		}
		if uk != nil && uk.Line > 0 {
			return nil, 0, nil, fmt.Errorf("%s:%d: not a basket file: %v", path, uk.Line, err)
		}
		if line, field, holds, ok := plainfile.JSONTypeError(data, err); ok {
			// Go's own words name its types ("into Go value of type
			// basket.file"); say what the file should hold, and where.
			where := path
			if field != "" {
				where, holds = fmt.Sprintf("%s:%d", path, line), fmt.Sprintf("%q holds %s: ", field, holds)
			} else {
				holds = ""
			}
			return nil, 0, nil, fmt.Errorf(`%s: not a basket file: %swant {"version": %d, "items": ["SOURCE#HASH", ...]}`, where, holds, Version)
		}
		if at := plainfile.JSONWhere(data, err); at != "" {
			return nil, 0, nil, fmt.Errorf("%s:%s: not a basket file: %v", path, at, err)
		}
		return nil, 0, nil, fmt.Errorf("%s: not a basket file: %v", path, err)
	}
	if f.Version != Version {
		return nil, 0, nil, versionError(path, data, f.Version)
	}
	// An item is in the basket or not: a file edited by hand to hold an
	// id many times is read with each id once, where it first appears
	// (200,000 copies of one id made an export resolve it 200,000 times,
	// over 120 s). The file itself is left as it is until a change.
	// An id in another case is the same id (Key): kept as first spelt.
	// An entry that is no item id is left out and named, the others read:
	// such a file is never remembered (lastRead), so each read names it.
	n := len(f.Items)
	ids, _, err := checkRead(f.Items)
	if err != nil {
		// checkIDs reuses the list it checks: the entries are read
		// again, on this path of a hand-edited file alone.
		ids, n, bad, ok := entriesOf(path, data)
		if !ok {
			return nil, 0, nil, fmt.Errorf("%s: not a basket file: %v", path, err)
		}
		return ids, n, bad, nil
	}
	remember(raw, ids)
	return ids, n, nil, nil
}

// entriesOf reads a basket file whose list of items holds entries that
// are no item id: strings that are none, and values that are no string
// (a number, null, an object). Each is named by its line and left out,
// and kept as the file holds it to be written back so (BadEntry.file);
// the others are read. Before (hostile check 88, B3), one value that is
// no string refused the whole basket to every command; a null among
// strings was written back as "" and an escaped character raw (hostile
// check 89, B5). ok is false for any other fault of the file, which
// stays the whole file's.
func entriesOf(path string, data []byte) ([]string, int, []BadEntry, bool) {
	var f struct {
		Version int               `json:"version"`
		Items   []json.RawMessage `json:"items"`
	}
	if plainfile.DecodeJSON(data, &f) != nil {
		return nil, 0, nil, false
	}
	items := make([]string, len(f.Items))
	files := make([]string, len(f.Items))
	other := map[int]bool{}
	for i, raw := range f.Items {
		var buf bytes.Buffer
		if json.Compact(&buf, raw) != nil {
			return nil, 0, nil, false
		}
		files[i] = buf.String()
		// null is read into a string as "" without a word: it is no
		// string either.
		if files[i] == "null" || json.Unmarshal(raw, &items[i]) != nil {
			items[i], other[i] = files[i], true
		}
	}
	ids, bad := partition(items)
	for i := range bad {
		e := &bad[i]
		e.Path, e.file = path, files[e.At]
		e.Line = plainfile.ListEntryLine(data, "items", e.At+1)
		if !other[e.At] {
			continue
		}
		kind := jsonKind(e.Text)
		what := plainfile.JSONKind(kind)
		if kind == "null" {
			what = "null"
		}
		shown := evidence.Shorten(e.Text, evidence.MaxQuotedBytes, func(s string) string { return s })
		e.Raw, e.Err = true, fmt.Errorf("%s is %s, not an item id in quotes", shown, what)
	}
	return ids, len(items), bad, true
}

// jsonKind is the kind of a JSON value by its first byte, in the words
// encoding/json's type errors use ("number", "null", "object", "array",
// "bool").
func jsonKind(text string) string {
	switch c := text[0]; {
	case c == 'n':
		return "null"
	case c == 't' || c == 'f':
		return "bool"
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	}
	return "number"
}

// Save writes the basket atomically. It does not take the lock: changes
// go through Update.
func (b Basket) Save(path string) error {
	ids := b.IDs
	if ids == nil {
		ids = []string{}
	}
	return atomicfile.Write(path, encode(ids))
}

// Update changes the basket at path safely beside other processes: it
// takes the basket's lock, reads the file as it is now, applies change and
// writes the result atomically, then releases the lock. When change
// returns an error, or the file cannot be read (a newer format, damage),
// or change leaves the ids as they were, nothing is written. It returns
// the basket as written (or as read, when unchanged).
func Update(path string, change func(*Basket) error) (Basket, error) {
	unlock, err := filelock.Lock(path + ".lock")
	if err != nil {
		return Basket{}, err
	}
	defer unlock()
	before, entries, stamp, bad, err := load(path)
	if err != nil {
		return Basket{}, err
	}
	b := Basket{IDs: slices.Clone(before), Entries: entries, Stamp: stamp, Bad: slices.Clone(bad)}
	if err := change(&b); err != nil {
		return Basket{}, err
	}
	if len(bad) > 0 {
		// Entries that are no item id stay in the file, where they
		// stood, until dropped: a mark never loses what a hand wrote.
		if slices.Equal(before, b.IDs) && len(b.Bad) == len(bad) {
			return b, nil
		}
		if err := atomicfile.Write(path, encodeWithBad(b.IDs, b.Bad)); err != nil {
			return Basket{}, err
		}
		b.Stamp = StampOf(path)
		return b, nil
	}
	if slices.Equal(before, b.IDs) {
		// Nothing changed (a move at an end, an id added twice): the
		// file is left as it is, so the explorers watching it read
		// nothing new, and a file saved as UTF-16 stays so.
		return b, nil
	}
	data := encode(b.IDs)
	if err := atomicfile.Write(path, data); err != nil {
		return Basket{}, err
	}
	b.Stamp = StampOf(path) // under the lock: no other write comes between
	if readsBack(before, b.IDs) {
		// The next change (the next mark) reads these bytes: the ids they
		// hold are known, and checked.
		remember(data, slices.Clone(b.IDs))
	}
	return b, nil
}

// Has reports whether an id is in the basket, in any case (evidence.IDKey).
func (b Basket) Has(id string) bool { return b.Index(id) >= 0 }

// Index is the position of an id, in any case (evidence.IDKey), or -1.
func (b Basket) Index(id string) int {
	for i, x := range b.IDs {
		// EqualFold is evidence.IDKey's comparison, without a string made per id.
		if strings.EqualFold(x, id) {
			return i
		}
	}
	return -1
}

// Add appends ids not already in the basket (in any case) and says how
// many were new.
func (b *Basket) Add(ids ...string) int {
	if len(ids) <= 4 {
		// A mark adds one id: a look through the basket costs less than
		// a set of 700,000 keys made for it.
		n := 0
		for _, id := range ids {
			if b.Index(id) < 0 {
				b.IDs = append(b.IDs, id)
				n++
			}
		}
		return n
	}
	// One set of what is in, not a look through the basket per id: adding
	// many ids to a large basket took their product in time.
	in := make(map[string]bool, len(b.IDs)+len(ids))
	for _, id := range b.IDs {
		in[evidence.IDKey(id)] = true
	}
	n := 0
	for _, id := range ids {
		if k := evidence.IDKey(id); !in[k] {
			in[k] = true
			b.IDs = append(b.IDs, id)
			n++
		}
	}
	return n
}

// Insert puts an id at position i (clamped to the basket), unless it is
// already there, and returns where it is.
func (b *Basket) Insert(i int, id string) int {
	if at := b.Index(id); at >= 0 {
		return at
	}
	i = max(0, min(i, len(b.IDs)))
	b.IDs = append(b.IDs[:i:i], append([]string{id}, b.IDs[i:]...)...)
	return i
}

// Remove takes ids out and says how many were there. An entry that is no
// item id and followed a removed id follows the id before it.
func (b *Basket) Remove(ids ...string) int {
	n := 0
	for _, id := range ids {
		if i := b.Index(id); i >= 0 {
			if len(b.Bad) > 0 {
				b.reanchor(i)
			}
			b.IDs = append(b.IDs[:i:i], b.IDs[i+1:]...)
			n++
		}
	}
	return n
}

// reanchor makes the entries that are no item id and follow the id at i
// follow the one before it, before that id is removed.
func (b *Basket) reanchor(i int) {
	gone, before := evidence.IDKey(b.IDs[i]), ""
	if i > 0 {
		before = evidence.IDKey(b.IDs[i-1])
	}
	for j := range b.Bad {
		if b.Bad[j].after == gone {
			b.Bad[j].after = before
		}
	}
}

// Toggle adds an id or takes it out, and reports whether it is now in.
func (b *Basket) Toggle(id string) bool {
	if b.Remove(id) == 1 {
		return false
	}
	b.Add(id)
	return true
}

// Move moves the id at i by delta places, within bounds, and returns its
// new position.
func (b *Basket) Move(i, delta int) int {
	j := max(0, min(len(b.IDs)-1, i+delta))
	if i < 0 || i >= len(b.IDs) || i == j {
		return i
	}
	id := b.IDs[i]
	b.IDs = append(b.IDs[:i:i], b.IDs[i+1:]...)
	b.IDs = append(b.IDs[:j], append([]string{id}, b.IDs[j:]...)...)
	return j
}
