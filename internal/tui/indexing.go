package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/buildprogress"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/resolve"
)

// IndexProgressMsg reports a build of the index under way: the explorer
// shows a progress bar and searches what is already indexed. Total is 0
// while the count is not known: a build that indexes each source as it is
// extracted knows its count only at the end, and its bar is the bytes of
// IndexReadingMsg.
type IndexProgressMsg struct {
	Done, Total int
	Elapsed     time.Duration
}

// IndexReadingMsg reports the sources being read and their items
// extracted: Done and Total are bytes of the sources' bodies. One long
// source can take minutes here.
type IndexReadingMsg struct {
	Done, Total int64
	Elapsed     time.Duration
}

// readingMin is how long reading runs before its bar is shown, so that a
// quick start does not flash it.
const readingMin = 2 * time.Second

// IndexReadyMsg says the index is complete (or could not be built).
type IndexReadyMsg struct {
	Items, Sources int
	// SourceList is the sources, for the evidence map.
	SourceList []evidence.Source
	// Linker finds linked findings, once the sources are known.
	Linker Linker
	// Warning is shown in the status line (sources skipped, a rebuilt cache).
	Warning string
	// How says how the index was got (cache.Catalog.Rebuilt: "opened",
	// "updated N sources", "built"): what changed in a library whose
	// sources kept their ids and metadata.
	How string
	// Replaced says the index closed to open this one had been rebuilt
	// or updated by another cypx (index.ErrReplaced).
	Replaced bool
	// Skipped is the problem that kept each source file unread, by its
	// id (resolve.SkippedSources): a basket's finding of one is said to
	// be unread, not removed.
	Skipped map[string]string
	Err     error
}

// progressMin is the build size from which the bar is shown.
const progressMin = 2000

func (m *Model) applyIndexReading(msg IndexReadingMsg) {
	m.reading = &msg
}

func (m *Model) applyIndexProgress(msg IndexProgressMsg) tea.Cmd {
	if msg.Total > 0 {
		// Indexing after all reading: its own bar.
		m.reading = nil
	}
	m.indexing = &msg
	m.cat.totalItems = max(msg.Total, msg.Done)
	// Search again so results grow as batches land, unless a search is
	// still running.
	if m.searching {
		return nil
	}
	return m.newSearch()
}

func (m *Model) applyIndexReady(msg IndexReadyMsg) tea.Cmd {
	m.indexing, m.reading = nil, nil
	reopened, refreshed := m.reopening, m.refreshing
	library := refreshed && m.libraryChanged
	m.reopening, m.refreshing, m.libraryChanged = false, false, false
	was := m.cat.sources
	if msg.Err != nil {
		m.status.Error("Could not index the library: " + msg.Err.Error() + m.notRedone())
		return m.startWaiting()
	}
	// A fresh build that fails at once is not rebuilt again; an index
	// only opened again after another cypx replaced it may be.
	m.rebuiltUnread = reopened && !refreshed
	if reopened {
		m.refreshed, m.libraryRefreshed = refreshed, library
	}
	m.cat.totalItems, m.cat.totalSources = msg.Items, msg.Sources
	if msg.SourceList != nil {
		m.cat.sources = msg.SourceList
	}
	if msg.Linker != nil {
		m.cat.linker = msg.Linker
	}
	m.cat.skipped = msg.Skipped
	// A new index: what was resolved against the old one is forgotten, and
	// the selected item's links are asked for again.
	m.resolver = resolve.New(m.opts.Searcher, m.cat.linker).WithSources(m.cat.sources).WithSkipped(m.cat.skipped).WithSearched(m.opts.Searched)
	m.sel = selection{}
	// What met the damage is answered again, before the status line says
	// the index was rebuilt: the export's "Exporting…" gives way to it, and
	// its outcome to that in turn.
	// The figures table and the linked view on screen were made from the
	// old index: they are asked again of the new one as a reply that met
	// the reopening is (redoAfterReopen). Before (hostile check 51), they
	// kept, and the table copied, a removed report's rows and an edited
	// report's old figures.
	// A map or chart opened while the index was being built counted what
	// was there then (a map before the sources were known has no columns
	// at all), and one open at a reopening counted the old index: they are
	// counted again now.
	m.redo.shown = true
	if reopened {
		m.redo.linked, m.redo.figures = true, true
	}
	redo := m.redoAfterReopen()
	news := ""
	if library && msg.SourceList != nil {
		news = libraryNews(was, msg.SourceList, msg.How)
	}
	switch {
	case library && news != "":
		// What changed, once the explorer searches it: before (hostile
		// check 70 G11), nothing was said, or seen, until some other
		// command rebuilt the index.
		line := libraryChangedWords + ": " + news + fmt.Sprintf(" · %s in %s", plural(msg.Items, "item"), plural(msg.Sources, "source"))
		if msg.Warning != "" {
			m.status.Warning(line + " · " + msg.Warning)
		} else {
			m.status.Info(line)
		}
	case library && msg.Replaced:
		// No source changed as the explorer knew them, but another cypx
		// had rebuilt or updated the index: said as when a read finds
		// that first.
		m.status.Warning(replacedWords + " and has been reopened" + warningAfter(msg.Warning))
	case library && msg.Warning != "":
		m.status.Warning(msg.Warning)
	case library:
		// The folder was touched and no source changed (a file not a
		// source, or a second look at a change made in one tick of the
		// clock): nothing to say.
	case refreshed && msg.Warning != "":
		m.status.Warning(replacedWords + " and has been reopened · " + msg.Warning)
	case refreshed:
		m.status.Warning(replacedWords + " and has been reopened")
	case reopened && msg.Warning != "":
		m.status.Warning(m.rebuiltWhat() + " and has been rebuilt · " + msg.Warning)
	case reopened:
		m.status.Warning(m.rebuiltWhat() + " and has been rebuilt")
	case msg.Warning != "":
		m.status.Warning(msg.Warning)
	}
	// An import asked for during the reopening starts now it has ended.
	cmds := []tea.Cmd{m.newSearch(), m.basketCmd(basketOp{kind: opLoad}), m.runSavedCmd(), redo, m.startWaiting()}
	if reopened {
		cmds = append(cmds, m.holdStatus(), m.repinCmd())
	}
	return tea.Batch(cmds...)
}

