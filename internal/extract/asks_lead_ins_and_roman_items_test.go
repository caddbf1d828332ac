package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/extract"
)

// itemLines renders every item of a document as "kind|number|actors|text".
func itemLines(doc corpus.Document) []string {
	var out []string
	for _, it := range extract.Extract(doc) {
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		out = append(out, string(it.Kind)+"|"+it.Number+"|"+strings.Join(as, ",")+"|"+it.Text)
	}
	return out
}

// parseTyped is parseBody for a source of the given type.
func parseTyped(t *testing.T, typ, body string) corpus.Document {
	t.Helper()
	doc, probs := corpus.Parse("sources/t.md", []byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: "+typ+"\n---\n"+body))
	for _, p := range probs {
		if p.Skipped {
			t.Fatal(p)
		}
	}
	return doc
}

// checkLines compares itemLines with want, line for line.
func checkLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLetteredFindingsUnderRecommendations: under a heading of
// recommendations, a lettered item that tells what people said or what
// was found, and asks nothing, is a finding: "(c) Families told us they
// want one named contact." is an excerpt, "(g) We found that only three of
// the ten schools had a school nurse." a statistic. Lettered asks stay
// asks, a bare noun phrase among them too, and an item that tells what
// families said and then asks gives its ask the item's letter. The body is
// written as the text importer writes a plain-text lettered list, then as
// Markdown paragraphs and as a PDF's bullets keeping their letters, where
// the asks keep their letters too. Written for this test. Before, (c), (d)
// and (g) were recommendations with no actor (of Schools for (g)), and
// the asks set as paragraphs or bullets had no letter, "(a) " kept in
// their text.
func TestLetteredFindingsUnderRecommendations(t *testing.T) {
	items := []string{
		"The ICB should publish its waiting times every month.",
		"The council must fund a named worker for every family.",
		"Families told us they want one named contact.",
		"Parents said the letters they receive are hard to follow.",
		"A single point of contact for every family on the waiting list.",
		"Families told us they want one named contact. The ICB should appoint one for every family.",
		"We found that only three of the ten schools had a school nurse.",
		"Young people have repeatedly described being passed between services.",
	}
	var listed, paragraphs, bullets strings.Builder
	for _, b := range []*strings.Builder{&listed, &paragraphs, &bullets} {
		b.WriteString("## Recommendations\n\n")
	}
	for i, item := range items {
		letter := string(rune('a' + i))
		listed.WriteString("<!-- number " + letter + " -->\n\n" + string(rune('1'+i)) + ". " + item + "\n\n")
		if i != 4 { // a bare noun phrase set so asks nothing of its own
			paragraphs.WriteString("(" + letter + ") " + item + "\n\n")
			bullets.WriteString("- (" + letter + ") " + item + "\n\n")
		}
	}
	checkLines(t, itemLines(parseBody(t, "P", listed.String())), []string{
		"recommendation|a|ICBs|The ICB should publish its waiting times every month.",
		"recommendation|b|Local authorities|The council must fund a named worker for every family.",
		"excerpt|||Families told us they want one named contact.",
		"excerpt|||Parents said the letters they receive are hard to follow.",
		"recommendation|e||A single point of contact for every family on the waiting list.",
		"excerpt|||Families told us they want one named contact.",
		"recommendation|f|ICBs|The ICB should appoint one for every family.",
		"statistic|||We found that only three of the ten schools had a school nurse.",
		"excerpt|||Young people have repeatedly described being passed between services.",
	})
	for _, body := range []string{paragraphs.String(), bullets.String()} {
		got := recSummaries(extract.Extract(parseBody(t, "P", body)), true)
		want := []string{
			"a|The ICB should publish its waiting times every month.|ICBs",
			"b|The council must fund a named worker for every family.|Local authorities",
			"f|The ICB should appoint one for every family.|ICBs",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("recommendations of\n%s\n%s\nwant\n%s", body, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestAskLeadInThatPointsToItsList: a lead-in whose ask is only to act on
// the list under it ("The ICB should act on each of these points:", "The
// ICB should, as a matter of urgency:", "We are asking the council to do
// three things:") is no item: each item under it says the ask again, as
// the ICB's or the council's. A lead-in that asks something of its own
// ("... publish the waits it holds for:") stays quoted. Written for this
// test. Before, the three lead-ins were excerpts.
func TestAskLeadInThatPointsToItsList(t *testing.T) {
	body := "## What we found\n\nWaiting lists grew over the year and families were not told why they waited.\n\n" +
		"The ICB should act on each of these points:\n\n- publish waiting times for every clinic each month\n- fund a named worker for every family on the list\n\n" +
		"## Next steps\n\nThe ICB should, as a matter of urgency:\n\n- open a second clinic in the east of the borough\n\n" +
		"We are asking the council to do three things:\n\n- keep the short breaks service open\n\n" +
		"The ICB should publish the waits it holds for every one of:\n\n- community paediatrics\n"
	checkLines(t, itemLines(parseBody(t, "P", body)), []string{
		"excerpt|||Waiting lists grew over the year and families were not told why they waited.",
		"recommendation||ICBs|publish waiting times for every clinic each month",
		"recommendation||ICBs|fund a named worker for every family on the list",
		"recommendation||ICBs|open a second clinic in the east of the borough",
		"recommendation||Local authorities|keep the short breaks service open",
		"excerpt|||The ICB should publish the waits it holds for every one of:",
		"recommendation||ICBs|community paediatrics",
	})
}

// TestBodyMustLeadInOutsideRecommendations: "The council must:" over a
// list asks the council for each item wherever it stands (under "What
// happens next", under no heading), as it does under a heading of
// recommendations, and is no item of its own; so does "... must also make
// sure that:", whose verb the items finish. The must of a body the law
// binds stays a duty: under a heading of statutory duties, in a lead-in
// naming the law, and in guidance, whose "The local authority must:" says
// what every authority must do. Written for this test. Before, "The
// council must:" led in asks only under a heading of recommendations:
// elsewhere its items were excerpts and statistics.
func TestBodyMustLeadInOutsideRecommendations(t *testing.T) {
	asks := "# Report\n\nThe trust must now:\n\n- write to every family on the waiting list each term\n\n" +
		"## What happens next\n\nThe council must:\n\n- publish a plan for short breaks by the end of the year\n- meet families every quarter to review the plan\n\n" +
		"The ICB and the council must:\n\n- agree one plan for children waiting over a year\n\n" +
		"Before the summer, the council must also make sure that:\n\n- every family on the list knows whom to call\n"
	checkLines(t, itemLines(parseBody(t, "P", asks)), []string{
		"recommendation||Trusts|write to every family on the waiting list each term",
		"recommendation||Local authorities|publish a plan for short breaks by the end of the year",
		"recommendation||Local authorities|meet families every quarter to review the plan",
		"recommendation||ICBs,Local authorities|agree one plan for children waiting over a year",
		"recommendation||Local authorities|every family on the list knows whom to call",
	})
	duties := "## Statutory duties\n\nThe local authority must:\n\n- consult the child's parent before naming a school in the plan\n\n" +
		"## What the council does\n\nUnder section 42 of the Act, the council must:\n\n- secure the special educational provision in the plan\n"
	for _, doc := range []corpus.Document{parseBody(t, "P", duties), parseTyped(t, "guidance", "## Plans\n\nThe local authority must:\n\n- consult the child's parent before naming a school in the plan\n")} {
		for _, line := range itemLines(doc) {
			if strings.HasPrefix(line, "recommendation") {
				t.Errorf("a duty read as an ask: %s", line)
			}
		}
	}
}

// TestRomanParagraphsUnderALeadIn: paragraphs numbered in roman or by
// letter under a lead-in ("NHS England should:" over "(i) publish …",
// "(ii) require …", "iii. fund …"), as a Markdown source or a web page's
// paragraphs set them, are the lead-in's items: each a recommendation of
// NHS England numbered as written, the lead-in no item, under a heading of
// recommendations or none. Written for this test. Before, they were
// paragraphs after a paragraph: excerpts and a statistic of "over a year".
func TestRomanParagraphsUnderALeadIn(t *testing.T) {
	items := "NHS England should:\n\n(i) publish the waiting times of every ICB each quarter.\n\n" +
		"(ii) require each ICB to set out a plan for children waiting over a year.\n\n" +
		"iii. fund a national programme of training for school nurses.\n\n(iv) Set a standard for how long a child should wait.\n\n"
	want := []string{
		"recommendation|i|NHSE|publish the waiting times of every ICB each quarter.",
		"recommendation|ii|NHSE|require each ICB to set out a plan for children waiting over a year.",
		"recommendation|iii|NHSE|fund a national programme of training for school nurses.",
		"recommendation|iv|NHSE|Set a standard for how long a child should wait.",
		"excerpt|||Families told us that waiting without news was the hardest part.",
	}
	after := "Families told us that waiting without news was the hardest part.\n"
	checkLines(t, itemLines(parseBody(t, "P", "## Recommendations\n\n"+items+after)), want)
	checkLines(t, itemLines(parseBody(t, "P", items+after)), want)
	// A paragraph that opens with a letter after one that is no lead-in
	// stays a paragraph.
	got := itemLines(parseBody(t, "P", "Families told us:\n\n(a) they waited over a year for a first appointment and heard nothing.\n"))
	if len(got) != 1 || strings.HasPrefix(got[0], "recommendation") {
		t.Errorf("after a lead-in of findings: %q", got)
	}
}

// TestOtherLeadInsOfAsks: "Here is what the council should do:" leads in
// the council's asks as "The council should:" does. Written for this
// test. Before, its items were excerpts and statistics.
func TestOtherLeadInsOfAsks(t *testing.T) {
	body := "Children wait too long for an assessment, and families are not told why.\n\n" +
		"Here is what the council should do:\n\n- publish waiting times for every clinic each month\n- fund two extra clinics in the east of the borough\n"
	checkLines(t, itemLines(parseBody(t, "P", body)), []string{
		"excerpt|||Children wait too long for an assessment, and families are not told why.",
		"recommendation||Local authorities|publish waiting times for every clinic each month",
		"recommendation||Local authorities|fund two extra clinics in the east of the borough",
	})
}

// TestUnfinishedAskLeadIns: "It is time for the government to:" and
// "There is an urgent need for NHS England to:" lead in asks of the body
// they name, as "It is time for the government to fund …" asks it; "Parents
// said it is time for the council to:" reports a view and leads in none.
// Written for this test. Before, the first two led in nothing: their
// bullets were excerpts and statistics.
func TestUnfinishedAskLeadIns(t *testing.T) {
	body := "## What happens next\n\nIt is time for the government to:\n\n- publish waiting times for every clinic each month\n\n" +
		"There is an urgent need for NHS England to:\n\n- set a national standard for community paediatrics\n\n" +
		"Parents said it is time for the council to:\n\n- keep the short breaks service open for every family\n"
	got := recSummaries(extract.Extract(parseBody(t, "P", body)), true)
	want := []string{
		"|publish waiting times for every clinic each month|Government",
		"|set a national standard for community paediatrics|NHSE",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLabelledLeadIn: a labelled lead-in ("Recommendation 3: NHS England
// should:", "R3 NHS England should:", "### Recommendation 3" over "NHS
// England should:") over a list is no recommendation of its own: each item
// is NHS England's, numbered as the label numbers it. A labelled ask that
// says something before its list ("R2 NHS England should make adolescent
// health a priority, and in particular it should:") stays one. Written for
// this test. Before, "NHS England should:" was recommendation 3, with
// nothing asked, and its items had no number.
func TestLabelledLeadIn(t *testing.T) {
	list := "\n\n- publish waiting times for every clinic each month\n- fund two extra clinics in the east of the borough\n\n"
	for _, tc := range []struct{ lead, num string }{
		{"Recommendation 3: NHS England should:", "3"},
		{"R3 NHS England should:", "R3"},
		{"### Recommendation 3\n\nNHS England should:", "3"},
		{"Recommendation 3\n\nNHS England should:", "3"},
		{"### Recommendation 3: Waiting times\n\nNHS England should:", "3"},
	} {
		got := recSummaries(extract.Extract(parseBody(t, "P", "## Recommendations\n\n"+tc.lead+list)), true)
		want := []string{
			tc.num + "|publish waiting times for every clinic each month|NHSE",
			tc.num + "|fund two extra clinics in the east of the borough|NHSE",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q:\n%s\nwant\n%s", tc.lead, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	got := recSummaries(extract.Extract(parseBody(t, "P", "## Recommendations\n\nR2 NHS England should make adolescent health a priority, and in particular it should:"+list)), false)
	if len(got) != 3 || got[0] != "R2|NHSE" {
		t.Errorf("a labelled ask with a list: %q, want R2 first", got)
	}
}

// TestToldAndPlanUnderRecommendations: under a heading of recommendations,
// "Young carers tell us …", "The council told us it would …", "40% of
// parents told us …" and "Nearly half of the families we surveyed said …"
// tell what was said, and are findings; "Describe the plan to families …" asks, its
// "plan to" a thing described, not a body's plan. Written for this test.
// Before, those were recommendations with no actor (of Local authorities
// for the council), and "Describe the plan …" was an excerpt, read as a
// plan stated.
func TestToldAndPlanUnderRecommendations(t *testing.T) {
	body := "## Recommendations\n\n1. Young carers tell us they are not asked about their caring.\n" +
		"2. The council told us it would review the service in spring.\n3. Describe the plan to families in plain English.\n" +
		"4. The trust plans to open a second clinic in the spring.\n5. 40% of parents told us they waited over a year.\n" +
		"6. Nearly half of the families we surveyed said nobody explained the wait.\n"
	checkLines(t, itemLines(parseBody(t, "P", body)), []string{
		"excerpt|||Young carers tell us they are not asked about their caring.",
		"excerpt|||The council told us it would review the service in spring.",
		"recommendation|3||Describe the plan to families in plain English.",
		"excerpt|||The trust plans to open a second clinic in the spring.",
		"statistic|||40% of parents told us they waited over a year.",
		"statistic|||Nearly half of the families we surveyed said nobody explained the wait.",
	})
}

// TestInlineRomanItems: a lead-in and its numbered items in one run ("NHS
// England should: (i) publish …; (ii) require …; and iii. fund …"), as a
// web page's lines joined at their breaks or a plain text's one line set
// them, are NHS England's recommendations numbered i, ii and iii, without
// what joins them; a question's parts ("The review asked: (a) how long …;
// (b) who …") and numbers out of order stay one paragraph. Written for
// this test. Before, the whole paragraph was one recommendation with no
// number.
func TestInlineRomanItems(t *testing.T) {
	body := "NHS England should: (i) publish the waiting times of every ICB each quarter; (ii) require each ICB to set out a plan for children waiting over a year; and iii. fund a national programme of training for school nurses.\n\n" +
		"Recommendation 4: the council must: (a) keep the short breaks service open; (b) tell every family on the list how long they will wait.\n\n" +
		"The review asked families two questions: (a) how long they had waited for a first appointment; (b) who had told them why.\n\n" +
		"The ICB should: (ii) open a clinic in the east of the borough; (iii) write to every family.\n"
	got := recSummaries(extract.Extract(parseBody(t, "P", body)), true)
	want := []string{
		"i|publish the waiting times of every ICB each quarter|NHSE",
		"ii|require each ICB to set out a plan for children waiting over a year|NHSE",
		"iii|fund a national programme of training for school nurses.|NHSE",
		"a|keep the short breaks service open|Local authorities",
		"b|tell every family on the list how long they will wait.|Local authorities",
		"|The ICB should: (ii) open a clinic in the east of the borough; (iii) write to every family.|ICBs",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBoldLeadIns: a lead-in set in bold ("**The ICB should act on each of
// these points:**", "**The trust must:**") leads in its list as it does
// set plain, and is no item. Written for this test. Before, the first was
// a recommendation asking nothing and its bullet a statistic, and the
// trust's bullet an excerpt.
func TestBoldLeadIns(t *testing.T) {
	body := "Children wait too long for an assessment, and families are not told why.\n\n" +
		"**The ICB should act on each of these points:**\n\n- fund two extra clinics in the east of the borough\n\n" +
		"__The trust must:__\n\n- write to every family on the waiting list each term\n"
	checkLines(t, itemLines(parseBody(t, "P", body)), []string{
		"excerpt|||Children wait too long for an assessment, and families are not told why.",
		"recommendation||ICBs|fund two extra clinics in the east of the borough",
		"recommendation||Trusts|write to every family on the waiting list each term",
	})
}
