package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// A consultation response's numbered questions ("Question 1. Do you
// agree ...?", "Q2: How ...?", "Question 3 – ...?") are headings of the
// answers under them, in a web page, a plain-text file and an e-mail:
// stored as "## " lines, never items, and never one paragraph with the
// answer when the file runs them together. "Question 17 asked about
// supervision." is a sentence, and "Q1: 1,234 referrals" a quarter's
// figure. Before, each question was an excerpt, and a question glued to
// its answer was part of it.
func TestConsultationQuestionsAreHeadings(t *testing.T) {
	html := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Our response to the school nursing consultation | Fernvale Parent Carer Forum</title></head>
<body><main>
<h1>Our response to the school nursing consultation</h1>
<p>Fernvale Parent Carer Forum answered the council's consultation on the future of the school nursing service, and our answers follow.</p>
<p><strong>Question 1. Do you agree that school nurses should focus on children with the most complex needs?</strong></p>
<p>Partly. In our survey of 212 parents, 64% said their child had never met a school nurse.</p>
<p><strong>Q2: How should families be able to contact the service?</strong></p>
<p>Families want one phone number and a text service that is answered the same day.</p>
<p><strong>Question 3 –</strong> What else should the council consider? The council should publish waiting times for the enuresis clinic, which 41 families raised with us.</p>
<p>Question 17 asked about supervision, and most nurses said they had it monthly.</p>
<p>Q1: 1,234 referrals were received, up from 1,010 a year earlier.</p>
</main></body></html>`
	text := "Response to the school nursing consultation\n\nFernvale Parent Carer Forum answered the council's consultation on the future of the school nursing service, and our answers follow.\n\n" +
		"Question 1. Do you agree that school nurses should focus on children with the most complex needs?\n\nPartly. In our survey of 212 parents, 64% said their child had never met a school nurse.\n\n" +
		"Q2: How should families be able to contact the service?\nFamilies want one phone number and a text service that is answered the same day.\n\n" +
		"Question 3 – What else should the council consider? The council should publish waiting times for the enuresis clinic, which 41 families raised with us.\n\n" +
		"Question 17 asked about supervision, and most nurses said they had it monthly.\n\nQ1: 1,234 referrals were received, up from 1,010 a year earlier.\n"
	email := "From: Fernvale Parent Carer Forum <info@fernvale-pcf.org.uk>\nTo: consultation@tarnside.gov.uk\nSubject: Response to the school nursing consultation\nDate: Mon, 3 Mar 2025 10:12:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Dear consultation team,\n\n" + strings.SplitN(text, "\n\n", 2)[1] + "\nBest wishes,\nAmira Khan\n"
	questions := []string{
		"Question 1. Do you agree that school nurses should focus on children with the most complex needs?",
		"Q2: How should families be able to contact the service?",
		"Question 3 – What else should the council consider?",
	}
	for _, c := range []struct{ name, content string }{{"response.html", html}, {"response.txt", text}, {"response.eml", email}} {
		path := filepath.Join(t.TempDir(), c.name)
		if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{AssumeType: true, Publisher: "Fernvale Parent Carer Forum", Title: "Response", Date: "2025-03"})
		if err != nil {
			t.Fatalf("%s: refused: %v", c.name, err)
		}
		lines := strings.Split(im.Body, "\n")
		for _, q := range questions {
			heading := false
			for _, l := range lines {
				if strings.HasPrefix(l, "#") && strings.TrimSpace(strings.TrimLeft(l, "#")) == q {
					heading = true
				}
			}
			if !heading {
				t.Errorf("%s: %q is no heading in\n%s", c.name, q, im.Body)
			}
			for _, it := range im.Items {
				if strings.Contains(it.Text, strings.TrimSuffix(q, "?")) {
					t.Errorf("%s: %q is in a %s item: %q", c.name, q, it.Kind, it.Text)
				}
			}
		}
		var sentence, quarter bool
		for _, it := range im.Items {
			sentence = sentence || strings.HasPrefix(it.Text, "Question 17 asked about supervision")
			quarter = quarter || strings.HasPrefix(it.Text, "Q1: 1,234 referrals") && it.Kind == evidence.Statistic
			if strings.HasPrefix(it.Text, "The council should publish waiting times") && it.Kind != evidence.Recommendation {
				t.Errorf("%s: the answer after a question is a %s", c.name, it.Kind)
			}
		}
		if !sentence || !quarter {
			t.Errorf("%s: the sentence naming a question (%v) or the quarter's figure (%v) is lost:\n%s", c.name, sentence, quarter, im.Body)
		}
	}
}

// consultation.pdf (LibreOffice, from consultation.fodt): a response's
// questions set as bold paragraphs of body size, the first right under a
// heading; one in plain type; and one a bold run that opens the
// paragraph its answer continues. Each is a heading, never an item, and
// the answer after it is one of its own. Before, the first question and
// the plain one were excerpts and the bold run was glued to its answer.
func TestConsultationQuestionsInAPDF(t *testing.T) {
	im, err := library.Import(filepath.Join("testdata", "pdf", "consultation.pdf"), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"Question 1. Do you agree that the school nursing service should offer a named nurse to every secondary school?",
		"Q2: How could the service reach young carers who do not ask for help?",
		"Question 3 – Should the drop-in sessions move online?",
		"Question 4. Should school nurses see pupils during the school holidays?",
		"Question 5. Is there anything else you would like to tell us?",
	} {
		if !strings.Contains(im.Body, "\n## "+q+"\n") {
			t.Errorf("%q is no heading in\n%s", q, im.Body)
		}
		for _, it := range im.Items {
			if strings.Contains(it.Text, strings.TrimSuffix(q, "?")) {
				t.Errorf("%q is in a %s item: %q", q, it.Kind, it.Text)
			}
		}
	}
	answer := false
	for _, it := range im.Items {
		answer = answer || strings.HasPrefix(it.Text, "Yes, at least once in each long holiday")
	}
	if !answer {
		t.Errorf("the answer run on after question 4 is no item of its own")
	}
}
