package library_test

import "testing"

// TestPullQuoteThatAsksIsKept holds pull quotes on web pages: one that
// asks something the article says nowhere else is the page's ask and is
// kept without its signature; one that repeats the article in other words,
// or gives a figure, is furniture as before.
func TestPullQuoteThatAsksIsKept(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Therapy waits | Little Feet</title></head><body><main><article>
<h1>Therapy waits</h1>
<p>Families we support told us that their children had waited many months for physiotherapy, and that nobody could say how much longer.</p>
<p>Integrated care boards should publish how long children wait for each therapy, service by service and month by month.</p>
<figure class="wp-block-pullquote"><blockquote><p>We are asking the Government to fund a national workforce plan for children’s therapists.</p><cite>Jo Hart, Little Feet</cite></blockquote></figure>
<aside class="pull-quote"><blockquote>Boards should publish how long children wait for each therapy, month by month.</blockquote></aside>
<aside class="pullquote"><p>Only one child in three is seen inside the target, and the ICB must act.</p></aside>
<p>We will keep sharing what families tell us with the boards and with ministers through the year ahead.</p>
</article></main></body></html>`
	checkBody(t, importPage(t, page).Body,
		[]string{"We are asking the Government to fund a national workforce plan"},
		[]string{"Jo Hart", "Boards should publish how long children wait for each therapy, month", "one child in three"})
}
