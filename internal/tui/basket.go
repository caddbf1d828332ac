package tui

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
)

// BasketHooks connect the explorer's basket to where it is kept.
type BasketHooks struct {
	// Path is the basket file, shared with other explorers and 'cypx
	// basket'. Every change is made to the file as it is then, under its
	// lock (basket.Update): the explorer never writes back a copy of its
	// own. Empty leaves the basket out.
	Path string
	// Watch is how often the file is checked for changes made elsewhere;
	// zero checks only when the basket is shown or changed.
	Watch time.Duration
	// Export writes a briefing pack and says where. It runs in a command.
	// It makes the pack's files until run's Context ends, and writes them
	// through run.Write, which writes nothing once the export is
	// cancelled: quitting while the pack is built cancels it.
	Export func(run *ExportRun, pack export.Pack) (string, error)
	// Where, when set, says where an export begun now would write its
	// pack ("/path/briefing-DATE.md and .docx"): e asks before writing,
	// naming the files (exportAsk).
	Where func() string
	// Began, when set, is told of each export as e begins it, before its
	// pack is built: what quitting cancelled can be said after the
	// explorer ends.
	Began func(run *ExportRun)
	// Unavailable says why Path is empty (no home folder), in the message
	// shown when the basket is used.
	Unavailable string
}

// opKind is a change to the basket, or a reading of it.
type opKind int

const (
	opLoad   opKind = iota // read the file
	opReload               // read it if it changed since stamp
	opToggle               // mark or unmark an item
	opRemove               // take an item out
	opInsert               // put an item back where it was (undo)
	opMove                 // move an item by pos places
)

// basketOp is one reading of or change to the basket file.
type basketOp struct {
	kind  opKind
	id    string
	pos   int
	label string // what the item is, for the status line
	// back is where an opInsert, or an opToggle marking, puts the item:
	// where it was taken out (placeBack). A toggle without it appends.
	back  *removal
	stamp basket.Stamp // for opReload: the file as last read
	// mark is what an opToggle asks: to mark (true) or unmark the item,
	// as its row showed it, not to flip the file as it is by then.
	mark bool
	// at and near are the id under the basket screen's cursor and its
	// place when the op was asked; span is how many rows either side of
	// it are resolved with the reading: what the screen shows next.
	at         string
	near, span int
}

// basketMsg is the basket after an op: read (and changed) under the
// file's lock, then resolved.
type basketMsg struct {
	seq   int
	op    basketOp
	read  basketRead
	stamp basket.Stamp
	// pos is where the op's item was (removed) or is now (inserted, moved);
	// in says whether a toggled item is now in the basket, or an
	// inserted one was put in by this op (false: it was there already).
	pos int
	in  bool
	// prev and next are the ids either side of an item taken out, as the
	// file held them (for u to put it back beside them).
	prev, next string
	// unchanged says a reload found the file as it was.
	unchanged bool
	err       error
	// bad says the entries of the file that are no item id (badNote).
	bad string
}

// badNote says a basket file's entries that are no item id: the first by
// file and line, the others counted, and how to take them out; empty when
// there are none. The findings are read all the same (hostile check 86, F2).
func badNote(bad []basket.BadEntry) string {
	if len(bad) == 0 {
		return ""
	}
	note := bad[0].Error() + ": left out"
	if len(bad) > 1 {
		note += fmt.Sprintf(", and %d more entries that are no item id", len(bad)-1)
	}
	return note + "; '" + bad[0].RemoveCommand() + "' takes it out of the file"
}

// basketRead is the basket as read, with what the explorer shows of it:
// every id, to count and page through, resolved only in a window around
// the basket screen's cursor. A basket a script filled with 700,000 ids
// was resolved whole at each reading and each mark (4 to 11 s on a busy
// machine, 1.3 GB allocated) and held so (880 MB live).
type basketRead struct {
	ids []string
	// find answers which ids are in, for every row drawn.
	find basket.Lookup
	// missing is how many of ids are of no item.
	missing int
	rows    rowWindow
}

// rowWindow is the resolutions of ids[from:from+len(rows)].
type rowWindow struct {
	from int
	rows []resolve.Resolved
}

