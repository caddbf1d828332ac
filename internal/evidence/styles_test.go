package evidence_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// The styles are held to their guides' published examples: Cite Them Right
// (Harvard), the APA Publication Manual's 7th edition and its style site,
// Citing Medicine (Vancouver) and the MHRA Style Guide (footnotes). Where a
// guide's example is of a kind of source cypx holds (reports, web pages,
// news articles, press releases, secondary citations), the example itself
// is the test; the sources below carry its metadata, and the access date
// its example gives.

func day(y, m, d int) evidence.Date { return evidence.Date{Year: y, Month: m, Day: d} }

func at(d evidence.Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
}

type example struct {
	name     string
	src      evidence.Source
	accessed evidence.Date
	// reference is the reference list entry (Vancouver's without its
	// number; the footnote style's bibliography entry).
	reference string
	// inText is the in-text citation (the full note, in the footnote style).
	inText string
}

func checkExamples(t *testing.T, st evidence.Style, examples []example) {
	t.Helper()
	for _, e := range examples {
		t.Run(e.name, func(t *testing.T) {
			src := e.src
			src.Accessed = e.accessed
			if got := evidence.StyleReference(st, src, time.Time{}).String(); got != e.reference {
				t.Errorf("reference:\n got %s\nwant %s", got, e.reference)
			}
			if e.inText == "" {
				return
			}
			c := evidence.NewCiter(st, at(e.accessed), nil).Cite(evidence.Item{Source: src, Text: "x"})
			got := c.InText
			if st == evidence.Footnotes {
				got = c.Note.String()
			}
			if got != e.inText {
				t.Errorf("in text:\n got %s\nwant %s", got, e.inText)
			}
		})
	}
}

func TestHarvardCiteThemRight(t *testing.T) {
	checkExamples(t, evidence.Harvard, []example{
		{
			name: "report by an organisation, online",
			src: evidence.Source{Title: "Equity and excellence: liberating the NHS", Publisher: "Department of Health", Date: day(2010, 7, 12),
				Type: evidence.Report, URL: "https://www.gov.uk/government/publications/liberating-the-nhs-white-paper"},
			accessed:  day(2021, 3, 12),
			reference: "Department of Health (2010) Equity and excellence: liberating the NHS. Available at: https://www.gov.uk/government/publications/liberating-the-nhs-white-paper (Accessed: 12 March 2021).",
			inText:    "(Department of Health, 2010)",
		},
		{
			name: "web page by an organisation",
			src: evidence.Source{Title: "Living with dementia", Publisher: "Alzheimer Scotland", Date: evidence.Date{Year: 2024},
				Type: evidence.WebPage, URL: "https://www.alzscot.org/living-with-dementia"},
			accessed:  day(2024, 2, 27),
			reference: "Alzheimer Scotland (2024) Living with dementia. Available at: https://www.alzscot.org/living-with-dementia (Accessed: 27 February 2024).",
			inText:    "(Alzheimer Scotland, 2024)",
		},
		{
			name: "web page with no date, its title a question",
			src: evidence.Source{Title: "What is rosacea?", Publisher: "British Skin Foundation",
				Type: evidence.WebPage, URL: "https://knowyourskin.britishskinfoundation.org.uk/condition/rosacea/"},
			accessed:  day(2024, 1, 18),
			reference: "British Skin Foundation (no date) What is rosacea? Available at: https://knowyourskin.britishskinfoundation.org.uk/condition/rosacea/ (Accessed: 18 January 2024).",
			inText:    "(British Skin Foundation, no date)",
		},
		{
			name: "online newspaper article",
			src: evidence.Source{Title: "Climate strike: UK school pupils take part in call for urgent action", Publisher: "The Guardian",
				Author: "Matthew Taylor", Date: day(2019, 2, 15), Type: evidence.News,
				URL: "https://www.theguardian.com/environment/2019/feb/15/climate-strike-uk-school-pupils"},
			accessed:  day(2019, 2, 15),
			reference: "Taylor, M. (2019) 'Climate strike: UK school pupils take part in call for urgent action', The Guardian, 15 February. Available at: https://www.theguardian.com/environment/2019/feb/15/climate-strike-uk-school-pupils (Accessed: 15 February 2019).",
			inText:    "(Taylor, 2019)",
		},
		{
			name: "news article with no author: cited by the paper",
			src: evidence.Source{Title: "NHS waiting list falls", Publisher: "BBC News", Date: day(2024, 3, 14), Type: evidence.News,
				URL: "https://www.bbc.co.uk/news/health-1"},
			accessed:  day(2024, 3, 20),
			reference: "BBC News (2024) 'NHS waiting list falls', 14 March. Available at: https://www.bbc.co.uk/news/health-1 (Accessed: 20 March 2024).",
			inText:    "(BBC News, 2024)",
		},
		{
			name: "press release",
			src: evidence.Source{Title: "Hospitals in Scotland to receive extra funding", Publisher: "Scottish Government", Date: day(2016, 10, 2),
				Type: evidence.PressRelease, URL: "https://news.gov.scot/news/hospitals-funding"},
			accessed:  day(2016, 10, 5),
			reference: "Scottish Government (2016) Hospitals in Scotland to receive extra funding. Press release. 2 October. Available at: https://news.gov.scot/news/hospitals-funding (Accessed: 5 October 2016).",
			inText:    "(Scottish Government, 2016)",
		},
		{
			name: "two authors, print report with its place",
			src: evidence.Source{Title: "Child health in England", Publisher: "Policy Press", Place: "Bristol", Author: "Sam Lee and Ama Khan",
				Date: evidence.Date{Year: 2022}, Type: evidence.Report},
			reference: "Lee, S. and Khan, A. (2022) Child health in England. Bristol: Policy Press.",
			inText:    "(Lee and Khan, 2022)",
		},
	})
}

