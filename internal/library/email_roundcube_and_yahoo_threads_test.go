package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// Quoted threads from two more mail clients, as the README says of
// replies and forwards: in a Roundcube reply the "On 12/03/2025 14:02,
// Tom Reed wrote:" line and the quoted message under it (a blockquote in
// its HTML part, "> " lines in its plain one) are no evidence; in a Yahoo
// forward the forwarded message is the evidence, its From, Sent and
// Subject lines the metadata, and the forwarder's note goes. Yahoo's
// plain part runs the forwarded header into one line ("----- Forwarded
// Message ----- From: ...To: ...Sent: ...Subject: ...") and its sign-off
// into the name under it; its HTML part, where there is one, is read
// instead, and a plain part alone is read line by line. Before, the
// squashed header was not seen as a forward: the note was kept, the
// header glued to the first finding, and no publisher was found.
func TestQuotedThreadsOfRoundcubeAndYahoo(t *testing.T) {
	for _, c := range []struct {
		file, publisher, date string
		want                  []string // item texts that must be items, in order
		gone                  []string // words no item may hold
	}{
		{"roundcube-reply.eml", "Brambleford Parent Carer Forum", "2025-03-13",
			[]string{"Our survey of 318 families found that 57% had waited more than six months for a short breaks assessment.",
				"We would ask that the council publishes the short breaks waiting list every quarter so that families can see how long they will wait."},
			[]string{"wrote:", "41% of the budget", "Please find attached", "Short Breaks Commissioner"}},
		{"yahoo-forward.eml", "Kelmouth School Nursing Service", "2025-03-14",
			[]string{"This term the school nursing team measured 1,240 reception children, and 9.8% were living with obesity, up from 8.6% last year.",
				"The team has cut the share of families waiting over six weeks for a continence appointment from 38% to 12%."},
			[]string{"thought the forum", "Forwarded Message", "Sent:", "Kind regards"}},
		{"yahoo-forward-plain.eml", "Kelmouth School Nursing Service", "2025-03-14",
			[]string{"This term the school nursing team measured 1,240 reception children, and 9.8% were living with obesity, up from 8.6% last year.",
				"The team has cut the share of families waiting over six weeks for a continence appointment from 38% to 12%."},
			[]string{"thought the forum", "Forwarded Message", "Sent:", "Kind regards"}},
	} {
		im, err := library.Import(filepath.Join("testdata", "email13b", c.file), library.Meta{AssumeType: true})
		if err != nil {
			t.Errorf("%s: refused: %v", c.file, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: published by %q on %s, want %q on %s", c.file, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
		var texts []string
		for _, it := range im.Items {
			texts = append(texts, it.Text)
			for _, g := range c.gone {
				if strings.Contains(it.Text, g) {
					t.Errorf("%s: %q in the %s %q", c.file, g, it.Kind, it.Text)
				}
			}
		}
		for _, w := range c.want {
			found := false
			for _, it := range im.Items {
				found = found || it.Text == w && it.Kind != evidence.Excerpt
			}
			if !found {
				t.Errorf("%s: no finding %q in %q", c.file, w, texts)
			}
		}
	}
}