// basketRowsMsg is a window of rows resolved at reading seq.
type basketRowsMsg struct {
	seq int
	win rowWindow
	err error
}

// basketTickMsg asks to look at the file for changes made elsewhere.
type basketTickMsg struct{}

// removal is a removed item, for u (or space on it again) to put back
// where it was: after prev, the id it followed, or before next, the id
// that followed it, or at pos if both are gone (placeBack).
type removal struct {
	id, label  string
	pos        int
	prev, next string
}

// placeBack puts a removed item back beside its neighbours as they are
// now, not at its old index: after the id it followed, if that is still
// in; first if it was first; else before the id that followed it; else at
// its old place, within the basket. Another process's change between the
// removal and u moved the index (hostile check 61: an item last, after
// 1ec1cae0, came back before it). An item already in stays where it is.
func placeBack(b *basket.Basket, r removal) int {
	if at := b.Index(r.id); at >= 0 {
		return at
	}
	switch {
	case r.prev != "":
		if i := b.Index(r.prev); i >= 0 {
			return b.Insert(i+1, r.id)
		}
	case r.pos == 0:
		return b.Insert(0, r.id)
	}
	if r.next != "" {
		if i := b.Index(r.next); i >= 0 {
			return b.Insert(i, r.id)
		}
	}
	return b.Insert(r.pos, r.id)
}

// forget drops the removals of an item back in the basket: u has nothing
// of it to put back.
func (s *basketState) forget(id string) {
	s.undo = slices.DeleteFunc(slices.Clone(s.undo), func(r removal) bool { return strings.EqualFold(r.id, id) })
}

// removed is the last removal of an item, if it is still to be undone.
func (s *basketState) removed(id string) (removal, bool) {
	for i := len(s.undo) - 1; i >= 0; i-- {
		if strings.EqualFold(s.undo[i].id, id) {
			return s.undo[i], true
		}
	}
	return removal{}, false
}

// basketState is the basket as last read.
type basketState struct {
	read  basketRead
	stamp basket.Stamp
	// seq numbers the ops; applied is the newest applied, so an older
	// reading arriving late never replaces a newer one.
	seq, applied int
	undo         []removal
	// turns orders the changes, shared by every copy of the model.
	turns *turns
	// intents are the marks typed whose changes are not yet read back,
	// by item, shared by every copy of the model: a second space on a
	// row undoes the first before the file has answered.
	intents map[string]*intent
	// counts is the missing count of the basket last read, shared by
	// every copy of the model.
	counts *missingCounts
	// reloading says a look at the file is under way, for every copy.
	reloading *atomic.Bool
}

// missingCounts remembers how many ids of the basket last read are of no
// item: a change of one id counts that id alone, not the 700,000 a
// script put beside it, which took seconds at every mark.
type missingCounts struct {
	mu      sync.Mutex
	r       *resolve.Resolver
	digest  uint64
	missing int
	ok      bool
}

// get is the count for the ids of digest d, resolved by r, when known.
func (c *missingCounts) get(r *resolve.Resolver, d uint64) (int, bool) {
	if c == nil {
		return 0, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// A new index is a new resolver, by which an item may have come or gone.
	if !c.ok || c.r != r || c.digest != d {
		return 0, false
	}
	return c.missing, true
}

func (c *missingCounts) put(r *resolve.Resolver, d uint64, missing int) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.r, c.digest, c.missing, c.ok = r, d, missing, true
}

// afterChange is the count after a change took the basket of digest
// before and n ids to ids, when the count before is known: the change of
// one id (gone taken out, added put in) is counted alone.
func (c *missingCounts) afterChange(ctx context.Context, r *resolve.Resolver, before uint64, n int, ids []string, gone, added string) (int, bool, error) {
	missing, ok := c.get(r, before)
	if !ok {
		return 0, false, nil
	}
	id, sign := "", 0
	switch len(ids) {
	case n:
		return missing, true, nil
	case n - 1:
		id, sign = gone, -1
	case n + 1:
		id, sign = added, 1
	default:
		return 0, false, nil
	}
	rs, err := r.ResolveAll(ctx, []string{id})
	if err != nil {
		return 0, false, err
	}
	if rs[0].Missing {
		missing += sign
	}
	return missing, true, nil
}

