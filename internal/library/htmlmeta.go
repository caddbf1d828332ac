package library

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// pageInfo is what a page says about itself, read before its furniture
// goes (bylines, datelines, the site's header and footer are furniture),
// each value with where it was found, for the import to say.
type pageInfo struct {
	meta      map[string]string // meta tags by lower-case name, property or itemprop
	metaCount map[string]int    // how many meta tags of each name (citation_author)
	// citationAuthors are the citation_author tags' values in the page's
	// order, one person a tag.
	citationAuthors []string
	govuk           bool
	title           fact
	publisher       fact
	author          fact
	// authorLeftOut is the author meta tag's value when it names no
	// person, for the import to say it was left out.
	authorLeftOut string
	// authorTitlesLeftOut are the job titles left out of the author meta
	// tag the author was read from ("Policy Officer" of "Jane Smith,
	// Policy Officer"), for the import to say so.
	authorTitlesLeftOut []string
	date                dateFact
	docTitle            string   // <title>
	headline            string   // the article's h1
	warnings            []string // metadata the page folded a line break in
}

// fact is a value and where on the page it was found.
type fact struct{ value, from string }

// dateFact is a date and where on the page it was found.
type dateFact struct {
	date evidence.Date
	from string
}

// firstFact is the first candidate with a value.
func firstFact(cands ...fact) fact {
	for _, c := range cands {
		if v := strings.TrimSpace(c.value); v != "" {
			return fact{v, c.from}
		}
	}
	return fact{}
}

// publisherFact is the first candidate that can be a publisher: a page
// sent through Mailchimp names "Mailchimp" as its site, and its footer's
// copyright line names the body that sent it.
func publisherFact(cands ...fact) fact {
	for i, c := range cands {
		if notPublisher(c.value) {
			cands[i].value = ""
		}
	}
	return firstFact(cands...)
}

func firstDateFact(cands ...dateFact) dateFact {
	for _, c := range cands {
		if !c.date.IsZero() {
			return c
		}
	}
	return dateFact{}
}

