package library

import (
	"strings"
	"testing"
)

// TestAEMPageMarkingNoArticle: an Adobe Experience Manager page whose
// template marks no <main> or <article> (layout grids of "cmp-container",
// each paragraph in a "text" wrapper round a "cmp-text") keeps its text,
// its headings and its asks, though "cmp" is also a consent manager's
// word: the page was refused as empty. The header fragment, breadcrumbs,
// the picture's caption (itemprop="caption"), share links and the side
// rail's teasers still go.
func TestAEMPageMarkingNoArticle(t *testing.T) {
	page := `<!DOCTYPE HTML><html lang="en-GB"><head>
<title>Waiting for wheelchairs: our survey of families | Society of Paediatric Mobility</title>
<meta property="article:published_time" content="2026-03-10T00:01:00Z"/></head>
<body class="page basicpage">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>By clicking accept you agree that the Society may store cookies on your device.</p></div></div>
<div class="root responsivegrid"><div class="aem-Grid aem-Grid--12">
<div class="experiencefragment aem-GridColumn"><div class="cmp-experiencefragment cmp-experiencefragment--header"><header class="spm-header"><a href="/">Home</a> <a href="/join">Join the Society</a></header></div></div>
<div class="breadcrumb aem-GridColumn"><nav class="cmp-breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/">Home</a></li><li class="cmp-breadcrumb__item"><a href="/news">News</a></li></ol></nav></div>
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--8">
<div id="container-article" class="cmp-container">
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">Waiting for wheelchairs: our survey of families</h1></div></div>
<div class="image"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="chair.jpg" class="cmp-image__image" alt="A child in a wheelchair"><span class="cmp-image__title" itemprop="caption">A young wheelchair user at school. Photo: posed by a model.</span></div></div>
<div class="text"><div class="cmp-text"><p>Families of disabled children are waiting far too long for the wheelchairs their children need, a survey the Society publishes today finds.</p></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">What families told us</h2></div></div>
<div class="text"><div class="cmp-text"><ul>
<li>Of the 512 families who answered, 58% had waited more than 18 weeks for a powered chair.</li>
<li>One family in five said their child had outgrown the chair before it arrived.</li>
</ul></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">What should change</h2></div></div>
<div class="text"><div class="cmp-text"><ol>
<li>Integrated care boards should publish wheelchair waiting times for children every quarter.</li>
<li>NHS England should set an 18-week standard for a child's first wheelchair.</li>
</ol></div></div>
<div class="accordion panelcontainer"><div class="cmp-accordion"><div class="cmp-accordion__item">
<h3 class="cmp-accordion__header"><button class="cmp-accordion__button" type="button" aria-expanded="false"><span class="cmp-accordion__title">How we ran the survey</span></button></h3>
<div class="cmp-accordion__panel cmp-accordion__panel--hidden" role="region"><div class="text"><div class="cmp-text"><p>The survey was open online to families across England for six weeks in the autumn and was shared through parent carer forums.</p></div></div></div>
</div></div></div>
<div class="sharing"><div class="cmp-sharing"><span>Share this page</span> <a href="https://twitter.com/intent/tweet">X</a></div></div>
</div></div>
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--4">
<div id="container-rail" class="cmp-container spm-rail">
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Related content</h2></div></div>
<div class="teaser"><div class="cmp-teaser"><h3 class="cmp-teaser__title"><a href="/news/seating">Seating clinics reopen in the north</a></h3></div></div>
</div></div>
<div class="experiencefragment aem-GridColumn"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><footer><p>© 2026 Society of Paediatric Mobility. Registered charity 1099999.</p></footer></div></div>
</div></div></body></html>`
	body := importedBody(t, page)
	for _, kept := range []string{"waiting far too long", "58% had waited", "outgrown the chair",
		"## What families told us", "## What should change", "1. Integrated care boards should publish",
		"2. NHS England should set", "open online to families"} {
		if !strings.Contains(body, kept) {
			t.Errorf("%q lost:\n%s", kept, body)
		}
	}
	for _, gone := range []string{"store cookies", "Join the Society", "posed by a model", "Share this page", "Seating clinics", "Registered charity"} {
		if strings.Contains(body, gone) {
			t.Errorf("furniture %q kept:\n%s", gone, body)
		}
	}
}

// TestPageWhoseClassesNameOnlyFurniture: a page whose every paragraph
// sits in a wrapper of its own named with a furniture word ("sidebar-intro",
// "sidebar-voices": a theme's panel classes used for the whole text) is
// read whole rather than refused as empty; its navigation, told by its
// tag, still goes.
func TestPageWhoseClassesNameOnlyFurniture(t *testing.T) {
	page := `<html><head><title>Summer holiday activities and food: what families told us</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="layout"><div class="sidebar-intro"><p>Two hundred and forty families took part in the holiday activities programme in the town this summer, most of them for the first time.</p></div>
<div class="sidebar-voices"><p>Parents said the free lunches mattered most, and many asked for the sessions to run at Easter as well as in the summer.</p></div>
<div class="sidebar-next"><p>The council will decide in the spring whether to fund an Easter programme from its own budget next year.</p></div></div>
</body></html>`
	body := importedBody(t, page)
	for _, kept := range []string{"Two hundred and forty families", "free lunches mattered most", "fund an Easter programme"} {
		if !strings.Contains(body, kept) {
			t.Errorf("%q lost:\n%s", kept, body)
		}
	}
	if strings.Contains(body, "News") {
		t.Errorf("the navigation kept:\n%s", body)
	}
}