// digestSeed seeds digest for the life of the process.
var digestSeed = maphash.MakeSeed()

// digest identifies a basket's ids, in order, for missingCounts.
func digest(ids []string) uint64 {
	// Each id hashed whole and folded in, in order: a maphash.Hash written
	// id by id cost twice as much, twice a mark, at 700,000 ids.
	d := uint64(len(ids))
	for _, id := range ids {
		d = (d ^ maphash.String(digestSeed, id)) * 0x100000001b3
	}
	return d
}

// readBasket is what the explorer keeps of the basket's ids: missing is
// their count of missing items, when counted is true; else they are
// counted, a chunk at a time (resolve.ResolveEach), nothing kept but the
// count. The rows around the place op leaves the cursor are resolved.
// The lookup is prev's carried to ids (basket.Lookup.Of): after a mark,
// the one id changed, not 700,000 indexed again.
func readBasket(ctx context.Context, r *resolve.Resolver, c *missingCounts, prev basket.Lookup, ids []string, missing int, counted bool, op basketOp, pos int) (basketRead, error) {
	read := basketRead{ids: ids, find: prev.Of(ids)}
	d := digest(ids)
	if !counted {
		missing, counted = c.get(r, d)
	}
	if !counted {
		missing = 0
		err := r.ResolveEach(ctx, ids, func(rs []resolve.Resolved) error {
			for _, x := range rs {
				if x.Missing {
					missing++
				}
			}
			return nil
		})
		if err != nil {
			return basketRead{}, err
		}
	}
	c.put(r, d, missing)
	read.missing = missing
	center := op.near
	switch {
	case (op.kind == opMove || op.kind == opInsert) && pos >= 0:
		center = pos
	case op.at != "":
		if i := read.find.Index(op.at); i >= 0 {
			center = i
		}
	}
	span := max(op.span, 1)
	var err error
	read.rows, err = resolveRows(ctx, r, ids, center-span, center+span)
	return read, err
}

// resolveRows resolves ids[from:to], within ids.
func resolveRows(ctx context.Context, r *resolve.Resolver, ids []string, from, to int) (rowWindow, error) {
	from, to = max(0, from), min(len(ids), to)
	if from >= to {
		return rowWindow{from: from}, nil
	}
	rows, err := r.ResolveAll(ctx, ids[from:to])
	return rowWindow{from: from, rows: rows}, err
}

// basketRowsCmd resolves the rows the basket screen wants shown, if any.
func (m Model) basketRowsCmd() tea.Cmd {
	from, to, ok := m.basketView.wanted()
	if !ok || m.resolver == nil {
		return nil
	}
	m.basketView.ask(from, to)
	ids, r, seq := m.bk.read.ids, m.resolver, m.bk.applied
	return func() tea.Msg {
		w, err := resolveRows(context.Background(), r, ids, from, to)
		return basketRowsMsg{seq: seq, win: w, err: err}
	}
}

// applyBasketRows shows rows resolved, if they are of the basket as
// last read.
func (m *Model) applyBasketRows(msg basketRowsMsg) tea.Cmd {
	if msg.err != nil {
		m.basketView.asking.on = false // the next key asks again
		if !reopensFor(msg.err) {
			m.status.Error("Basket: " + msg.err.Error())
		}
		return nil
	}
	m.basketView.setRows(msg.seq, msg.win)
	return m.basketRowsCmd()
}

// intent is what the marks typed on an item ask, and how many of them are
// still being written.
type intent struct {
	marked   bool
	inFlight int
}

// shownMarked says whether an item is marked as the user last saw or
// asked: the marks typed and not yet written, else the basket as read.
func (s *basketState) shownMarked(id string) bool {
	if in, ok := s.intents[id]; ok {
		return in.marked
	}
	return s.read.find.Has(id)
}

// intend records a mark (or unmark) typed on an item.
func (s *basketState) intend(id string, marked bool) {
	if s.intents == nil {
		s.intents = map[string]*intent{}
	}
	in, ok := s.intents[id]
	if !ok {
		in = &intent{}
		s.intents[id] = in
	}
	in.marked = marked
	in.inFlight++
}

// written forgets a mark typed once its change has been read back.
func (s *basketState) written(id string) {
	if in, ok := s.intents[id]; ok {
		if in.inFlight--; in.inFlight <= 0 {
			delete(s.intents, id)
		}
	}
}

