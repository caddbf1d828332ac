package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// siteCase is a saved page in a template the development set does not
// hold, with where its metadata must be found and which recommendation
// numbers its ordered lists must keep.
type siteCase struct {
	templateCase
	// guessed are the sources the import must name for its metadata.
	guessed []string
	// numbers maps the start of a recommendation to its number.
	numbers map[string]string
	// once are figures the page repeats (a highlight box, a pull quote)
	// that must make one item only.
	once []string
}

var siteCases = []siteCase{{
	templateCase: templateCase{
		file:      "web/lga-drupal.html",
		title:     "Cuts to public health grant leave early years services stretched, councils warn",
		publisher: "Local Government Association",
		date:      "2024-05-14",
		furniture: []string{"Skip to main content", "optional analytics cookies", "Reject", "Main navigation", "Our support",
			"Breadcrumb", "Children and young people\n", "Share this page", "LinkedIn", "Related content",
			"Health visiting in a changing landscape", "Media enquiries", "020 7664 3333", "Smith Square", "Company number", "©",
			// The notes to editors' description of the publisher and its
			// press office's contact line.
			"national voice of local government", "For media enquiries"},
		present: []string{
			"Spending power for public health in England is around 28% lower per person",
			"## What the analysis shows\n\n- The number of health visitors working for councils' providers has fallen by more than 40% since its peak.",
			"1. restore the public health grant to its 2015/16 level in real terms over the next spending review period;\n" +
				"2. publish each year's grant allocations",
			"## Notes to editors",
		},
	},
	guessed: []string{"title (Dublin Core DC.title)", "publisher (Dublin Core DC.publisher)", "date (Dublin Core DC.date)"},
	numbers: map[string]string{"restore the public health grant": "1", "set out a long-term workforce plan": "3"},
	// A highlight box repeats the sentence, in quotation marks.
	once: []string{"28% lower per person"},
}, {
	templateCase: templateCase{
		file:      "web/royalcollege-drupal.html",
		title:     "Eating disorders in young people: demand has not gone back down",
		publisher: "Royal College of Psychiatrists",
		date:      "2024-07-08",
		autor:     "Dr Priya Raman",
		furniture: []string{"Jump to main content", "store information on your computer", "I'm fine with this", "Members",
			"Log in", "Improving care", "You are here", "Blogs", "Chair of the Faculty", "Published:", "08 July 2024", "Tags:",
			"CAMHS\n", "consultant child and adolescent psychiatrist", "Share this page", "Latest blogs", "new mental health act",
			"Join the College", "Contact us", "228636", "©"},
		present: []string{
			"In the last year, services in England received close to 10,000 routine and urgent referrals",
			"## Why the numbers have not fallen",
			"1. NHS England should protect the ring-fenced funding",
			"3. The Department for Education should make sure that school staff are trained",
		},
	},
	guessed: []string{"title (the page's headline)", "publisher (the copyright line)", "author (the byline)", `date (the page's "Published:" line)`},
	numbers: map[string]string{"Integrated care boards should commission intensive day treatment": "2"},
}, {
	templateCase: templateCase{
		file:  "web/parliament-committee.html",
		title: "Children and young people's mental health services",
		// The tags name only the House; the <title> names the committee,
		// which is how its reports are cited.
		publisher: "House of Commons Health and Social Care Committee",
		date:      "2024-03-28",
		furniture: []string{"necessary cookies", "Necessary only", "UK Parliament", "Eighth Report", "Date Published",
			"You are here", "Parliamentary business", "Committee publications", "Contents", "Next", "Previous", "Cookie policy",
			"Parliamentary copyright", "Open Parliament Licence", "Source: NHS England, Mental Health Services Data Set"},
		present: []string{
			"## Summary\n\nMental health services for children and young people have expanded",
			// Numbered paragraphs keep their numbers.
			"1. We launched this inquiry in June 2023",
			"3. In 2022/23 around 700,000 children and young people received at least one contact with an NHS-funded mental health service, short of the ambition set in the Long Term Plan.[^4]",
			"Table 1: Children and young people in contact with NHS-funded mental health services\n\n| Year | Children and young people with at least one contact |\n|---|---|\n| 2019/20 | 538,000 |",
			"## Conclusions and recommendations",
			// A list that starts at 3 after a sub-heading keeps its numbers.
			"## Support in schools\n\n3. The Department for Education and NHS England should extend mental health support teams",
			"4. We are concerned that the teams are not designed for children with more complex needs. NHS England should publish an evaluation",
			"[^4]: NHS England, Mental Health Services Monthly Statistics, 2022/23 annual figures.",
		},
	},
	guessed: []string{"title (the page's headline)", "publisher (the site's name after the page title, with the committee the page's <title> names)", `date (the page's "Date Published:" line)`},
	numbers: map[string]string{"NHS England should introduce a four-week waiting time standard": "1",
		"The Government should set out, within six months": "2", "The Department for Education and NHS England should extend": "3"},
}, {
	templateCase: templateCase{
		file:      "web/commons-library.html",
		title:     "Children and young people's mental health: policy and services",
		publisher: "House of Commons Library",
		date:      "2024-09-30",
		furniture: []string{"This website uses cookies", "Reject optional cookies", "Skip to content", "Parliamentary business",
			"Research briefings", "Data dashboards", "Research Briefing", "Monday, 30 September", "Elizabeth Rough", "Tom Powell",
			"Documents to download", "1.32 MB", "Excel Spreadsheet", "Share this post", "Share on X", "Related posts",
			"Special educational needs: support", "Mental Health Bill 2024", "Get our research in your inbox", "Subscribe",
			"compiled for the benefit of Members", "Disclaimer", "© UK Parliament"},
		present: []string{
			"around one in five children and young people aged 8 to 25 had a probable mental disorder in 2023",
			"## Government policy",
			"1. a designated senior lead for mental health in every school and college;\n2. mental health support teams",
		},
	},
	// Two authors: neither is the source's author.
	guessed: []string{"title (og:title)", "publisher (the page's schema.org publisher)", "date (the page's schema.org datePublished)"},
}, {
	templateCase: templateCase{
		file:      "web/nhsdigital-statistics.html",
		title:     "Mental Health of Children and Young People in England, 2023 - wave 4 follow up to the 2017 survey",
		publisher: "NHS England Digital",
		date:      "2023-11-21",
		furniture: []string{"Cookies on our website", "Reject analytics cookies", "Skip to main content", "Developer",
			"Publications", "Official statistics", "Publication Date", "Geographic Coverage", "Granularity", "01 Feb 2023",
			"Page contents", "Scroll to a section", "Resources", "Part 1 - Mental health", "xlsx", "1.8 MB", "Related links",
			"Last edited", "Was this page helpful?", "Terms and conditions", "©"},
		present: []string{
			"## Key facts\n\n20.3% of 8 to 16 year olds had a probable mental disorder in 2023",
			"Proportion of children and young people with a probable mental disorder, by age group, 2017 to 2023\n\n" +
				"| Age group | 2017 (%) | 2020 (%) | 2023 (%) |\n|---|---|---|---|\n| 8 to 16 years | 12.5 | 17.8 | 20.3 |",
			"Figures for 20 to 25 year olds are available only for 2023.",
		},
	},
	guessed: []string{"publisher (the site's name, og:site_name)", `date (the page's "Publication Date:" line)`},
}, {
	templateCase: templateCase{
		file:      "web/nhsengland-statistics.html",
		title:     "Children and Young People with an Eating Disorder Waiting Times",
		publisher: "NHS England",
		date:      "2024-08-08",
		furniture: []string{"Statistics »", "anonymous data", "Reject all cookies", "Skip to main content", "Statistics home",
			"Statistical Work Areas", "Statistical press notice", "PDF, 204KB", "XLSX", "Contact us", "Wellington Place",
			"Consultant-led referral", "Privacy notice", "©"},
		present: []string{
			"These statistics measure how quickly children and young people with an eating disorder start treatment",
			"In the first quarter of 2024/25, 79.3% of urgent cases started treatment within one week",
			"| Quarter | Urgent, within 1 week (%) | Routine, within 4 weeks (%) | Patients starting treatment |\n|---|---|---|---|\n| Q1 2023/24 | 74.6 | 80.0 | 2,196 |",
			"## Revisions policy",
		},
	},
	// A WordPress page has only its modification time.
	guessed: []string{"title (og:title)", "publisher (the page's schema.org publisher)", "date (the page's last-modified time)"},
}, {
	templateCase: templateCase{
		file:      "web/bbc-news.html",
		title:     "Children's hospices warn of closures as costs rise",
		publisher: "BBC News",
		date:      "2024-02-26",
		autor:     "Nadia Osei",
		furniture: []string{"agree to cookies", "No, take me to settings", "Skip to content", "Sign in", "iPlayer", "Weather",
			"26 February 2024", "Health reporter", "Share", "Save", "Getty Images", "short breaks for families",
			"Families of seriously ill children", "Related topics", "Palliative care\n", "More on this story",
			"Hospice to reopen beds", "Most read", "Storm warning", "Copyright 2024 BBC", "external linking"},
		present: []string{
			"Children's hospices in England say they may have to close beds or cut services this year",
			"state funding now covers about 17% of what its member hospices spend, down from 21% five years ago.",
			"## 'We are relying on bake sales'",
			"The charity wants the government to guarantee that the grant continues beyond March and rises with inflation.",
		},
	},
	guessed: []string{"title (the page's schema.org headline)", "publisher (the page's schema.org publisher)",
		"author (the page's schema.org author)", "date (the page's schema.org datePublished)"},
}, {
	templateCase: templateCase{
		file:      "web/guardian-liveblog.html",
		title:     "NHS waiting list figures: children's waits for community services reach record – live",
		publisher: "The Guardian",
		date:      "2024-07-11",
		autor:     "Ellen Marsh",
		furniture: []string{"It's your choice", "Manage or reject cookies", "Advertisement", "Support the Guardian",
			"£5 per month", "Back to home", "Opinion", "Society\n", "Ellen Marsh", "BST", "First published", "Share",
			"Key events", "Show key events only", "turn on JavaScript", "4h ago", "Updated at", "400k",
			"(@exampleorg)", "Older", "Oldest", "small favour", "Explore more on these topics", "Reuse this content",
			"Most viewed", "Heatwave warning", "Comments (214)", "join the discussion", "Guardian News & Media"},
		present: []string{
			"Latest updates as NHS England publishes its monthly performance figures",
			// Each post keeps its title as a heading.
			"## Summary of the day\n\nHere is a round-up of today's figures and reaction:\n\n- More than 400,000 children and young people",
			"## Children's community waits pass 400,000\n\nNHS England's figures show 403,200 children and young people",
			"## What to expect today",
		},
	},
	// JSON-LD names "The Guardian"; og:site_name says "the Guardian".
	guessed: []string{"publisher (the page's schema.org publisher)", "author (the page's schema.org author)"},
}, {
	templateCase: templateCase{
		file:      "web/council-jsna.html",
		title:     "Children and young people's emotional wellbeing",
		publisher: "Northshire County Council",
		date:      "2024-05-14",
		furniture: []string{"Find out more about cookies", "Set cookie preferences", "Skip to main content", "Search this site",
			"Residents", "Your council", "You are here", "In this section", "Best start in life", "Healthy weight",
			"Documents", "XLSX, 240KB", "County Hall", "jsna@", "Last updated", "14/05/2024", "Was this page useful?",
			"Terms and conditions", "Source: Northshire Healthcare"},
		present: []string{
			"## Key messages\n\n1. An estimated 14,600 children and young people aged 5 to 19 in Northshire have a probable mental health disorder.",
			"Referrals to Northshire CAMHS by year\n\n| Year | Referrals received | Referrals accepted | Median wait to first appointment (weeks) |\n|---|---|---|---|\n| 2021/22 | 4,910 | 3,280 | 11 |",
			// The list starts at 4, as the page numbers it.
			"## Recommendations for commissioners\n\n4. Commissioners should extend early help for emotional wellbeing to young adults up to the age of 25.\n5. The Integrated Care Board",
		},
	},
	guessed: []string{"title (the page's headline)", "publisher (the site's name after the page title)", `date (the page's "Last updated:" line)`},
	numbers: map[string]string{"Commissioners should extend early help": "4", "The Integrated Care Board and the council should publish": "5"},
}, {
	templateCase: templateCase{
		file:      "web/healthwatch.html",
		title:     "Young people's experiences of GP services",
		publisher: "Healthwatch Northshire",
		date:      "2024-04-17",
		furniture: []string{"Skip to main content", "Leave this site quickly", "Share your views", "Advice and information",
			"About us", "Report\n", "Published", "17 April 2024", "PDF, 1.02 MB", "Young person, 19", "Share on Facebook",
			"Share by email", "Speak up", "Tell us what you think", "More reports", "Waiting for CAMHS: what families told us",
			"Get in touch", "The Old Library", "0300 012 0123", "Healthwatch network", "Registered company"},
		present: []string{
			"Between October and December 2023 we heard from 318 young people aged 16 to 25",
			"## What young people told us\n\nJust over half (52%) said it was hard or very hard to get an appointment",
			"“I waited on the phone for 40 minutes and then they said all the appointments had gone.”",
			"## Our recommendations\n\n1. GP practices should offer young people a way to book appointments online",
			"## What happens next",
		},
	},
	guessed: []string{"title (og:title)", "publisher (the site's name, og:site_name)", "date (the <time> of the article)"},
	numbers: map[string]string{"Practices should tell young people how long": "3"},
}, {
	templateCase: templateCase{
		file:      "web/childrens-commissioner.html",
		title:     "Children’s waits for speech and language therapy",
		publisher: "Children’s Commissioner for England",
		date:      "2024-03-18",
		furniture: []string{"Exit site", "Press Escape", "We value your privacy", "Reject All", "Customise", "Menu", "Our work",
			"Help and advice", "Home", "Themes:", "SEND\n", "18 March 2024", "Downloads", "PDF, 640 KB", "Share this page",
			"LinkedIn", "Map of average waits", "Image: Children’s Commissioner", "Stay in touch",
			"Sign up to the Commissioner’s newsletter", "Related resources", "Children waiting for SEND support",
			"Help at Hand", "0800 528 0731", "Freedom of information"},
		present: []string{
			"Yet thousands of children are waiting many months for help with their speech, language and communication.",
			"## Key findings\n\n- Over 75,000 children were waiting for speech and language therapy at the end of 2023.",
			"The Commissioner is calling for:\n\n1. a waiting time standard for speech and language therapy",
			"3. health needs to be identified and met within the 20-week timescale",
		},
	},
	guessed: []string{"title (twitter:title)", "publisher (the site's logo)", "date (the <time> of the article)"},
	numbers: map[string]string{"speech and language therapists in every family hub": "2"},
}, {
	templateCase: templateCase{
		file:      "web/ons-bulletin.html",
		title:     "Child mortality in England and Wales: 2023",
		publisher: "Office for National Statistics",
		date:      "2025-02-20",
		furniture: []string{"Cookies on ons.gov.uk", "Reject additional cookies", "Skip to main content", "Business, industry and trade",
			"Search for a keyword", "People, population and community", "Deaths\n", "Statistical bulletin", "Contact:",
			"Release date", "Next release", "To be announced", "Table of contents", "Download this statistical bulletin",
			"Print this statistical bulletin", "Back to table of contents", "Download this chart", "Embed this interactive chart",
			"Contact details", "Vital Statistics Outputs Branch", "+44 1329", "Is this page useful?", "Open Government Licence",
			"Source: Births and infant mortality", "Source: Office for National Statistics"},
		present: []string{
			"## 1. Main points\n\n- The infant mortality rate in England and Wales was 4.1 deaths per 1,000 live births in 2023, up from 3.9 in 2022.",
			"There were 2,543 infant deaths in England and Wales in 2023, from a total of 591,072 live births.",
			"| Age of mother | Infant deaths | Rate per 1,000 live births |\n|---|---|---|\n| Under 20 | 112 | 5.6 |",
			"## 3. Childhood deaths",
			"Deaths among boys made up 56% of the total.",
		},
	},
	guessed: []string{"title (og:title)", "publisher (the site's name after the page title)", `date (the page's "Release date:" line)`},
}, {
	templateCase: templateCase{
		file:      "web/thinktank-chart.html",
		title:     "Fewer school nurses for more pupils",
		publisher: "Nuffield Trust",
		date:      "2024-01-25",
		autor:     "Isobel Hale; Daniel Marsh",
		furniture: []string{"best experience on our website", "Accept all", "Settings", "Research\n", "Newsletter sign-up",
			"Chart of the week", "Isobel Hale", "25 January 2024", "datawrapper", "Download the chart data", "CSV, 2 KB",
			"Download chart image", "Suggested citation", "Hale I and Marsh D", "Topics", "Workforce\n", "Related content",
			"Children's health spending in England", "Sign up to our newsletter", "Your email address", "209169", "©",
			// A chart's source line, as PDFs' are.
			"Source: NHS Workforce Statistics"},
		present: []string{
			"fell from 2,950 in 2010 to 1,910 in 2023, a drop of 35%.",
			"## Full-time equivalent school nurses and pupils in state-funded schools, England, 2010 to 2023",
			"That means there is now roughly one school nurse for every 4,700 pupils",
			"## Notes\n\nFull-time equivalent figures for September each year.",
		},
	},
	// Two citation_author tags: both authors, in the tags' order.
	guessed: []string{"title (citation_title)", "publisher (citation_publisher)", "date (citation_publication_date)", "author (the citation_author tags)"},
}, {
	templateCase: templateCase{
		file:      "web/substack-post.html",
		title:     "What the health visitor saw",
		publisher: "Early Years Notes",
		date:      "2024-04-09",
		autor:     "Dr Helen Achebe",
		furniture: []string{"Subscribe", "Sign in", "avatar", "Apr 09, 2024", "Like", "38", "View comments", "Share",
			"reader-supported publication", "Type your email", "red book", "Discover more from", "Discussion about this post",
			"video call", "Ready for more?", "Privacy", "Collection notice", "home for great culture"},
		present: []string{
			"Twelve years of home visits, and the checks that no longer happen",
			"Nationally, the number of health visitors in England has fallen by around 40% since 2015.",
			"## The review that goes missing\n\nThe check at two to two and a half years",
			"## What would help\n\n1. Fund the mandated reviews properly, so that every family gets all five.\n2. Train and keep more health visitors",
		},
	},
	guessed: []string{"title (the page's schema.org headline)", "publisher (the page's schema.org publisher)",
		"author (the page's schema.org author)", "date (the page's schema.org datePublished)"},
}, {
	templateCase: templateCase{
		file:      "web/sharepoint-intranet.html",
		title:     "CYP mental health: Q2 performance and what we are changing",
		publisher: "NHS Northshire Integrated Care Board",
		date:      "2024-10-12",
		autor:     "Jordan Price",
		furniture: []string{"Microsoft 365", "Search this site", "Settings", "Account manager", "Children and Young People's Programme",
			"Documents", "Contacts", "Not following", "Site access", "OFFICIAL", "Promote", "Page details", "Analytics",
			"Published", "Jordan Price", "Head of Children's Commissioning", "Quick links", "Q2 dashboard", "Programme board papers",
			"Like", "people like this", "Save for later", "Views", "Comments", "Sam Okoye", "autism assessment", "Feedback"},
		present: []string{
			"This update sets out how children and young people's mental health services in Northshire performed",
			"| Measure | June 2024 | September 2024 |\n|---|---|---|\n| CYP with at least one contact (rolling 12 months) | 10,980 | 11,240 |",
			"## What we are changing\n\n1. From November, every young person waiting more than 12 weeks",
			"3. Providers will report waits by ethnicity and deprivation from Q3",
		},
	},
	guessed: []string{"title (the page's headline)", "publisher (the site's logo)", "author (the byline)", `date (the page's "Published:" line)`},
}}

