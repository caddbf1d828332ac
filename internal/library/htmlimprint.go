package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// companyHolderRe is a copyright holder that is a company by its legal
// form: "Meridian Health Media Ltd", "Northgate Publishing plc".
var companyHolderRe = lazyre.New(`(?i)\b(?:ltd|limited|plc|llp|inc|gmbh)\.?$`)

// titleOverCompany is the site's name after the page's title when the
// copyright line names a company by its legal form ("© 2025 Meridian
// Health Media Ltd" on a page titled "... | Nursing Practice Weekly"): the
// company owns the title, and a magazine or newspaper is cited by its own
// name, as a newsletter is by its publication's. Empty otherwise.
func titleOverCompany(holder, site string) string {
	if site == "" || site == holder || !companyHolderRe.MatchString(holder) || isPersonName(site) || notPublisher(site) {
		return ""
	}
	return site
}

// articleImprint is the body a page's own imprint line names where the
// page sets it at the end of its text rather than in its footer, as a
// book's chapter page (bookdown, GitBook) does: a short line of parts set
// apart by separators, one a copyright notice naming a body ("© Eastbrook
// County Council") and one the day it was published ("Published 27
// November 2025"). Both together make it the page's imprint, no
// photograph's credit; the body, not the book's name after the page's
// <title>, publishes the page. Before (set 83), the book's title was the
// publisher. A person or a company holding the copyright is no such body.
// A figure's caption or a source line crediting where a chart's data came
// from ("Source: NHS England · © NHS England · Published 12 March 2019")
// is the figure's imprint, never the page's: before (hostile check 64),
// such a caption named the chapter's publisher.
func articleImprint(doc *html.Node) string {
	var found string
	boxed := othersContactsBoxes(doc)
	walkElements(doc, func(n *html.Node) bool {
		if found != "" || inFurnitureThread(n) || figureCaptionElement(n) || boxed[n] {
			return false
		}
		t, short := shortText(n, 240)
		if !short {
			return true
		}
		t = oneLine(t)
		if creditLineRe.MatchString(t) {
			return false
		}
		parts := metaPartSepRe.Split(t, -1)
		if len(parts) < 2 {
			return false
		}
		holder, published := "", false
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if name, kind := imprintOrg(p, false); kind == copyrightImprint {
				holder = name
			} else if publishedRe.MatchString(p) {
				published = true
			}
		}
		if published && strongOrgWordRe.MatchString(holder) && !companyHolderRe.MatchString(holder) &&
			!notPublisher(holder) && !isPersonName(holder) {
			found = holder
		}
		return false
	})
	return found
}

// bookGeneratorRe is the generator tag of a tool that builds a book's
// chapter pages: bookdown, GitBook, HonKit, Jupyter Book, mdBook.
var bookGeneratorRe = lazyre.New(`(?i)\b(?:bookdown|gitbook|honkit|jupyter\s*book|mdbook)\b`)

// bookTitleLeftOut is name, the site's name after a page's <title> or in
// its banner, or "" on a book's chapter page (bookGeneratorRe), where
// that name is the book's title ("Chapter 2 Speech and language |
// Healthy futures in Fenwick"): a book's title publishes nothing. Where
// the chapter's imprint line names no body (no day published beside the
// © notice, "© Crown copyright", the book tool's maker "© RStudio, PBC")
// the import asks. Before (hostile check 64), the book's title was the
// publisher.
func bookTitleLeftOut(meta map[string]string, name string) string {
	if bookGeneratorRe.MatchString(meta["generator"]) {
		return ""
	}
	return name
}

// creditLineRe is a line crediting a figure's or a picture's source
// ("Source: NHS England", "Image credit: …"): a credit, not an imprint.
var creditLineRe = lazyre.New(`(?i)\b(?:sources?|(?:image|photo|picture|data) credits?|credits?)\s*:`)

// figureCaptionElement: a figure, its caption, or an element whose class
// names one ("caption", "figure", "figcaption"), wherever a picture is
// or is not: a chart drawn by a script has no <img>.
func figureCaptionElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Figure, atom.Figcaption, atom.Caption:
		return true
	}
	return hasWord(n, "caption", "figcaption", "figure", "wp-caption", "wp-caption-text")
}