// turns runs the basket's changes one at a time, in the order their keys
// were pressed: each command waits for the turn it was given when its key
// was handled. Run as the program starts them, marks raced for the
// file's lock, so two items marked at once could go into the pack in the
// other order, and three presses of space on one item end with the status
// line saying "Unmarked" of an item left marked.
type turns struct {
	mu           sync.Mutex
	cond         *sync.Cond
	issued, next int
}

func newTurns() *turns {
	t := &turns{}
	t.cond = sync.NewCond(&t.mu)
	return t
}

// take gives the next turn; it is called while a key is handled, so turns
// follow the keys.
func (t *turns) take() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.issued++
	return t.issued - 1
}

// wait blocks until turn n comes, and gives what passes it on.
func (t *turns) wait(n int) (done func()) {
	t.mu.Lock()
	for t.next != n {
		t.cond.Wait()
	}
	t.mu.Unlock()
	return func() {
		t.mu.Lock()
		t.next++
		t.cond.Broadcast()
		t.mu.Unlock()
	}
}

// exportedMsg reports an export, and how many missing findings it left
// out.
type exportedMsg struct {
	// run is the export's, when it was one (not the pack copied with C).
	run     *ExportRun
	where   string
	missing int
	// bad is how many entries of the basket file are no item id, left
	// out of the pack (badLeftOut).
	bad int
	err error
	// group is the pack's grouping, and copying says the pack was being
	// built to be copied (C), not exported: what to do again once an
	// index found damaged is back.
	group   string
	copying bool
	// nothing is what to say when the basket, read again, gave no
	// finding to export (nothingToExport).
	nothing string
}

// basketCmd reads or changes the basket file off the update loop and
// resolves what it holds.
func (m *Model) basketCmd(op basketOp) tea.Cmd {
	if m.opts.Basket.Path == "" {
		if op.kind != opLoad && op.kind != opReload {
			m.status.Error(notAvailable("The basket", m.opts.Basket.Unavailable))
		}
		return nil
	}
	reloading := m.bk.reloading
	if op.kind == opReload && reloading != nil {
		// Reading a changed file of 700,000 ids takes seconds, and the
		// look comes twice a second: a look while a reading is under way
		// starts no other, or readings of 14 MB piled up.
		if !reloading.CompareAndSwap(false, true) {
			return nil
		}
		m.bk.seq++
		read := m.basketCmdSeq(op, m.bk.seq)
		return func() tea.Msg {
			defer reloading.Store(false)
			return read()
		}
	}
	m.bk.seq++
	return m.basketCmdSeq(op, m.bk.seq)
}

// basketCmdSeq is basketCmd for an op numbered seq.
func (m Model) basketCmdSeq(op basketOp, seq int) tea.Cmd {
	path, r, counts, prev := m.opts.Basket.Path, m.resolver, m.bk.counts, m.bk.read.find
	if path == "" {
		return nil
	}
	op.at, _ = m.basketView.selectedID()
	op.near, op.span = m.basketView.cursor, m.basketView.span()
	change := op.kind != opLoad && op.kind != opReload
	done := m.writing(change)
	turn, ordered := 0, change && m.bk.turns != nil
	if ordered {
		turn = m.bk.turns.take()
	}
	return func() tea.Msg {
		defer done()
		if ordered {
			defer m.bk.turns.wait(turn)()
		}
		msg := basketMsg{seq: seq, op: op}
		ctx := context.Background()
		var b basket.Basket
		var err error
		missing, counted := 0, false
		switch op.kind {
		case opReload:
			if basket.StampOf(path) == op.stamp {
				msg.unchanged = true
				return msg
			}
			fallthrough
		case opLoad:
			b, err = basket.Load(path)
		default:
			var before uint64
			var n int
			var gone string
			b, err = basket.Update(path, func(b *basket.Basket) error {
				n, before = len(b.IDs), digest(b.IDs)
				if op.kind == opRemove || op.kind == opToggle && !op.mark {
					if i := b.Index(op.id); i >= 0 {
						gone = b.IDs[i]
						if i > 0 {
							msg.prev = b.IDs[i-1]
						}
						if i+1 < len(b.IDs) {
							msg.next = b.IDs[i+1]
						}
					}
				}
				msg.pos, msg.in = apply(b, op)
				return nil
			})
			if err == nil {
				missing, counted, err = counts.afterChange(ctx, r, before, n, b.IDs, gone, op.id)
			}
		}
		if err != nil {
			msg.err = err
			return msg
		}
		msg.stamp, msg.bad = b.Stamp, badNote(b.Bad)
		msg.read, msg.err = readBasket(ctx, r, counts, prev, b.IDs, missing, counted, op, msg.pos)
		return msg
	}
}