// readPageInfo reads the page's metadata in the order of how deliberately
// a page states it: schema.org JSON-LD (and then microdata), OpenGraph and
// Twitter tags, Dublin
// Core, the author tag, citation_* tags (Highwire, as journals and think
// tanks use), then what the page shows: <time datetime>, "Published:",
// "Publication date:", "Release date:" and "Last updated:" lines, the
// copyright line, the site's name after the title, the logo's text. For
// the publisher, tags that name it come before og:site_name, which names
// the site. GOV.UK pages name their department, not GOV.UK. A report Word
// saved as a web page is titled by its title paragraph and dated by its
// cover's date line first and by the day it was saved last.
func readPageInfo(doc *html.Node) pageInfo {
	info := pageInfo{meta: map[string]string{}, metaCount: map[string]int{}}
	walkElements(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "name"), attr(n, "property"), attr(n, "itemprop")))
			if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
				info.metaCount[key]++
				if key == "citation_author" && len(info.citationAuthors) < maxPageAuthors {
					info.citationAuthors = append(info.citationAuthors, v)
				}
				if info.meta[key] == "" && readMetaKeys[key] {
					if w := metaBreakWarning(key, "the page's meta tag", attr(n, "content")); w != "" {
						info.warnings = append(info.warnings, w)
					}
				}
				if info.meta[key] == "" {
					info.meta[key] = v
				} else if publisherTags[key] && !slices.Contains(strings.Split(info.meta[key], "\x00"), v) {
					// A joint report tags each of its publishers: a
					// citation names them all.
					info.meta[key] += "\x00" + v
				}
			}
		case atom.Title:
			if info.docTitle == "" {
				info.docTitle = textOf(n)
				if w := metaBreakWarning("title", "the page's <title>", rawText(n)); w != "" {
					info.warnings = append(info.warnings, w)
				}
			}
		case atom.Svg:
			return false // an SVG's <title> names a drawing
		}
		return true
	})
	for key := range publisherTags {
		if v := info.meta[key]; v != "" {
			info.meta[key] = joinNames(strings.Split(v, "\x00"))
		}
	}
	m := info.meta
	ld := readJSONLD(doc)
	info.headline = pageHeadline(doc)
	info.govuk = m["govuk:format"] != "" || m["govuk:primary-publishing-organisation"] != "" ||
		m["govuk:organisations"] != "" || strings.HasSuffix(info.docTitle, " - GOV.UK") || m["og:site_name"] == "GOV.UK"

	// A blog's name, which its feed link or banner and its <title> agree
	// on.
	author := pageAuthor(doc, m, info.citationAuthors, ld.authors)
	blogSite := firstNonEmpty(feedSiteName(doc, info.docTitle), bannerSiteName(doc, info.docTitle, author.value))
	info.title = firstFact(
		fact{ld.headline, "the page's schema.org headline"},
		fact{m["og:title"], "og:title"},
		fact{m["twitter:title"], "twitter:title"},
		fact{firstNonEmpty(m["dc.title"], m["dcterms.title"]), "Dublin Core DC.title"},
		fact{m["citation_title"], "citation_title"},
	)
	switch {
	case info.title.value != "":
		if h := alignedHeadline(info.title.value, info.headline); h != "" {
			info.title.value = h
		} else if h := subtitledHeadline(info.title.value, info.docTitle, info.headline); h != "" {
			info.title = fact{h, "the page's headline, as its <title> gives it, with the subtitle its tag leaves out"}
		} else if t := agreedTitle(info.title.value, info.docTitle); t != "" {
			info.title.value = t
		}
	case alignedHeadline(info.docTitle, info.headline) != "":
		info.title = fact{info.headline, "the page's headline"}
	case info.headline != "":
		info.title = fact{info.headline, "the page's headline"}
	case blogSite != "":
		// "Night Ward Notes: A long night": the post's title is the rest.
		rest, _ := siteTitled(info.docTitle, blogSite)
		info.title = fact{rest, "the page's <title> after the blog's name"}
	default:
		info.title = fact{info.docTitle, "the page's <title>"}
	}

	if t := captionedHeadline(doc, info.title.value, info.docTitle); t != "" {
		info.title = fact{t, "the page's headline with the caption over it, as its <title> gives them"}
	}
	if sectionLabel(info.title.value) && info.headline != "" && !sectionLabel(info.headline) {
		// og:title "Latest news" over a story: the section's label,
		// which titles every page of the section.
		info.title = fact{info.headline, "the page's headline"}
	}

	var word wordDoc
	var docs docsMeta
	if isWordExport(doc, m) {
		// A Word report's first <h1> is its first section's heading.
		word = readWordDoc(doc)
		info.title = firstFact(word.title, fact{info.docTitle, "the page's <title>"}, info.title)
	} else if isDocsExport(m, doc) {
		// A published Google document: its <title> is the file's name.
		docs = readDocsExport(doc)
		info.title = firstFact(docs.title, info.title)
	}
	info.title.value = unquotedTitle(trimPermalinkMark(trimBadge(info.title.value)))

	if info.govuk {
		info.publisher = firstFact(
			fact{m["govuk:primary-publishing-organisation"], "the GOV.UK page's organisation"},
			fact{govukOrganisations(m["govuk:organisations"]), "the GOV.UK page's organisations"},
			fact{govukFrom(doc), `the GOV.UK page's "From:" line`})
		info.date = dateFact{isoDate(m["govuk:first-published-at"]), "the GOV.UK page's first publication date"}
	} else {
		info.publisher = publisherFact(
			// Tags naming the publisher say more than the site's name: NHS
			// England publishes on the site "NHS England Digital".
			fact{notURL(ld.publisher), "the page's schema.org publisher"},
			fact{serverOverCompany(firstNonEmpty(m["citation_publisher"], m["dc.publisher"], m["dcterms.publisher"]), m["citation_journal_title"], serverSuffix(info.docTitle, info.title.value)), "the preprint server's name in the page's <title>, over the company citation_publisher names"},
			fact{notURL(firstNonEmpty(m["dc.publisher"], m["dcterms.publisher"])), "Dublin Core DC.publisher"},
			fact{journalOverCompany(m["citation_publisher"], m["citation_journal_title"], m["og:site_name"]), "the journal's name, over the company citation_publisher names"},
			fact{notURL(m["citation_publisher"]), "citation_publisher"},
			// An index's abstract page (PubMed) tags the journal and no
			// publisher: the journal published it, not the index, whose
			// name follows the page title.
			fact{indexedJournal(m["citation_journal_title"]), "citation_journal_title"},
			// A body as the creator: "House of Commons Health and Social
			// Care Committee" publishing on the site of the House.
			fact{orgOnly(firstNonEmpty(m["dc.creator"], m["dcterms.creator"])), "Dublin Core DC.creator"},
			// A wiki page's space (Confluence's "ajs-space-name") is the
			// network or team whose page it is; the wiki is its host.
			fact{m["ajs-space-name"], "the wiki space's name"},
			docs.publisher,
			word.publisher,
			fact{madeByOwner(firstNonEmpty(m["description"], m["og:description"])), `the page's "Made with ... by" description`},
			fact{socialPagePoster(info.docTitle, m["og:title"], m["og:url"]), "the social network page's name, before the network's in the page's <title>"},
			// A body's handbook on a documentation platform: "Page | Body
			// – Handbook", the banner naming the body, og:site_name the
			// handbook.
			fact{bannerTitlePart(doc, info.docTitle), "the body the banner's home link and the page's <title> name, before the site's name"},
			fact{inquiryBy(firstNonEmpty(m["description"], m["og:description"])), "the body the page's description says holds its inquiry"},
			fact{holderOverSiteName(siteOwner(m["og:site_name"], info.docTitle), footerHolder(doc, true), publishedByLine(doc)), "the body the copyright line names, over a site's name naming none"},
			fact{siteOwner(m["og:site_name"], info.docTitle), "the site's name, og:site_name"},
			fact{notURL(firstNonEmpty(m["publisher"], m["article:publisher"])), "the publisher meta tag"},
			fact{publishedByLine(doc), `the page's "Published by" line`},
			fact{storyByLine(doc), `the page's "A data story by" line`},
			fact{articleImprint(doc), "the page's imprint line, its © beside the day it was published"},
			fact{titleOverCompany(copyrightHolder(doc), bookTitleLeftOut(m, titleSuffix(info.docTitle, info.title.value))), "the site's name after the page title, over the company in the copyright line"},
			fact{notPerson(copyrightHolder(doc)), "the copyright line"},
			fact{notPerson(bookTitleLeftOut(m, titleSuffix(info.docTitle, info.title.value))), "the site's name after the page title"},
			fact{registeredCharityName(doc), "the charity the page names with its registered number"},
			fact{footerRegisteredOrg(doc), "the organisation the page's footer says is registered"},
			fact{bylineOrg(doc), "the body the page's byline names"},
			fact{logoName(doc), "the site's logo"},
			fact{feedSiteName(doc, info.docTitle), "the site's name in its feed link and <title>"},
			fact{bookTitleLeftOut(m, bannerSiteName(doc, info.docTitle, author.value)), "the site's name in its banner's home link and <title>"},
		)
		info.author = author
		info.authorLeftOut = authorTagLeftOut(m, author)
		info.authorTitlesLeftOut = authorTitlesLeftOut(m, author)
	}
	if info.publisher.value == "GOV.UK" || strings.HasPrefix(info.publisher.value, docsSiteName) && isDocsExport(m, doc) {
		info.publisher = fact{}
	}
	if info.publisher.value == "" {
		if d := govContactDepartment(doc); d != "" {
			info.publisher = fact{d, "the department of the page's contact addresses"}
		}
	}
	if b := houseBody(info.publisher.value, titleSuffix(info.docTitle, info.title.value)); b != "" {
		info.publisher = fact{b, "the body of a House the page's <title> names, on the Parliament's site"}
	} else if h := pageHouse(info.publisher.value, doc); h != "" {
		info.publisher = fact{h, "the House the page's banner names, on the Parliament's site"}
	}
	if c := houseCommittee(info.publisher.value, info.docTitle); c != "" {
		info.publisher = fact{c, info.publisher.from + ", with the committee the page's <title> names"}
	}
	if body := siteRunBy(doc, info.publisher.value); body != "" {
		info.publisher = fact{body, info.publisher.from + ", run by the body the page's footer names"}
	}
	if e := advertEmployer(doc); e != "" {
		info.publisher = fact{e, "the employer the job advert's details name"}
	}
	if isAcronym(info.publisher.value) {
		// og:site_name "RCEM": the footer's copyright line or the logo
		// spells it out.
		if full := expandAcronym(info.publisher.value, copyrightHolder(doc), publishedByLine(doc), logoName(doc)); full != "" {
			info.publisher = fact{full, info.publisher.from + ", spelt out as the page names it"}
		}
	}
	info.date = firstDateFact(info.date, word.coverDate, docs.date,
		dateFact{isoDate(ld.published), "the page's schema.org datePublished"},
		dateFact{isoDate(firstNonEmpty(m["article:published_time"], m["og:published_time"], m["og:article:published_time"])), "article:published_time"},
		dateFact{firstDate(isoDate(m["dc.date.issued"]), isoDate(m["dcterms.issued"]), isoDate(m["dc.date"]),
			isoDate(m["dcterms.date"]), isoDate(m["dcterms.created"]), isoDate(m["dc.date.created"])), "Dublin Core DC.date"},
		epubDate(doc, m),
		dateFact{firstDate(citationTagDate(m["citation_publication_date"]), citationTagDate(m["citation_date"]),
			citationTagDate(m["citation_online_date"])), "citation_publication_date"},
		dateFact{firstDate(isoDate(m["datepublished"]), isoDate(m["date"]), isoDate(m["pubdate"]), isoDate(m["publish-date"]),
			isoDate(m["publication_date"]), isoDate(m["parsely-pub-date"]), isoDate(m["sailthru.date"])), "the page's date meta tag"},
		propertiesDate(doc),
		timeDate(doc),
		labelledDate(doc, publishedRe),
		labelledDate(doc, postedRe),
		labelledDate(doc, tabledRe),
		labelledDate(doc, sittingRe),
		meetingDate(doc),
		labelledDate(doc, answeredRe),
		labelledDate(doc, respondedRe),
		labelledDate(doc, reviewedRe),
		labelledDate(doc, editedByRe),
		bylineDate(doc),
		heroBylineDate(doc),
		classDate(doc),
		dateFact{firstDate(isoDate(ld.modified), isoDate(m["article:modified_time"]), isoDate(m["og:updated_time"]),
			isoDate(m["dcterms.modified"])), "the page's last-modified time"},
		word.savedDate,
		sidebarFactsDate(doc),
	)
	if m := committeePageKindRe.FindStringSubmatch(info.title.value); m != nil {
		// "Issue - items at meetings - School Nursing Recommissioning":
		// the system's page kind, then the item's title (the site's
		// name was read after the whole of it, above).
		info.title.value = strings.TrimSpace(m[1])
	}
	return info
}

