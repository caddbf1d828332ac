package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Sign-up pitches, app promotions, mail footers and a journal's run-in
// back matter: furniture of web pages and journal articles, each
// told by how its sentence opens and by being made of nothing else:
//   - a bulletin's sign-up pitch counting its readers ("Not signed up yet?
//     Join over 3,000 professionals who get the bulletin every month."),
//     a news page's app promotion ("Download the Gazette app for breaking
//     news alerts on your phone.") and a mail's footer of links
//     ("Unsubscribe | Manage your preferences | Forward to a friend");
//   - a journal article's back matter set as run-in labels: who wrote it
//     ("Contributors GH and JS designed the study.", "GH is the
//     guarantor."), who paid ("Funding This study was funded by the NIHR
//     (grant 12345), which had no role in the analysis.", "Funding The
//     authors have not declared a specific grant ..."), the publisher's
//     note on supplements ("Supplemental material This content has been
//     supplied by the author(s).", "It has not been vetted by BMJ ...");
//     where the data are is a data availability statement
//     (dataAvailableRe, with the back matter's other lines).
//
// A finding that uses the same words stays: "Over 3,000 professionals now
// receive the bulletin, up from 1,800 in 2023" opens with no "Join";
// "Funding: The programme received £1.2m from the ICB in 2024/25" is
// money the programme received, no declaration of who paid for a study.

var (
	// joinReadersRe is a sign-up pitch counting those who already get
	// the mailing, after its box's question or not.
	joinReadersRe = lazyre.New(`(?i)^(?:[^.!?]{1,40}\?\s+)?join\s+(?:over\s+|more\s+than\s+|around\s+|about\s+|nearly\s+|almost\s+)?[\d,]+(?:k)?\s+(?:other\s+)?(?:[\w'’-]+\s+){0,2}(?:readers|subscribers|professionals|parents|members|people|colleagues|practitioners|families|carers)\b[^.!?]{0,80}\b(?:get|gets|receive|receives|read|reads|subscribe|signed\s+up)\b`)
	// appPromoRe is a news page's promotion of its app.
	appPromoRe = lazyre.New(`(?i)^(?:download|get|install)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,3}app\b[^.!?]{0,80}\b(?:alerts|notifications|breaking\s+news|latest\s+news|stories|headlines)\b`)
	// mailLinksRe is a mail's footer of links, one or more parted by
	// bars or dots.
	mailLinksRe = lazyre.New(`(?i)^(?:` + mailLink + `)(?:\s*[|·•]\s*(?:` + mailLink + `))+\s*$`)
	// journalRunInRe is a journal article's back matter under its
	// run-in label.
	journalRunInRe = lazyre.New(`(?i)^(?:contributors?(?:hip)?(?:\s+statement)?\s*[:.–—-]?\s+(?-i:\p{Lu}{1,4}\b|\p{Lu}\.\s?\p{Lu}|All\s+authors|The\s+authors?)|` +
		`\p{Lu}{1,4}(?:\s+and\s+\p{Lu}{1,4})?\s+(?:is|are)\s+the\s+guarantors?\b|` +
		`funding\s*[:.–—-]?\s+(?:(?:this|the)\s+(?:study|research|work|project|review|trial|evaluation|audit|analysis)\s+(?:was|is|has\s+been)\s+(?:(?:jointly|partly|part|wholly|independently)\s+)?(?:funded|supported|sponsored)\b|the\s+authors?\s+(?:have|has|did)\s+not\s+(?:declared|received)\b|(?:none(?:\s+declared)?|no\s+(?:specific\s+)?funding|not\s+applicable)\b)|` +
		`supplement(?:al|ary)\s+material\s*[:.–—-]?\s+this\s+content\s+has\s+been\s+supplied\b|` +
		`it\s+has\s+not\s+been\s+vetted\s+by\b)`)
)

// mailLink is one link of a mail's footer.
const mailLink = `unsubscribe(?:\s+here)?|manage\s+(?:your\s+)?(?:preferences|subscriptions?|e-?mail\s+preferences)|update\s+(?:your\s+)?(?:preferences|subscriptions?|details)|forward\s+to\s+a\s+(?:friend|colleague)|view\s+(?:this\s+e-?mail\s+|it\s+)?(?:online|in\s+(?:your\s+)?browser)|privacy\s+(?:policy|notice)|contact\s+us`

// signUpAndBackMatterClasses are this file's furniture classes (see
// furnitureClasses).
// answersGoRe is a poll's or survey's note of where its answers go.
var answersGoRe = lazyre.New(`(?i)^(?:your|all)\s+(?:answers|responses|replies|feedback|views)\s+(?:will\s+)?(?:go|goes|be\s+sent|are\s+sent|be\s+shared|are\s+shared|be\s+passed|are\s+passed)\s+(?:straight\s+|directly\s+|anonymously\s+)?(?:on\s+)?(?:to|with)\b[^%£\d!?]{0,100}\.?$`)

// readMoreLineRe is a line linking to another story by its headline.
var readMoreLineRe = lazyre.New(`(?i)^(?:read\s+more|related|see\s+also|also\s+read|more\s+on\s+this\s+story)\s*[:-]\s+[^.!?]{2,160}[.!?]?$`)

var signUpAndBackMatterClasses = []furnitureClass{
	// "Your answers go straight to the council's SEND team.": where a
	// poll's answers go, after the invitation to take it.
	{lead: []string{"your answers", "your responses", "your replies", "your feedback", "your views", "all answers", "all responses"}, re: answersGoRe, maxWords: 25},
	// "Read more: Fenbury school nurses stretched as pupil numbers rise":
	// another story's headline pasted with its link, figures and all.
	{lead: []string{"read more:", "read more -", "related:", "see also:", "also read:", "more on this story:"}, re: readMoreLineRe, maxWords: 30, made: true, whole: true},
	{lead: []string{""}, re: joinReadersRe, maxWords: 40, made: true, whole: true,
		and: func(t, lower string) bool { return noMoney(t, lower) && !quoted(t) },
		may: func(_, lower string) bool { return strings.Contains(lower, "join ") }},
	{lead: []string{"download ", "get the", "get our", "install "}, re: appPromoRe, maxWords: 30, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{"unsubscribe", "manage ", "update ", "forward ", "view ", "privacy ", "contact us"}, re: mailLinksRe, maxWords: 30, whole: true},
	{lead: []string{"contributor", "funding", "supplement", "it has not"}, re: journalRunInRe, maxWords: 70, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: journalRunInRe, maxWords: 12, made: true, whole: true, and: noMoney,
		// "GH is the guarantor.": initials before it.
		may: func(_, lower string) bool { return strings.Contains(lower, " guarantor") }},
}