func TestAPASeventhEdition(t *testing.T) {
	checkExamples(t, evidence.APA, []example{
		{
			name: "report by a group author, sentence case after the colon",
			src: evidence.Source{Title: "Managing epidemics: key facts about major deadly diseases", Publisher: "World Health Organization",
				Date: day(2018, 5, 1), Type: evidence.Report, URL: "https://apps.who.int/iris/handle/10665/272442"},
			reference: "World Health Organization. (2018). Managing epidemics: Key facts about major deadly diseases. https://apps.who.int/iris/handle/10665/272442",
			inText:    "(World Health Organization, 2018)",
		},
		{
			name: "report by individual authors, with its publisher",
			src: evidence.Source{Title: "Does money grow on trees? Restoration financing in Southeast Asia", Publisher: "Atlantic Council",
				Author: "Pallavi Baral, Mark Larsen, Michael Archer", Date: evidence.Date{Year: 2019}, Type: evidence.Report,
				URL: "https://www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-on-trees-restoring-financing-in-southeast-asia/"},
			reference: "Baral, P., Larsen, M., & Archer, M. (2019). Does money grow on trees? Restoration financing in Southeast Asia. Atlantic Council. https://www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-on-trees-restoring-financing-in-southeast-asia/",
			inText:    "(Baral et al., 2019)",
		},
		{
			name: "web page by a group author",
			src: evidence.Source{Title: "People at high risk of developing flu–related complications", Publisher: "Centers for Disease Control and Prevention",
				Date: day(2018, 1, 23), Type: evidence.WebPage, URL: "https://www.cdc.gov/flu/about/disease/high_risk.htm"},
			reference: "Centers for Disease Control and Prevention. (2018, January 23). People at high risk of developing flu–related complications. https://www.cdc.gov/flu/about/disease/high_risk.htm",
			inText:    "(Centers for Disease Control and Prevention, 2018)",
		},
		{
			name: "web page with no date: n.d. and when it was retrieved",
			src: evidence.Source{Title: "What is autism?", Publisher: "National Autistic Society", Type: evidence.WebPage,
				URL: "https://www.autism.org.uk/advice-and-guidance/what-is-autism"},
			accessed:  day(2019, 7, 3),
			reference: "National Autistic Society. (n.d.). What is autism? Retrieved July 3, 2019, from https://www.autism.org.uk/advice-and-guidance/what-is-autism",
			inText:    "(National Autistic Society, n.d.)",
		},
		{
			name: "article on a news website",
			src: evidence.Source{Title: "Why some people with anxiety love watching horror movies", Publisher: "HuffPost", Author: "Caroline Bologna",
				Date: day(2019, 10, 31), Type: evidence.News, URL: "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e"},
			reference: "Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
			inText:    "(Bologna, 2019)",
		},
		{
			name: "press release",
			src: evidence.Source{Title: "FDA authorizes marketing of first next-generation sequencing test for detecting HIV-1 drug resistance mutations",
				Publisher: "U.S. Food and Drug Administration", Date: day(2019, 2, 14), Type: evidence.PressRelease,
				URL: "https://www.fda.gov/news-events/press-announcements/fda-authorizes-marketing-first-next-generation-sequencing-test-detecting-hiv-1-drug-resistance"},
			reference: "U.S. Food and Drug Administration. (2019, February 14). FDA authorizes marketing of first next-generation sequencing test for detecting HIV-1 drug resistance mutations [Press release]. https://www.fda.gov/news-events/press-announcements/fda-authorizes-marketing-first-next-generation-sequencing-test-detecting-hiv-1-drug-resistance",
			inText:    "(U.S. Food and Drug Administration, 2019)",
		},
		{
			// APA: when the author and the site name are the same, the site
			// name is left out of the source element.
			name: "news story with no author: the site is the author, named once",
			src: evidence.Source{Title: "NHS waiting list falls", Publisher: "BBC News", Date: day(2024, 3, 14), Type: evidence.News,
				URL: "https://www.bbc.co.uk/news/health-1"},
			reference: "BBC News. (2024, March 14). NHS waiting list falls. https://www.bbc.co.uk/news/health-1",
			inText:    "(BBC News, 2024)",
		},
		{
			name:      "two authors: an ampersand",
			src:       evidence.Source{Title: "Waits", Publisher: "Nursing Times", Author: "Beth Gault and Sam Lee", Date: day(2024, 7, 15), Type: evidence.News},
			reference: "Gault, B., & Lee, S. (2024, July 15). Waits. Nursing Times.",
			inText:    "(Gault & Lee, 2024)",
		},
	})
}