// expandAcronym is the first name whose initials are the acronym ("Royal
// College of Emergency Medicine" for "RCEM"), without a "The" the acronym
// leaves out; empty when none is.
func expandAcronym(acronym string, names ...string) string {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if evidence.Initials(n) != acronym {
			n = strings.TrimPrefix(n, "The ")
		}
		if len(strings.Fields(n)) > 1 && evidence.Initials(n) == acronym {
			return n
		}
	}
	return ""
}

// notURL drops a value that is a link (article:publisher names a Facebook
// page; some Dublin Core tags hold the site's address).
func notURL(s string) string {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return ""
	}
	return s
}

// timeDate is the first <time> of the page outside comment threads and
// related-content lists: the date its text shows when that is a whole day
// (a datetime in UTC can fall on the day before, as Drupal writes it),
// else its datetime.
func timeDate(doc *html.Node) dateFact {
	var d evidence.Date
	walkElements(doc, func(n *html.Node) bool {
		if !d.IsZero() || inFurnitureThread(n) {
			return false
		}
		if n.DataAtom == atom.Time {
			if t := textDate(textOf(n)); t.Day != 0 {
				d = t
			} else {
				d = firstDate(isoDate(attr(n, "datetime")), t)
			}
		}
		return true
	})
	return dateFact{d, "the <time> of the article"}
}