// TestImportSiteTemplates imports pages in templates the development set
// does not cover: their metadata is found where each template keeps it
// and said so, no furniture reaches the body or an item, and ordered lists
// keep the numbers the page shows.
func TestImportSiteTemplates(t *testing.T) {
	if len(siteCases) < 10 {
		t.Fatalf("%d templates, want at least 10", len(siteCases))
	}
	for _, c := range siteCases {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(c.file, "web/"), ".html"), func(t *testing.T) {
			// No flag but the type: the page alone must say the rest.
			c.meta = library.Meta{Type: "report"}
			im := checkTemplate(t, c.templateCase)
			guessed := strings.Join(im.Guessed, "\n")
			for _, g := range c.guessed {
				if !strings.Contains(guessed, g) {
					t.Errorf("guessed lacks %q:\n%s", g, guessed)
				}
			}
			for _, f := range c.once {
				n := 0
				for _, it := range im.Items {
					if strings.Contains(it.Text, f) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%q is in %d items, want 1", f, n)
				}
			}
			if !hasProseItem(im.Items) {
				t.Errorf("no item of the article's prose:\n%s", im.Body)
			}
			for start, number := range c.numbers {
				found := false
				for _, it := range im.Items {
					if it.Kind == evidence.Recommendation && strings.HasPrefix(it.Text, start) {
						found = true
						if it.Number != number {
							t.Errorf("recommendation %q numbered %q, want %q", start, it.Number, number)
						}
					}
				}
				if !found {
					t.Errorf("no recommendation starts %q", start)
				}
			}
		})
	}
}

