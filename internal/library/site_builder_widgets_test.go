package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSiteBuilderWidgetsBesideAHeaderWrapperReadWhole: a site builder's
// page (GoDaddy's) whose content widgets share a class, beside a header
// widget in a wrapper of its own, is read whole: the number cards and the
// asks in widgets after the longest one are kept. Before, the wrapper
// shared no class with the widgets, so the page was no builder's layout
// and the import kept the number cards out (set 75).
func TestSiteBuilderWidgetsBesideAHeaderWrapperReadWhole(t *testing.T) {
	page := func(header string) string {
		return `<!DOCTYPE html><html><head><title>Out of reach | Northgate Youth Voice</title>
<meta property="og:site_name" content="Northgate Youth Voice"></head><body>
<div class="layout"><div data-ux="Page" class="x-el c1-1">` + header + `
<div class="widget widget-content"><section><h1>Out of reach: young carers and their GP</h1>
<p>Published 9 April 2026 · Northgate Youth Voice</p></section></div>
<div class="widget widget-about"><section><h2>What we heard</h2>
<p>We heard from 140 young carers aged 11 to 18 across Northgate between September and December 2025.</p>
<p>Most said they had never been asked by a doctor or a nurse whether they looked after someone at home.</p>
<p>Two in five said they had missed an appointment of their own because of caring, and a quarter had missed more than one.</p>
<p>Young carers in the north of the borough travelled furthest, often on two buses, to reach their surgery.</p></section></div>
<div class="widget widget-content"><section>
<div class="card"><h4>58 schools</h4><p>Only 9 of the borough's 58 schools had a named lead for young carers in 2025.</p></div>
<div class="card"><h4>£40k</h4><p>The council spent £40,000 on young carers' support groups last year.</p></div></section></div>
<div class="widget widget-about"><section><h2>What should change</h2>
<ul><li>Every GP practice in Northgate should keep a register of the young carers it serves.</li>
<li>The council should fund a young carers' lead in every secondary school by 2027.</li></ul></section></div>
</div></div></body></html>`
	}
	wrapper := `<div class="x-el c1-9"><div class="widget widget-header"><a href="/">Northgate Youth Voice</a></div></div>`
	im, err := library.Import(write(t, "a.html", []byte(page(wrapper))), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	body := string(im.Body)
	for _, want := range []string{"Only 9 of the borough's 58 schools", "spent £40,000", "should keep a register", "We heard from 140 young carers"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lost %q:\n%s", want, body)
		}
	}
}