// labelledDate finds the first short element that states a date after a
// label ("Published: 5 March 2024", "Release date: 20 February 2025"), the
// label and the date possibly in elements of their own. A container of
// several such lines is looked into, not read whole.
func labelledDate(doc *html.Node, re *lazyre.Regexp) dateFact {
	if ds := labelledDates(doc, re, 1); len(ds) > 0 {
		return ds[0]
	}
	return dateFact{}
}

// labelledDates is every date labelledDate would read, in page order, up
// to limit of them (0: all). Reading all, an element and the elements it
// holds are each read, so a date may come more than once.
func labelledDates(doc *html.Node, re *lazyre.Regexp, limit int) []dateFact {
	var ds []dateFact
	walkElements(doc, func(n *html.Node) bool {
		if limit > 0 && len(ds) >= limit || inFurnitureThread(n) {
			return false
		}
		if d := labelledLineDate(n, re); !d.date.IsZero() {
			ds = append(ds, d)
			// Reading all, the element's own lines are looked into
			// too: a description list read whole gives only its first
			// meeting.
			return limit == 0
		}
		return true
	})
	return ds
}

// labelledLineDate is the date n states after a label re reads, when n's
// text is short enough to be a line of facts; none otherwise.
func labelledLineDate(n *html.Node, re *lazyre.Regexp) dateFact {
	t, short := shortText(n, 200)
	if !short {
		return dateFact{}
	}
	if dt := termOf(n); dt != "" {
		t = dt + ": " + t
	}
	for _, part := range metaLineParts(t) {
		if m := re.FindStringSubmatchIndex(part); m != nil && !sentenceAfter(part[m[3]:]) {
			if d := textDate(part[m[2]:m[3]]); !d.IsZero() {
				label, _, _ := strings.Cut(strings.TrimSpace(part[:m[2]]), " by ")
				label = strings.TrimSuffix(strings.TrimRight(label, ":"), " on")
				return dateFact{d, fmt.Sprintf("the page's %q line", label+":")}
			}
			break
		}
	}
	return dateFact{}
}

// sidebarFactsDate is the date of a "Published:" line (publishedRe) that
// opens a page's sidebar, in a box of facts about the page ("Published: 3
// March 2026", "Topic: School nursing", "Next review: March 2027") that
// holds no link and no heading. A small site sets its article's facts
// beside it so, and before such a page was refused, "could not tell the
// date": its sidebar was read for no date, as a sidebar's are most often
// other pages' (inFurnitureThread). Read only where nothing else dates
// the page, and only so: a sidebar that opens on a heading ("Related
// news") or a link lists other pages, each with its date, and sidebars
// that disagree give none.
func sidebarFactsDate(doc *html.Node) dateFact {
	var found []dateFact
	walkElements(doc, func(n *html.Node) bool {
		if hasWord(n, furnitureThreadWords...) {
			return false
		}
		if !hasWord(n, "sidebar") || sidebarLayout(n) {
			return true
		}
		for box := n.FirstChild; box != nil; box = box.NextSibling {
			if box.Type != html.ElementNode {
				continue
			}
			if box.DataAtom == atom.Li || box.DataAtom == atom.Ul || box.DataAtom == atom.Ol || holdsLink(box) || isHeadingElement(box) || holdsHeading(box) {
				break // other pages, or a heading over them
			}
			if d := labelledLineDate(box, publishedRe); !d.date.IsZero() {
				found = append(found, dateFact{d.date, "the " + strings.TrimPrefix(d.from, "the page's ") + " of the page's sidebar"})
				break
			}
		}
		return false
	})
	for _, d := range found {
		if d.date != found[0].date {
			return dateFact{}
		}
	}
	if len(found) == 0 {
		return dateFact{}
	}
	return found[0]
}

// sentenceAfter says whether what follows a labelled date in its element
// is a sentence of prose (five words or more, no figure, no label):
// "Published: 3 September 2024. The Director of Public Health presented
// the oral health needs assessment." is a sentence of an item's minutes
// about another paper, not the page's date line. Before (hostile check
// 68), it dated a committee item page over its "Meeting:" line.
func sentenceAfter(rest string) bool {
	rest = strings.TrimSpace(rest)
	if !strings.HasPrefix(rest, ". ") {
		return false
	}
	rest = strings.TrimSpace(rest[2:])
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && len(strings.Fields(rest)) >= 5 && !strings.ContainsAny(rest, "0123456789:|·•")
}

// meetingDate is the date of a committee page's "Meeting:" line
// (meetingRe), when every such line gives the same day. An issue's
// history page lists each meeting it went to ("Meeting: 14/10/2025 -
// Health Scrutiny Committee", then "Meeting: 20/01/2026 - Cabinet"): no
// one of them dates the page. Before (hostile check 68), the first, older
// meeting dated the later meeting's decision.
func meetingDate(doc *html.Node) dateFact {
	ds := labelledDates(doc, meetingRe, 0)
	if len(ds) == 0 {
		return dateFact{}
	}
	for _, d := range ds[1:] {
		if d.date != ds[0].date {
			return dateFact{}
		}
	}
	return ds[0]
}

// termOf is the term a description list gives a <dd> ("<dt>Date of
// publication</dt><dd>3 March 2026</dd>", as inspection reports and
// publication pages list their facts), so the two read as one labelled
// line; any other element has none.
func termOf(n *html.Node) string {
	if n.DataAtom != atom.Dd {
		return ""
	}
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type != html.ElementNode {
			continue
		}
		if p.DataAtom == atom.Dt {
			if t, short := shortText(p, 80); short {
				return t
			}
		}
		return ""
	}
	return ""
}

