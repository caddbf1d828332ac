package links

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// pooledOthersPerHit is the pass over a pooled group's hits for a
// statistic's note as it was before pooledOthers read them by class:
// every hit of every source but its own study's compared in turn, each
// disagreement counted and offered. Tests hold pooledOthers to it.
func pooledOthersPerHit(e *Engine, m *keyMatcher, it *evidence.Item, pi *parsedFigures, pg *pooledGroup, hits []index.Hit,
	linked map[comparedPair]bool, max, pos int, offer func(id string, pos int, d disagreement)) int {
	about, isCoverage := e.sources[it.Source.About]
	n := 0
	for s, src := range pg.sources {
		if sameReport(it.Source, src) || isCoverage && sameReport(about, src) {
			continue
		}
		for _, k := range pg.bySource[s] {
			if !m.mayDisagree(pi, &pg.figures[k]) {
				continue
			}
			c := &hits[k].Item
			if c.ID == it.ID {
				continue
			}
			e.figureDisagreements(m, it, pi, c, &pg.figures[k], func(i, j int) {
				if !linked[comparedPair{c.ID, it.Figures[i].Offset, c.Figures[j].Offset}] {
					n++
					offer(c.ID, pos+n, disagreement{k, i, j})
				}
			})
		}
	}
	return n
}