func TestVancouverCitingMedicine(t *testing.T) {
	checkExamples(t, evidence.Vancouver, []example{
		{
			name: "report by an organisation on the Internet",
			src: evidence.Source{Title: "Equity and excellence: liberating the NHS", Publisher: "Department of Health", Place: "London",
				Date: evidence.Date{Year: 2010, Month: 7}, Type: evidence.Report, URL: "https://www.gov.uk/government/publications/liberating-the-nhs-white-paper"},
			accessed:  day(2021, 3, 12),
			reference: "Department of Health. Equity and excellence: liberating the NHS [Internet]. London: Department of Health; 2010 Jul [cited 2021 Mar 12]. Available from: https://www.gov.uk/government/publications/liberating-the-nhs-white-paper",
			inText:    "(1)",
		},
		{
			name: "web page, no date",
			src: evidence.Source{Title: "Children and young people's mental health", Publisher: "NHS England", Place: "London",
				Type: evidence.WebPage, URL: "https://www.england.nhs.uk/mental-health/cyp/"},
			accessed:  day(2026, 11, 22),
			reference: "NHS England. Children and young people's mental health [Internet]. London: NHS England; [date unknown] [cited 2026 Nov 22]. Available from: https://www.england.nhs.uk/mental-health/cyp/",
			inText:    "(1)",
		},
		{
			name: "newspaper article on the Internet",
			src: evidence.Source{Title: "Most trusts say they work effectively with ICBs on children’s services", Publisher: "Healthcare Leader",
				Author: "Beth Gault", Date: day(2024, 7, 15), Type: evidence.News, URL: "https://healthcareleadernews.com/news/most-trusts"},
			accessed:  day(2026, 11, 22),
			reference: "Gault B. Most trusts say they work effectively with ICBs on children’s services. Healthcare Leader [Internet]. 2024 Jul 15 [cited 2026 Nov 22]. Available from: https://healthcareleadernews.com/news/most-trusts",
		},
		{
			name: "press release",
			src: evidence.Source{Title: "Local NHS plans show more focus needed", Publisher: "National Children's Bureau", Place: "London",
				Date: day(2024, 2, 5), Type: evidence.PressRelease, URL: "https://www.ncb.org.uk/news/local-nhs-plans"},
			accessed:  day(2026, 11, 22),
			reference: "National Children's Bureau. Local NHS plans show more focus needed [press release on the Internet]. London: National Children's Bureau; 2024 Feb 5 [cited 2026 Nov 22]. Available from: https://www.ncb.org.uk/news/local-nhs-plans",
		},
		{
			name:      "seven authors: six and et al",
			src:       evidence.Source{Title: "A trial", Publisher: "BMJ", Author: "A Ba, C Da, E Fa, G Ha, I Ja, K La, M Na", Date: evidence.Date{Year: 2020}, Type: evidence.Report},
			reference: "Ba A, Da C, Fa E, Ha G, Ja I, La K, et al. A trial. BMJ; 2020.",
		},
	})
}