// metaPartSepRe is the separator between the parts of a page's line of
// facts under its title: "Data to the end of September 2025 · Published
// 23 October 2025 · Download data".
var metaPartSepRe = lazyre.New(`\s+[·•|]\s+`)

// metaLineParts is a short line whole, then each part of it after a
// separator: a labelled date stated second in a line of facts ("Data to
// the end of September 2025 · Published 23 October 2025") dates the page
// as it would on a line of its own; the period the data cover, before
// it, does not.
func metaLineParts(t string) []string {
	parts := metaPartSepRe.Split(t, -1)
	out := []string{t}
	if len(parts) >= 2 {
		out = append(out, parts[1:]...)
	}
	return append(out, footerSentences(t)...)
}

var (
	// publishedRe is a line stating when the page was published, under
	// the labels templates use: "Published:", "Publication date:",
	// "Release date:" (ONS), "Date published:" (Parliament), "Posted on";
	// also after the kind of document it dates: "Report published:" (an
	// inspection page, beside its inspection dates), "This guidance was
	// first published on".
	publishedRe = lazyre.New(`(?i)^(?:(?:this |the )?(?:report|page|guidance|document|publication|article|briefing|statement|review|study|survey|paper|update|news release|press release|policy|strategy|plan|consultation|response)(?: was)? )?(?:date (?:first )?published|date of (?:publication|release)|published date|publication date|release date|date released|first published|published|posted|issued|released|date)(?: by [^,:]{2,80}?,?)?(?: on)?:?\s*(` + dateExpr + `)`)
	// sittingRe is the line under a debate's title stating the day of the
	// sitting, which a record of proceedings is dated by: "Volume 779:
	// debated on Wednesday 21 January 2026" (Hansard). Only a line that
	// opens with it (after its volume) counts: a speech saying when
	// something else was debated is longer and says more.
	sittingRe = lazyre.New(`(?i)^(?:volume \d+:?\s*)?(?:debated|sitting|held)(?: on)?:?\s*(` + dateExpr + `)\s*$`)
	// meetingRe is the line under a committee item's title stating the
	// meeting it went to, which its minutes and papers are dated by: "Meeting:
	// 27/01/2026 - Health Scrutiny Committee (Item 6)" (ModernGov's agenda
	// item pages), "Date of meeting: 4 March 2026". A published date, where
	// the page gives one, comes first; "Next meeting: …" opens with another
	// word and dates nothing. ModernGov's "(Item 45.)" ends the line
	// with its item's number and a full stop.
	meetingRe = lazyre.New(`(?i)^(?:date of (?:the )?meeting|meeting date|meeting(?: held)?(?: on)?):?\s*(` + dateExpr + `)(?:\s*(?:[-–—,]\s*[^.;]{0,120}?(?:\(item\s+\d{1,3}[a-z]?\.\))?)?)$`)
	// reviewedRe is a line stating when the page last changed: "Last
	// updated: 3 May 2024", "This page was last edited on 12 August 2025,
	// at 14:32" (a wiki's footer); also after what a data portal calls its
	// page: "Profile last updated: 3 November 2026", "Dashboard last
	// updated"; "Last update: 12 February 2026", as a static site
	// generator's revision-date plugin writes it; "Built with Observable
	// on Feb 3, 2026", the day a data app's site was last built, as
	// Observable Framework's footer says it.
	reviewedRe  = lazyre.New(`(?i)^(?:(?:this |the )?(?:page|content|article|entry|post|profile|dashboard|indicator|data|factsheet|fact sheet|site)(?: was)? )?(?:last (?:reviewed|updated|update|edited|modified|revised|built)|updated|modified|reviewed|built with [^.,:;]{1,40}? on)(?: on)?:?\s*(` + dateExpr + `)`)
	angleCodeRe = lazyre.New(`<[^>]*>`)
	isoDateRe   = lazyre.New(`^(\d{4})[-/](\d{2})(?:[-/](\d{2}))?`)
	textDateRe  = lazyre.New(`(?i)(?:(\d{1,2})(?:st|nd|rd|th)? )?(` + monthExpr + `)[a-z]*\.?,? (\d{4})|(\d{1,2})[/.](\d{1,2})[/.](\d{4})|(\d{4})[-/](\d{2})[-/](\d{2})|(` + monthExpr + `)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})`)
)

var monthNumbers = map[string]string{"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12"}

// isoDate reads the date part of an ISO 8601 time as written: the page's
// own day, not the day in UTC. "2024/01/25", as citation tags write it,
// is read too.
func isoDate(s string) evidence.Date {
	m := isoDateRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return evidence.Date{}
	}
	v := m[1] + "-" + m[2]
	if m[3] != "" {
		v += "-" + m[3]
	}
	d, _ := evidence.ParseDate(v)
	return d
}