// apply makes an op's change to the basket as read under its lock.
func apply(b *basket.Basket, op basketOp) (pos int, in bool) {
	switch op.kind {
	case opToggle:
		// What the row showed is what the key asks: a finding put in
		// (or taken out) elsewhere since is left so, not flipped.
		// The place found is used, not looked for again by Add or Remove:
		// each look goes through 700,000 ids of a scripted basket.
		pos = b.Index(op.id)
		switch {
		case op.mark && pos < 0 && op.back != nil:
			// Marked again just after it was unmarked: back where it
			// was, not at the end (hostile check 61: the order the user
			// set was lost without a word).
			placeBack(b, *op.back)
		case op.mark && pos < 0:
			b.IDs = append(b.IDs, op.id)
		case !op.mark && pos >= 0:
			b.IDs = append(b.IDs[:pos:pos], b.IDs[pos+1:]...)
		}
		return pos, op.mark
	case opRemove:
		pos = b.Index(op.id)
		b.Remove(op.id)
		return pos, false
	case opInsert:
		// Put back elsewhere since (another process's "basket add"), it
		// stays where it is now: in is false, so u says so.
		if at := b.Index(op.id); at >= 0 {
			return at, false
		}
		return placeBack(b, *op.back), true
	case opMove:
		i := b.Index(op.id)
		if i < 0 {
			return -1, false
		}
		to := b.Move(i, op.pos)
		return to, to != i
	}
	return -1, false
}

// loadBasket reads the basket at start (the first op: number 0).
func (m Model) loadBasket() tea.Cmd { return m.basketCmdSeq(basketOp{kind: opLoad}, 0) }

// watchBasket schedules the next look at the file, when watching.
func (m Model) watchBasket() tea.Cmd {
	every := m.opts.Basket.Watch
	if every <= 0 || m.opts.Basket.Path == "" {
		return nil
	}
	return tea.Tick(every, func(time.Time) tea.Msg { return basketTickMsg{} })
}