func TestFootnotesMHRA(t *testing.T) {
	checkExamples(t, evidence.Footnotes, []example{
		{
			name: "report by an organisation: titles in title case, in italics",
			src: evidence.Source{Title: "Forgotten generation: shaping better services for children and young people", Publisher: "NHS Providers",
				Place: "London", Date: day(2024, 7, 15), Type: evidence.Report, URL: "https://nhsproviders.org/forgotten-generation"},
			accessed:  day(2026, 11, 22),
			reference: "NHS Providers, Forgotten Generation: Shaping Better Services for Children and Young People (London: NHS Providers, 2024) <https://nhsproviders.org/forgotten-generation> [accessed 22 November 2026]",
			inText:    "NHS Providers, Forgotten Generation: Shaping Better Services for Children and Young People (London: NHS Providers, 2024) <https://nhsproviders.org/forgotten-generation> [accessed 22 November 2026].",
		},
		{
			name: "online newspaper article: the bibliography inverts the name",
			src: evidence.Source{Title: "Most trusts say they work effectively with ICBs on children’s services", Publisher: "Healthcare Leader",
				Author: "Beth Gault", Date: day(2024, 7, 15), Type: evidence.News, URL: "https://healthcareleadernews.com/news/most-trusts"},
			accessed:  day(2026, 11, 22),
			reference: "Gault, Beth, ‘Most Trusts Say They Work Effectively with ICBs on Children’s Services’, Healthcare Leader, 15 July 2024 <https://healthcareleadernews.com/news/most-trusts> [accessed 22 November 2026]",
			inText:    "Beth Gault, ‘Most Trusts Say They Work Effectively with ICBs on Children’s Services’, Healthcare Leader, 15 July 2024 <https://healthcareleadernews.com/news/most-trusts> [accessed 22 November 2026].",
		},
		{
			name: "web page with no date",
			src: evidence.Source{Title: "What is autism?", Publisher: "National Autistic Society", Type: evidence.WebPage,
				URL: "https://www.autism.org.uk/what-is-autism"},
			accessed:  day(2026, 11, 22),
			reference: "National Autistic Society, ‘What Is Autism?’, [n.d.] <https://www.autism.org.uk/what-is-autism> [accessed 22 November 2026]",
			inText:    "National Autistic Society, ‘What Is Autism?’, [n.d.] <https://www.autism.org.uk/what-is-autism> [accessed 22 November 2026].",
		},
		{
			name: "press release",
			src: evidence.Source{Title: "Local NHS plans show more focus needed", Publisher: "National Children's Bureau",
				Date: day(2024, 2, 5), Type: evidence.PressRelease, URL: "https://www.ncb.org.uk/news/local-nhs-plans"},
			accessed:  day(2026, 11, 22),
			reference: "National Children's Bureau, ‘Local NHS Plans Show More Focus Needed’, press release, 5 February 2024 <https://www.ncb.org.uk/news/local-nhs-plans> [accessed 22 November 2026]",
			inText:    "National Children's Bureau, ‘Local NHS Plans Show More Focus Needed’, press release, 5 February 2024 <https://www.ncb.org.uk/news/local-nhs-plans> [accessed 22 November 2026].",
		},
	})
}