// textDate reads "5 March 2024", "March 2024", "Apr 9, 2024",
// "05/03/2024" (day first, as in the UK) or "2024-03-05".
func textDate(s string) evidence.Date {
	m := textDateRe.FindStringSubmatch(s)
	var v string
	switch {
	case m == nil:
		return evidence.Date{}
	case m[7] != "":
		v = m[7] + "-" + m[8] + "-" + m[9]
	case m[6] != "":
		v = m[6] + "-" + pad2(m[5]) + "-" + pad2(m[4])
	case m[10] != "":
		v = m[12] + "-" + monthNumbers[strings.ToLower(m[10][:3])] + "-" + pad2(m[11])
	default:
		v = m[3] + "-" + monthNumbers[strings.ToLower(m[2][:3])]
		if m[1] != "" {
			v += "-" + pad2(m[1])
		}
	}
	d, err := evidence.ParseDate(v)
	if err != nil {
		return evidence.Date{}
	}
	return d
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

func firstDate(ds ...evidence.Date) evidence.Date {
	for _, d := range ds {
		if !d.IsZero() {
			return d
		}
	}
	return evidence.Date{}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// govukOrganisations reads govuk:organisations, which holds names or, on
// most pages, only codes in angle brackets ("<D6><EA74>").
func govukOrganisations(s string) string {
	s = angleCodeRe.ReplaceAllString(s, "")
	name, _, _ := strings.Cut(s, ",")
	return strings.TrimSpace(name)
}

// govukFrom is the first organisation of a GOV.UK page's "From:" line: a
// link into /government/organisations/.
func govukFrom(doc *html.Node) string {
	a := findFirst(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.A && strings.Contains(attr(n, "href"), "/government/organisations/")
	})
	if a == nil {
		return ""
	}
	return textOf(a)
}

// orgOnly is s when it names an organisation, not a person, else "".
func orgOnly(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || isPersonName(s) || !orgWordRe.MatchString(s) || strings.ContainsAny(s, ";@") {
		return ""
	}
	return s
}

// pageAuthor is the article's author: the schema.org author, else the
// byline (marked by rel, itemprop or class), else the author,
// citation_author or DC.creator tags, one of which may name several
// people in one value ("Jane Smith and Bob Lee", see tagAuthors).
// Several schema.org authors or citation_author tags, each a person, are
// all the authors, in the page's order and parted by semicolons as an
// author field parts them (evidence.Authors), so a paper's citation names
// them as its suggested citation does; one of them not a person's name
// (an organisation), or a comment's author, gives none.
func pageAuthor(doc *html.Node, meta map[string]string, citationAuthors, ldAuthors []string) fact {
	if len(ldAuthors) == 1 {
		// Read by the author tag's rule, as several are: before, "By
		// Jane Smith" was kept with its "By" (hostile check 49).
		if a := citationAuthor(ldAuthors[0]); a != "" {
			return fact{a, "the page's schema.org author"}
		}
	}
	switch {
	case len(ldAuthors) > 1:
		if all := everyPerson(ldAuthors); all != "" {
			return fact{all, "the page's schema.org authors"}
		}
		return fact{}
	case len(citationAuthors) > 1:
		if all := everyPerson(citationAuthors); all != "" {
			return fact{all, "the citation_author tags"}
		}
		return fact{}
	}
	if b := bylineName(doc); b != "" {
		return fact{b, "the byline"}
	}
	if a, _ := tagAuthors(meta["author"]); a != "" {
		return fact{a, authorTagFrom}
	}
	if a := citationAuthor(meta["citation_author"]); a != "" {
		return fact{a, "citation_author"}
	}
	if a, _ := tagAuthors(firstNonEmpty(meta["dc.creator"], meta["dcterms.creator"])); a != "" {
		return fact{a, "Dublin Core DC.creator"}
	}
	return fact{}
}

// citationAuthor is the author of one citation_author tag or schema.org
// name, read by the author tag's rule (tagAuthors) and then written given
// name first ("Hale, Isobel" is Isobel Hale); "" when it names no person.
// The post is left out before the name is turned: before, "Jane Smith,
// Policy Officer" was turned first and cited "Policy Officer Jane Smith"
// (hostile check 49).
//
// Only one person is turned, as the author field reads the names
// (evidence.Authors): "Jane Smith, Bob Lee" is two people, kept as
// written, as the author meta tag keeps them. Before, it was turned as
// one person "Bob Lee Jane Smith" and cited "(Smith, 2024)" (hostile
// check 51).
func citationAuthor(v string) string {
	a, _ := tagAuthors(v)
	if a == "" {
		return ""
	}
	if len(evidence.Authors(a)) > 1 {
		return folded(a)
	}
	return folded(citationName(a))
}

// authorTagFrom is where pageAuthor says an author read from the author
// meta tag was found.
const authorTagFrom = "the author meta tag"

// maxPageAuthors bounds the authors read from a page's tags: a page with
// thousands of citation_author tags names no more than a reference list
// would (APA lists twenty).
const maxPageAuthors = 20

// everyPerson is the names of several tags or schema.org authors, each
// read as one is (citationAuthor: a byline's "By" stripped, a post after
// a comma left out, a tag's "Hale, Isobel" written "Isobel Hale"), joined
// by "; "; "" when any names no person.
func everyPerson(names []string) string {
	names = names[:min(len(names), maxPageAuthors)]
	out := make([]string, 0, len(names))
	for _, n := range names {
		a := citationAuthor(n)
		if a == "" {
			return ""
		}
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return strings.Join(out, "; ")
}

// authorTagLeftOut is the author meta tag's value when pageAuthor did not
// take it (it names no person: a platform, a program, a body), for the
// import to say it was left out.
func authorTagLeftOut(meta map[string]string, author fact) string {
	if v := meta["author"]; v != "" && author.value == "" {
		if a, _ := tagAuthors(v); a == "" {
			return v
		}
	}
	return ""
}

// authorTitlesLeftOut are the job titles tagAuthors left out of the author
// meta tag when the author was read from it, for the import to say so.
func authorTitlesLeftOut(meta map[string]string, author fact) []string {
	if author.from != authorTagFrom {
		return nil
	}
	_, left := tagAuthors(meta["author"])
	return left
}

// bylineName is the person named by the first byline outside comment
// threads: the element marked as the name, else the first part of the
// byline that is a person's name ("Nadia Osei" before "Health reporter").
// A byline linking to several people names no one author.
func bylineName(doc *html.Node) string {
	var found string
	walkElements(doc, func(n *html.Node) bool {
		if found != "" || inFurnitureThread(n) {
			return false
		}
		if attr(n, "rel") != "author" && !strings.Contains(attr(n, "itemprop"), "author") && !hasWord(n, "byline", "author", "author-name", "authors") {
			return true
		}
		people := 0
		walkElements(n, func(c *html.Node) bool {
			if c.DataAtom == atom.A && isPersonName(textOf(c)) {
				people++
			}
			return true
		})
		if people > 1 {
			return false // several authors: none is the author
		}
		cands := []*html.Node{n}
		if nameEl := findFirst(n, func(c *html.Node) bool {
			return attr(c, "itemprop") == "name" || attr(c, "rel") == "author" || hasWord(c, "author-name", "name", "fn")
		}); nameEl != nil && nameEl != n {
			cands = []*html.Node{nameEl}
		} else {
			walkElements(n, func(c *html.Node) bool { cands = append(cands, c); return true })
		}
		for _, c := range cands {
			t := textOf(c)
			if m := bylineRe.FindStringSubmatch(t); m != nil {
				t = m[1]
			}
			if isPersonName(t) {
				found = t
				break
			}
		}
		return false
	})
	return found
}

// citationName turns "Hale, Isobel" (citation_author's order) into
// "Isobel Hale".
func citationName(s string) string {
	if last, first, ok := strings.Cut(s, ","); ok && !strings.Contains(first, ",") {
		return strings.TrimSpace(first) + " " + strings.TrimSpace(last)
	}
	return strings.TrimSpace(s)
}

// hasWord: one of the element's class or id words is one of words.
func hasWord(n *html.Node, words ...string) bool {
	for _, w := range classWords(n) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// inFurnitureThread: n is (inside) a comment thread, a related-content
// list or a sidebar, whose bylines and dates are not the article's. The
// classes of <body> and <html> name the page's layout
// ("has-sidebar-right"), not a part of it, and so does a layout's class
// naming its sidebar (sidebarLayout).
func inFurnitureThread(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			break
		}
		if p.Type == html.ElementNode && (hasWord(p, furnitureThreadWords...) || hasWord(p, "sidebar") && !sidebarLayout(p)) {
			return true
		}
	}
	return false
}

// furnitureThreadWords are the class words of a page's comment threads
// and lists of other pages (inFurnitureThread), a sidebar aside.
var furnitureThreadWords = []string{"comment", "comments", "respond", "disqus", "related", "relatedposts",
	"teaser", "teasers", "promo", "popular", "mostread", "most-read", "recirculation"}

// sidebarLayoutRe is a class that names a layout by the sidebar it has,
// not a sidebar: a BEM modifier ("layout--sidebar", "grid--sidebar-left")
// or "has-sidebar", "with-sidebar".
var sidebarLayoutRe = lazyre.New(`(?i)(?:--|^(?:has|with)-)sidebar`)

// sidebarLayout reports that every class or id of n naming a sidebar
// names a layout with one (sidebarLayoutRe): a CMS's "container layout
// layout--sidebar" round the article and its aside holds the article,
// whose dates are the page's. Before, a council page whose only date,
// "Page last updated: 14 January 2026", stood in its article under such
// a wrapper was refused, "could not tell the date" (set 81).
func sidebarLayout(n *html.Node) bool {
	for _, name := range strings.Fields(nameAttrs(n)) {
		if slices.Contains(nameWords(name), "sidebar") && !sidebarLayoutRe.MatchString(name) {
			return false
		}
	}
	return true
}

var (
	// pronounsRe is the pronouns people add after their name in a
	// signature ("Sam Okafor (she/her)"): not part of the name.
	pronounsRe   = lazyre.New(`\s*\((?i:he|she|they|ze|xe)(?:\s*/\s*\p{L}+){1,2}\)$`)
	personNameRe = lazyre.New(`^(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Lord|Lady|Baroness)\.? )?` + `\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|le|la|bin|al)){1,3}$`)
	orgWordRe    = lazyre.New(`(?i)\b(?:nhs|trust|council|collective|collaborative|youth|department|ministry|office|foundation|institute|commission|commissioner|confederation|providers|alliance|society|college|association|partnership|board|icb|network|charity|centre|center|agency|ltd|limited|plc|group|services?|health|university|fund|federation|coalition|team|news|press|media|editor|staff|admin|government|gov\.uk|bureau|unit|club|trust's|hospital|hospitals|care|england|uk|forum|families|carers|parents|school|academy|practice|surgery|healthwatch|courier|gazette|herald|chronicle|echo|argus|advertiser|mercury|sentinel|observer|telegraph|journal|express|mail|post|times|mirror|examiner|recorder|tribune|dispatch|daily|weekly|evening)\b`)
)

// isPersonName: two to four capitalised words, not an organisation's name.
func isPersonName(s string) bool {
	s = pronounsRe.ReplaceAllString(strings.TrimSpace(s), "")
	return len(s) <= 60 && personNameRe.MatchString(s) && !orgWordRe.MatchString(s)
}

// trimSiteSuffix cuts the " - GOV.UK" and " | Site" ends of page titles.
func trimSiteSuffix(title string, sites ...string) string {
	title = strings.TrimSpace(title)
	for _, site := range append(sites, "GOV.UK") {
		site = strings.TrimSpace(site)
		if site == "" {
			continue
		}
		for _, sep := range []string{" | ", " - ", " – ", " — ", " : ", " :: ", " » "} {
			title = strings.TrimSpace(strings.TrimSuffix(title, sep+site))
		}
	}
	// "Report - Health and Social Care Committee - House of Commons" for
	// the House of Commons Health and Social Care Committee: the site's
	// name in parts, each its own end, goes part by part.
	for {
		rest, ok := trimSitePart(title, sites)
		if !ok {
			return title
		}
		title = rest
	}
}

// trimSitePart cuts the title's last part when it is two or more words
// of a site's name, in the name's order: "Health and Social Care
// Committee" of "House of Commons Health and Social Care Committee".
func trimSitePart(title string, sites []string) (string, bool) {
	seps := titleSepRe.FindAllStringIndex(title, -1)
	if len(seps) == 0 || seps[len(seps)-1][0] == 0 {
		return title, false
	}
	m := seps[len(seps)-1]
	part := strings.Join(strings.Fields(title[m[1]:]), " ")
	if len(strings.Fields(part)) < 2 {
		return title, false
	}
	for _, site := range sites {
		site = " " + strings.Join(strings.Fields(site), " ") + " "
		if strings.Contains(site, " "+part+" ") {
			return strings.TrimSpace(title[:m[0]]), true
		}
	}
	return title, false
}

// unquotedTitle is a title set whole in quotation marks without them: a
// story page heads a person's words '"Nine months for a hearing test,
// then the best appointment we've had"', which a citation gives in its
// own quotation marks or italics. A title quoting only part of itself
// ('"Still waiting": children's ...') keeps its marks. Before (the
// development set), the marks stayed in every citation's title.
func unquotedTitle(t string) string {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if in, ok := strings.CutPrefix(t, q[0]); ok {
			if in, ok = strings.CutSuffix(in, q[1]); ok && in != "" && !strings.ContainsAny(in, `"“”`) {
				return strings.TrimSpace(in)
			}
		}
	}
	return t
}

