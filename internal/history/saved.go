package history

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/cypx/cypx/internal/evidence"
)

// MaxSeen is how many item ids a saved search keeps from a run: the first,
// by rank, of what it found. A search finding more judges what is new among
// its first MaxSeen.
const MaxSeen = 20000

// MaxName is the longest name of a saved search, in characters.
const MaxName = 64

// Search is a saved search: a query and its filters under a name, with the
// ids of the items its last run found.
type Search struct {
	Name    string    `json:"name"`
	Query   string    `json:"query"`
	Filters Filters   `json:"filters,omitzero"`
	Created time.Time `json:"created"`
	LastRun time.Time `json:"last_run"`
	// Seen are the ids the last run found, in rank order.
	Seen []string `json:"seen"`
}

// NeverRun is how a saved search that has not run yet names its last run.
const NeverRun = "never run"

// LastRunAt is when the search last ran, in the local time and the layout
// given, or NeverRun: a search written into the file by hand, with no
// last run, was listed as run at "0001-01-01 00:00" and reported "nothing
// new since the last run (1 Jan 0001 00:00)" (round 41, held-out check).
// 'cypx saved list', 'cypx saved run' and the explorer all say it by it.
func (s Search) LastRunAt(layout string) string {
	if s.LastRun.IsZero() {
		return NeverRun
	}
	return s.LastRun.Local().Format(layout)
}

// Saved is every saved search, in the order they were saved.
type Saved struct {
	Version  int      `json:"version"`
	Searches []Search `json:"searches"`
}

// NameError is a name that is not a valid name for a saved search.
type NameError struct {
	Name, Why string
}

func (e *NameError) Error() string {
	return fmt.Sprintf("saved search name %s: %s", evidence.QuoteInput(e.Name), e.Why)
}

// ValidName checks a saved search's name, the one rule for the explorer
// and the command line: 1 to 64 characters, letters, digits, spaces and
// . - _ ' only (no character evidence.Unsafe escapes, though U+3164 counts
// as a letter), starting with a letter or digit and not ending in a space;
// names that differ only in case, or in compatibility forms, are the same
// name, and no word mixes lookalike alphabets (Latin with Cyrillic or
// Greek).
func ValidName(name string) error {
	bad := func(why string) error { return &NameError{Name: name, Why: why} }
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return bad("give a name")
	case n > MaxName:
		return bad(fmt.Sprintf("at most %d characters (it has %d)", MaxName, n))
	case !utf8.ValidString(name):
		return bad("not valid UTF-8")
	}
	first, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return bad("start it with a letter or a digit")
	}
	if strings.HasSuffix(name, " ") {
		return bad("it ends in a space")
	}
	for _, r := range name {
		if evidence.Unsafe(r) {
			// Fillers such as U+3164 count as letters, yet draw nothing:
			// the terminal-safety rule decides, as for any text shown.
			return bad(fmt.Sprintf("%+q is not allowed: it draws as nothing or moves text", r))
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" .-_'", r) {
			return bad(fmt.Sprintf("%q is not allowed: use letters, digits, spaces and . - _ '", r))
		}
	}
	if a, b, ok := mixedWord(name); ok {
		return bad(fmt.Sprintf("a word mixes %s and %s letters, which look alike (\"Waits\" with a Cyrillic \"а\" is another name that looks the same): write each word in one alphabet", a, b))
	}
	return nil
}

// lookalikeScripts are the alphabets whose letters stand in for each
// other: Latin "a", Cyrillic "а" and Greek "α" look the same or nearly.
var lookalikeScripts = []struct {
	name  string
	table *unicode.RangeTable
}{{"Latin", unicode.Latin}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}}

// mixedWord finds a word (a run of letters and digits) of name that holds
// letters of two lookalike alphabets, and names them. A name may hold
// words of each ("β-blockers"), but "Wаits" with one Cyrillic letter is
// a second name that reads as "Waits".
func mixedWord(name string) (string, string, bool) {
	first := ""
	for _, r := range name {
		if !unicode.IsLetter(r) {
			if !unicode.IsDigit(r) {
				first = ""
			}
			continue
		}
		for _, sc := range lookalikeScripts {
			if !unicode.Is(sc.table, r) {
				continue
			}
			if first == "" {
				first = sc.name
			} else if first != sc.name {
				return first, sc.name, true
			}
		}
	}
	return "", "", false
}

// nameKey is the form in which two names are one name: in any case, and
// with compatibility forms (full-width "ｗａｉｔｓ", the Kelvin sign) read
// as the letters they stand for.
func nameKey(name string) string {
	return strings.ToLower(norm.NFKC.String(name))
}

// ExistsError is a name already taken.
type ExistsError struct{ Name string }

func (e *ExistsError) Error() string {
	return fmt.Sprintf("a saved search named %q exists: choose another name, or remove it first", e.Name)
}

