// Package quality measures cypx on documents nobody tuned it for: a
// development set of reports as policy teams download them (web pages from
// several site templates, PDFs made with LibreOffice, e-mails, plain text and
// corpus files), each with hand-labelled gold. Its tests import every
// document the way `cypx add` does, extract and tag its items, and print
// precision and recall per category against floors.
//
// The documents are written for the project: they paraphrase facts from
// public reports about children and young people's health services in
// England and never copy their sentences. The rules of the extractor and the
// importers are developed against this set, never against the bundled
// corpus.
//
// CYPX_DEVSET=DIR measures the documents in DIR instead, laid out the same
// way: a held-out set kept outside the repository checks that rules tuned
// on the development set generalise. CYPX_ROLES=list (with -v) prints each
// headline the figure-roles check disagrees with beside its whole sentence
// and every figure's role.
//
// # Layout
//
// Each document is a folder testdata/devset/NAME/ holding one input file and
// gold.yaml:
//
//	input.html            a saved web page
//	input.pdf             a PDF, with the LibreOffice source it was made from
//	input.fodt            (soffice --headless --convert-to pdf input.fodt),
//	source.fodp           or, where the source is no Writer document, an
//	source.fods           Impress deck or a Calc workbook converted the same
//	                      way and the PDF renamed input.pdf
//	input.eml             an e-mail as saved by a mail client
//	input.txt             plain text
//	input.md              a corpus source file (front matter and body)
//
// # Gold
//
// gold.yaml says what a careful reader finds in the document. Keys are short
// phrases (four to ten words) copied from one sentence of the document;
// matching folds white space, curly quotes and ligatures, so a key may cross
// a line break of the PDF. A key must occur in exactly one sentence of the
// document.
//
//	format: html            # html | pdf | email | text | corpus
//	template: govuk         # the site template or layout, for the tables by kind
//	flags:                  # what a user would pass to cypx add, only where the
//	  publisher: ...        # file cannot say it (title, publisher, date, type, url)
//	meta:                   # what the import must find by itself; each key given is checked
//	  title: ...
//	  publisher: ...
//	  date: 2024-07         # YYYY-MM-DD, YYYY-MM or YYYY, as precise as the document
//	statistics:             # every sentence (or list item, or table row) stating a figure
//	  - key: "..."
//	    page: 4             # PDFs: the page number printed on the page (else the PDF page)
//	                        # the sentence starts on (one run over a page break is cited
//	                        # where a reader starts reading it)
//	    cites: "Health Foundation"   # when the figure is attributed to another body
//	    table: true         # a row of a data table (key: its row label)
//	    themes: [waiting-lists]
//	    figures:
//	      - {value: 58, unit: percent}       # role: headline where it is not the first
//	      - {value: 60, unit: count, role: base}
//	      - {low: 13, high: 52, unit: weeks}
//	                        # units: percent, count, gbp, weeks, months, years,
//	                        # ratio ("3.4 times as likely", "twice as likely"),
//	                        # other (days, hours, minutes, a rate per 100,000
//	                        # or per worker, a score); there is no days unit
//	recommendations:        # every recommendation, numbered ones with their number
//	  - {key: "...", number: "3", actors: [Government, NHSE], themes: [workforce]}
//	themes:                 # optional: themes of excerpts
//	  - {key: "...", themes: [voice]}
//	not_figures:            # numbers that must never be read as figures
//	  - {key: "...", text: "aged 16 to 25"}
//	furniture:              # page furniture: no item may contain any of these
//	  - "Sign up to our newsletter"
//	headings:               # headings: kept as headings, never inside an item
//	  - "Key findings"
//
// Themes are the ids of the bundled taxonomy (corpus/themes.yaml), no
// others: waiting-lists, transitions, adhd-autism, workforce, mental-health,
// prevention, funding, integration, voice, inequalities, national-policy,
// data-sharing, leadership, send, social-care. Actors are the extractor's
// normalised ones (evidence.Actors), no others: Government, DHSC, NHSE,
// ICSs, ICBs, Local authorities, Trusts, Schools, CQC, Other. A gold label
// outside these lists can never be matched, so a labeller who finds no
// fitting theme leaves it out rather than coining one.
//
// A statistic is matched by the first item of kind statistic whose text holds
// its key; any other statistic item is a false positive, so the gold lists
// every figure-bearing sentence. Figures are matched on unit and value (a
// range on its low and high); a figure with role base must be marked as the
// base, and the item's headline figure (evidence.Item.Headline, the one
// rule every badge, citation and chart calls: the figure the extractor
// marked headline, else its first that is neither a base nor a threshold,
// the time limit a share or count is counted against) must be the gold
// figure marked role headline, else the first gold figure that is not a
// base.
//
// Conventions the set holds to where a writer could label either way: in a
// table row a count column before the share ("Children examined | % with
// decay") is the row's count and its headline, not the share's base,
// unless its header counts the responses the shares are of (a sample's
// "(n)", "Families (n)", counts them); an
// entitlement's count ("entitled to five reviews") is a figure; a caseload
// of N children ("an average caseload of 412 children", "a caseload of
// around 540 children", "responsible for more than 500 children", "no
// more than 250 children on their caseload") is a count, as is a bare
// ceiling it is held against ("against the 250 recommended"), but a
// figure written per worker ("412 children per health visitor", "no more
// than 250 children per full-time health visitor", "16 children per
// worker", "around 18 children for every nurse", "no more than 250
// children to one health visitor") is a rate, unit other, as is one
// worker written to the people ("one school nurse for every 4,600
// pupils", "one nurse per 2,600 pupils", "each nurse covers around 1,900
// children", "the ratio of pupils to nurses was 4,000 to 1"). A mean per child or per case
// written with a decimal ("an average of 3.4 nights", "on average 3.6
// teeth affected", "the average number of decayed teeth was 3.4", a
// column of average teeth) is unit other, a mean and no count, though a
// whole caseload stays a count. A spread between places or groups, each
// end named with its own ("ranged from 58% in the worst ward to 93% in
// the best", "the spread was wide, from 21% in one area to 94% in
// another"), is one range, its low and high; a body's own sites counted beside what
// they did ("three family hubs had 11,240 visits") are a count, the visits
// the headline; a level a change reached (", reaching 6,300") follows the
// change, which leads, but a change by an amount to a level ("rose by 6%
// in the year to 19,860", "fell by 6 percentage points to 77%", "fell by
// about a quarter ..., to 968 children") has the level as its headline,
// the change marked role change; a document's publisher is the body that
// owns it (a page's copyright holder), not a team within it that wrote
// it, and never a person: a personal site or newsletter is published by
// its publication's name ("The Clinic Notes", "Tom Ellery – working
// notes"), but a person's post naming its author and no body (a post on a
// platform, a personal blog) is cited by its author, who stands as its
// publisher (the import warns so), as Harvard cites a blog post. The time
// limit a share is counted against ("64% seen within 18 weeks", "only 2
// met the 20-week limit") is a figure of its sentence, listed after the share
// (the extractor marks it a threshold, never the headline; days and hours
// are unit other), written in words too ("27% had been waiting for more
// than a year", 1 year). So is the limit a table row's label states its
// values are counted against ("| Waiting more than 18 weeks | 305 | 212
// |", "| Urgent cases seen within 1 week | 74% |"), its threshold, though
// not a label opening on its duration, one band of a distribution ("|
// Over 52 weeks | 14 |"). A time limit stated as a duty ("The Government
// has two months to respond", "must issue a plan within 20 weeks") is a
// statistic with its duration, but a standard or time limit a sentence
// names with no value counted against it ("we remain committed to the
// 18-week standard", "the four-week ambition", "hospital waits are
// measured against the 18-week standard") is no figure. The period a
// figure is counted over or a change happened in ("in the 12 months
// after their last appointment", "fell by 11% ... in the two years after
// teams started") is no figure.
// A sentence that states a percentage of a counted group keeps the
// percentage as its headline and marks the count of the group as its
// base: in "58 of the 96 trusts (60%)" and "88 (92%) of the schools" the
// share is the headline, the whole (96) its base and the part (58, 88) a
// count of its own, and so is a part's share with no whole ("Eleven young
// people (13%)", "94, which is 35% of the list"); in "one in eight
// (12.8%)" the percentage is the figure. In "N ..., and M of them" the
// people the first clause counts are the headline and M a count of its
// own, but a share of them (", and 31% of them", "two thirds of them
// (64%)", ", of whom 38%", ", and 89% were resolved") takes them as its
// base and is the headline. A change from one value to another
// ("fell from £2.9 million to £2.4 million") leads with the value it
// reached. A count of bodies a finding is about ("Two trusts do not yet
// record clock pauses", "three of the five ICBs have a lead") is a figure,
// a count; bodies counted as the scaffolding of the work or its setting
// ("through two partner charities", "clinicians from two ICB areas", "our
// two mental health support teams run ...", "at three clinics") are no
// figure. The sessions a review or the publisher held to do its work
// ("held four focus groups", "ran two listening events", "the jury met five times"), the
// places an inquiry visited ("and visited two schools") and the
// headcount at the publisher's own event ("412 delegates joined us last
// year", "the 46 pupils who spoke to us at a round table") are the
// method's housekeeping, no figure: the sentence is a statistic only for
// another figure it states; the witnesses it heard ("heard from 41
// witnesses") and the written evidence it received ("received 143 pieces
// of written evidence") are counts. Money that names a programme ("the £500
// million Start for Life programme") is the programme's title, no
// figure; a sum put into it ("put £500 million into the programme") is.
// A time limit a plan or a body promises or commits to with no value
// counted against it ("the local plan promises every pupil a triage call
// within a week") is a standard named, no figure, but a level or limit a
// plan aims at ("aims to bring this down to 52 weeks", "Teams aim to see
// urgent referrals within 4 hours") is a figure. An interval round an
// estimate ("IQR 16 to 45", "95% CI 12.1 to 14.3") is no figure, the
// estimate is. A standard or target set beside a value in brackets or a
// table's target column ("76% (standard: 95%)", "Target 19,600", "Under
// 100", "400 or fewer", a column headed "Target", "Standard" or "Target
// 2026/27") is no figure; one a sentence states ("against the
// national standard of 95%") is. Nor is a level a plan sets for a year to
// come, in a table's plan or ambition column ("2026/27 plan", "Plan
// 2025/26", "Ambition (2029)"): a planned trajectory is no measured fact,
// and a row of targets or plans alone is no statistic. In a
// table row whose value columns are years or periods ("| Children
// waiting over 18 weeks | 305 | 342 | 388 |" under "2022 | 2023 |
// 2024", "2022/23 | 2023/24", "Q1 2024 | Q2 2024", "March 2023 | March
// 2024") the latest period's value is the headline (role headline where
// it is not the first, as where a table runs newest first it is): a
// briefing quotes the latest figure, and a sentence's change from one
// level to another already leads with the level reached. The earlier
// periods' values stay figures of the row, in column order; a target or
// plan column is no figure (above) and a change column ("Change", "+/-",
// "% change") is the change. Where the columns are not periods (places,
// groups), the first value still leads. A
// box of links to other pages under "Related content" is page furniture,
// its heading with it, and so is a body's "About us" paragraph (who it is,
// how many members it has, its charity number and address). A date is as
// precise as the document gives it: a meeting's notes are dated by the
// meeting's day, as a paper presented to a meeting ("Meeting: Cabinet, 29
// January 2026", "Presented to the Board, 26 February 2026") is, a page
// whose only date is its "Last updated" line by that day; a calendar
// invitation's title is its event's, without the "Invitation:" its mail
// client puts before it and the "@ date (calendar)" after it, and an
// e-mail's title is its subject without the "Re:", "Fw:" or "Fwd:" its
// mail client put before it. The message a reply quotes to answer it (">
// We had 11 parents complain ...") is furniture, figures and all, unless
// the reply forwards or vouches for it; a heading whose only paragraph is
// furniture goes with it ("Notes to editors" over a press office's line).
// A wait quoted in digits ("“We were told the wait was 18 months.”") is a
// figure, one in words is not; a delay a report measures in words ("the
// form reached us more than a week after") is a figure, 1 week.
//
// A statistic cites (gold `cites:`) the body its sentence, or the note or
// footnote marked on it, attributes the figure to; the publisher's own
// figures cite no one. A body that told or gave the figure ("Kelmarsh
// Community Health Trust told the board that ...", "A spokesperson for
// Dene Valley ICB said it had commissioned ...", "The ICB has told the
// forum it will put ...", "recorded by NHS England") or whose survey it is
// ("a survey of 340 parents by the Wendle Valley Mums Network found") is
// cited; the body it was told to is not ("Tollmere ICB told Healthwatch
// that ...": the ICB). Statistics the NHS publishes are cited as the
// sentence names them: "according to NHS workforce statistics", "NHS
// workforce figures show" and "NHS dental statistics show" cite those
// statistics ("NHS workforce statistics", "NHS workforce figures"; a
// footnote naming their publisher changes nothing), "NHS figures show" and
// "according to NHS data" cite the NHS, and a programme that measures
// cites itself ("The National Child Measurement Programme found"). A
// standard or time limit a sentence states as a body's ("NICE guidance
// says an assessment should start within three months", "NHS England
// expects 92% of children to ...", "NHS England's own standard is that 92%
// ...") cites that body, but the body sources its norm alone: a measured
// value set against it after a semicolon ("...; locally, fewer than one in
// ten are seen in that time") or before it ("83.9% ..., well short of the
// 95% level the World Health Organization advises") is not cited to it,
// and a norm in a compared value's phrase ("487 children, against the 250
// recommended by the Institute of Health Visiting") is cited from that
// phrase on (evidence.Item.CitesFrom), the gold naming its body.
//
// A recommendation asks someone to act: "X should", "we recommend", "calls
// on X to", a numbered list under a heading of recommendations or asks. A
// body's own commitments and priorities ("We will ...", "Our priorities for
// the year" in the imperative) ask no one and are excerpts, as a report's
// "NHS England will publish" is; a should addressed to the body's own board
// among them is still an ask, and so is an action table's row given to an
// owner ("Action | Owner | By when"), which asks the owner (an officer's
// row its body). A request to note ("The Board is asked to note the
// report", "Members are asked to note sections 2 to 4") asks for no act and
// is no recommendation; one to approve, agree or ask another body to act
// is. A meeting's action owned by a named person, initials or
// "All" that asks no body ("Jo to circulate the notes", "AR to add the
// breakdown to the dashboard") is the meeting's housekeeping, no
// recommendation; one that asks a body ("Jo to ask the trust to fast-track
// recruitment") asks that body. A letter's or an e-mail's request of its
// reader asks the reader when it asks for acts ("It would really help if
// you could:" over "send the reminder ...", "let the team use the hall
// ...", each item an ask; "Officers recommend that the Panel asks the
// provider to ..."), never when it asks for information ("Could you send
// us the figures for each school?"). A body asked to work with another
// ("The trust should work with the council to ...") is asked, its partner
// not; so is a body that should ask, require or invite another to act
// ("The board should ask the trust to ...", "We should ask the council to
// ...", "I'd urge the board to ask the ICB to ..."), the one it is to ask
// not; so is a board whose paper asks it to ask ("The Board is asked to:"
// over "ask the trust to report ...", "invite the ICB to give evidence",
// "call on the Government to ...", "write to the Secretary of State urging
// ..."), its body asked (the publisher's, or a
// health and wellbeing board's Other), the bodies it is to ask not. A
// body's belief that something should be done ("We believe no
// child should wait more than four weeks", "The Faculty believes that no
// child should wait in pain") asks, its actors those it names (none where
// it names none). The Department for Education is Other,
// as the extractor's actor list files it with Ofsted and NICE; the other
// departments of state with no actor of their own (the Ministry of
// Justice, the Treasury) and ministers are the Government; nurseries and
// early years settings asked are Other. "Commissioners" asked without
// their body named in the sentence ("Commissioners should fund ...") are
// Other, as the extractor's actor list files them, whatever service they
// commission and whoever commissions it. An entitlement ("Every young
// person using CAMHS should have a transition plan", "All families on a
// waiting list should get a named contact") asks the provider of the
// service it names or plainly implies (CAMHS, a waiting list, a clinic, a
// school nurse: that service's kind, as a service named by function), or
// the body it names ("checked by their GP practice": Other); one naming
// no service ("Every child with asthma should have an annual review")
// asks no body. A service named by function ("the school nursing service
// should", "CAMHS should", "community paediatrics should", "the health
// visiting service") is Trusts, its provider, unless the text makes it
// another body's own ("the council's school nursing service": Local
// authorities). A relayed ask addressed to the reader ("Could you ask the
// ICB to ...", "I urge you to ask X to ...", "It would really help if the
// panel could:" over "ask the ICB to ...") asks the reader, its kind (as a
// letter's request of its reader is read), not the body to be asked, as
// the A-not-B rule above reads "The board should ask the trust to ...";
// where the reader's kind is unknown, Other. A subject naming the
// publisher's own board, committee, panel, members or governors ("The
// Board should ask", "The panel should invite", "Governors should
// review", "the network should ask") is the publisher's body, its kind (a
// school's governors: Schools; a council's panel: Local authorities; an
// ICB's board: ICBs), Other when the publisher is of no kind (a network,
// a forum, a charity).
//
// A PDF's title is its title page's title with its subtitle, "Title:
// subtitle", as a citation gives them: the subtitle's first word in lower
// case where only its place capitalised it ("Stretched thin: the state of
// school nursing in England"; not "Director of Public Health ...",
// "SEND ..." or a name), as a text's title over its subtitle is, unless
// the two pass 120 characters, when the title keeps its own ("Factual
// accuracy comments"); a line
// naming only the paper's kind, author, readers or date is no subtitle. A
// book's chapter page keeps its chapter's number in its title ("Chapter 4:
// Children and young people", "Chapter 3 Healthy weight and oral
// health"). A title that holds a colon
// of its own ("Breathing easier: children's asthma care in Kelbrook") takes
// no subtitle after a second. A document's own title (a page's h1, a PDF's
// title taken as the document's title) is its title, not a heading of its
// body: `headings:` never lists it, and the measure counts no heading equal
// to the gold's title as not kept.
package quality