// badgeRe is a news site's badge before a headline: "LIVE: ", "BREAKING –
// ", "Live updates: ", "EXCLUSIVE | ". It labels the page, not the story.
var badgeRe = lazyre.New(`^(?:LIVE|Live|LIVE UPDATES|Live updates|BREAKING|Breaking|BREAKING NEWS|Breaking news|EXCLUSIVE|Exclusive|WATCH|Watch|UPDATED|Updated)\s*(?::|\||–|—|-)\s+(\S)`)

// trimBadge cuts a badge off a page's title.
func trimBadge(title string) string {
	if m := badgeRe.FindStringSubmatchIndex(title); m != nil {
		return title[m[2]:]
	}
	return title
}

// houseCommittee is the committee of a House that publishes a report on
// the House's site, whose tags name only the House ("House of Commons")
// and whose <title> names the committee ("Report title - Health and
// Social Care Committee - House of Commons"): "House of Commons Health
// and Social Care Committee", as its reports are cited. Empty when the
// publisher is no House or the title names no committee.
func houseCommittee(publisher, docTitle string) string {
	if publisher != "House of Commons" && publisher != "House of Lords" {
		return ""
	}
	for _, part := range strings.Split(docTitle, " - ") {
		part = strings.TrimSpace(part)
		if strings.HasSuffix(part, " Committee") && !strings.HasPrefix(part, "House of") && len(strings.Fields(part)) <= 10 {
			return publisher + " " + part
		}
	}
	return ""
}

