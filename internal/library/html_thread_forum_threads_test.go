package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// threadPage is a forum thread saved from the browser as an old-style
// discussion site lays it out: og:title puts the community's name before
// the post's title and the <title> puts it after, and the post's text is
// shown inside the form that would edit it.
const threadPage = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">` +
	`<title>Our trust replied about the eating disorder waits - the figures : TeenHealthParents</title>` +
	`<meta property="og:site_name" content="forumsite">` +
	`<meta property="og:title" content="r/TeenHealthParents - Our trust replied about the eating disorder waits - the figures">` +
	`</head><body><div class="side"><div class="md"><p>A place for parents and carers of teenagers with health conditions to share what they have learned about services, appointments, schools and support in the UK. Nothing here is medical advice; please talk to your own clinicians.</p>` +
	`<h3>Rules</h3><ol><li>Be kind to other parents and to the staff who help our children.</li><li>No naming staff, schools or children in posts or replies.</li><li>No selling, surveys or fundraising without asking the moderators first.</li><li>Use the right flair on every post so others can find it later.</li></ol></div></div>` +
	`<div class="content" role="main"><div class="thing self link"><div class="entry">` +
	`<p class="title"><a class="title" href="/r/TeenHealthParents/comments/abc/">Our trust replied about the eating disorder waits - the figures</a></p>` +
	`<form class="usertext" id="form-t3_abc"><div class="usertext-body"><div class="md">` +
	`<p>My daughter has waited since the spring for her first appointment, so I wrote to the trust and asked for the numbers behind the community eating disorder service.</p>` +
	`<p>The trust wrote that 164 young people were waiting for a first appointment at the end of October, up from 98 a year earlier.</p>` +
	`<p>It also said only 41% of urgent referrals had been seen within one week, against a national standard of 95%.</p>` +
	`</div></div></form></div></div></div></body></html>`

// TestForumPostInItsEditFormIsKept checks that a post's text shown in the
// form that would edit it is the page's text, not a form's furniture:
// its figures were lost with the form.
func TestForumPostInItsEditFormIsKept(t *testing.T) {
	im, err := library.Import(write(t, "thread.html", []byte(threadPage)), library.Meta{Type: "web-page", Publisher: "Forum", Date: "2026-01-13"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"164 young people were waiting", "only 41% of urgent referrals"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
}

// TestSearchFormStillGoes checks that a form of fields, with a line of
// help text, is still furniture.
func TestSearchFormStillGoes(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Waits for community paediatrics</title></head><body><main>` +
		`<h1>Waits for community paediatrics</h1>` +
		`<form action="/search"><p>Search our site for services near you and for the latest news from the trust.</p><input type="text" name="q"><input type="submit" value="Go"></form>` +
		`<p>The median wait for a first community paediatric appointment was 29 weeks in March 2025, against 21 weeks a year before.</p>` +
		`<p>The trust has recruited two more consultants, who start in the autumn and will hold clinics in both towns.</p>` +
		`</main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "web-page", Publisher: "Forum", Date: "2026-01-13"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "Search our site") {
		t.Errorf("the search form's text was kept:\n%s", im.Body)
	}
}

// TestTitleBetweenCommunityPrefixAndSuffix checks that a page whose
// og:title puts the community's name before the title, and whose <title>
// puts it after, is titled by the part the two agree on.
func TestTitleBetweenCommunityPrefixAndSuffix(t *testing.T) {
	im, err := library.Import(write(t, "thread.html", []byte(threadPage)), library.Meta{Type: "web-page", Publisher: "Forum", Date: "2026-01-13"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Our trust replied about the eating disorder waits - the figures"; im.Source.Title != want {
		t.Errorf("title %q, want %q", im.Source.Title, want)
	}
}

// TestForumRepliesAreKept checks that the replies of a forum thread,
// marked as comments but laid out as the same kind of entry as the post
// they answer, are the page's text as the post is; their score lines are
// not.
func TestForumRepliesAreKept(t *testing.T) {
	replies := `<div class="commentarea"><div class="sitetable nestedlisting">` +
		`<div class="thing comment" data-author="dad_of_two"><div class="entry"><p class="tagline"><a class="author" href="/u/dad_of_two">dad_of_two</a> <span class="score">23 points</span></p>` +
		`<div class="usertext-body"><div class="md"><p>Our local service told the parent forum that 57 of the 90 families it surveyed had no contact while they waited.</p>` +
		`<p>We have asked the trust to write to every family on the list every three months.</p></div></div>` +
		`<ul class="flat-list buttons"><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul>` +
		`<div class="child"><div class="thing comment" data-author="nurse_anon"><p class="parent">level 2</p><div class="entry"><p class="tagline"><span class="score">9 points</span></p>` +
		`<div class="usertext-body"><div class="md"><p>Honestly, the government should set a waiting time standard for eating disorder services for children.</p></div></div></div></div></div>` +
		`</div></div></div></div>`
	page := strings.Replace(threadPage, `</div></div></div></body>`, `</div></div>`+replies+`</div></body>`, 1)
	im, err := library.Import(write(t, "thread.html", []byte(page)), library.Meta{Type: "web-page", Publisher: "Forum", Date: "2026-01-13"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"164 young people were waiting", "57 of the 90 families", "asked the trust to write", "government should set a waiting time standard"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"23 points", "level 2", "permalink"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("body kept %q:\n%s", not, im.Body)
		}
	}
}