// report and story are a report and the news story that covers it.
var (
	report = evidence.Source{ID: "r", Title: "Forgotten generation: shaping better services for children and young people", Publisher: "NHS Providers",
		Place: "London", Date: day(2024, 7, 15), Type: evidence.Report, URL: "https://nhsproviders.org/fg"}
	story = evidence.Source{ID: "s", Title: "Most trusts say they work effectively with ICBs", Publisher: "Healthcare Leader",
		Author: "Beth Gault", Date: day(2024, 7, 15), Type: evidence.News, URL: "https://healthcareleadernews.com/s"}
	other = evidence.Source{ID: "o", Title: "Are we listening?", Publisher: "Care Quality Commission", Date: day(2018, 3, 1),
		Type: evidence.Review, URL: "https://www.cqc.org.uk/awl"}
)

// TestSecondaryCitations: a figure the text attributes to another body is
// cited as each guide cites what was read through another work — "cited
// in" (Cite Them Right's "(Sandford, 1994, cited in Marsh, 1999)"), "as
// cited in" (APA's "(Rabbitt, 1982, as cited in Lyon et al., 2014)") — and
// only the work read is referenced.
func TestSecondaryCitations(t *testing.T) {
	marsh := evidence.Source{Title: "Title", Publisher: "P", Author: "Jo Marsh", Date: evidence.Date{Year: 1999}, Type: evidence.Report}
	lyon := evidence.Source{Title: "Title", Publisher: "P", Author: "Ann Lyon, Bo Smith, Cy Jones", Date: evidence.Date{Year: 2014}, Type: evidence.Report}
	acc := at(day(2026, 11, 22))
	cases := []struct {
		st   evidence.Style
		it   evidence.Item
		want string
	}{
		{evidence.Harvard, evidence.Item{Source: marsh, Cites: "Sandford, 1994"}, "(Sandford, 1994, cited in Marsh, 1999)"},
		{evidence.APA, evidence.Item{Source: lyon, Cites: "Rabbitt, 1982"}, "(Rabbitt, 1982, as cited in Lyon et al., 2014)"},
		{evidence.Vancouver, evidence.Item{Source: marsh, Cites: "Sandford, 1994"}, "(Sandford, 1994, cited in 1)"},
		{evidence.Footnotes, evidence.Item{Source: report, Cites: "Health Foundation, 2024", Page: 12},
			"Health Foundation, 2024, cited in NHS Providers, Forgotten Generation: Shaping Better Services for Children and Young People (London: NHS Providers, 2024), p. 12 <https://nhsproviders.org/fg> [accessed 22 November 2026]."},
	}
	for _, c := range cases {
		citer := evidence.NewCiter(c.st, acc, []evidence.Item{c.it})
		cit := citer.Cite(c.it)
		got := cit.InText
		if c.st == evidence.Footnotes {
			got = cit.Note.String()
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.st, got, c.want)
		}
		if refs := citer.References(); len(refs) != 1 || refs[0].Source.Title != c.it.Source.Title {
			t.Errorf("%s: references %v, want the work read alone", c.st, refs)
		}
	}
}