// indexingView is the status line while the index is built: a bar, the
// count, the rate and the time left.
func (m Model) indexingView() string {
	if r := m.reading; r != nil && m.indexing != nil && r.Elapsed >= readingMin {
		// Every source read, the last ones' items still being indexed:
		// the command line's line, not "0s left" for minutes.
		if line, ok := buildprogress.LastItems(r.Done, r.Total, m.indexing.Done); ok {
			return m.progressBar(1, strings.ToUpper(line[:1])+line[1:]+" · search works on what is indexed")
		}
	}
	if r := m.reading; r != nil && r.Elapsed >= readingMin && r.Total > 0 {
		pct := float64(r.Done) / float64(r.Total)
		rate := float64(r.Done) / max(r.Elapsed.Seconds(), 0.001)
		left := time.Duration(float64(r.Total-r.Done)/max(rate, 1)) * time.Second
		const mb = 1 << 20
		verb, after := "Reading", ""
		if m.indexing != nil {
			// Read and indexed together, source by source.
			verb, after = "Indexing", " · search works on what is indexed"
		}
		return m.progressBar(pct, fmt.Sprintf("%s sources %d%%  %.1f/%.1f MB · %.2f MB/s · %s left%s",
			verb, int(pct*100), float64(r.Done)/mb, float64(r.Total)/mb, rate/mb, left.Round(time.Second), after))
	}
	p := m.indexing
	if p == nil || p.Total < progressMin {
		return ""
	}
	pct := float64(p.Done) / float64(max(1, p.Total))
	rate := float64(p.Done) / max(p.Elapsed.Seconds(), 0.001)
	left := time.Duration(float64(p.Total-p.Done)/max(rate, 1)) * time.Second
	return m.progressBar(pct, fmt.Sprintf("Indexing %d%%  %d/%d items · %.0f items/s · %s left · search works on what is indexed",
		int(pct*100), p.Done, p.Total, rate, left.Round(time.Second)))
}

// progressBar is a bar filled to pct with text beside it.
func (m Model) progressBar(pct float64, text string) string {
	barWidth := max(10, min(30, m.width/4))
	bar := progress.New(progress.WithWidth(barWidth), progress.WithoutPercentage(),
		progress.WithFillCharacters('█', '░'))
	return bar.ViewAs(pct) + m.styles.StatusInfo.Render(" "+fit.Words(text, m.width-barWidth-1))
}

// rebuiltWhat is what happened to the index a rebuild mended, as the
// status line said it when it was found (damageWords).
func (m Model) rebuiltWhat() string {
	if m.damageWhat == "" {
		return damageWords(nil)
	}
	return m.damageWhat
}