// applyBasket takes a reading of the basket and says what an op did.
func (m *Model) applyBasket(msg basketMsg) tea.Cmd {
	if msg.op.kind == opToggle {
		m.bk.written(msg.op.id)
	}
	if msg.err != nil && (msg.op.kind == opLoad || msg.op.kind == opReload) && reopensFor(msg.err) {
		// The index is opened again for it (afterDamage), and the basket
		// read again once it is open: what the status line says then is
		// the library's news, not this reading's error.
		return nil
	}
	if msg.err != nil {
		m.status.Error("Basket: " + msg.err.Error())
		switch msg.op.kind {
		case opLoad, opReload:
			m.basketView.unread = msg.err.Error()
		case opInsert:
			// The finding is still out of the basket: u tries again once
			// the file can be changed (a failed u used up the removal, and
			// the finding was lost).
			m.bk.undo = append(m.bk.undo, *msg.op.back)
			m.status.Error("Basket: " + msg.err.Error() + " · " + msg.op.label + " is not put back: u tries again")
		}
		return nil
	}
	if !msg.unchanged {
		m.basketView.unread = ""
	}
	if msg.unchanged || msg.seq < m.bk.applied {
		return nil
	}
	m.bk.applied = msg.seq
	m.bk.read, m.bk.stamp = msg.read, msg.stamp
	m.basketView.bad = msg.bad
	if msg.bad != "" && (msg.op.kind == opLoad || msg.op.kind == opReload) {
		m.status.Error("Basket: " + msg.bad)
	}
	m.refreshMarks()
	m.basketView.applied(msg)
	n := len(msg.read.ids)
	switch msg.op.kind {
	case opToggle:
		switch {
		case msg.in && msg.pos >= 0:
			m.status.Info(fmt.Sprintf("%s is already in the basket (added elsewhere), at %d of %d: left there", msg.op.label, msg.pos+1, n))
		case !msg.in && msg.pos < 0:
			m.status.Info(fmt.Sprintf("%s is already out of the basket (taken out elsewhere) · %d in the basket", msg.op.label, n))
		case msg.in && msg.op.back != nil:
			m.bk.forget(msg.op.id)
			at := msg.read.find.Index(msg.op.id)
			m.status.Info(fmt.Sprintf("Marked for the briefing, back where it was: %d of %d · b shows it · e exports", at+1, n))
		case msg.in:
			m.bk.forget(msg.op.id)
			m.status.Info(fmt.Sprintf("Marked for the briefing (%d in the basket) · b shows it · e exports", n))
		default:
			m.bk.undo = append(m.bk.undo, removal{id: msg.op.id, label: msg.op.label, pos: msg.pos, prev: msg.prev, next: msg.next})
			m.status.Info(fmt.Sprintf("Unmarked %s · space, or u in the basket, puts it back in its place (%d left)", msg.op.label, n))
		}
	case opRemove:
		if msg.pos < 0 {
			m.status.Info("Already gone from the basket (changed elsewhere)")
			break
		}
		m.bk.undo = append(m.bk.undo, removal{id: msg.op.id, label: msg.op.label, pos: msg.pos, prev: msg.prev, next: msg.next})
		m.status.Info(fmt.Sprintf("Removed %s · u puts it back (%d left)", msg.op.label, n))
	case opInsert:
		if !msg.in {
			// Before, "Put back" was said of an item another process
			// had already put back, somewhere else.
			m.status.Info(fmt.Sprintf("%s is already back in the basket (added elsewhere), at %d of %d: left there", msg.op.label, msg.pos+1, n))
			break
		}
		m.bk.forget(msg.op.id)
		m.status.Info(fmt.Sprintf("Put back %s, at %d of %d", msg.op.label, msg.pos+1, n))
	case opMove:
		switch {
		case msg.pos < 0:
			m.status.Info(fmt.Sprintf("%s is no longer in the basket (taken out elsewhere): nothing moved", msg.op.label))
		case msg.in:
			// Said, as every other change to the file is: before (hostile
			// check 61), K and J rewrote the basket with an empty status
			// line.
			way := "up"
			if msg.op.pos > 0 {
				way = "down"
			}
			m.status.Info(fmt.Sprintf("Moved %s %s to %d of %d", msg.op.label, way, msg.pos+1, n))
		case msg.op.pos < 0:
			m.status.Info("Already the first in the basket: K moves a finding up, J down")
		default:
			m.status.Info("Already the last in the basket: J moves a finding down, K up")
		}
	}
	return m.basketRowsCmd()
}

// itemLabel names an item in a status message: its badge and the start
// of its text, short enough to leave room for what to do next.
func itemLabel(it evidence.Item) string {
	return fmt.Sprintf("%s “%s”", it.Badge(), fit.Words(evidence.ScreenQuote(it.Text), 30))
}

// toggleMark marks or unmarks the selected item.
func (m *Model) toggleMark() tea.Cmd {
	h, ok := m.results.Selected()
	if !ok {
		return nil
	}
	mark := !m.bk.shownMarked(h.Item.ID)
	op := basketOp{kind: opToggle, id: h.Item.ID, label: itemLabel(h.Item), mark: mark}
	if r, ok := m.bk.removed(h.Item.ID); ok && mark {
		op.back = &r
	}
	cmd := m.basketCmd(op)
	if cmd != nil {
		m.bk.intend(h.Item.ID, mark)
	}
	return cmd
}

// undoRemoval puts the last removed item back where it was.
func (m *Model) undoRemoval() tea.Cmd {
	n := len(m.bk.undo)
	if n == 0 {
		m.status.Info("Nothing to put back")
		return nil
	}
	r := m.bk.undo[n-1]
	m.bk.undo = m.bk.undo[:n-1]
	return m.basketCmd(basketOp{kind: opInsert, id: r.id, pos: r.pos, label: r.label, back: &r})
}

