package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// A repository's record page (EPrints, DSpace, Pure) sets out the item's
// catalogue fields as a table of labels and values: its type, subjects,
// divisions, keywords, funders and grant numbers, who deposited it and
// when, when it was modified, its URI. They describe the record, not what
// the work found: furniture, as a dataset card's are. A field of prose
// ("Additional Information:", the abstract) stays. Before, every field
// was a paragraph of its own, and a grant number an excerpt.

// recordFieldRe is the label of a catalogue field.
var recordFieldRe = lazyre.New(`(?i)^(?:item\s+type|(?:uncontrolled\s+)?keywords|subjects?|divisions?|departments?|schools?|funders?|funding(?:\s+(?:body|bodies|information))?|grant\s+(?:number|reference)s?|depositing\s+user|deposited\s+by|date\s+deposited|date\s+(?:made\s+)?available|last\s+modified|uri|url|official\s+url|related\s+urls?|identification\s+numbers?|doi|isbn|issn|id\s+code|record\s+(?:created|updated)|collections?|language|copyright\s+holders?|projects?|publisher\s+url|citation)\s*:?$`)

// dropRecordFields removes each table row that is a catalogue field: a
// header cell labelled by recordFieldRe over one value cell.
func dropRecordFields(root *html.Node) {
	var rows []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom != atom.Tr {
			return true
		}
		var cells []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Th || c.DataAtom == atom.Td) {
				cells = append(cells, c)
			}
		}
		if len(cells) == 2 && cells[0].DataAtom == atom.Th && recordFieldRe.MatchString(strings.TrimSpace(oneLine(textOf(cells[0])))) {
			rows = append(rows, n)
		}
		return false
	})
	for _, n := range rows {
		detach(n)
	}
}