// TestVancouverNumbersInOrderOfFirstCitation: works are numbered as first
// cited, a work cited again keeps its number, and the list is in number
// order; coverage cites its primary first.
func TestVancouverNumbersInOrderOfFirstCitation(t *testing.T) {
	acc := at(day(2026, 11, 22))
	coverage := evidence.Item{Source: story, Primary: &report, Text: "a"}
	items := []evidence.Item{{Source: other, Text: "b"}, coverage, {Source: report, Text: "c", Page: 4}, {Source: other, Text: "d"}}
	c := evidence.NewCiter(evidence.Vancouver, acc, items)
	var got []string
	for _, it := range items {
		got = append(got, c.Cite(it).InText)
	}
	if want := "(1)|(2; reported by 3)|(2, p. 4)|(1)"; strings.Join(got, "|") != want {
		t.Errorf("in-text citations %s, want %s", strings.Join(got, "|"), want)
	}
	refs := c.References()
	var order []string
	for _, r := range refs {
		order = append(order, r.Source.Publisher)
	}
	if strings.Join(order, "|") != "Care Quality Commission|NHS Providers|Healthcare Leader" || refs[0].Number != 1 || refs[2].Number != 3 {
		t.Errorf("reference order %v", order)
	}
}

// TestFootnotesFullThenShort: a work's first note is full, later notes
// short (author and the title up to its colon), each note numbered.
func TestFootnotesFullThenShort(t *testing.T) {
	acc := at(day(2026, 11, 22))
	items := []evidence.Item{{Source: report, Text: "a", Page: 3}, {Source: story, Primary: &report, Text: "b"}, {Source: report, Text: "c", Page: 14}, {Source: story, Text: "d"}}
	c := evidence.NewCiter(evidence.Footnotes, acc, items)
	want := []string{
		"NHS Providers, Forgotten Generation: Shaping Better Services for Children and Young People (London: NHS Providers, 2024), p. 3 <https://nhsproviders.org/fg> [accessed 22 November 2026].",
		"NHS Providers, Forgotten Generation; reported by Beth Gault, ‘Most Trusts Say They Work Effectively with ICBs’, Healthcare Leader, 15 July 2024 <https://healthcareleadernews.com/s> [accessed 22 November 2026].",
		"NHS Providers, Forgotten Generation, p. 14.",
		"Gault, ‘Most Trusts Say They Work Effectively with ICBs’.",
	}
	for i, it := range items {
		cit := c.Cite(it)
		if cit.Number != i+1 || cit.Note.String() != want[i] {
			t.Errorf("note %d:\n got %d %s\nwant %d %s", i+1, cit.Number, cit.Note.String(), i+1, want[i])
		}
		if cit.InText != "" {
			t.Errorf("the footnote style has no in-text citation: %q", cit.InText)
		}
	}
	// Titles are in italics; a quoted title is not.
	note := evidence.NewCiter(evidence.Footnotes, acc, nil).Cite(items[0]).Note
	if len(note) < 2 || !note[1].Italic || !strings.HasPrefix(note[1].Text, "Forgotten Generation") {
		t.Errorf("the title should be in italics: %#v", note)
	}
}