func hasProseItem(items []evidence.Item) bool {
	for _, it := range items {
		if len(strings.Fields(it.Text)) >= 12 && !strings.HasPrefix(it.Text, "|") {
			return true
		}
	}
	return false
}

// TestSectionIDsFromHeadingsAreNotTemplateNames: an id made from the
// section's own heading names its subject, even when the subject holds a
// furniture word; a template's own "comments" section still goes.
func TestSectionIDsFromHeadingsAreNotTemplateNames(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Vaccination coverage</title><meta property="og:site_name" content="Site"></head><body><main>
<h1>Vaccination coverage</h1>
<section id="main-points"><h2>1. Main points</h2><p>Coverage of the first dose of the vaccine at 24 months fell to 88.9% this year.</p></section>
<section id="statisticians-comment"><h2>2. Statistician’s comment</h2><blockquote><p>“Coverage has fallen again this year, and parents should check that their children are up to date with every vaccine.”</p></blockquote></section>
<section id="share-this-release"><h2>Share this release</h2><p>Send this page to colleagues by email or post it on social media sites.</p></section>
<section id="comments"><h2>3. What readers said</h2><p>Really useful to have these figures every year, thanks to the whole team.</p></section>
</main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "data", Date: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## 2. Statistician’s comment", "parents should check that their children are up to date"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("lost %q:\n%s", want, im.Body)
		}
	}
	for _, f := range []string{"Share this release", "colleagues by email", "Really useful"} {
		if strings.Contains(im.Body, f) {
			t.Errorf("furniture %q kept:\n%s", f, im.Body)
		}
	}
}
