package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// LibraryChangedError is what a read of the explorer's index meets once
// another process (another cypx: 'cypx add', 'cypx add --force', 'cypx
// remove') has added a source to the library, removed one or replaced
// one since the index was opened, though the index's own files are as
// they were: that cypx did not rebuild the cached index. To the explorer
// it is index.ErrReplaced: the index is opened again as it is on disk
// (Options.Refresh), which brings the cache up to date with the library
// as 'cypx basket list' opens it, and what met it (the export, a copy,
// the basket's rows) is answered again from the index opened (hostile
// check 70 G11: a removed report's finding was copied and exported while
// 'cypx basket list' called it missing, and a report added was not
// found). Each change found is an error of its own, so a late reply of
// the index it replaced is told from a change found after (lateReply).
type LibraryChangedError struct {
	// Stamp is the library's sources folder as found changed.
	Stamp string
}

func (e *LibraryChangedError) Error() string {
	return "the library was changed outside the explorer (a source added, removed or replaced) since the index was opened"
}

// Unwrap makes it index.ErrReplaced, itself (index.DamageOf).
func (e *LibraryChangedError) Unwrap() error { return index.ErrReplaced }

// libraryLooker is a searcher that can say whether the library its index
// was opened from has changed since (LibraryChangedError): one stat of the
// library's sources folder, whatever its number of files.
type libraryLooker interface{ LookAtLibrary() error }

// lookAtLibrary is the watch's look at the library, at each look at the
// basket file (twice a second) and on every screen: a source another
// cypx added, removed or replaced brings the index up to date
// (afterDamage, afterLibraryChanged) without a key being pressed. Not
// while a reopening or an import is under way: both open the index
// again from the library as it is then.
func (m *Model) lookAtLibrary() tea.Cmd {
	l, ok := m.opts.Searcher.(libraryLooker)
	if !ok || m.reopening || m.importing {
		return nil
	}
	return func() tea.Msg {
		if err := l.LookAtLibrary(); err != nil {
			return indexLookMsg{err: err}
		}
		return nil
	}
}

// libraryChangedWords begins the status line's news of a library changed
// by another cypx.
const libraryChangedWords = "The library changed outside the explorer"

// afterLibraryChanged is afterReplaced for a library another cypx
// changed: the index is opened again off the update loop, as after the
// explorer's own import. Nothing is said until it is open, and then what
// changed (libraryNews): a look that found the folder touched and no
// source changed says nothing. Only a reply waiting for it (an export, a
// copy) is told of it meanwhile.
func (m *Model) afterLibraryChanged(err error) tea.Cmd {
	m.libraryChanged = true
	if f := m.redo.follows(); f != "" {
		m.status.Info(libraryChangedWords + ": opening the index again…" + f)
	}
	if m.reopening {
		return nil
	}
	m.reopening, m.refreshing = true, true
	m.replacedDamage = index.DamageOf(err)
	refresh := m.opts.Refresh
	return func() tea.Msg { return refresh() }
}

// isLibraryChange says err is a library changed by another cypx.
func isLibraryChange(err error) bool {
	var lc *LibraryChangedError
	return errors.As(err, &lc)
}

// libraryNews says what changed in the library between the sources the
// explorer had (was) and those of the index opened again (now): the
// sources removed, added and replaced (the same id with other metadata),
// or, with none of these, the sources the cache updated (how, the
// catalog's "updated N sources": a text replaced with its metadata
// kept); "" when nothing changed.
func libraryNews(was, now []evidence.Source, how string) string {
	before := make(map[string]evidence.Source, len(was))
	for _, s := range was {
		before[s.ID] = s
	}
	var added, replaced []string
	for _, s := range now {
		old, ok := before[s.ID]
		delete(before, s.ID)
		switch {
		case !ok:
			added = append(added, s.ID)
		case old != s:
			replaced = append(replaced, s.ID)
		}
	}
	var removed []string
	for id := range before {
		removed = append(removed, id)
	}
	var parts []string
	for _, p := range []struct {
		verb string
		ids  []string
	}{{"removed", removed}, {"added", added}, {"replaced", replaced}} {
		if len(p.ids) > 0 {
			slices.Sort(p.ids)
			parts = append(parts, p.verb+" "+someIDs(p.ids))
		}
	}
	if len(parts) == 0 && strings.HasPrefix(how, "updated ") {
		return how
	}
	return strings.Join(parts, " · ")
}

// someIDs names the first two ids and counts the rest.
func someIDs(ids []string) string {
	if len(ids) <= 2 {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(ids[:2], ", "), len(ids)-2)
}

// warningAfter is a warning said after news: " · warning", or "".
func warningAfter(w string) string {
	if w == "" {
		return ""
	}
	return " · " + w
}