// refreshMarks shows which listed items are in the basket.
func (m *Model) refreshMarks() {
	m.results.SetMarked(m.bk.read.find.Has)
	m.basketView.setRead(m.bk.read, m.bk.applied)
}

// packCmd reads the basket file, resolves its ids and builds the briefing
// pack from them (missing items left out), then hands it to do with the
// number left out, and the number of the file's entries that are no item
// id (basket.Basket.Bad, left out too): the pack is the basket as it is on
// disk at that moment.
// Building stops once ctx ends (the export cancelled), between chunks of
// ids and between stages. Its failures are exportedMsg, copying saying
// they were the copy's (C), to be answered again after damage.
func (m Model) packCmd(ctx context.Context, group string, copying bool, do func(p export.Pack, missing, bad int) tea.Msg) tea.Cmd {
	var themes []export.Theme
	for _, t := range m.cat.themes {
		themes = append(themes, export.Theme{ID: t.ID, Label: t.Label})
	}
	r, path, now, style := m.resolver, m.opts.Basket.Path, m.now(), m.citeStyle()
	return func() tea.Msg {
		b, err := basket.Load(path)
		if err != nil {
			return exportedMsg{err: err, group: group, copying: copying}
		}
		// The found items alone are kept, a chunk at a time: a basket
		// of ids of no item is counted, not held.
		var items []evidence.Item
		err = r.ResolveEach(ctx, b.IDs, func(rs []resolve.Resolved) error {
			items = append(items, resolve.Items(rs)...)
			return ctx.Err()
		})
		if err != nil {
			return exportedMsg{err: err, group: group, copying: copying}
		}
		disagreements, err := r.DisagreementsOf(ctx, items)
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			return exportedMsg{err: err, group: group, copying: copying}
		}
		others, more, err := figures.PackOthers(items, disagreements, nil)
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			return exportedMsg{err: err, group: group, copying: copying}
		}
		return do(export.Pack{Items: items, Themes: themes, Group: group, Accessed: now, Style: style, Others: others, OthersMore: more}, len(b.IDs)-len(items), len(b.Bad))
	}
}

// basketEmpty reports a basket with nothing to export, and says so.
func (m *Model) basketEmpty() bool {
	n := len(m.bk.read.ids)
	if n > m.bk.read.missing {
		return false
	}
	m.status.Error(nothingToExport(n))
	return true
}

// nothingToExport says why a basket of n findings, none of them found,
// gives nothing to export: the one wording of the check before a pack is
// made (basketEmpty, of the basket as last read) and of the pack made of
// the basket read again and resolved (exportCmd, copyPack). Before, a
// basket whose findings another cypx had all removed, read again once the
// index was reopened, was said to be "Export failed: the basket is
// empty" (hostile check 50 (leftovers)).
func nothingToExport(n int) string {
	if n == 0 {
		return "The basket is empty: mark findings with space first"
	}
	// The basket screen lists them: "empty" contradicted it.
	which := "the basket's one finding is missing"
	if n > 1 {
		which = fmt.Sprintf("all %d findings in the basket are missing", n)
	}
	return "Nothing to export: " + which + " (their source is not in the corpus searched; b lists them) · mark findings with space"
}

// exportRefused says, on the status line, why the basket cannot be
// exported now, if it cannot: an empty basket (basketEmpty says so), no
// export here, or one already being written. The question e asks and the
// export itself ask it, so the two refuse alike.
func (m *Model) exportRefused() bool {
	if m.basketEmpty() {
		return true
	}
	if m.opts.Basket.Export == nil {
		m.status.Error("Exporting is not available here")
		return true
	}
	if m.exporting {
		// A double tap or a repeating key wrote a second pack beside the
		// first (briefing-DATE-2.md and its .docx).
		m.status.Info("A briefing pack is already being exported: the status line says where when it is written")
		return true
	}
	return false
}