// NotFoundError is a name no saved search has.
type NotFoundError struct {
	Name  string
	Names []string
}

func (e *NotFoundError) Error() string {
	if len(e.Names) == 0 {
		return fmt.Sprintf("no saved search %q: there are none yet (save one with 'cypx saved add NAME QUERY' or S in the explorer)", e.Name)
	}
	return fmt.Sprintf("no saved search %q (saved: %s)", e.Name, strings.Join(e.Names, ", "))
}

// Find is the saved search with a name, in any case or compatibility
// form (nameKey), and its position; -1 when there is none.
func (s Saved) Find(name string) (Search, int) {
	key := nameKey(name)
	for i, x := range s.Searches {
		if nameKey(x.Name) == key {
			return x, i
		}
	}
	return Search{}, -1
}

// Get is the saved search with a name, or a NotFoundError naming the others.
func (s Saved) Get(name string) (Search, error) {
	if x, i := s.Find(name); i >= 0 {
		return x, nil
	}
	return Search{}, s.notFound(name)
}

func (s Saved) notFound(name string) error {
	var names []string
	for _, x := range s.Searches {
		names = append(names, x.Name)
	}
	return &NotFoundError{Name: name, Names: names}
}

// Add saves a search under a valid name not yet taken. Its filters are
// kept in their normal form and at most MaxSeen ids.
func (s *Saved) Add(x Search) error {
	if err := ValidName(x.Name); err != nil {
		return err
	}
	if prev, i := s.Find(x.Name); i >= 0 {
		return &ExistsError{Name: prev.Name}
	}
	x.Filters = x.Filters.Normal()
	x.Seen = capSeen(x.Seen)
	s.Searches = append(s.Searches, x)
	return nil
}

// Remove takes out the saved search with a name.
func (s *Saved) Remove(name string) (Search, error) {
	x, i := s.Find(name)
	if i < 0 {
		return Search{}, s.notFound(name)
	}
	s.Searches = slices.Delete(s.Searches, i, i+1)
	return x, nil
}

// Run is what a run of a saved search found new.
type Run struct {
	// Search is the saved search as it was before this run.
	Search Search
	// New are the ids found that the last run did not find, in rank order.
	New []string
}

// Record notes a run of the saved search with a name: ids are what it found
// now, in rank order. It returns what is new since the run before, and
// keeps ids as the run's.
func (s *Saved) Record(name string, ids []string, at time.Time) (Run, error) {
	x, i := s.Find(name)
	if i < 0 {
		return Run{}, s.notFound(name)
	}
	ids = capSeen(ids)
	seen := make(map[string]bool, len(x.Seen))
	for _, id := range x.Seen {
		seen[id] = true
	}
	run := Run{Search: x}
	for _, id := range ids {
		if !seen[id] {
			run.New = append(run.New, id)
		}
	}
	s.Searches[i].Seen, s.Searches[i].LastRun = ids, at
	return run, nil
}

func capSeen(ids []string) []string {
	if ids == nil {
		return []string{}
	}
	return ids[:min(len(ids), MaxSeen)]
}

// LoadSaved reads the saved searches at path; a missing file has none.
func LoadSaved(path string) (Saved, error) {
	var s Saved
	if err := load(path, &s); err != nil {
		return s, err
	}
	return s, s.checkNames(path)
}

// checkNames refuses a file edited by hand to hold a search with no name,
// or two searches of one name (in any case): every command finds a search
// by its name, and of two, run and rm reached only the first, rm saying
// "removed" while the other stayed listed under the name. (A name the
// name rule has since come to refuse is still read: an older cypx saved
// it.)
func (s Saved) checkNames(path string) error {
	first := map[string]int{}
	for i, x := range s.Searches {
		if strings.TrimSpace(x.Name) == "" {
			return fmt.Errorf("%s: search %d has no name: give it one in the file, or remove it", path, i+1)
		}
		key := nameKey(x.Name)
		if j, taken := first[key]; taken {
			return fmt.Errorf("%s: search %d: the name %s is the name of search %d (%s): names differ in more than case",
				path, i+1, evidence.QuoteInput(x.Name), j+1, evidence.QuoteInput(s.Searches[j].Name))
		}
		first[key] = i
	}
	return nil
}

// UpdateSaved changes the saved searches at path under their lock, on the
// file as it is now, and returns them as written.
func UpdateSaved(path string, change func(*Saved) error) (Saved, error) {
	var s Saved
	err := update(path, &s, func(s *Saved) error {
		if err := s.checkNames(path); err != nil {
			return err
		}
		if err := change(s); err != nil {
			return err
		}
		s.Version = Version
		if s.Searches == nil {
			s.Searches = []Search{}
		}
		return nil
	})
	if err != nil {
		return Saved{}, err
	}
	return s, nil
}