// TestCopyFormatsInEachStyle: a copied item carries what its style needs
// to stand alone — the in-text citation, or the note under the quote.
func TestCopyFormatsInEachStyle(t *testing.T) {
	acc := at(day(2026, 11, 22))
	it := evidence.Item{Kind: evidence.Statistic, Source: report, Text: "Nearly all respondents (90%) said so.",
		Figures: []evidence.Figure{{Text: "90%", Value: 90, Unit: evidence.UnitPercent}}}
	cases := []struct {
		st   evidence.Style
		f    evidence.Format
		want string
	}{
		{evidence.APA, evidence.FormatPlain, `"Nearly all respondents (90%) said so." (NHS Providers, 2024)`},
		{evidence.APA, evidence.FormatMarkdown, `"Nearly all respondents (90%) said so." ([NHS Providers, 2024](https://nhsproviders.org/fg))`},
		// A figure copied alone carries the reference its number points to
		// (hostile check 63 L8).
		{evidence.Vancouver, evidence.FormatFigure, "90% (1)\n\n1. NHS Providers. Forgotten generation: shaping better services for children and young people [Internet]. London: NHS Providers; 2024 Jul 15 [cited 2026 Nov 22]. Available from: https://nhsproviders.org/fg"},
		{evidence.Vancouver, evidence.FormatReference, "1. NHS Providers. Forgotten generation: shaping better services for children and young people [Internet]. London: NHS Providers; 2024 Jul 15 [cited 2026 Nov 22]. Available from: https://nhsproviders.org/fg"},
		{evidence.Footnotes, evidence.FormatFigure, "90%¹\n\n¹ NHS Providers, Forgotten Generation: Shaping Better Services for Children and Young People (London: NHS Providers, 2024) <https://nhsproviders.org/fg> [accessed 22 November 2026]."},
		{evidence.Footnotes, evidence.FormatMarkdown, "\"Nearly all respondents (90%) said so.\"[^1]\n\n[^1]: NHS Providers, *Forgotten Generation: Shaping Better Services for Children and Young People* (London: NHS Providers, 2024) <https://nhsproviders.org/fg> \\[accessed 22 November 2026\\]."},
		{evidence.APA, evidence.FormatReference, "NHS Providers. (2024). Forgotten generation: Shaping better services for children and young people. https://nhsproviders.org/fg"},
	}
	for _, c := range cases {
		if got := evidence.Cite(it, c.st, c.f, acc); got != c.want {
			t.Errorf("%s %s:\n got %q\nwant %q", c.st, c.f, got, c.want)
		}
	}
}

// TestOnlyWebURLsAreLinked: a URL that is not http(s), or holds a control
// character, is cited unlinked in every style; an http(s) URL with
// characters that would end or break a Markdown link is linked once,
// percent-encoded. The footnote style's "<URL>" is an autolink only for a
// web URL, and escaped text otherwise (CommonMark reads any scheme in an
// autolink, javascript: too).
func TestOnlyWebURLsAreLinked(t *testing.T) {
	for _, c := range []struct{ url, target string }{
		{"javascript:alert(1)", ""},
		{"https://x.org/a) [evil](https://evil.example", "https://x.org/a%29%20%5Bevil%5D%28https://evil.example"},
		{"https://x.org/a> <javascript:alert(1)", "https://x.org/a%3E%20%3Cjavascript:alert%281%29"},
		{"file:///etc/passwd", ""},
		{"https://x.org/\x1b]52;c;", ""},
	} {
		src := report
		src.URL = c.url
		it := evidence.Item{Source: src, Text: "x"}
		for _, st := range []evidence.Style{evidence.Harvard, evidence.APA, evidence.Vancouver} {
			got := evidence.NewCiter(st, time.Time{}, nil).Cite(it).Markdown
			want := 0
			if c.target != "" {
				want = 1
				if !strings.Contains(got, "]("+c.target+")") {
					t.Errorf("%s: %q not linked to %q: %s", st, c.url, c.target, got)
				}
			}
			if n := strings.Count(got, "]("); n != want {
				t.Errorf("%s: %q gave %d links, want %d: %s", st, c.url, n, want, got)
			}
		}
		note := evidence.Cite(it, evidence.Footnotes, evidence.FormatMarkdown, time.Time{})
		autolinks := regexp.MustCompile(`(?:^|[^\\])<([^>]*)>`).FindAllStringSubmatch(note, -1)
		switch {
		case c.target == "" && len(autolinks) > 0:
			t.Errorf("footnotes: %q made an autolink: %s", c.url, note)
		case c.target != "" && (len(autolinks) != 1 || autolinks[0][1] != c.target):
			t.Errorf("footnotes: %q should be one autolink to %q: %s", c.url, c.target, note)
		}
	}
	if got := evidence.NewCiter(evidence.APA, time.Time{}, nil).Cite(evidence.Item{Source: report}).Markdown; got != "([NHS Providers, 2024](https://nhsproviders.org/fg))" {
		t.Errorf("a web URL should be linked: %s", got)
	}
}