// houseBody is the body of either House whose site a page on the
// Parliament's site is, as its <title> ends ("... - House of Lords
// Library", "... | House of Commons Library"): the Library publishes its
// briefing, not the Parliament its copyright line names. Empty for
// another publisher, or a <title> ending in a House's name alone (the
// banner then says which, pageHouse) or its Hansard.
func houseBody(publisher, site string) string {
	if publisher != "UK Parliament" && publisher != "Parliament" {
		return ""
	}
	for _, h := range []string{"House of Commons ", "House of Lords "} {
		if strings.HasPrefix(site, h) && strings.HasSuffix(site, " Library") && !notPublisher(site) {
			return site
		}
	}
	return ""
}

// pageHouse is the House a page on the Parliament's site belongs to (a
// debate's record is the House's, not the site's): the one House an
// element of the page names alone ("House of Commons" in the banner over
// a debate); empty for another publisher, or when the page names both.
func pageHouse(publisher string, doc *html.Node) string {
	if publisher != "UK Parliament" && publisher != "Parliament" {
		return ""
	}
	found := map[string]bool{}
	walkElements(doc, func(n *html.Node) bool {
		if t, short := shortText(n, 40); short {
			if t = strings.TrimSpace(t); t == "House of Commons" || t == "House of Lords" {
				found[t] = true
			}
		}
		return true
	})
	if len(found) != 1 {
		return ""
	}
	for h := range found {
		return h
	}
	return ""
}

// publisherTags are the meta tags a page repeats for each of its
// publishers.
var publisherTags = map[string]bool{"dc.publisher": true, "dcterms.publisher": true, "citation_publisher": true}

// joinNames writes the bodies a page tags one by one as a citation
// does: "A and B", "A, B and C".
func joinNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