// exportCmd writes the basket as a briefing pack.
func (m *Model) exportCmd(group string) tea.Cmd {
	m.readStyle()
	if m.reopening {
		// The index is closed while it is opened again: the pack is made
		// once it is back, of the basket resolved against it.
		m.redo.export, m.redo.group = true, group
		m.status.Warning("The index is being reopened: the export follows once it is")
		return nil
	}
	if m.exportRefused() {
		return nil
	}
	m.exporting = true
	write := m.opts.Basket.Export
	m.status.Info("Exporting…")
	// The run is counted among the writes quitting waits for only while it
	// writes its files (ExportRun.Write): q and ctrl+c while the pack is
	// still built cancel it and quit at once. Before, quitting waited for
	// the whole build, up to quitWait (2 s with 3,000 findings), and then
	// ended without a word, the pack lost.
	run := newExportRun(m.hist.writes)
	m.export = run
	if began := m.opts.Basket.Began; began != nil {
		began(run)
	}
	pack := m.packCmd(run.Context(), group, false, func(p export.Pack, missing, bad int) tea.Msg {
		if len(p.Items) == 0 {
			return exportedMsg{run: run, group: group, nothing: nothingToExport(missing)}
		}
		where, err := write(run, p)
		return exportedMsg{run: run, group: group, where: where, missing: missing, bad: bad, err: err}
	})
	return func() tea.Msg {
		defer run.end()
		msg := pack()
		if e, ok := msg.(exportedMsg); ok {
			e.run = run
			return e
		}
		return msg
	}
}

// copiedPackMsg carries the pack as Markdown, to copy.
type copiedPackMsg struct {
	text            string
	n, missing, bad int
	err             error
}

// copyPack copies the whole basket as a Markdown briefing.
func (m *Model) copyPack(group string) tea.Cmd {
	m.readStyle()
	if m.reopening {
		// The index is closed while it is opened again: the pack is made
		// once it is back, of the basket resolved against it.
		m.redo.copy, m.redo.group = true, group
		m.status.Warning("The index is being reopened: the copy follows once it is")
		return nil
	}
	if m.basketEmpty() {
		return nil
	}
	return m.packCmd(context.Background(), group, true, func(p export.Pack, missing, bad int) tea.Msg {
		if len(p.Items) == 0 {
			return copiedPackMsg{err: errors.New(nothingToExport(missing))}
		}
		var b strings.Builder
		err := p.WriteMarkdown(&b)
		return copiedPackMsg{text: b.String(), n: len(p.Items), missing: missing, bad: bad, err: err}
	})
}

func (m *Model) applyCopiedPack(msg copiedPackMsg) tea.Cmd {
	if msg.err != nil {
		m.status.Error(msg.err.Error())
		return nil
	}
	what := "the briefing pack (" + plural(msg.n, "finding") + leftOut(msg.missing, "; ") + ") as Markdown"
	if msg.bad > 0 {
		return m.copyTextWarning(msg.text, what, badLeftOut(msg.bad))
	}
	return m.copyText(msg.text, what)
}

// badLeftOut says how many entries of the basket file that are no item
// id a pack left out, as 'cypx export --basket' warns of each: the
// explorer's export and copy made the pack without them and said nothing
// (hostile check 86, what remained of F2).
func badLeftOut(bad int) string {
	if bad == 1 {
		return "1 entry of the basket file that is no item id left out (b names it)"
	}
	return fmt.Sprintf("%d entries of the basket file that are no item id left out (b names them)", bad)
}

// leftOut says how many missing findings a pack left out, after sep, or
// nothing: the pack was said to be the basket when it was short of a
// finding the user marked ('cypx export --basket' warns of each).
func leftOut(missing int, sep string) string {
	if missing == 0 {
		return ""
	}
	return sep + plural(missing, "missing finding") + " left out"
}

func missingItem(r resolve.Resolved) evidence.Item {
	// Its kind and date are not known: none is shown (it read "missing ·
	// 0 · excerpt" for a recommendation). Why it is missing is said as
	// 'cypx basket list' says it.
	return evidence.Item{ID: r.ID, Text: "Missing: " + r.ID + " — " + r.MissingReason() + ".",
		Source: evidence.Source{Publisher: "missing"}}
}

// reopensFor says a basket's reading failed because the index was
// replaced, or the library changed, under the explorer: the index is then
// opened again and the basket read again, so the error is no news of the
// basket. Before, "Basket: the library was changed outside the explorer
// …" stood on the status line in place of what the reopening found
// ("updated 1 source").
func reopensFor(err error) bool { return errors.Is(err, index.ErrReplaced) }
