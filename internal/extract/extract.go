// Package extract turns a source's blocks into evidence items: statistics
// (the sentence holding a figure, with the figure parsed), recommendations
// (with the actors they address) and excerpts (the paragraphs in between).
//
// Every item's text is an exact substring of the source body: extraction
// chooses where a quote starts and ends, never what it says.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// Version changes whenever extraction would give different items for the
// same text, so that cached indexes built by an older extractor are rebuilt.
const Version = 312 // 26: an HTML comment is no block; 27: struck-out text holds no figure; 28: a marker glued to a count hides its noun no more; 29: counts in thousands scaled; 30: method counts, spans of work and make-ups asked for are no figures, papers' furniture; 31: a web table's header rows are one header, footnote markers left out of measures; 32: PDF tables: a cell spanning rows and a tight first column keep their rows and columns; 33: a header's period left out of its measure, quarters read as periods; 34: a table cell spanning rows is written in every row it spans; 35: web-page asks (accordion and card labels, resolutions, action-plan tables, reported wants), task minutes and planned hires no figures; 36: every label cell of a table row read (a Year column's period, a Service column's part of the measure, required of a match), a caption or heading measuring rows of places under headers that are only periods; 37: themes round (themes version 8); 38: e-mail round (asks by greeting and to the reader, person-owned actions and timetables, bulk-mail furniture); 39: red-team round 15 (one age in a key, letter markers in web tables); 40: footnote markers set on the line after a count in a sentence (950† children, 1,010 (a) children); 41: web tables: a figure merged over columns of different periods has none of them, a small table in a cell is the cell's text; 42: a web table's figure merged over rows has only the labels its rows share; 43: red-team round 15 leftovers (a PDF table's joined header cells cut where they line up with its columns, "2023 to 24" the financial year); 44: red-team round 16 (a note marker between a number and its unit word, a merged figure takes no period from its heading, emphasised values and counts, a footnote set apart); 45: a measure drops a note symbol after a word by the marker rule figures use (¶ and # too); 46: red-team round 17, tables (a PDF figure merged over rows, a merged figure beside a row's own, a row only continuing merged figures no item, a column for a group or total, markers and emphasis around a figure); 47: themes round 17 (themes version 9); 48: e-mail round 17 (digests, HTML behind a plain stub, aligned plain-text tables, ACTION lines, signatures under a first name); 49: web-page asks round 17 (guidance expectations, lead-ins and headings of asks, reported speech in news, pull quotes that ask, committee numbered items); 50: round 17 leftovers (thanks for asking no ask, a call for a thing a body's name qualifies asks no body, people counted before ", and" a share's base, group columns measure the heading, labels after a row's figure, a share after its base's clause measures its own); 51: red-team round 17 (prior years in brackets, a caption's period before its heading's, NHS regions and areas within them, undated figures matched to the time they agree with, thresholds own no period, from-to between years, totals and quarters of years, rate and confidence-interval columns, shares with their base in a cell, decimal commas, age, sex and all-ages columns, emphasis inside markers); 52: an inspection's "What the trust must do" lists are asks; a page dated by a "Report published:" line; 53: round 18, figures (a bare bracketed prior value no figure, a row's trailing "||" under unlike columns an empty cell, "a year earlier" the year before the sentence's, markers blanked in sentences, merged label cells carried down, notes under tables no statistics, indicator rows name the measure, struck-out, code-set and underscore-grouped cells, label markers, price bases); 54: round 18, page furniture (press notes offering interviews, pictures, who ran a survey, what figures cover, a body's founding and make-up; signposts for worried readers; thanks for asking, notes on putting figures together; importers: glossaries, version tables, captions beside pictures, event listings opening with their day, footers ending in a report number, long names of bodies); 55: the writer's ask in the progressive ("We are asking early years settings to"), "every nursery" a body; 56: round 20, furniture and not-figures (an offer to meet, thanks for reading, a post's subscribe line, a reply's "here are the figures you asked for", a signature line under a foreword, invitations to write back, "12 noon" a time; importers: a caption under a picture-only block, glossaries headed "Terms we use", a listing's day in its own cell, a bulletin's welcome, a financial year over a title page's month no day); 57: round 20 leftovers (a share column shares the count beside it, an earlier value naming its year between a figure and its noun left out); 58: round 20, asks (items under "What needs to happen", an infinitive body or a payer naming whom an item asks, "Next steps for ICBs" headings, "What we are asking" columns, welcomes "from" a body, health leaders' reported asks, "What X must do is ...", a body joined in an aside; planned asks, granted constraints, "to know" and "agree to receive" no asks; questions under asks headings no asks; importers: a short line over a list in plain text its heading, a newsletter's preheader furniture); 59: themes round 20 (themes version 10); 60: "three or four sessions", "3 or 4 months" one figure with both ends; 61: round 20, set 18 spent for themes (themes version 11); 62: round 20, second pass (numbers to ring, calls to fix, places to book, bulletin openings, forwarded replies, pointers to what follows, dated listings and one-line signatures no items, a caption naming its table no excerpt; national councils no local authority, bodies told in the passive not asked, a body asking professionals by their work, "I'd be grateful if you could raise" asks the reader, "said services should" a view, a body's "must" in a later sentence of a speaker's quotation an ask); 63: round 20, learned themes (themes version 12: the model adds themes, takes none away); 64: round 20, learned furniture (a model trained on the development set drops a sentence it is nearly sure is page furniture, never a recommendation or one with a figure); 65: round 21, asks and actors by class (inspectors' action headings, headings of asks, a believed entitlement of any act, asks without a modal of the body's own, bodies asked in the passive, a second body asked by a second verb, labelled bullets under recommendations, bodies that have asked others by their work, a bulletin's "Please" to a generic greeting; breakdowns by a bare body, royal colleges and council officers as actors; the term of what is funded no figure); 66: a PDF footer's page set between words that end in a number of their own ("Briefing paper 14") is the page, not that number; 67: red-team round 20 (a "||" inside a table row under unlike columns an empty cell; a list item saying what a body will do no ask under a heading of asks); 68: round 21, furniture and not-figures (offers to host or bring, verbless lines over a mail's points, a report introducing itself, appendix pointers, requests that readers send material, "you can call" signposts, places to find a service at a web address, thanks to those "that" took part, event listings on lines of their own, a body's or a profession's description under notes to editors, a lead-in of asks no excerpt, "we expect every ICB to:" a lead-in; a span of days in one month, a group's make-up one would welcome; importers: a PDF's typed bullets end before the paragraph after them; themes version 13); 69: round 22, asks, actors and e-mail furniture (numbered action lines owned by bodies, providers named for their work); 70: red-team round 20 (a web page's lettered and roman lists keep the numbers the page shows, "<!-- number c -->" before the item); 71: round 21, metadata (publishers named jointly are all named, as written; a post, a person, a department, a running title, a web host, a platform or a mailing service is never a publisher); 72: a PDF table's header set apart from its figures (left over right) is one column with them; 73: red-team round 21 (a run of more than 1,200 bytes with no space, cut in two, holds no figure); 74: the furniture model reads a phone number as the masks do (retrained); 75: leftovers r22 (a lettered item "(c) Families told us ..." no copyright notice; importers: a plain-text table set in columns of spaces with no rule under its header, a plain-text lettered or roman list keeps its letters as a web page's does); 76: round 22, set 22 spent (a hospital is its trust's, the law's account asks nothing, a paper's housekeeping and a live page's pointers furniture, a make-up welcomed with the modal elided and the count of a share in brackets; importers: a page builder's content blocks read whole, a plain mail's question and label headings and lettered items, a local paper's masthead no person, a release label no title); 77: PDF tables r22 (a header cell merged over columns heads every column under it, wrapped, joined or short and centred; a caption set close above is no header; a unit cell under a centred header is one cell; a header centred over short labels heads them; labels numbered alike are no tight column; a table carried to the next page under no header of its own takes its header when its columns end alike; a column of units gives its rows their unit); 78: round 22, set 21 spent (a forward's handling note, a request for colleagues' numbers, a reply's cover note and copy list, correction notices, details-box label lines, thanks to those at an event, closing dates, a release's data note, a disclaimer, a charity's description and number, an unlabelled contact strip; a cadence of contact, a writer's own bodies counted in words and a span as what a wait can mean no figures; a duty since a date no ask; the writer proposing the group ask a body, a letter "asking it to" or "asking that", "may want to urge" and an ask before a dash and a question of when to talk it over are asks; a body's leaders are their body); 79: red-team round 22, figures (a time limit a share is counted against its threshold, the share and the level a change reached the headline, "by 3 points" of a share a change, the people counted past a time limit the headline where no share is given, "N in M" with hyphens, "out of every" and "in 1,000", "3 in 100,000" a rate, "2 in 1" and "9 in 10 minutes" no share, "per 100 <people>" columns rates; a body's "must" under a heading of recommendations asks it); 80: measure keys r22 (a column's "per N" kept in its measure and read as its rate's base, left out of its key; "(% of all waiting)" a unit; a change beside a threshold the share's); 81: red-team round 23 (importers: a plain-text spaced table whose figures stray from their columns is a table when every line parts into as many cells as its header; a header's counts in thousands or millions scaled when its column's year follows); 82: red-team round 23, figures and asks ("fell by £2m to £10m" a change and a level, no range, "increased by 1,200 to 14,500 children" a count's change and its level; a figure's clause ends at a joined clause, so a count takes no "per N" of another; an item under a body's lead-in asking others to report back the body's recommendation); 83: a clause that says nothing of its own borrows no measure from a clause joined after it ("30% of parents said so, and the Trust found that 12% of children waited"); 84: round 24, set 24 spent (an inspection letter's verbless areas to improve ask its addressee, a body's expectation of another, a letter to a minister calling for, "it would help if the panel could recommend that", advice to parents described by a clause; letters' housekeeping, address blocks, press-office lines, who will attend to take questions and a paper's kind-and-readers subtitle furniture; importers: a PDF heading over a one-line lead-in no sidebar); 85: round 24, asks under lead-ins (lettered findings under recommendations no asks, "Describe the plan to" an ask; a lead-in pointing to its list, labelled or in bold, no item; "The council must:" and "It is time for X to:" lead in asks outside the law and guidance; numbered paragraphs and a run of numbered parts under a lead-in are its numbered items, a labelled lead-in numbers its items; importers: a PDF's "iii." an item marker, a lead-in over typed bullets ends the bullet above); 86: figures round 24 (each clause's level or share a headline, a change its own clause's; a threshold has its share's measure and no key; asides after a group, in brackets, commas or dashes, keep the measure; an earlier value in brackets or an aside keeps its year; "fell by 200 to 1,100" a count's change); 87: round 25, set 25 spent (a parliamentary paper's imprint and formal minutes, a written question's header and footer, a board paper's cover sheet, an authors'-views disclaimer and a petition counter furniture; "over its five years" a span; "two financial years" a duration; "every headteacher" the schools; importers: a PDF's bold numbered paragraph after a marker in the body's weight one paragraph); 88: round 25, sets 24 and 25 joined the development set (the furniture model retrained on them; themes version 14); 89: leftovers round 25 (statements under recommendations findings, "Each X will need to:", a purpose before a labelled lead-in's modal, asks without the body's modal ("It falls to X to", "We invite X to", "Our advice to X is to"); a share "over 52 weeks" with its verb left out a threshold, "those with autism" and an opening "Of those referred," the people, "52% last year" the year before); 90: red-team round 25 (importers: a page or file mostly in UTF-8 keeps its letters, its stray bytes read as Windows-1252, a page declaring utf-8 in Windows-1252 read so; every inline text part of a mixed e-mail read); 91: round 26, set 26 spent (the government's stated plan and a reply's "answers below" no asks, "we want every young person to have" an ask unless the aim before "To achieve this:", "the two adult hospices" stay in the list asked, "six months after they moved" no figure, an audit's group the base of a later count of its noun; importers: a "Kind: headline | Site" <title> names the site, minutes dated by "the meeting held on", co-opted members and officers attendance, "Report to the Board of X" over "Integrated Care Board" the whole board); 92: terms "at a time", promised reply times and questions asking for numbers are no figures, a reply's statement of review rights is furniture; text letterheads name the publisher, reading-time straplines, crisis signposts and inspection boilerplate are furniture; 93: an attribution keeps the year of the work it cites ("the Health Foundation (2021) found", "figures from X (2022) show"); 94: a change names the level it reached ("up 12% to 4,500"), a level stated with its earlier value is up or down by the values as written; 95: round 26, the learned themes model weighs the themes the rules gave a third of the item's document, sets 26 and 27 joined the development set (both models retrained; themes version 15); 96: set 28 spent (plain-text press releases dated and published by their masthead; PDF footnotes tight against initials; label-figure box lines apart; board lead-ins noting then approving; author notes and mailing footers furniture; caption rates; named age visits, "up to 25" ages and "two years before." no figures; a label's limit a threshold of its count; committee page titles); 97: a "label: count" line's bare count a figure ("Referrals this quarter: 96"), "one child in every 14" a share; 98: a source's title, publisher or url past its length's limit is a problem, and the url problem is keyed (held-out check of issue 15); 99: set 29 spent, asks and figures (action tables owned by bodies, "NHS FT" a trust, "The Board is asked to" as a slide title, a lead-in over a PDF's running header; caseloads per worker and rates "for every 10,000" unit other, a bare value compared with a figure of its unit, the writer's services opening a sentence no figure, an opening group the base of a sum, "of those" and "out of" bases, the cost of things counted the headline); 100: leftovers round 13 (a record's number grouped in thousands after its label no count, "Ref: 1,234"; counts past a limit in hours or days, counts hedged after the number ("190 or so") and ratios of likelihood over a counted group their sentences' headlines; importers: a PDF's title with its title page's subtitle; both models retrained); 101: set 29 spent for importers, dates, furniture and not-figures (schema.org microdata read after JSON-LD, a body's layout classes no sidebar, Word web pages titled by their title paragraph and dated by their cover, a PDF letter dated by its dateline before the file's creation date and its continuation header furniture, a drawn chart's caption no item; a meeting tool's recap notes furniture; a superlative's span, a meeting's attendance, a paper's own decisions, a wait a family was told it could be and focus groups beside an uncounted survey no figures; a table cell's value with a named comparator holds both figures); 102: set 30 spent for importers (a furniture word the article's own components are prefixed with, Adobe Experience Manager's "cmp-", is no furniture there; a microdata item that is a property of no item is read, an abbr's ISO title is its time; a blog cited under the name its feed link and title agree on; a PDF cover line naming a body before its month is the publisher and the date, under a first page's title too); 103: a source's front matter holding a control character written as it is, or a NEL or U+2028 inside a line, is read without it and the source kept (was skipped), said at its line (issue 15 leftovers); 104: leftovers round 13b, held-out set 30 (the headline of a change the value reached whatever its verb and object, "went 31% to 9%" with no "from", a return per £1 the headline and the £1 its base; hedges before a number ("some", "circa", "c.", "ca.", "an estimated") qualifiers, "c. 190" no sentence end; a letter's request that the schools it greets pass children's records to a service an ask, "Dear school colleagues" and "To all primary schools" greet schools; importers: numbered consultation and FOI questions headings, a Yahoo forward's squashed header a forward, a site section's label never a title; both models retrained); 105: set 31 spent (Google Groups digests read as digests and published by their group, accordion items sections, linkless promos kept, styled neighbours apart, wiki spaces publish, a lower-case "published by" no imprint; meeting asks: "agreed to recommend that", "will ask" under decisions, "the panel asked that", "may wish to write to X asking it to", the wish that a group recommend; a share's exact count in brackets, gaps in points and "years later than", a count before a year group, numbered "Of the" bases, agenda time no figure); 106: set 32 spent (a reply passing on the message it quotes keeps it, a PDF cover sheet's prose values kept and its labels dropped, a page's grid of counters and a PDF's box of key figures read a line each, waits in weeks in table cells, ratings out of 5 or 10, "the paper recommends that", board items naming the bodies they act with, a service's opening days, a term asked for and the writer's own asks counted in words no figures, "figures below, as requested", offers to draft and "previously considered by" rows furniture, "What I want is simple." no ask, a body's interim report cited); 107: themes round 13 (theme terms narrowed by their context; the learned model takes a theme away below p 0.002 from items of at most 30 words and adds above 0.91; themes version 15); 108: leftovers round 13c ("option c." a list letter, no hedge; a change in percentage points the share's, its time limit a threshold; a wait stated in the first clause the headline before a later share past a limit; "replied and 84% said" and shares that backed a base and headline; "rose by 18% between X and Y, to 5,640" the level; "share your class lists with us" asks schools; importers: "About our response" no back matter, a signature with no sign-off names the publisher); 109: themes version 16); 110: set 34 spent (Mutt forwards opened and closed by their markers, each note of a colleagues' forward chain evidence, an HTML mail's preheader furniture; a list item's capitalised subject under its lead-in asked, a body urged to ask others asks those others; a part naming itself and a referral-form pointer furniture; "up to 25 for young people" an age; both models retrained); 111: set 33 spent (importers: a blog cited under the name its banner's home link and <title> agree on, its post titled by the rest; a PDF strapline masthead yields to the running header's body; a release's pre-publication access time and how long a recording or form is kept no figures; a survey table's "Base:" note and a rounding note no items; a pointer to a table, a blog's disclaimer and invitation to comment, an apology for writing late, thanks for joining a call, notes below, a promise to publish replies and a lead-in over the writer's asks furniture; an agreed action owned by a body named in full and a wish for every member of a profession asks; set 33 joined the development set, both models retrained); 112: leftovers round 13d (how long a trend has run, "slipping for ten years", "in each of the last five years", the meetings a method asked people at, "at two coffee mornings", and an intention's horizon told in the past, "planned to retire within five years", no figures; a round number whose noun runs on restated by the exact count in brackets; five devset labels settled by the set's rules; both models retrained); 113: leftovers round 13e (key-figure cards inside an article that restate a paragraph, a mail's warm close and a short signpost furniture; an ask's lead time "in advance" and a post's days a week no figures; a team of a body owns its action; a total before a change that is only its change the level, no base; devset labels settled by the set's rules; both models retrained); 114: themes round 15 (theme terms narrowed by their context: how referral works, time spent, a team once fully staffed; 26 devset theme labels settled by the guide's rules; themes model retrained; themes version 17); 115: measure and group labels spaced and trimmed with every white space (a no-break, thin or narrow space after a figure no longer starts a label); 116: set 35 spent (importers: Apple Mail's plain forward quoted whole with "> " read as the forward, a sender's name cut by a team's word kept whole where the body writes it so; "The provider must" a contract's duty, no ask; the make-up of an advisory or review group, the count of the writer's proposals and the places a study drew its cohort from no figures; table rows whose figures all stand under "Threshold" or "Target" no statistics; a preprint's notice, a stat panel's survey source line, an estimate's provenance and a school's rating furniture; set 35 joined the development set, both models retrained); 117: set 36 spent (importers: a Notes forward's two-column header block, a wrapped numbered line no heading, a collective or youth group after a platform page's title its publisher, written evidence its submitter's with its opening "1. About us", a magazine over its owning company, a closed toggle's title a heading; crisis signposts, an offer of oral evidence and "I'm around next week" furniture; "thinking of leaving within two years" no figure; set 36 joined the development set, both models retrained); 118: leftovers round 13f (a body's make-up in its self-description, a regulation's count of mandated reviews, the cohort in care for a year or more, a span told as what can happen or as a remark, a trend squeezed for years, a person's family and a story's journey each way, a document's own contents, a study's places, a distance defining an uncounted group and the providers a body buys from no figures; a range whose low end carries its scale word one figure; a publisher's initials or kind no attribution, departments named whole, attributions 'according to the charity X', 'X's survey of ... found', 'X now estimates', 'reported by X'; a second group of people no part of the first; 'and on Y to' asks Y; eleven devset labels settled by the written conventions; both models retrained); 119: themes round 16 (theme terms narrowed by their context and widened for recall; 19 devset theme labels settled by the guide's rules; themes model retrained; themes version 18); 120: set 37 spent (a chronology's ages no figures, a document's pages read through no figure, a change's bare level a count; furniture: a reminder to return a form, a webinar's housekeeping, a forum's calls for replies, agreement and notices, a release's label, a quotation's lead-in); 121: set 38 spent (importers: a summary section before a page's article kept, a journal's article published by the journal over its publishing company; asks: actions for readers owned by the bodies their items open with, a sentence opening "By law," states a duty; figures: thousands grouped by a space read whole, a ratio range in words one figure, a hedged year-like count a count; a deadline an ask of a body sets, the minutes a paper is said to be worth and a survey's places beside a place of its own no figures; a paywall's offer, a page's note on its comments and a show's plea to rate it furniture; set 38 joined the development set, both models retrained); 122: a quotation's lead-in stays an excerpt, the only item naming the quotation's speaker; 123: themes round 17 (theme terms narrowed by their context: promises of access for all, minutes spent, referral routes and moments, how children say they feel; 9 devset theme labels settled by the guide's rules; themes model retrained, adding above 0.90; themes version 19); 124: leftovers round 13g (importers: a spreadsheet's PDF table, figures set right under headers set left, read by the header's left edges; a change header in "pts" points, cohort and respondents columns bases; a few letters or reminders counted in words, what a new arrangement replaces, new teams a plan will start and a span told as what it can mean in a joined clause no figures; some of a kind no source; a school's phase no break in a list of bodies asked; four devset labels settled by the written conventions; both models retrained); 125: set 40 spent (an action-log line opening with its body, "Council to share ... | Owner: ... | Due: ...", asks that body without its owner and due cells or row number; a table's rounding note with a "Note:" label or "are rounded and may not add up" furniture; importers: a PDF title page's line naming only the document's place in a series no subtitle; set 40 joined the development set, both models retrained); 126: set 39 spent (small counts in words in a first-person story or inside a quotation, "NHS 111" and a paywall's "to keep reading" offer no figures; importers: a numbered title over a rule never a wrapped line, a byline under a PDF's title closing on its month dates it; set 39 joined the development set, both models retrained); 127: leftovers round 13h (a meeting's roster, a bulletin's events listing, a GOV.UK change history and an action log's completed rows no items; apologies-listed notes, phone signposts, spelled-out abbreviations, charity register lines and "does not make recommendations" notes furniture; a span nobody bore in a quotation, a board decision's deadline, missed slots before removal and the writer's staff's places no figures; asks opened by "And" and asks of a document asks, a paper saying what the board is asked and "asked to support two recommendations" no asks; "councils, as commissioners of X, should" asks the councils; both models retrained); 128: set 42 spent (a review's effect sizes unit other, in sentences and in columns headed SMD or effect size; an age band before a service's kind no figure; importers: a debate's page dated by its "debated on" line and published by the House its banner names, a LISTSERV digest's messages kept and a job advert posted to it dropped; set 42 joined the development set, both models retrained); 129: set 41 spent (importers: a plain alert's entry titles over their links headings, its change notes, time stamps and subscription lines no text; a plain part's tab-separated table a table under its heading; a PDF letter titled by its subject line under its salutation; a directory's details card and a members' portal callout no text; "Email Alerts" no part of a publisher; a file's pages in its description and the places a body covers no figures; a source line with a caveat and a possessive group's next meeting furniture; "VCSE partners" and bodies a body "has written to ... asking them to" asked; set 41 joined the development set, both models retrained); 130: set 43 spent (importers: a phone reply passing on a message quoted under an attribution line keeps it, not the chain under it; a PDF cover line ending a wrapped subtitle no masthead; furniture: agenda page ranges, a paper's "Report of" line, an alert's published notice, picture descriptions, a visit report's scope note, team row and response line, a dataset card, method pointers, a release citation, a forum's description, an easy-read maker line, a signpost for families who cannot find a service; a rule's reviews told after them, a saving's horizon, a journey's buses and a glossary's definition no figures; "GBP 2.6 million" money; asks: a "We want:" list, "to have" items, the writer's "biggest ask is that", imperatives under a paragraph naming to whom recommendations are made, a police force in a "recommends that" list; a "must" after an account of the law opens no ask; set 43 joined the development set, both models retrained); 131: set 44 spent (importers: a forum post shown in its edit form and a thread's replies sharing the post's class kept, a community name before og:title dropped where the <title> agrees, a form summary's indented option rows a table, a short publisher as the document writes it in full, a PDF info title adding a kind word or naming the file's reference yields to the page's title; income limits, a reader's application and claim times, a condition of the reader's request, a medicine taken N times a day, a check-up's interval, the kinds a condition is grouped into and a scoped request for numbers no figures; a form's type lines and latest-responses note and an advice page's nation lines furniture; "We've asked X to" an ask; set 44 joined the development set, both models retrained); 132: set 46 spent (importers: a dashboard saved as text dated by its "Last refreshed" line, its viewer's panes and chrome dropped, a numbered caption over a tab table its heading, a caseworker's covering note over the member's letter dropped and the letter kept with the reply it quotes mid-text, a chat app's digest mail read as a transcript; an aim told as a fact and a step on the reader's case no asks, "asked that X report" and "We'd really like X to" asks; an event's headcount and time left, a page's read count and a report's count of its metrics by rating no figures; set 46 joined the development set, both models retrained); 133: set 45 spent (importers: a written answer dated by its "Answered on" line, a poster published by its first affiliation and dated by its conference line, a wire release by its schema.org sourceOrganization, a capitals publisher written word by word as the text writes it, a guideline's recommendation number set apart joined to its paragraph; numbered subsections keep a Recommendations heading open; resolutions that a body be asked to act ask it, a written question's set form asks nothing; attendance lines, named apologies, resolutions on a committee's own papers, a founding boilerplate, a membership charity, a chat digest's channel path and unread-mailbox notice furniture; set 45 joined the development set, both models retrained); 134: set 48 spent (importers: a Google Groups topic digest read message by message, a reply's comments inline in the message it quotes kept with it, a published Google document titled and dated by its title and subtitle paragraphs, a tab's label its panel's heading, a heading's permalink mark left out, a platform's notice of a post and a sign-off with its name on one line dropped, a PDF's big numbers a statement each, a masthead's term dating a PDF; a group picked out by rank, a body's own years and schools beside a figure, an agreement's term, a story's sessions, late returns, a measure definition's limits and the counts and time targets under "we will:" no figures; a change told level first keeps its earlier value; a workforce's establishment the base of its staff in post; "reckons", "tells us that" and figures that "put" attribute; every health professional asked is the trusts'; status lines, membership boilerplate, accounts pointers and mobile text lines furniture; set 48 joined the development set); 135: set 47 spent (importers: a wiki page dated by its "This page was last edited on" footer, its [edit] links, "From <wiki>" line and hatnote furniture; a petition page dated by "This response was given on", published by the owner its service's site name gives, and read whole when readability kept only a disclosure; a document published from Google Docs titled by its Title paragraph and published and dated by its Subtitle, never the platform; Google Groups' newer plain digest read message by message; a form receipt's numbered question heading its answer; a table's evidence told in a phrase holds the row's figures, a "Target by <date>" column a target's; a trend that held for a span, how often a body counts, the rest of a quotation opened in the sentence before, a document's own length, a list's count before its colon, half a day a week, an aim's "so that" target and a rule's qualifying threshold no figures, "between two and four percentage points" one range; "First, X should ... Second, it should ..." asks X; form footers, privacy notices, declarations and office-use boxes furniture); 136: set 50 spent (importers: a person's long note over a colleague's message forwarded as an attachment keeps the attached message under it, a PDF heading's wrapped line beside another column's number no data row, a platform-named site published by the body it says runs it, a headline naming only a body under a caption of the document's kind titled "Name: Kind"; a plan's further reach, an event's speakers, a place's sites, the writer's own practices a group is registered with, the writer's own team as the subject of what it did, a mystery shop's attempts and a small errand's time in a quotation no figures; "one in fourteen" a share; a forum named as an organisation that has asked a body asks it, "all four practices" asked by their work, what leaders have recognised needs to improve no ask, a place-named body opening an infinitive item asked; a forwarder's note on how it forwards, an event reminder's welcome, preview and ticket line, a sign-in prompt, an inspection's action-plan note, a masthead's practice line, a speaker's tag, a dash byline and a staff farewell furniture; 137: set 49 spent (importers: a cover naming its body largest over the paper's title gives both, an event listing's JSON-LD dates and attributes the page, a leaflet's "Issued" line dates it, "About our service" no back matter, a statement of accounts' "Expenditure on:" row no longer refuses its table, an embargoed release e-mail titled by its headline and dated by its embargo, a consultation platform's site name gives the body before it; a body's sites a person went to one of, a few sites in words, a committee's or panel's seats, a course's sessions, "Please return it within", an appointment's length, an ask's least term and target limit, a time limit asked of a body the actor reader does not take whole, a parent's quoted story, the age bounding babies and "quarter 2" no figures; "612 under-18s" a count; "29 of those 74" 74 the base; a part named in an aside ("including the fee of £6,200, were £21,000") no headline; a scoring table's marks scores; a leaflet's control line, accounts' sign-off and standard notes, appendices kept elsewhere, a credit to the families it was written with and a crisis line furniture); 138: set 52 spent (importers: a person's forward whose note is kept published by the organisation it forwards, a board's "Made with TOOL by NAME" description its publisher, a federated server's banner and sign-in prompt and a data portal's file list furniture; a trend's periods after "the last" and a reader's procedure within a time, "you will receive ... within six weeks", no figures; "has asked that families be offered" an ask); 139: set 51 spent (importers: a Sphinx heading's "¶" left out of the title it gives, an HTML page dated by a wiki's "last updated by NAME on DATE" line or by a byline ending on its date, a PDF by a date alone above its first page's prose or over its signer's name on its last page; an event's headcount told after it, a time limit named with no share counted against it, a limit set by its length and a lead-in's timetable no figures; a webinar's recording block, a digest's picks line, a wiki's note on comments, a form's use note, an abstract book's "as submitted" disclaimer and a speaker's tag giving their circumstance furniture); 140: set 54 spent (importers: a JSON-LD author Organization publishes the work, a newsletter named by its list's identifier publishes its posts, a feed digest is the blog's with its posts' titles as headings, a note a sharing service carries ends at its own signature and the shared results under it are kept, the service's sharing lines, status panel, link notice and company address furniture, an expert commentary block kept from reader view's comment filter, a numbered table carried over a page break goes on under its header, a line naming only the period covered no subtitle, a plain post's numbered notes notes and a newsletter platform's upsell furniture; a process's usual time and a span of data looked at no figures; a grade's points in a grading table no statistic; an action plan's rows owned by the publisher's officers ask the publisher; 'The researchers recommend that' asks); 141: set 53 spent (importers: a journal abstract page dated by its citation line's Epub date, citation tags in a citation's order read, published by the journal its tags name and titled whole by citation_title; a group digest's post headers and a search alert's results and sections headings, their posters, time stamps, outlets and counts of posts no text; a thread's reply with a text box of its own kept; a leaflet's readers line no subtitle; a request for information's lead-in and its list no asks and no figures; a written question asking for numbers, a service's handling time, an appointment's length, the notice a reader gives, a press coverage entry's headline, a plan's reach in places, a count of the numbers a text speaks of and a comparison's periods no figures; an odds, hazard or risk ratio a ratio and its confidence interval a ratio range; a plain sentence's line break read as a space, so a fraction the wrap parted is read; people asking a service for its help no ask; a finding told from "the most recent release" cites the body the sentence before says publishes the data; a citation told in a sentence, a pack's note on what it is, a note on external sites and a fact checker's call for claims furniture); 142: furniture round 57 (name-and-post lines, numbered affiliations, a speaker's place tag, an event's day and hours and its booking line, a bulletin's masthead, a survey's fieldwork note, source-only footnotes, a form service's summary lines, site pointers, link update notes, a committee's lead-in to its list, Hansard speaker labels and resolutions, RAG keys, publication-scheme notes, chart description labels, provisional-figures notes, reply-slip pointers and a chair's management of a hearing furniture; importers: a Teams missed-activity mail's channel lines dropped and its speaker lines read as a chat digest's); 143: set 55 spent (importers: a PDF published by its charity registration line or its Command paper imprint's Secretary of State, a bulk mailing by the elected office-holder who sends it, a Crown copyright page by the one department its contact addresses belong to; a page dated by an element marked as its date, the first post's stamp of an unrolled thread; an unrolled thread's posts, boxes of one class holding the page's text, kept as its text; a "Contents" heading over a release's sections of findings no table of contents; a headline and its caption joined by the comma the <title> joins them with); 144: set 56 spent (importers: a non-delivery report read as the message it returns, a numbered (Groups.io) digest read message by message, a list digest's subject keeps its tag as its title, an appeal page published by the charity it names with its registered number, a giving page's donation list, a repository record's catalogue fields, a listing's result counter and pager, a log entry's record line and a "Follow us:" line naming networks furniture; an unnumbered caption naming a time unit gives its table the unit, a value with its period in brackets the value, an action row owned by a body its ask whatever numbers its other cells hold; a request for information running its list after its colon, the writer's own schools of a kind beside a share, a part of a set named before, the writer's own part of a set of services, the areas a study was run in, where its data came from, the time a reported ask sets and a span longer than a year nothing is counted against no figures; "half a million" a count; a reported ask that people be told or informed an ask); 145: set 57 spent (importers: a job advert dated by its "Date posted" line and published by its employer, its terms list and a jobs board's fixed wording furniture, an "About us" reporting a changed rate kept; a motion dated by its "tabled on" line; a media-monitoring digest's clip headlines headings, their outlet and measures lines dropped; a PDF dated by its first page's numeric "Date:" line or a version's issue line; newsletter platform chrome and a list's "Showing N of M" count furniture; a judgment's hand-down note, counsel lines and non-appearances furniture; a body's meeting cadence, a regulator's return after an inspection, a consultation period, a judgment's grounds, a newsletter's new readers and days of annual leave no figures; an action plan's glued "Ref Action" column asks the row's owner, numbered by its reference); 146: set 58 spent (importers: a service's bulk alert signed with the name its domain spells published by that service, a chat export pasted under a covering note's signature kept as the evidence, message by message without time stamps or the export's notices, a monitoring alert's entry headers its headings and its when-and-who, log-in and match-count lines no text, a PDF sentence broken at a page after a word no sentence ends on carried over; under a specification's requirements "The provider must" and "Bidders should describe" ask the tender's party (Other), a board asked to note and, after a comma, to endorse decides, a board report's actions for the coming months owned by its guardian or executives ask the body, "Will the Minister agree to ...?" asks the Government and the Lords' written question with no comma asks nothing; a tender's weighting list, a score threshold, the months before a contract's remedy, the contracts a service replaces, a programme's parts and a reported written question's time no figures; a writer's "is head of" note, "my views and not my employer's", "Posed by model." and a summaries disclaimer furniture); 147: sets 59 and 60 spent (importers: a webmail conversation printed with "Print all" read message by message without its print header, page furniture and "[Quoted text hidden]", a message under a service's notification that the service never received passed on, the notification dropped, a data portal's "Profile last updated" line dates its page, a social network page's post published by the page its title and og:title name, a social post's preview card of a linked page no text; the places a study was set in or invited no figure; a confidence interval's columns named level first hold bounds, no percentages; a letters page's rules for writers and standfirst and a document viewer's "only the first pages" notice furniture; a plain-text table whose cells " | " parts a table, numbered action lines so parted a list; a board report's "N. Actions" section owned by its officers, "Revise", "Ask", "Repeat" and "Update" rows, asks the body); 148: set 62 spent (importers: a PDF opened in the browser's viewer and saved as a complete page read as the PDF it shows, its text layer's spans its runs, a cover's charity name over the title no title, a line ending in "about" over a figure no line its writer broke, an SVG bar chart whose bars carry their labels read as the table it draws, a page's "A data story by" line its publisher over a charting platform, a preprint server's page published by the server its <title> names over the company its tags name, a PDF letter's copy list and addressee block left out and rows under "To:" no masthead, a mail's paragraph or layout cell set in bold by its style a heading; a time limit asked of the reader, an action's due time by its priority, how often a service writes to families, a document's length beside its version and a membership's or an event's prices no figures; a time limit before a label's colon the threshold, a count after a long label read with a clause after it; a row's one level found beside its target or plan its headline; an audit's "Agreed management actions" owned by its officers ask the body, "Renew" an action; an audit's control lines and note for third parties, a preprint server's notices and authors' declarations, a portal's private-annotations note, a recall notice, a slide story's instruction and price lines furniture); 149: a measure key reads a word through the invisible characters inside it (a soft hyphen, a zero-width space, a variation selector) and keeps none (hostile check 47); 150: set 63 spent (importers: an inline wrapper holding blocks, a page builder's rich-text span, read as its headings, paragraphs and lists; a reply thanking its sender for the summary it quotes under an attribution line keeps the quoted summary; a PDF's "About the census" no back matter; an og:title giving only the headline's main title gives way to the headline its <title> agrees on; the writer's own wards or units beside a finding, how often a plan's status is reviewed, the places a paper's case studies come from, a standard's limit an ask would set and how often an ask would have a body act no figures; a worded multiple's exact value in brackets with "times" the figure; a reply's errand asked of its reader furniture; under a heading of what a regulator told the writer to improve a body's "must" asks it; an owner column run together with its due date still names the row's owner, a reference of capitals and a number numbers the row; a one-word short name cites the body a statistic before it under the same heading named in full); 151: set 64 spent (importers: a page whose <title> names a body between its headline and the site's name, as its banner's home link does, published by that body, "Collaborative" a body's word; a booking page's ticket table, a price and a quantity control a row, dropped; a plain line over a list worded as a question-word clause, "What we would ask the committee to do", its heading; the writer's own study areas, the few places the writer will open and an event's CPD hours no figures; a blogging network's reblog and like notes furniture; "What we would ask X to do" a heading of asks; a change "from X in <month> <year> to Y in <month> <year>" reads both, an establishment in words ending its clause a count, a bare number compared with a rate after it a rate on its base, a hyphened "bed-day price" no event fee; "<Body> figures also show" and "the figures <Body> published" cite the body; a page's tagged title with the subtitle its headline and <title> both give it titled whole; a publisher named with an acronym inside its name cited as the document spells it out); 152: set 65 spent (importers: a reply thanking its sender "for sending this over" keeps the quoted message that opens calling itself a summary, a PDF dated by its first page's labelled date row ("Date of decision ...") under a long title, an inquiry page published by the committee its description says holds the inquiry; "We should ask" and "I think we should ask" a body named by its own name ask it; "a third month running" an ordinal, no share; a text counting the numbers it is about to give and a report counting the judgements it shows each measure with no figures; a table column of a period named from the latest ("Previous month") no unit of months, the latest level beside a standard and the previous month's the headline; entries of a list under "Sources", "References" or "Publications" furniture); 153: set 66 spent (importers: a reply whose note thanks the several people it quotes for the figures they sent keeps each of their messages down the nested thread, not the writer's own request; a grid of counters the article holds as a figure alone over its label read as one line each; a PDF whose running header names a journal beside the kind of piece published by the journal, not the kind label over its title; a shared inbox's thread reference after a subject left out of the title; a class word after "With" says what an element is set beside, not what it is, so a documentation site's headings offset under a sticky navbar are kept, and a heading's link to itself showing only a zero-width space is a permalink mark; a hedged rounded percentage followed by its exact value in brackets reads the bracket's; a place told by the minutes it lies from another, a course's study load and the sessions told beside it and a word limit no figures; a table column of responses beside shares its rows' base; "according to the widely cited estimate by X and colleagues" cites "X and colleagues" ("et al." too); the writer backing another's call for a body to act asks that body, "the safeguarding partners" ask the council, the ICB and the police, and "Both organisations" the bodies the ask before named); 154: set 67 spent (importers: a page dated by a static site's "Last update:" line, a PDF published by the charity its back page's name-and-address line registers, a PGP-signed forward's armour and dash-escaping left out and a digest forwarded with a note of its own kept under the note, a running header's body name ending before a dashed day; a petition tally and a form's note on the use of the signer's details furniture; a committee report's cover-table rows and a glossary line spelling out an abbreviation after a dash furniture; the parts a method splits its subjects into and the age a schedule moves a dose to no figures); 155: set 68 spent (importers: a page dated by the "Published" part of its line of facts under the title, a short reply thanking its sender "for this" keeps the quoted message that opens answering the questions it was sent, a running title ending in the years it covers prints no page number; a risk register's likelihood-by-consequence scores make no statistic of its rows, how often a body reviews a plan's progress, a deadline counted from a contract's start and a contract's term and extension where no value is counted over it and the time limit of a guarantee an ask wants no figures); 156: sets 69 and 70 spent (importers: a page dated by the byline under its headline that ends in a reading time, published by the organisation its footer says is registered or, on a data platform, by the body its byline names, dated by a "Last updated on" sentence after its footer's copyright; Notes hierarchical names read as their common names, so a person's long message forwarded over an admin note is kept; paragraphs classed as captions that are two or more sentences beside one chart kept as the page's text; a reply keeps the document its quoted message pastes under a rule; a meeting's notice for questions, the time a form takes, a survey's cadence, the count of areas a call is about to list, a quarter named in words and the time to report back in no figures; a sentence whose only figure is the wait limit a measure is named by no statistic; a body that recommended that another act, a team named in lower case that recommends, a person's task to write to a body asking it to act and labelled resolutions a PDF ran into one paragraph ask; a secure mail service's line, a dashboard's help strip, a channel's posted-by-e-mail note, a meeting recap's attendees line and a working paper's note furniture); 157: sets 71 and 72 spent (importers: a PDF published by the body leading its running header's fields ("Body – title – status") or named in its cover's "A peer research report by the X" line, a contents page's small-print footer in the foot margin counted as running so its pages are numbered as printed, a date line under a title whose next line wraps in two dates the paper, a title wrapped after a word's hyphen joined without a space, a running header wrapped in two on portrait pages running where a landscape page sets it on one line, a reply whose note speaks of the mailing list digest it quotes keeps the digest's messages, a plain part setting a table one cell a line read as a table, a news site's reader appeal box and a members' "Log in to read our full ..." line furniture; how often people must travel somewhere, how long a person has held a post and how long a study followed its people no figures); 158: hostile check 52 (a figure's number read through the invisible characters inside it, a no-break, thin, narrow or figure space between a number and its unit a space, a minus sign set before a figure in running text kept; a middle-dot decimal, a hedge glued to its number ("~45%", "c.45%") or a plus after it ("45%+"), "45pc" a percentage, "3 thousand children" 3,000); 159: every attribution lead-in before a figure ("A report by X found that", "Figures from X show that", "Data from X shows that", "Analysis by X found that") runs to its comma or reporting verb, not to the clause's end, so the figure keeps its measure; a Markdown blockquote's block starts after its markers and its later lines' markers are read as blanks; items after a page marker whose page cannot be read are on no page (hostile check 52); 160: hostile check 53 (a heading or caption over a table saying its counts are in thousands or millions scales them; "1 in 10,000" a share of 0.01%, no rate of 1; sums in euros or dollars no figures, "1.2 billion pounds" pounds; a count of people not whole and no average, and scientific notation, no figures; an adjective alone cites no body); 161: hostile check 53 (the year after an earlier value, "fell to 11% from 20% in 2022", is the earlier value's alone; another body's figure a sentence rejects, contrasts or cites beside the writer's own finding is not the headline and has no key, its citation not the item's; a year a heading or note names after "to", "by" or "until" a target, no period; "As X noted" cites X; a share's confidence interval in percentages no figure; "than girls (8%)" of girls; "(n=1,200)" names no group); 162: hostile check 53 (a table cell holding a phone number, a date in numbers, a postcode or a reference no figure and no label of its row's figures; a heading or a short line over a table naming a rate's base makes its cells rates; "tel." ends no sentence); 163: a page marker written in capitals ("<!-- PAGE 5 -->") read by the one pattern that finds it; 164: hostile check 53 leftovers ("fell by 3pp", "3 ppts", "3 percentage pts" a change in percentage points, "a 12pp report" no figure; "1,200+ children" at least 1,200, "Over 45%+" at least; a glued "k" before people or events a count in thousands, "3.2k children" 3,200, a glued scale no word of a count's group; a heading's, caption's or note's year after the document's a target, no period); 165: hostile check 53 leftovers (a later clause giving another body's value of the same measure, "..., while the Children's Commissioner found 52%", leaves the sentence citing the first body, the other's figure no headline and no key; a row's place name under a header naming where, "Leeds" under "Area", its figures' place as well as their group; a PDF table's corner label merged over its header rows, on a line between them, read with the merged cell over the years as one header); 166: an area's name opens with no word of the sentence before it ("In Kent and Medway ICB, 900 children" of Kent and Medway ICB, "In NHS Kent and Medway ICB" keeps no "NHS" in the measure); a scale stated in a header, caption, heading or row label ("Children waiting (thousands)", "Table 5: Children waiting, thousands") no part of the measure or its key, read by the rule that scales the figures; a row label stating one scales its cells; "Population, millions, 2023" in millions; 167: a year alone on a PDF line ("2023", "2023/24") numbers no page unless another page's number steps with it: a title wrapped onto its year, set large, is a line of its title, a span of years no page, and a cover's or a wrapped running header's year, or the only page's, no page 2023; 168: hostile check 54 (a plus after a count under 100 an age band or a class, no "at least": "18+ care leavers", "65+ patients", "5+ GCSEs"; "aged 16+" an age band of its group; a glued "k" after "3.2k of" a base, no count, and before a possessive a name; "12 PP pupils" pupil premium and "12pp" in a sentence of pages or length pages, no points; "down 3pp on 2022" compared with 2022; a heading's year after the document's gives its period again); 169: hostile check 54 ("fell by 3 %pts", "3% pts", "3 % points", "3 percent points" and "2.4 percentage-points" a change in percentage points, the level after them the headline; "this 45% points to" and "an increase of 45% points to a need" still a share; "pp" after a number read as points where the full words are: after a gap or difference and what it is or moves by ("a gap of 4pp", "was 12pp", "narrowed by 2pp to 10pp"), with a sign ("-3pp"), in a bracket after a share ("85% (+3pp on 2022)"), in a range ("2-3pp", "between 2 and 3pp"), "3 p.p." and "three pp", never before "of" ("12pp of new material"); a number glued to "pp" and "pp" in lower case no term of a measure's or population's key, "PP" of the pupil premium kept); 170: hostile check 55 (changes in points listed after one verb each a change in points, "fell by 3 percent points in 2023 and by 2 percent points in 2022" no share of 2%, each down as the first; "3pp above 2022" a change up on 2022, of the sentence's year; a figure in points with a sign, "85% (-3pp)", a change of the level, "(+3pp on 2022)" up; "(88% in 2022, -3pp)" keeps its sign after the comma, the change the level's before the bracket, and a year after "in" no cell of a table, so the sentence is a statistic; "3 pts", "3 pct pts", "3 pc pts" and "3 ppts on 2022" after a verb of change (now "improved by" and "an improvement of" too) a change in points where a share is in the sentence, a count's "fell by 12 pts to 300" no points; "rose by 10% points towards the target" 10 points; "fell by around 3pp" a change in points with its hedge); 171: hostile check 55, scales and money (a money note after a number in running text, "4,500 (£000s)", scales it, one standing alone no £0; "£'000", "£'000s", "£ 000s", "£ thousands" and "£000" in a header or caption read as "£000s", no scale word in the key; a caption's, heading's or note's ("Figures are in thousands unless stated.") count scale scales a column naming its count, never weeks, percentages or rates; money per person a key of its own, unit gbp/head; a bracketed count scale before more words a scale; glued "3.2K", "2.5M", "£2.5M" as "3.2k", "2.5m", "£2.5m"); 172: hostile check 55 ("Of the 10k children referred, 3.2k were seen within 18 weeks" 3,200 of the 10,000 the headline, 18 weeks its threshold, as "Of the 10,000 children ..., 3,200 were seen" now is; "people aged 100+" one age band of three digits; "a 1,000+ word essay" and "a 100+ page report" no count, a plus before a singular noun of length or size an adjective; a value after "compared with" takes the unit of the figure it is compared with, never a time limit's: "900 children were waiting more than 18 weeks, compared with 700 in Sussex ICB" 700 children; a place named only to compare with ("Compared with X,", "Unlike X,", "As in X,") not the figure's, an ICB's name run back over no comma into it ("Compared to England, Kent and Medway ICB"), "Unlike" and "As in" no words of the measure; a plus after a glued "k" or a sum's glued scale at least: "1.2k+ referrals", "10k+ families", "£10k+", "£2m+"; a figure of two places named together, "In Kent and Medway ICB and Sussex ICB,", no single place); 173: hostile check 55 (a year in a bracketed citation naming its pages, "(Smith 2020, pp 12-14)", or in square brackets, "[Holt 2017]", no period and no part of the measure; importers: a PDF's footer years stepping with its pages, or a page field started at a year, number no page; lines recurring at the pages' edges alike in words but not in numbers, "Children waiting: 450" over "Children waiting: 520", no running header or footer and kept; a year alone set as a heading, in bold or large, heads its section); 174: set 73 spent ("in a quarter" and "a quarter of a year" a span of time, no share; "one child in four waits" a share, the verb after the four no noun it counts; a short line ending in "(%)" over a table its caption, its cells percentages; the time limits a standard states of itself no figures; importers: a reply answered between the quoted lines of a message under an "On ... wrote:" line keeps the quoted points with their answers, a web book's text box named a sidebar kept; "a survey of 318 parents by X" cites X; "The panel makes 4 recommendations." under a heading of recommendations no ask); 175: set 74 spent (a level with decimals after an age, "By age five, 83.7%", kept and the headline over its change; "fell slightly, from X to Y" and "fell, from X to Y" headline Y; the writer's people who ran a method's sessions, the days a review team spent on site, the bodies a partnership holds a budget across, all N places an ask would reach and posts a plan will fund no figures; importers: a newsletter sender "Person from Publication" names the publication its publisher, a calendar invitation titled by its event, a PDF's or a page's short publisher "X ICB" spelt out as its running header, title or footer writes it); 176: hostile check 57 (a caption's or heading's money scale reaches the columns of its money measure and of periods, never money per person or per thing, a unit or average cost, a share or a measure it marks "(£)" itself; a heading's money note scales the table under it; "£45.2m, or £120 per child" keys the £120 per head; "£150,000 per family hub" no money per person; "All figures are in £000s unless stated." no figure; "Spending (£000s) in 2023 was 4,500" £4.5m); 177: hostile check 57 ("pts" points only of a share's own change: "caseloads rose by 12 pts" and "30 pts per day" patients, "85% in 2023, up 3 pts on 2022" points; a gap in points after a change and a target no change; changes in points listed after one verb each of the first's measure and the list's year; a plus before a size word and a plural noun, "100+ bed days", a count; a share naming its own group no base in a count of a clause joined after it; a change in points changes only a share, a level reached by the last of listed changes is that change's; "30+ hospitals", "50+ bed spaces" at least so many, no age band); 178: hostile check 57 (importers: a PDF line "Label: N" at a page's top or foot, "Schools inspected: 12", no page number, kept with its figure, and headings numbered as the pages step, "Quarter 1" to "Quarter 4", kept, no page numbers; a footer's "Page N" wins over another number that steps; a citation listing works, "(Smith 2020; Jones 2021)", or naming a figure, table, chapter or section after its year, "(DfE, 2022, Table 3)", gives no period and none of its words to the measure; a bracket with a month and a year, "(March 2024, p 4)", a date, its pages no part of the measure; "et al." before a year or a bracket ends no sentence); 179: hostile check 58 (money per bed, school or hub under a caption's or heading's money scale is a sum in that scale again; only money per person stays in pounds); 180: hostile check 58 (a caption's or heading's money note names the unit of the table's money cells, a unit or average cost's too; money per person under it in pounds with the note kept in its measure; a column naming people, places, posts or events beside the money's column a count, never money; every value a money note's clause lists scaled, "was 4,500 in 2023 and 4,200 in 2022", "by region: London 4,500 and the North West 3,200", "(£m): 45.2 in 2023, up 3.1"; "1,250 (£)" pounds; "per head was 1,250 (£000s)" not scaled, its note in its text; a money note no term of a key); 181: hostile check 58 (changes listed after one verb pair with the years or places listed after them in order, "rose 3pp, 2pp and 1pp in 2021, 2022 and 2023", and changes each naming their place keep it and the list's year; "pts" right after a verb of change, "rose 3 pts to 48%", a share's points where a share owns them; numbers listed before a unit of points written once, "fell by 3, 2 and 1 percentage points", each a change in points; a share's base the base stated nearest before it, none where an earlier share picked out its group ("and of those referred 60%"), "Referrals rose to 1,200" a base of 1,200 referrals; a bare "up 40" after a count that count's change); 182: hostile check 58 (a citation's year is never the figure's period: a bracket citing a work beside the date of its data, "(Smith 2020; Sept. 2022 data)", dates the figure by the data, and "(Jones, Sept. 2022)" is a work's date, the sentence's year the period, "(England, March 2024)" a place's date; a month cut short with a stop, "Sept. 2022", a month; "(Q2 2023, p 7)" a date, its pages no part of the measure; such brackets no part of a measure or its key; importers: a PDF heading set larger than the label line under it, "Section 2" over "Beds open: 2", no tight table, both kept); 183: hostile check 56 (a source's author, publisher, title, place or section written as a Markdown link, "[Jane Smith](http://…)", is its text; a zero-width joiner between two emoji is kept in metadata, part of one picture); 184: set 75 spent (importers: a web archive's snapshot published by the site its <title> names before the archive's name, dated by a byline with the hour before the day and an update after it; a site builder's content widgets beside a header wrapper of no sentence and no heading read whole, a write-up's "About the day" or "About the workshop" its own work, no back matter; a definition's threshold, a workshop's voting materials and seating, the writer's count of the changes it recommends and the contacts a programme offers every family no figures; a table's signed change right after the row's share, under a header of no unit, in points; importers: a PDF's "Event held DATE · Write-up published DATE" line dated by the day after "published", its year wrapped away taken from the line's earlier date); 185: set 76 spent, importers (a Word "Web Page, Filtered" report titled by its title and subtitle paragraphs, its cover's <br> lines read one at a time: "Date: January 2026" dates it and "Written by: the X Working Group of Y" names Y its publisher, where it was refused; a PDF's "About the jury", "About the workshops" or "About the pilot" the report's own method, no back matter; eM Client's colon-less "From ..." lines under "------ Original Message ------" a header block, and a reply thanking its sender and saying it checked her figures keeps the original it quotes; a page on the Parliament's site titled "- House of Lords Library" the Library's, not "UK Parliament"); 186: set 76 spent (a rule's threshold of support, "needed the support of at least three quarters of jurors (18 of 24) to be included", a promise to publish a response within a time, the meetings a panel held and the services its evidence covered, a report's observations counted beside its recommendations no figures; a vote line under a recommendation, "Support: 23 of 24 jurors (96%)", a statistic, no ask: a verb before a colon labels a line; a safety investigation's references, "Safety recommendation R/2026/031:" and "Safety observation O/2026/012:", number its asks; "X asked that:" leads in asks, and its parts set as paragraphs, "4.1 the Board should", keep their numbers; a count of questions, ideas or issues people sent in, "Governors submitted 14 questions", a figure; a share's "within 14 days of birth" its time limit; "None of the six trusts" counts the six); 187: hostile check 59 (a money note written on the value, "320 (£000s)", scales it, money per person too; a share's own "of the 500 pupils" or "of all pupils" names its base over a nearer count; a change after listed values, "45.2 in 2023 and 40.1 in 2022, a rise of 5.1", the latest value's, and its headline; a count naming its people no measure of a sum beside it; "7.2 out of 10" a rating of 7.2; changes listed before a list of years of another length dated by none); 188: set 75's offered-schedule rule no longer takes an entitlement's count ("every child is entitled to four checks" a figure again, as the development set labels it and set 76's round tests); 189: hostile check 59, money (a column naming plural things with no money word, "Projects", "Hospices", "Sessions delivered", a count beside the money's column, and people, "Children" and "Adults", counts whatever the other columns; "Note: spending figures are in £000s." under a table scales its money columns; one list of money words for tables and running text, "Grant (£000s):" and "Budgets (£000s):" scale their values; a money note's clause lists its sums in more shapes, "rose from 40.1 in 2022 to 45.2", "in Kent was 4,500, 3,200 and 2,100 in 2021, 2022 and 2023" each with its year, ", of which 1,200 on staff", "; Medway 1,200", past "(2023)" and ", 12% of the budget,", and after "45.2 (£m)" or "£45.2m"; "Spending per head (£000s) was 1.2" £1,200 a head; a year said once after sums listed by place dates them all; a year in brackets no cell of a table; money per place keyed with "place"; sums listed each after its name measured "budgets (£000s) in Medway"); 190: hostile check 59, citations (a bracket citing a work beside the date of its data after a comma, "(Jones 2019, FY 2022/23)", of a financial year of figures, "(Smith 2020; 2022/23 figures)", or "data for Oct. 2022" dated by the data, never the work; a body beside a quarter, a financial year or a week, "(ONS, Q3 2024)", "(DfE, 2023-24)", "(Wk 12 2023)", and "(2022/23 data)" a date and no part of a measure or key; "(Sep. 2022)" September, its "p. 2022" no page; "(Apr.-Jun. 2023)" ends no sentence and is April–June 2023; a name before a month, "(Kent, Sept. 2022)", dates a figure the sentence dates no other way; one list of month names for the citation reader, the period scanner and the sentence splitter; NHS Digital no name of NHS England in the thesaurus); 191: hostile check 59 (places a sentence opens with pair with its listed changes where "respectively" says so, "respectively" before listed places pairs them, a place named with "and" one item of a list, a per-cent change listed between changes in points the list's own; a count restating a share's group for another year that year's share's base; "pts" of a share named without a percent ("coverage", "uptake"), listed with their places or after bare numbers, glued ("2pts"), or "from 93% to 91%" changes in points, the fall the later share's; ", down 2 on 2022" after a share its change in points; a count's noun ends at no "to"; a change after values listed by any period the one period reader finds the latest's); 192: hostile check 59 (a small value after a label naming a number of people in the singular, "Waiting list: 12", "Caseload: 17", a count; two "label: value" pairs set two spaces apart on one line two figures, each measured by its own label; importers: label lines set out with tabs under a heading kept as the heading and its lines, no tight table or contents list; a tab-laid table whose rows leave its columns kept as its lines); 194: sets 77 and 78, false figures ("one ward in four relied on" a share, its past verb no noun the four count; "the first three quarters of 2025/26" and "two quarters" a span; an agenda line's "(20 mins)" no figure; "fewer than half of new plans, 46%," one share of 46%; the span a note's figures cover, "cover nine months only", and an event's "£3 per child, siblings free" no figures; "it has received 341, up 11%" a count of 341; "a business case for four additional posts" no figure; a duration in words in a short quoted account with no digits, "“We were told eighteen weeks.", no figure); 195: sets 77 and 78, asks (a meeting's "Action items" list its actions, an action table's rows to circulate, invite or report on and an owner "K Lee (Trust)" the trust's, "The sub-group is asked to:" a lead-in, its "note X and agree Y" item a decision and its items asking the group (Other), not the publisher, "is asked to note X, approve Y" a decision, the writer's "We recommend that the post be made ..." an ask; a numbered pointer to "the following recommendations" and a body's offer to give oral evidence under a heading of recommendations no asks, a board asked to endorse "the following recommendations" still asked, a group's own business, "AGREE the terms of reference", no ask; furniture: how to reply to a list or an invitation, a paper's circulation or transparency note, how to hand in a form, a committee's written-evidence stamp; importers: a board paper's running line naming its meeting, "Board of Directors (Public) – ... – Agenda item 11", gives way to a running line naming a body as publisher); 196: hostile check 60, money ("rose from 40.1 to 45.2 between 2022 and 2023" or "over the year" under a money note two sums, the later one the headline, no count of years; people columns under a caption splitting its money "by client group", "by age group", "by age", "by service" or "by area" the money spent on each, a people column of decimals under a money note no count; a caption's note written on money per person, "Spend per head (£000s)", scales its column as the running text's does); 197: hostile check 60, citations (a name before a month, "(Jones, Sept. 2022)", "(Smith and Jones, March 2024)", and a day of access or issue, "(accessed 12 March 2024)", "(published Sept. 2022)", date no figure, only a place, or a body known by name, "(NHS England, March 2024)", where the sentence has no date of its own; points and bases: a bare change "down 2 from 2022" or "up 2 on the year before" its level's year, compared with the earlier, a second listed "and up 1 on 2019" a change of its own; a share naming its own group, "52% of adults", no base of a restated count of another, "2,000 children"; "(Sep. 2022 – Mar. 2023)" the whole span); 198: hostile check 60 (a year before a money note, "Spending in 2023 (£m) was 45.2", "for 2023/24 (£000s):", "in Q1 2024 (£000s)", the period and never the sum the note scales; a quarter's year and a money note no cells of a table; "4,500 (2022: 4,200)" after a money note two sums; "Caseload: 14", "Backlog: 3", "Headcount: 45" items, a one-word label naming a number of people no table's cells; a business case's posts "was approved" a figure, new teams "expected to start" a plan, no figure; a concession price's clause no words of the next clause's count); 199: hostile check 60, money in running text (a money note's clause scales the parts of its sum, "; of this, 1,200 was on staff", ", including 1,200", ", of which staff costs were 1,200", ", with 1,200 spent on", ", of which 1,200 went to Kent and 300 to Medway", "against a budget of 4,200", and a note on any measure, "Staff (£000s) were 1,200", "per pupil (£) was 6,100"; sums listed by a place whose name holds "and", "Brighton and Hove 4,500", each followed by its place, "4,500 in Kent, 1,200 in Medway", or after "and in Medway", dated by the year after the list; "and rose to 45.2", "went up from 40.1 to", "rose by 5.1 from 40.1 to 45.2" sums, and "up 12% and 5.1 on 2022" the change in money; "Income was £4.5m (2022: £4.2m)." alone no table's cells; one pattern of a listed name for the figure reader and valueLists); 201: hostile check 60, points, lists and bases (a share naming its group by number, "52% of 1,000 children in 2022", that base and year, an earlier share of another year no base of the first group; "Referrals were 300 in 2023" and values listed by quarter counts, quarters listed before a year that year's; shares and counts listed after one verb pair with listed periods and places; places or years opening a sentence before a comma pair "respectively", counts listed before the one naming their noun counts of it, a change naming its place after the list the list's; "rose 2 pts from 91% in 2022 to 93%" points; a rate's ", down 2 on 2022" its change; "in Mar. Waiting" two sentences); 202: hostile check 60, importers (a PDF table set with tabs whose cells leave its columns, or whose cells poppler joined, "Kent 4,500 120" under "Area SpendProjects", read by the order of its cells under its header; a line of label pairs, "Beds open: 3<tab>Cots open: 5", a line for each pair in reading order; a label and its figures a tab or two apart one line, never a line of figures dropped; a sentence's last words set apart, "23%." or "to 21.", joined to the sentence; a PDF's lines of figures left out named in an import warning; a note under a table read sentence by sentence and part by part, "(1) costs in £m" a money note, "in Table 3" that table's only; a bare "Staff" column of decimals under a money caption money); 203: hostile check 60 (people a body "will recruit", "plans to" or "the plan is to" recruit, hire or employ a plan, no figure, unless the plan names its money; new teams that "will be in place" and new posts "planned" a plan as "will start"; "under-2s free" beside a price per head a concession, no figure; a duration in words in a quote broken by its speaker read in its own part of the quote, a story where that part holds no digits; a Markdown link around an image in an author, a badge, names no one; citations: "(Jones et al. 2019, 2022/23 data)" dated by its data, "(Wales, 2022)" a place and its year, "(w/e 12 March 2023)" a week ending, no part of the measure); 204: sets 79 and 80, figures (a body's own record's span, "its best figure for three years", a numbered ask's label, "Ask 3", "Proposal 2", and the few administrative areas work covers, "clinicians from two ICB areas", no figures; a poll's "Answered" column the base of its share; a scorecard's "Latest 2024/25" column the row's headline; a bare level after its change and ", at", "up 18% on the same quarter last year, at 611", a count and the headline, after ", to" a count, the change leading; "Statutory guidance says" cites no body); 205: sets 79 and 80 spent (importers: an AEM page marking no article, its components named "cmp-", keeps its text, and a page whose class names took every paragraph is read whole, never refused as empty; a picture's caption marked itemprop="caption" furniture; a key-figure card set alone between a page's sections one line of its text where it stands; a PDF table carried to the next page keeps its header and columns where a carried label is longer than the first page's or poppler joined it to its figure); 206: hostile check 61 ("one school nurse for every 4,000 pupils" and "1 for every 2,500" one count each, its text the whole ratio and its measure "pupils per school nurse", its "one" no count of 1; "one nurse per 2,600 pupils" unit other; "one death for every 1,000 births" a rate of 1, no count of births; a share column's cells "share of children seen", its header's word of what the count beside it counts); 207: hostile check 62 (a part of a sum under a money note that went to a place of several words, "went to Brighton and Hove", "went to the North West", or "was spent on" leaves the next part, "and 300 to Medway", a sum of its own; a prior year's value in brackets, "4,500 (2022: 4,200), of which 1,200 was on staff", ends no clause of the note; "; in Medway, 1,200" a sum; the parts of a sum of its year, never a bracketed prior year's); 209: hostile check 62 (a ratio's people the group the sentence names from their word on, "one health visitor for every 2,500 children aged under five" of "children aged under five", a place kept in its key; "one nurse to every 3,000 pupils" and "the ratio of pupils to school nurses was 4,000 to 1" the same ratio, one count of pupils per school nurse; "down from one per 2,000 in 2015" after a ratio its earlier value); 210: hostile check 62 (a note under a table naming one measure's money, "Note: spend is in £000s; children are those seen.", scales that column only, a column it names as people or cannot name, its header lost, no money); 211: hostile check 62 (a prior year's value in brackets, "1,200 (2022: 1,150)", "Places (2022: 420) rose to 450", beside a count, a share, a time or a rate, a figure of that unit and year, the value beside it this year's; "(2022: 420)" no page cited unless after an author's name; values of one unit listed "respectively", changes in per cent, weeks or numbers and levels, paired with the places or periods before or after them, "In 2022 and 2023 respectively, 300 and 320", "Referrals in Kent and Medway were 300 and 200 respectively", and lists of unlike lengths paired with none); 212: hostile check 62 (a label line naming money with its sum, "Budget (£000s): 4,500", "Budget: £4.5m", "Spend (£m): 12.5", a statistic of the sum, a count pair beside it two spaces on no unit of the sum; "Staff: 45" and "Vacancies: 2" counts; "; in Medway, 1,200" after "In Kent, spending (£000s) was 4,500 in 2023" the first's measure and year, of Medway; parts of a dated sum after a colon of its year; importers: a PDF table row whose label poppler ran into its first figure, "Brighton and Hove2,800 140", read under its header in cell order); 213: hostile check 62 ("one school nurse per 2,600 pupils" a count, keyed as "for every", "to every" and "N to 1" are; quarters read as years are in changes ("from 300 in Q1 2023 to 360 in Q4 2023", "up from 280 in Q4 2022"), a time opening a sentence before its level, "In Q1 2023 referrals were 300; in Q2, 320", both counts of referrals, Q2 of 2023; people a body is "planning to", "looking to" or "aims to" recruit, hire or appoint, and "20 staff", a plan, no figure; a compass point alone under a place header, "North" under "Area", the figures' place); 215: sets 79 and 80 joined (a list under "It would really help if you could:" or "I'd be grateful if you would:" asks the reader each of its items; "we also call on X to extend the duty" asks, the duty no statement of the law; importers: a committee paper's cover-sheet row "Meeting   X Panel, 29 January 2026" or "Date of panel 19 February 2026" dates it, and a PDF made on the day of its import is never dated by that day); 216: set 82 spent, importers (a letter on headed paper titled by its subject line under "Dear ...", labelled "Re:" or "Subject:" or set in bold at the text's size, wrapped lines and all; "Dear colleague," a salutation; its sender the MP its letterhead names over "Member of Parliament for", or the body the letterhead names above its reference, dateline and addressee, never the addressee's; a one-page site published by the charity its "About us" paragraph names with its registered number, dated by its hero's "A briefing from X · March 2026" line; a letter's document info title ending in its subject line its title; a letter's continuation header counted in words, not its "·" marks; a lead-in leads its list past the notes at the foot of its page; asks for a duty to be made, "The ICB and the council must" and place partnerships (ICBs) asks; "for a day programme" and an opening "Within a year" before a change no figures; a documentation site named for its product published by the body its copyright line names, its footer inside <main> read for it); 217: set 81 spent (importers: a reply answering the quoted questions between them under a signature set above the quote, as Mailspring signs, keeps its answers, no longer refused as empty; a page dated by "Page last updated:" inside a layout classed "layout--sidebar", and an Observable Framework page by its "Built with Observable on" footer; a dashboard's KPI cards, title over figure over note, one line each, "Title: figure, note"; a plain-text heading whose only number is an age, "Turning 18", a heading; a reply's "[EM]" mark before each inline answer no word of it); 218: the rules of 211 to 217 merged and read together (a cache built by any one branch re-extracts); 219: a clause after a semicolon that opens on a quarter or a month ("; in Q2, 410") is no place's clause and takes no period from the first (a wrong Q3 2022 when 212 and 213 met); 220: a letter's addressee block (a person's name or a post over a body, before "Dear ...") is no letterhead: a letter with none asks for its publisher; 221: a text's imprint line read only at its head (before its first paragraph) or its foot (after its last, a sentence), never between paragraphs or under a closing heading; two that disagree give neither publisher nor date; a copyright older than the published year names no publisher (hostile check 63); 222: a prior year's value in brackets after a change ("an increase of 8% (2022: 1,150)") is of the level's unit, none where no level; "; in Medway, 410" after a count a count of Medway, "; in Q2, 300" after a clause ending on no count or after an opening year no figure; 223: the rules of 220 to 222 merged (220 came after 221 and 222: a cache built by either re-extracts); 224: hostile check 63, bracketed comparators (a bracket after a figure whose parts are "LABEL: VALUE" read by one reader, measure.Comparators: "(England: 71%)" England's value of the measure and year, the local figure no place of it; "(national average: 71%)" the average's, keyed apart; "(target: 92%)", "(95% CI: 60-68%)" and "(see Table 2: 14)" no figure and no words of the measure; "(previous year: 1,150)" the year before the level's, none where it has none; "(2022: 1,150; 2021: 1,010)" each part its figure; "(March 2023: 335)" a month's; after a change the bracket's value keyed as its level; ", an increase of 90" after a count the count's change); 225: hostile check 63, "respectively" lists (times listed after one verb, "14 and 11 weeks in Q1 and Q2 2024 respectively", pair with their periods, the year after the last quarter every quarter's; a list of periods or places after the values of another length pairs with none; groups listed, "for boys and girls were 40% and 35% respectively", "Respectively, 40% and 35% of boys and girls", pair with the shares, the year said once every value's; "12% and 9% of children respectively" after "In Kent and Medway," each its place, both of children; places opening a sentence as its subject, "Kent, Medway and Surrey saw 1,200, 900 and 1,450 referrals respectively", or after "of", pair with the counts, each of the noun the last names; "respectively" no word of a measure, a key or a group; "fell by 12% and 9% of children were seen", a value after a change and "and" the subject of its own verb, a level of its own clause with no change); 226: hostile check 63, label lines (a money label's year before or after its note, "Budget 2023/24 (£000s): 4,500", a sum of that year; "Staff (FTE): 45" a count keeping FTE in its measure; "; Medway: 1,200" after a money label Medway's sum, "; Staff: 45" none; a clause after a semicolon opening on places joined by "and", "; in Medway and Swale, 1,200", their sum; a place a later clause opens with no other clause's; the first's place left out of the later's measure; a bare count or share of such a clause past words of the first, "In Kent, 1,400 children were referred in 2023; in Medway, 1,200.", the first's measure, people and year, both keyed alike, each of its place; "compared with 900 in Medway" of place Medway, no place of the first's; "; in March, 410" after "In January 2024," or "In 2023," a count of March of that year, after a later month or a financial year undated, never lost; "fell from 455 in March to 410 in June 2022" and "410 in June 2023, down from 455 in March" both months of that year, "March" no people, the 455 a figure of its own); 227: hostile check 63 (importers: a PDF table's label cut from the figure poppler ran it into ends short of that figure's column, "Young people aged" 1.7 points from "3,050" no longer one column with it; a label wrapped onto a line of its own, "12-17" or after "Hammersmith and", the row's first cell, not a row; a caption "Table 2: ..." set tight under a table ends it; "the pupil to nurse ratio was 2,600:1", "one school nurse to 2,600 pupils" and "each school nurse covers 2,600 pupils" one count each, keyed as "for every" is, no count of 1 and no people "on average"; an age bound in words, "children under five", the bound in digits, "under 5", in keys; "having already recruited 15" beside a plan a count, money that "will be used to recruit" people and "plan to recruit 10 more" plans, a plan joined to what was done another clause; an action plan's rows keyed to a review's recommendations, "Review ref." R1, commitments, no asks; importers: a letter opening on its addressee's block, signed for another body or written "Dear Sir or Madam" to one body, or under "FAO:", asks for its publisher, and "Civic Centre" or "County Hall" is never one); 229: set 83 spent (importers: a note published from a notes app dated by its "created" or "date" property; a newsletter dated by the day in its masthead band beside its issue number or term, "Issue 14 · Spring Term 2026 · Friday 13 February 2026", and published by the school a running address line opens with, "Kestrel Hill Academy, Moor Lane, ...", never the PDF's author; a book's chapter page published by the body its imprint line names beside the day it was published, "© Eastbrook County Council · Published 27 November 2025", not by the book's title; a PDF subtitle broken after a hyphen joined with none, "long-term"; an action plan's rows owned by posts several hold, "Paediatric clinical leads", "Specialty team secretaries", or a post with a remit after a comma, "Divisional director, Women’s and Children’s", ask the publisher, and "Open", "Start" and "Send a copy of" open a table's action); 230: the rules of 224 to 229 merged and read together (a cache built by any one branch re-extracts); 233: hostile check 64, importers (a figure's caption or a source line, "Source: NHS England · © NHS England · Published 12 March 2019", is never a chapter page's imprint; a letterhead's "Charity number 1234567" line names no body, and a building under a body's name, "Town Hall", is no word of it; a PDF's "Source: ..., Published ..." line names and dates no file); 234: hostile check 64, "respectively" lists (places and years both listed, "Kent, Medway and Surrey saw 1,200, 900 and 1,450 referrals respectively in 2022, 2023 and 2024", value i of place i and year i, a year list of another length dating none; groups listed after values with no "respectively", "40% and 35% among boys and girls", pair with none, nor a year list after them; places after "of" or "in" in a subject, "The rates of Kent and Medway were", "children in Kent and Medway seen within 18 weeks was", each value its place; "45.2 and 38.1 per 100,000 respectively" two rates paired with their places, a name listed the value's only place; "In 2022, 40% and in 2023, 35%" each its year); 235: hostile check 64, ratios and ages ("under N" an age only of people, never a wait: "waited under two years", "under 18 weeks"; a recommended or target ratio no figure; "each nurse covers 2,600 pupils, up from 2,200" keeps its change and its "around"; "rose from 2,200:1 to 2,600:1" two values of the ratio, no count of 1; "10 staff will be recruited" a plan, no figure); 236: a comparator bracket's value with its own year or a rate's "per N" ("(England: 86% in 2022)", "(England: 38.1 per 100,000)") is the bracket's place's, of that year, and the local figure takes no place from it; a local owner ("Kent's rate") left out of another place's measure; the colon may be left out ("(England 71%)", "(target 92%)", "(range 2-52 weeks)") and parts set apart by a comma ("(London: 69%, England: 71%)"); "(expected: 70%)" a target, "(statistical neighbours: 69%)", "(all local authorities: 71%)" and "(England and Wales: 71%)" averages keyed apart; 237: the rules of 233 to 236 merged and read together (a cache built by any one branch re-extracts); 238: hostile check 64, bracketed comparators (another place's value beside a level whose measure opens with a local name written capitalised, "In 2023, Kent spent £4.5m (England: £310m)", keyed without that name; a value "by" a year, "(target: 92% by 2025)", "(England: 90% by 2026)", one to come, no figure; a group's label, "(looked-after children: 45%)", "(SEND: 49%)", "(boys: 60%; girls: 68%)", "(White British: 66%)", that group's value keyed apart, no place, a bare value of the level's unit; " (of which" ends a clause; a bracket's year its value's, never the level's: "(2022 figure: 1,150)", "(2022 = 1,150)", "(Kent: 2022, 58%)", "(England 2022: 71%)", "(previous year 1,150)" and "(same period last year: 1,150)" the year before; a pointer, "(Table 3)", "(see Figure 4: 2022 data)", dates and measures nothing; "from 1,150 to 1,240 (2022 to 2023)" no count of 1; after a change with no level, "(2022: 1,150; 2023: 1,240)" the levels of those years; a place after "than" compared with, no place of the figures before it); 239: label lines, colon parts and clauses (hostile check 64: "; Wales: 1,200" after a money label Wales's sum, the total no place of it; "; 2022/23: 4,200" and "; previous year: 2.9" sums of their time; "Health visitors (FTE) 2024: 45.5" a count; a total before a colon or after "; in total," none of its parts' measure or group; "between Q1 and Q4 2023" a span; a year ending a list dates all its values); 240: hostile check 64, plans, months and ratio wording (people a body "hopes to have" or its money "will pay for" a plan, no figure; "; 15 were recruited" beside a plan a count; a plan's clause, ", the trust plans to ...", and "and expect to" no part of the count before it; a change's month alone, "of" or after a comma before its year, in brackets or cut short, dated by the other end's year, "up from 380 in November" after February the year before's, each later clause's month after the one before, "Between March and June 2022" both months of 2022; "one health visitor for every 500 under-fives" whole, children of under 5; "aged under 18 months" an age); 241: hostile check 64, comparisons and aims ("compared with one for every 1,800 in London" London's ratio alone, the ratio it is compared with of no place; "Compared with Kent in 2019, there is now one ..." no period of 2019; a ratio pledged, planned, intended, committed to or that "there will be" no figure, as a recommended or aimed-at one); 242: hostile check 64, PDF tables (labels wrapped over three lines or more in lower case no sign of prose where the columns right of them hold figures; a "Source: ..." line under a table no row, though it runs across the columns; a plain header poppler joined, "School nurses (FTE) Pupils per nurse", cut at the columns of figures under it; a label whose first line is a whole word, "Westmere" over "North", one label where the rows would otherwise share theirs, never under a section label such as "Boys"); a label before an area body, "Source: ICB dataset", names no place; 243: hostile check 64, importers (a PDF's imprint line read only before its text or after it, by the rule a plain text's follows: a newsletter's "Useful contacts" box between two articles, "Published by Oakvale Council, January 2024", names and dates no issue; an office account or initials in a PDF's Author field, "Office KHA", is no publisher; a book chapter's title after the chapter's in the <title> is no publisher, the import asks; "0-" over "19" in a subtitle is "0-19"; a masthead band wrapped after "Friday 13" takes the day from the month under it); 244: set 84 spent (importers: a provider's return form, made on the day of its import, dated by its "Date submitted" row and published by the body its "Provider" row names where the form says it was submitted, never by the protective marking over it, "OFFICIAL – Commercial in confidence"); 245: the rules of 238 to 244 merged and read together (a cache built by any one branch re-extracts); 246: set 86 spent (importers: a PDF's © holder named like a person, "© Patient Voice Tarnside 2025.", publishes it where the running lines name it and register a charity or company; a council's team named for its work after the council's name, "Harrowfield Council Public Health", publishes as the council; a web page whose reading kept only an accordion panel's text, "accordion-collapse collapse", reads its main region whole, as under a <details> disclosure); 247: hostile check 65 (importers: a PDF's imprint in a section of its own, "About this report" on an inside cover or "Contact us" before the appendices, is the document's, at its head or foot, whatever sentences stand around it); 248: hostile check 65, month changes (a change's earlier end dated "in April of 2023", "in March, 2022" or in brackets, "(Apr 2023)", "(March)", the earlier value, the later the headline with its change; "from 455 in March to 410 in June" with no year no figure); 249: hostile check 65, a bracketed part of a total, "(of whom 300 were girls)", "(of which ...)", "(including 300 urgent referrals)", of the total's clause: its year, place and verb, keyed apart from the total; 250: the rules of 246 to 249 merged and read together (a cache built by any one branch re-extracts); 252: hostile check 65, group labels in brackets ("(aged 5 to 11: 70%)", "(under-fives: 70%)", "(under-5s: 70%)", "(non-FSM: 71%)", "(FSM-eligible: 52%)", "(Irish Traveller: 20%)", "(Gypsy/Roma: 25%)", "(Gypsy, Roma and Traveller: 25%)", "(English as an additional language: 20%)", "(Welsh-speaking: 20%)") that group's value keyed apart, no place and no words of the level, an age label's band the group's own; comma labels "(boys, 60%; girls, 68%)" read as colon labels; "under 5s", "under fives" and "children under 5" an age group of under 5 in counts, shares and ratios; 255: hostile check 65, PDF tables (a plain header's cells wrapped in narrow columns, "2022/" over "23", "Year to" over "March 2024", one header, cells poppler joined over wrapped lines cut at the figures' columns; rows under a label-only row, "Boys", "Kent", of that group or place where the groups' rows repeat, a total under the last of none; a caption set under its table that table's, never the next, by the document's convention, the next table's own caption under it or its number; a caption's note on one row's unit, "(the X figure is a rate per 10,000)", no unit of the table); 253: hostile check 65, earlier values and spans (an earlier value after "up from", "down from", "previously", "formerly" or a bracket's "was" of its own year, the year before where "last year" follows it, else none, never its level's, the level's change and keyed alike; a count before such a bracket read; "(up 4% on 2022: 2,020)" the 2,020 of 2022, keyed as its level; after a change with no level, "(870 in 2023; 980 in 2024)" and "(2022: 870; 2023: 940)" the levels, each of its time, the later with its change from the earlier and the headline, never the earlier; "from Q1 to Q4 2023" a span of 2023, as "between Q1 and Q4 2023"); 251: hostile check 65, places compared with (a place after a compared value, "compared with 71% in England", "against 71% across England", "versus", "for England as a whole", or named before it, "above the England average of 86%", "lower than England (71%)", "compared with England's 71%", "71% nationally", is that value's, keyed apart without the local place's words, and the local value takes no place from it; "(England, 2022: 71%)" and "(the England average was 71%)" comparators; a bracket labelled with a name written as a place's, "(Medway: 58%)", that place's value; another place's value drops an opening "in Kent, ", a local body subject, "council spent", and a place opening the sentence as an actor, "Kent spent"); 254: hostile check 65, plans, aims and targets (a plan's year, "and hopes to have more by 2025", never dates the count beside it, "and will" and "and is expected to" end its clause; a level set against a target takes none of its year; a recommended ratio, "against a recommended one for every 1,500", no figure, the ratio kept; an aim's, a plan's, an expectation's or a target's figure marked in its record (Record.Aim) and undated by its section; "Plans are in place to recruit" a planned hire); 257: hostile check 65, a later clause's place ("; in Medway, 1,200", "; Medway 1,200", ", while Medway saw 1,200") replaces the first's in the field the first holds it in (its place, its measure's words or its people, "children in Kent"), never stands beside it; a section's region is neither clause's place where the first names its own; "In Kent, 1,400 ..., compared with 1,200 in Medway" Medway's 1,200 measured "were referred", no longer of people "Medway" measured "in Kent, were referred"; 258: the rules of 251 to 257 merged and read together (a cache built by any one branch re-extracts); 259: hostile check 66, a bracket label the place list does not know, "(Medway: 58%)", "(Autism: 45%)", keyed apart by its label with no place, never named a place; 260: hostile check 66, aims, targets and forecasts (a bracket beside a measured value, "(target: 75%)", never makes it an aim; "(Forecast: 75%)", "(Projected: 75%)", "(KPI: 75%)" and "(budget: £4.5m)" targets, no figure; "(plan 60%, actual 58%)" the actual the level's measured value; a baseline or England's value in brackets beside an aim measured, of no aimed year; "(2022: 88%)" after "against a target of 90%" the level's; "and aims to reach 75%" and "hopes to" aims measuring what the clause before does; a measured value of its own year heads over an aim of another; a value after a target set against a level compared with the level; "EHC plans" and "a planned appointment" no aims; "next year" no people); 261: hostile check 66, bracket labels of places, bodies and times ("(England, 71%)", "(71% in England)", "(vs 71% England)", "- England 71%" ending a sentence, "(Eng: 71%)", "(SE region: 69%)" that place's value; "(Inner London: 45%)", "(Rest of England: 45%)", "(N. Kent: 61%)", "(Kent & Medway: 61%)" no place, keyed apart; "(NHS Kent and Medway: 61%)", "(KCC: 61%)" a body's value keyed apart; "(Apr-Jun: 61%)", "(Autumn term: 61%)", "(Last Inspection: 61%)" the level's place's of no period, "(Mon-Fri: 61%)" of the level's, "(FY23/24: 61%)" of 2023/24; "(Kent 2022: 60%)" and "(2022, 61%)" the level's of 2022, "(Medway 2022: 60%)" Medway's; "(England Year 6: 37%)" England's of the group; "(Medway: 58%, up from 55%)" Medway's earlier value; the level keeps its own record); 262: hostile check 66, bracket labels of groups and parts ("(Community: 40%)", "(Speech and Language: 45%)", "(Routine: 61%; Urgent: 90%)", "(Outpatients: 300)", "(Tier 4: 12)", "(Y6: 45%)", "(Years 7-11: 45%)", "(Year R: 45%)", "(UASC: 45%)", "(Scottish: 20%)") each that part of the level, its people "children in Kent (Community)", keyed apart (a "(Total: 61%)" keyed as the whole, "=total"), the level's measure and key free of the bracket; ranks and unnamed places ("(Best Performing: 61%)", "(Region: 61%)") averages; "(Year 6, 2022: 36%)" that group's 2022 value, the level's where it is of Year 6; "(boys: 60%, up from 55%)" the boys' earlier value; "(England boys: 39%)" England's boys; "(England: 23% and 37%)" after two groups each group's; 263: hostile check 66, places compared with in running prose (a place after a comparison following a value, "above the England average", "in line with", "the same as", "the lowest in the South East", "compared with 71% of children in England", never that value's, and the comparison no words of its measure; a compared value's own time, "(2022)", "last year", "the year before", "of 58% in 2022", its own and no change of the local value; second and later compared places, "higher than Medway (58%) and Surrey (55%)", "England's 71% and Medway's 66%", "71% in England and 69% in the South East", each its own, keyed without the local place; "; the England figure was 71%" England's; an England average after a regional one never keyed as the regional; shares and counts each followed by its place, "64% for Kent, 58% for Medway and 71% for England", each that place's); 264: hostile check 66, later clauses with a place or year of their own ("; in Medway, 1,200 (up from 1,050)", "1,200 in 2022", "; in 2022, Medway referred 1,200", "1,200, up from 1,100", ", and 58% in Medway", "; and in Surrey, 900") the later place's people, the first's measure, their own year or the first clause's, never an earlier value's, their earlier values keyed with them; ", and in England as a whole, 95,000" England's, no place of the clauses before; "Kent's waiting list was 900 in March 2024" a count; 265: hostile check 66, headline picks, earlier values, rates and ratios (the later clause's value heads over what it was "previously", "formerly" or "before the pandemic"; a count of bodies heads the share they passed, "38 councils delivered at least 90% of checks", the share a threshold; "from 9% at age 16 to 17% at 19" headed by the 17%; "having previously been", "an increase from" and "a fall from" open an earlier value, "before the pandemic" and "at the start of the programme" no words of its measure, "two years earlier" the year less two; "the same as in 2022", "unchanged from 2023" keep the level's year; "62 children in care per 10,000" a rate, the bare values set against a rate, "the national rate (52)", "the England rate of 71", "compared with 43 in England", rates of their place or average, keyed apart, the comparison no word of any measure; "one for every 1,450 pupils" after a count of workers measures pupils per that worker); 266: hostile check 66, tables (a PDF header whose cells wrap in narrow columns keeps each column's words, runs poppler joined cut where they pass into the next column's room, a word broken with no hyphen joined; a first row holding only a label under a header, "Kent" or "2022/23", a row and no header line; a "Table 1: ..." caption within the first column ends the table; a year group row dates the rows under it in every format; a column headed by one place, "Kent (%)" beside "England (%)", "England average 2023/24 (%)", "Kent County Council 2023/24 (%)", is that place's and measures the row's label; a caption or heading listing places, "Kent and England", places nothing); 267: hostile check 66, importers (a board paper's decimal paragraph number, "2.1 ", "3.4.1 ", no word of its first sentence's quote, measure or key; a sentence stating a figure under an "Attendance" or other roster heading a finding, only the roster's names furniture; "neither of the two" counts nothing); 269: asks the held-out sets 87 and 88 missed ("It would really help if the panel could:" over a list asks as "if you could:" does, the addressee named; "We also believe that no child should" a belief that asks); 270: the rules of 260 to 269 (hostile check 66's fixes and the held-out sets' asks) merged and read together (a cache built by any one branch re-extracts); 271: hostile check 67, a number after a slash ("2021/22 to 420 per 100,000") never opens a range; 275: hostile check 67, compared places in running prose (a value whose own words name its people's place never placed in another; another place's value never of the local place's people or key; "trailing", "outperforming", "compares favourably with", "as against", "behind England at" compare; ", whereas in England it was 71%" England's; each council area of a compared list its own place; a compared value with no time of its own of its level's year; an earlier value of a compared place, "where the figure has fallen from 75% in 2021", that place's; "the rest of England", "inner London" no place, keyed apart by the name; "highest in Kent (88.1%) and lowest in Medway (85.4%)" each that place's); 274: bracket labels with a year around a word ("Baseline 2021", "2024 YTD", "target by 2025"), dash labels ("2022 - 60%"), a time after the value ("60% the year before"), a year after a comma, owned aims ("England target"), bodies by name ("Ofsted", "KMPT"), place+group labels in any order and square brackets read as comparators (hostile check 67); 279: hostile check 67, importers (a decimal paragraph number before a figure, "2.1 54% of", "2.10 £4.5m", "(2.11) In", "4.4 (a) 62%", no word of the quote, measure or key); 278: hostile check 67, tables (a PDF decimal before a figure alone in its gap a cell, no list number, so narrow place columns keep their own values; a header cut at a guessed gap ends clear of the next column; a year alone a group row where the table holds its other years so, under a wrapped corner or after a row; a word broken before a lone letter at a cell edge joined; a caption or heading's place compared with, "compared with England", "against the England average", "(England average shown for comparison)", "with England for comparison", "(England: 89%)", no place of its table; a caption's place-like name ending it, "in Medway", no word of a placed row's measure; "South East region (%)" the South East's column); 276: hostile check 67, later clauses with a place or group of their own ("; across Medway, 1,200", "; in Medway there were", "; Medway: 58%", "; the comparable figure for England was", ", while in Medway the figure was", "; Medway saw 58%", "against a plan of 65%" an aim) the later place's people, the first's measure and year, no place of the first; a later clause's group ("; among boys, 60%", ", with boys at 60% and girls at 68%", ", compared with 9% of Reception children") of the first's place, "; 58% were seen" after a count of the people counted, "; this compares with 22% in England" and "; nationally, 71%" compared values of the level's year; 277: hostile check 67, differences and aims (a gap with another place, an average or a group, "7 points higher than in Medway", "20% more than in Medway", no change of the level and keyed to nothing; "the year before" after an earlier value listed with its own time counts back from it, "58% last year and 52% the year before" 2021; a measured value of its year heads over a target, aim or ambition of no year, "Against a target of 95%, only 64% ... in 2023"); 280: the rules of 273 to 279 merged and read together (tables, importers, bracket labels, compared places, later clauses, gaps and aims of hostile check 67, with the faster scans of the same round); 281: a threshold is its level's, never placed where a contrasting clause's compared value is ("…, whereas in England it was 71%": Kent's "18 weeks" was England's, people "children"); 282: hostile check 67 leftovers, brackets and compared places (a sample size in brackets after a value, "64% (n=1,200) of children", that value's base alone, its people read past it; one time's values listed after as many places' values, "(2022: 89.0%, 86.1% and 85.7%)", each the earlier value of the level in its place; shares and counts listed after a colon each after its name, "was: Kent 64%, Medway 58%, England 71%", each its name's; a contrasting clause naming its place as owner, ", while Kent's was 64%", that place's value of the first clause's measure and year; "64% and 58% of children in Kent and Medway respectively" and "compared with 58% and 71% in Medway and England respectively" each value its place's; "(England average (2022): 71%)" England's of 2022; a named average after a target, "below the 75% target and the England average (71%)", set beside the measured level); 283: hostile check 67, aims and later clauses (an aim never compared with a measured value of its time, "care plans were in place" counted, no aim; a value after an aim of a later year, "against a target of 75% by 2025 and a national average of 65%", of the level's year and measure; "the 2025 target" of 2025, a trajectory an aim; a third later clause after a bracketed earlier value, "(2022: 1,050); in Surrey, 900", read as its place's; ", rising to 70% among under-5s" and "58% of looked after children" groups of the first clause's place; "12 of the 18 trusts saw more than 80% of" the count the headline, the share a threshold); 284: hostile check 67, tables (place group rows, "Thurrock" over "Under 5" named by the caption or beside a place the list knows, place their rows, a total row "All" right under a place's label that place's whole; a column "Sevenoaks (%)", "Hastings 2022 (%)" or "East Sussex 2024 (%)" a place where every column is one; a column's own year and a group row's that disagree date neither; a caption's "(England: 89%)" England's value of the caption's measure; a PDF table row split by a page break one row); 285: hostile check 67, a heading's or title's year never dates a figure whose sentence dates another clause ("54% … in 2023/24, compared with 95% in England" under "… Review 2024": the 95% of 2023/24, its level's, never 2024); 287: figure values of the development set (a ceiling a body sets that a count or caseload is held against, "well above the 250 that the Institute recommends", a count; a range of caseloads per worker one rate; a later clause's bare subject with its verb after it, "and 118 use a pump", a whole "out of 38" and "two of the team's eleven posts" counts); 286: furniture round 79 on the development set (a board paper's cover rows and lines placing it, "Previously considered by", "Link to strategic objectives", "Board assurance framework risk BAF 2.1 ...", a journal's data availability, run-in competing interests and provenance lines, a news page's newsletter sign-up box, a form service's collection figures and feature tips, a running line, masthead or letterhead of short parts between middle dots, a dashboard's help strip past 20 words; the few English or NHS regions a study's areas lie in no figure; importers: a structured abstract's bold run-in labels, "Conclusions", its parts' headings); 288: an action table's action opening with who is to do it ("Both trusts to …", "Millbrook to recruit …", "Both providers should …") asks that body; an owner "Trust medical directors" names the trusts; research, analysis or a study done for a body ("Research for the national charity X suggests") cites it; 289: the rules of 282 to 288 merged and read together (hostile check 67's leftovers in brackets, later clauses, aims, tables and importers; the development set's furniture and figure values; held-out set 89's action tables and attributions); 290: a value set after an aim whose clause of its own follows the level ("71% …; the ambition is 90% by 2026, and the national figure is 75%") is read beside the aim, as before 282, so the aim's reader gives it the level's measure and year; 295: hostile check 68, web pages (a dashboard's tiles parted by middle dots each a clause of its own, a figure alone the value of the label before it; a cover row's finding after its placing part a statistic, an objective after its cover label furniture; sign-up pitches, app promotions, mail footers, a journal's run-in back matter and running lines of titled years furniture; importers: a page that is only a data table keeps the table, a key-facts description list one line a term and its description); 296: hostile check 68, metadata of imports (importers: a pack label "Appendix B", "Annex 2", "Paper 4" or a marking at a text's head no title and left out of its body; a logo masthead "NHS" / "Kent and Medway" over a text's title its publisher, left out of its body; a body's name alone over a title a masthead; ModernGov page kinds, standing items, meeting lines and prose-led "Published:" dates); 293: hostile check 68, later clauses, possessive contrasts and opening places (", while the figure for Medway was", ", and the rate in Medway was", "; in Medway, it was", "; in Medway in 2022, 58%", an aside "; in Medway, where referrals fell, 1,200", "compared with 58% in Medway, where the figure was 55% in 2022" and "; in Medway, £1.2m" after "Kent spent" the later place's value of the first's measure, of its own year; "Across Kent," "For Kent," and "Kent:" openings no word of the other places' values; "Kent's spend … was £4.5m, while Medway's was £1.2m" each its owner's, "and Surrey's 61%" and "Medway's total" contrasted alike; "the Isle of Wight" no "of Wight" in a compared place's people); 297: hostile check 68, counts of bodies, aims and asks ("12 out of 18 trusts" a count of its base; a count of bodies of a base heads the bar it passed with a place before its verb, a bracketed share after the base, a count or sum bar kept in its measure, a target met the bar and no aim of the count; a later count of bodies of its own base and the time after it; "a 2022 national average of 65%" that average's value of its year; "What the X must do" a heading of asks, a must that a share be reached an ask and, read alone, an aim); 294: hostile check 68, tables (a caption's bracket of values, "(England: 84.5%)", "(East Sussex: 35.1%; England 36.6%)", no word of its rows' measure and no row's place; "by district" a breakdown; a caption setting its place against one the list knows, "Uptake in Kent, 2022/23 to 2023/24 (England: 89%)", "Kent compared with England (89%)", places its rows in its subject, a bracket label in a place's form beside a known place's value, "Medway: 64%", that place's, "England (89%)" England's; a column's year in brackets or after a comma, "Hastings (2022) %", "Hastings, 2022/23 (%)", its year and the name its place; a bold group row "| **2023/24** | |" a group row; a lone year row dates the rows under it; importers: "of which:" opening a PDF's next page never ends the label above it); 291: hostile check 68, brackets after values (a sample in brackets, "(n=1,200)", "(base: 1,200)", "(n=1,200 children)", after a value, its people or its place, the base of that value alone, never of a value across a comparison; sample and confidence-interval brackets no words of a measure or key, the people read past them; "(base: 1,200)" a base, no count; a bracket of earlier values after a compared value's place, "compared with 71% in England (2022: 74%)", that value's alone, no change of the local level, the compared value of its level's year and a value listed after it compared as the first is); 292: hostile check 68, lists (rates per N and times in weeks, days or hours each followed by its place each that place's; "respectively" after an opening year's subject list, after the values' noun and year, or with places or years later in the clause pairs in order; a colon list's earlier brackets, "Kent 1,400 (2022: 1,250), Medway 1,200 (2022: 1,100)", and labels after a spaced dash, "in 2023 - Kent: 64%, Medway: 58%", each its name's; sums and bare counts compared "respectively" with places after them each that place's); 298: the rules of 291 to 297 merged and read together (hostile check 68's brackets, later clauses, tables, web pages, import metadata, counts of bodies and aims), with held-out set 90's: a count grouped in thousands after "the quarter" a count, no quarter's name, a boxed bullet's line ending in a word that needs the next going on into a capitalised line, a reply's own answers "below" no message passed on, an e-mail's Organization header, a dated <title> part and a briefing's kind line and "Issued:" form; 303: figure values of the development set (a table row label's time limit, "| Waiting more than 18 weeks | 305 |", "| Urgent cases seen within 1 week | 74% |", the threshold of the row's values, no band "| Over 52 weeks |", age or period; a survey's "No" column beside "Yes" its answers' shares; a bare value "compared with" the figure before it followed by "nationally", "the year before", "the previous year" or "a month" a figure of its unit; hostile check 68: "1,200 (n=4,000) children" keeps its count, the sample its base); 305: a body's board asks the body ("The ICB Board should"); a list item opening on "recommends that" recommends; 302: hostile check 68, aims, targets and ranges (a caseload "of 2,800 to 3,200 pupils" one range, a range compared after a range of counts its own; a level takes no words of a value set beside it after it; the nation's aim of no local people; a value after "compares with" an aim measured; an action row "to note that" no ask; one reading of "met the 95% target", a required share and a count of its own base shared by measure and extract); 304: importers and furniture, one rule in one place (a data availability statement read by one expression, a running line's titled year only in capitals, a bare year in a tile line no figure, a quarter's number at a word boundary; a signature's "Signed on behalf of X:" before a name and post and a "Considered by" line naming a body alone furniture; importers: a PDF's bold question naming a number a heading, meetings in a description list read as "Meeting:" lines); 301: hostile check 68, later clauses, possessive contrasts and compared values (a place's value set beside a level after its earlier value, "up from 58% in 2022, compared with 71% in England", of the level's year and measure, "…, up from 69%" after it that place's earlier value; "compared with 24% in Medway in 2022/23 and 22% in England" each its place's, measured as the level, no change between them; "1,100 the year before" after a compared place's dated value counts back from it, and no value of a later time is an earlier value; "compared with 71% nationally" after a bracketed earlier value the nation's; "Kent's 64% compared with Medway's 58%" Kent's, no "kent's" in any measure, "higher than Kent's (22.1%)" Kent's value, no word of either measure; a later clause's own change, ", while Medway's fell from 400 to 370", "; in Medway, it rose from £1.0m to £1.2m", that place's, measured and dated as the first clause's change; "; in Medway, 58% were seen within 4 weeks" Medway's, of its own words and the first clause's year); 300: hostile check 68, lists and "respectively" (one reader of the words before "respectively" for the figure reader and the pairings; "64% of children in Kent and 58% in Medway" each its place's, of the people the first names; values "respectively" with no list of their own, "the figures for 2022 were 58% and 69% respectively", the levels' before them in order, of their clause's year); 299: hostile check 68, one reader per bracket (a sample's bracket, "(base: 1,200 children aged 5-11)", read once for its base and its blanking; labelled confidence intervals and caption value brackets read by the comparator parser; a caption's subject ends only at a bracket of values; a listed level's own earlier bracket read by the comparator parser; every label of a bracket may name its year in brackets, "(England average (2022/23): 71%; Medway (2022): 58%)"; a value's or label's year "2022-23" carried as 2022/23); 306: the rules of 299 to 305 merged and read together (hostile check 68's brackets, lists, later clauses and aims; the development set's table-row time limits; importers and furniture; held-out set 91's asks and imports), with hostile check 69's "£3.4mn", "£2.1 mln" and "£1.2bln" millions and billions, "3.2 in every 1,000" a share of its round base, and Joomla's article-info block furniture; 307: a space-grouped thousand after "to" one number where the space is thin, narrow or no-break, the level follows a verb of change, or the number before "to" is larger than the lead group ("from 980 to 1 120 children"); 308: a non-breaking hyphen, hyphen, figure dash or minus between digits read as an en dash, the source's bytes handed out ("2024‑25" 2024/25); 310: a body named in a later clause than the headline's is not the headline's source (the item cites no one, or, named for a compared place's value, cites it from that phrase on: Item.CitesFrom), a second "by" of one verb of change a change, a bare count before a source note's bracket read (hostile check 69); 311: a table whose first column names its areas ("District", "Ward", "MSOA"...) keeps its caption's measure, the row its place; a cell "1 120" (any group space) is 1,120; "£1,2m" no figure; "(%)" in the heading over a table makes percentages; 312: the rules of 310 and 311 merged and read together (hostile check 69: later clauses, source notes after counts, tables naming areas, spaced thousands in cells)

// MinExcerptWords is the shortest run of prose kept as an excerpt; shorter
// runs are captions, sign-offs and links rather than evidence.
const MinExcerptWords = 8

// MaxItemBytes is the longest item: a run of sentences kept as one excerpt
// ends before it would pass 4 KB (about two long paragraphs), and a list
// item, labelled paragraph or table row longer than that is read sentence
// by sentence (see MaxSentenceBytes), so no item grows with its source.
const MaxItemBytes = 4096

var leadInRe = lazyre.New(`(?i)recommend`)

// Options are what extraction reads besides the document.
type Options struct {
	// Vocabulary normalises the keys of figure records with the
	// thesaurus's forms; nil normalises with stems alone.
	Vocabulary *measure.Vocabulary
	// Progress, when set, is told how far into the body extraction has
	// read, in bytes, after each sentence: one paragraph of a web page can
	// hold megabytes, and its extraction minutes.
	Progress func(offset int)
	// Each, when set, is given each item as soon as it is complete, and
	// ExtractWith keeps none and returns nil: a caller that only counts
	// or saves the items of a 24 MB paragraph (half a million of them)
	// need not hold them all at once.
	Each func(evidence.Item)
}

// Extract returns the items of one document in document order, figure
// records normalised with stems alone.
func Extract(doc corpus.Document) []evidence.Item { return ExtractWith(doc, Options{}) }

// ExtractWith returns the items of one document in document order. Each
// figure of a statistic carries its record: what it measures, of whom,
// when, where, on what base and with what change (see internal/measure).
func ExtractWith(doc corpus.Document, o Options) []evidence.Item {
	doc, restore := evenDocDashes(doc)
	each := o.Each
	if restore != nil && each != nil {
		each = func(it evidence.Item) {
			restore(&it)
			o.Each(it)
		}
	}
	x := extractor{doc: doc, ids: map[string]int{}, records: measure.NewDoc(o.Vocabulary), progress: o.Progress, each: each}
	// An area SEND report addresses "leaders" of the local area
	// partnership: the council and the ICB.
	x.partnership = strings.Contains(doc.Body, "rea partnership") || strings.Contains(doc.Body, "rea Partnership")
	x.run()
	if x.each != nil && x.pending != nil {
		x.each(*x.pending)
		x.pending = nil
	}
	if restore != nil {
		for i := range x.items {
			restore(&x.items[i])
		}
	}
	return x.items
}

type extractor struct {
	doc corpus.Document
	// progress is Options.Progress, or nil.
	progress func(offset int)
	// each is Options.Each, or nil; pending is the last item made, held
	// back from each until the next is made (a table row's header, a
	// recommendation's number are set on it after it is added), and n
	// counts the items made.
	each    func(evidence.Item)
	pending *evidence.Item
	n       int
	// records describes the figures of the document's statistics.
	records *measure.Doc
	// row is set while a table row is added: the header of each figure's
	// column and the row's label, for the figures' records.
	row   *measure.Input
	items []evidence.Item
	ids   map[string]int
	para  int // the block being read
	// itemNumber is the number of the list item read sentence by
	// sentence under a heading of recommendations, which its asks take.
	itemNumber string
	// lines caches the line breaks counted so far in the block at
	// linesBlock, up to linesAt: items of one block come in order, so each
	// is counted from the last, not from the block's start (which made a
	// 24 MB paragraph quadratic).
	linesBlock     lineKey
	linesAt, lines int
	// last and lastFacts keep the recFacts of the last text analysed: a
	// sentence is read to decide it is a recommendation, then again for
	// its actors.
	last      string
	lastFacts recFacts
	// lead, leadActs and leadKnown keep leadInActors of the last
	// lead-in: the items of a list share theirs.
	lead      string
	leadActs  []evidence.Actor
	leadKnown bool
	// duty is set in a section that states the law ("Statutory duties"),
	// where "must" describes a duty rather than asking for something.
	duty bool
	// leadInCheck is set while a lead-in ("The government should:") is
	// asked whether it recommends, which its colon does not forbid.
	leadInCheck bool
	// askLead is set while the paragraph being read introduces the list
	// of asks under it with a clause its items finish ("We expect every
	// ICB to:", "The government should:"): its closing lead-in is said
	// again by each ask and is no excerpt of its own. A lead-in that is a
	// sentence of its own ("The report makes recommendations for ICSs,
	// including:") stays.
	askLead bool
	// partnership is set for a document about a local area partnership,
	// whose "leaders" are those of the council and the ICB.
	partnership bool
	// recTo is the body a section's paragraph says its recommendations
	// are made to (addresseeRe), for its items in the imperative.
	recTo []evidence.Actor
	// prev is the text read just before the sentence being judged (the
	// sentence before it in its block, or the block before), where a
	// pronoun ("They should", "We ask them to") finds its bodies; empty
	// after a heading.
	prev string
	// citeBefore is the sentence before a statistic in its block, where a
	// finding told from "the most recent release" finds the body that
	// publishes it (releaseBody).
	citeBefore string
	// lastCites is the body the last statistic under the current heading
	// cites, whose short name a later one may use (see fullerCites).
	lastCites string
	// itActors are the bodies the last "it should" ask was read as asking
	// ("Second, it should fund ..."), for the next one in the sequence
	// ("Third, it should publish ..."), whose sentence before names none.
	itActors []evidence.Actor
	// prevActors caches antecedents() for prev.
	prevActors     []evidence.Actor
	prevActorsText string
	// greet caches greetingActors: the role a letter's greeting names.
	greet     []evidence.Actor
	greetDone bool
	// inQuote is set while the sentence being judged continues a
	// quotation a speaker opened in an earlier sentence of its block
	// ('said: “Families cannot wait. The council must ...”').
	inQuote bool
	// required is set under a heading over what a named body must do
	// ("Action the provider MUST take to improve"), where its "must" is
	// an inspector's requirement of it, not a duty the text states.
	required bool
	// decisions is set under a heading over a meeting's decisions, where
	// what the meeting will ask of a body is asked of it; elsewhere "The
	// network will ask every ICB to ..." tells a plan.
	decisions bool
	// requiredOf is the body such a heading names, whose leaders its
	// "Leaders should" asks.
	requiredOf []evidence.Actor
	// recLevel is the level of the heading of recommendations the
	// sentence being judged is under ("Recommendations", "Our asks"), 0
	// outside one: there, "The trust must publish ..." asks the trust as
	// "should" would, while a "must" the law states stays a duty.
	recLevel int
	// reqOpener is the heading over a specification's requirements the
	// sentence is under (see requirementsContext), "" outside one.
	reqOpener string
}

// antecedents are the bodies a pronoun at the start of the sentence being
// judged points back to: those named in the last sentence before it.
func (x *extractor) antecedents() []evidence.Actor {
	if x.prev == "" {
		return nil
	}
	if x.prev != x.prevActorsText {
		last := x.prev
		if sp := Sentences(last); len(sp) > 0 {
			last = last[sp[len(sp)-1].start:sp[len(sp)-1].end]
		}
		x.prevActors, x.prevActorsText = mentionedActors(last), x.prev
	}
	return x.prevActors
}

// subjectBefore is the body an "it" at the start of the sentence being
// judged points back to: one body that opens the sentence before ("The
// Government should ...", "NHS England has promised ..."), else none.
func (x *extractor) subjectBefore() []evidence.Actor {
	if x.prev == "" {
		return nil
	}
	last := x.prev
	if sp := Sentences(last); len(sp) > 0 {
		last = last[sp[len(sp)-1].start:sp[len(sp)-1].end]
	}
	last = withoutSequenceLead(last)
	if itAsk(last) {
		return x.itActors // "Third, it should ..." after "Second, it should ..."
	}
	a, _ := leadingActorsEnd(last)
	if len(a) != 1 || a[0] == ownUnit || a[0] == noActor {
		return nil
	}
	return a
}

// readerActors is the role of the reader a letter asks as "you": the
// council where it addresses a councillor, the Government where it
// addresses a minister, else Other (an MP, a committee, a person).
func (x *extractor) readerActors() []evidence.Actor {
	body := x.doc.Body
	switch {
	case strings.Contains(body, "Dear Councillor") || strings.Contains(body, "Dear Cllr") || strings.Contains(body, "\nHi Cllr") || strings.HasPrefix(body, "Hi Cllr"):
		return []evidence.Actor{evidence.LocalAuthorities}
	case strings.Contains(body, "Dear Minister"):
		return []evidence.Actor{evidence.Government}
	}
	if a := x.greetingActors(); len(a) > 0 {
		return a // "Dear colleagues in the ICB"
	}
	return []evidence.Actor{evidence.OtherActor}
}

// publisherActors is the actor of the publishing body, for the parts of
// it a paper addresses ("The Quality Committee should"): the trust, the
// council or the ICB its name says it is, else Other.
func (x *extractor) publisherActors() []evidence.Actor {
	if a := actorsIn(x.doc.Source.Publisher); len(a) == 1 {
		return a
	}
	return []evidence.Actor{evidence.OtherActor}
}

// talkItOverRe is a question after a dash about when or where the group
// will talk over what goes before: " - can we discuss at the board on
// 3 May?", " – shall we pick this up on Thursday?".
var talkItOverRe = lazyre.New(`(?i)\s[-–—]\s+(?:(?:and|so|perhaps|maybe)\s+)?(?:can|could|shall|should)\s+we\s+(?:(?:also|perhaps|maybe|quickly|briefly)\s+)?(?:discuss|talk|pick|go\s+(?:through|over)|look\s+at|meet|chat|cover|take|put|add|raise|agree)\b[^?!.]{0,80}\?\s*$`)

// recsCountedRe is a sentence that only counts a document's
// recommendations: "The panel makes 4 recommendations.", "This report
// sets out six recommendations for the ICB." It asks no one; the asks
// follow it.
var recsCountedRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?(?:the|this|our|its)\s+(?:[\w’'-]+\s+){0,4}?(?:makes?|made|sets?\s+out|has|have|contains?|includes?|gives?|offers?)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:key|main|further|new|specific)\s+)?recommendations(?:\s+(?:for|to)\s+[^.;:]{1,60})?\.?$`)

// recsPointerRe is a sentence that only points to the recommendations
// after it: "We ask the Committee to consider the following
// recommendations in its report.", "4.1 The recommendations below are
// for the ICB." Like a count of them it asks no one; the asks follow.
var recsPointerRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?[^.;:!?]{0,80}\bthe\s+(?:following\s+(?:(?:key|main|specific|further)\s+)?recommendations|recommendations\s+(?:below|that\s+follow|set\s+out\s+below))\b[^.;:!?]{0,60}\.?$`)

// recsAbout reports a sentence that only counts the document's
// recommendations or points to them (recsCountedRe, recsPointerRe); a
// board asked to endorse "the following recommendations" decides, and
// is asked.
func recsAbout(t string) bool {
	return recsCountedRe.MatchString(t) || recsPointerRe.MatchString(t) && !decisionAskRe.MatchString(t)
}

// isRec reports whether s recommends, in its context: a question and a
// lead-in ending with a colon do not, nor does "must" in a section that
// states the law.
func (x *extractor) isRec(s string) bool {
	t := strings.TrimSpace(s)
	if writtenQuestionRe.MatchString(t) {
		return false // "To ask the Secretary of State ..., what steps": a question
	}
	if infoRequestLead(t) || inlineInfoRequest(t) {
		return false // "Please provide the following information ...:": figures asked for
	}
	if demandForService(t) {
		return false // "More families are asking for our help": demand, no ask
	}
	if recsAbout(t) {
		return false // "The panel makes 4 recommendations.": a count of asks, none
	}
	if m := resolutionAskRe.FindStringSubmatch(t); m != nil && len(actorsIn(m[1])) > 0 {
		return true // "That the ICB be asked to publish ...": a resolution asks it
	}
	if x.roleAsk(t) {
		return true // "Please fund ..." to "Dear Councillor"
	}
	if m := talkItOverRe.FindStringIndex(t); m != nil && m[0] > 0 {
		// "We ask the trusts to ring-fence clinic time - can we discuss
		// at the board on 3 May?": the writer's question of when to talk
		// it over leaves the ask before it one.
		t = strings.TrimSpace(t[:m[0]])
		s = t
	}
	if strings.HasSuffix(t, "?") {
		// A question asks nothing, unless it asks a body to act: "Could
		// NHS England please publish the specification?".
		return x.facts(s).question
	}
	if strings.HasSuffix(unemphasised(t), ":") && !x.leadInCheck {
		return false // a lead-in, also set in bold ("**The ICB should:**")
	}
	if x.specAsk(s) {
		return true // "Bidders should describe how they will ...": asked of the tender's party
	}
	if (x.inQuote || x.required || x.recLevel > 0) && requirement(s) && !strings.Contains(lazyre.ASCIILower(s), "must have ") {
		// "The council must recruit ..." in a councillor's quotation is
		// the speaker's demand, not a duty the text states.
		return true
	}
	f := x.facts(s)
	if f.planned && !x.decisions {
		return false // "The network will also ask every ICB to": a plan
	}
	if f.it && len(x.subjectBefore()) == 0 {
		return false // "It should cut waits": no body before to point to
	}
	if f.pronoun && !f.it && len(x.antecedents()) == 0 {
		return false // "They should..." with no body named before
	}
	if x.duty && !f.asks {
		// In a section stating the law, "must" states a duty, and so does
		// "should" when it reports what guidance says; only a body told
		// it should do something is asked.
		if mustOnly(s) {
			return false
		}
		if subject, at, _, _ := subjectMatch(s, lazyre.ASCIILower(s), shouldModals); len(subject) > 0 && !isView(s, at) {
			return true
		}
		return f.recThat || f.there || f.reported || f.required
	}
	return f.isRec()
}

// shouldModals are the verbs of advice, as against the "must" of a duty.
var shouldModals = []string{"should", "ought to"}

// decisionsHeadingRe is a heading over a meeting's decisions:
// "Decisions", "Decisions made", "3. Resolutions", "Agreed".
var decisionsHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:key|main|summary\s+of(?:\s+the)?)\s+)?(?:decisions?(?:\s+(?:made|taken|agreed|and\s+actions|and\s+recommendations))?|resolutions?|resolved|agreed|what\s+(?:we|the\s+[\w-]+|members)\s+agreed)\s*:?$`)

// mustOnly reports an obligation stated with "must" or "shall" and never
// "should": the language of duties.
func mustOnly(s string) bool {
	return (strings.Contains(s, "must") || strings.Contains(s, "shall")) && !strings.Contains(s, "should")
}

var (
	// dutyHeadingRe is a heading over a statement of the law, also when a
	// PDF glued it to the text under it: "Statutory duties of ICBs",
	// "3. Legal duties", "What the law says".
	dutyHeadingRe = lazyre.New(`(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:summary\s+of\s+)?(?:(?:statutory|legal)\s+(?:duties|requirements|framework|responsibilities|obligations)|the\s+law\b|what\s+the\s+law\s+(?:says|requires)|legislative\s+framework)`)
	// sectionNumberRe opens a numbered heading: "3. ", "2.1 ".
	sectionNumberRe = lazyre.New(`^\d{1,2}(?:\.\d{1,2})*\.?\s`)
	// inlineLabelRe is a "Recommendation 2:" label after a sentence, as
	// in a PDF whose list was joined into one paragraph.
	inlineLabelRe = lazyre.New(`(?:^|[.!?]["’”)]?\s+)(?i:recommendation)\s+\d{1,2}(?:\.\d{1,2})?[a-z]?\s*[:.–—-]`)
)

// leadActors is leadInActors(leadIn), remembered for the last lead-in;
// each caller has its own copy.
func (x *extractor) leadActors(leadIn string) []evidence.Actor {
	if !x.leadKnown || leadIn != x.lead {
		x.lead, x.leadActs, x.leadKnown = leadIn, leadInActors(leadIn), true
	}
	return slices.Clone(x.leadActs)
}

// facts is analyse(s), remembered for the last s.
func (x *extractor) facts(s string) recFacts {
	if len(s) != len(x.last) || s != x.last {
		x.last, x.lastFacts = s, analyse(s)
	}
	return x.lastFacts
}

// recContext tracks whether the blocks being read are under a heading that
// opens recommendations, and at what level, so that a sibling heading
// closes it and a sub-heading ("For ICBs") keeps it.
type recContext struct {
	always bool   // the source's section: is about recommendations
	level  int    // the level of the heading that opened it, or 0
	opener string // the heading that opened it
}

func (r *recContext) heading(text string, level int) {
	switch {
	case isRecHeading(text):
		if r.level == 0 || level <= r.level {
			r.level = max(level, 1)
			r.opener = text
		}
	case r.level > 0 && level <= r.level && !addresseeHeadingRe.MatchString(strings.TrimSpace(text)) && !recSubsection(r.opener, text):
		// A heading naming whom the next asks are for ("For integrated
		// care boards", "To the government") stays inside the
		// recommendations even where an import flattened its level.
		r.level = 0
	}
}

// addresseeHeadingRe is a heading that names the addressee of the asks
// under it: "For integrated care boards", "3.2 To NHS England".
var addresseeHeadingRe = lazyre.New(`^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:For|To)\s+(?:the\s+|all\s+|local\s+|national\s+)?[A-Za-z]`)

func (r recContext) on() bool { return r.always || r.level > 0 }

func (x *extractor) run() {
	section := x.doc.Source.Section
	rc := recContext{always: leadInRe.MatchString(x.doc.Source.Section)}
	labelled := false // the previous block was a "Recommendation:" label
	titled := false   // the label was a heading with a title of its own
	number := ""      // the number the label gave
	leadIn := ""      // a paragraph introducing a list of recommendations
	itemLead := ""    // a list item leading into lettered sub-items
	// leadNumber is the number a label gave the lead-in leadIn holds
	// ("Recommendation 3: NHS England should:"), which its items take.
	leadNumber := ""
	planLead := false    // the list under this paragraph holds the writer's own proposals
	requestLead := false // the list or paragraph under this one is what a request for information asks for
	willLead := false    // ... and its lead-in says what "we will" do
	caption := ""        // the caption of the table being read
	capHeader := ""      // the header line of the table the caption is of
	dutyPart := false    // under a numbered section that states the law
	var tbl table        // what is said about the table being read
	prevBlock := ""      // the text before this block, for pronouns
	// noEvidence: the blocks under this heading are a roster or a
	// listing of events; changes: the list being read is a page's change
	// history; an action log's row that is done is none either
	// (sections_rosters_and_done_actions.go).
	noEvidence, listings, changes := false, false, false
	capUnder, capNotOver := x.captionsUnder()
	for i, b := range x.doc.Blocks {
		x.para = i
		x.prev = prevBlock
		// Told at every block too, not only at sentences: a table's rows
		// have none, and a source of 200,000 rows said nothing until its
		// end (hostile check 50).
		if x.progress != nil {
			x.progress(b.Offset)
		}
		switch {
		case b.Kind == corpus.Heading:
			noEvidence, listings, changes = rosterHeadingRe.MatchString(b.Text), listingsHeadingRe.MatchString(b.Text), false
		case b.Kind == corpus.Paragraph && changeHistoryRe.MatchString(b.Text):
			changes = true
		case b.Kind != corpus.ListItem:
			changes = false
		}
		if noEvidence && (b.Kind == corpus.Paragraph || b.Kind == corpus.ListItem) && !rosterFinding(b.Text) ||
			(listings || changes) && b.Kind == corpus.ListItem || b.Kind == corpus.TableRow && doneActionRow(b) {
			continue
		}
		if b.Kind == corpus.Paragraph && (leadIn != "" || rc.on()) && markedParagraph(b.Text) {
			// "(ii) require each ICB to …" set as a paragraph under "NHS
			// England should:", or "(b) The council must …" under a
			// heading of recommendations: an item of their list.
			b.Kind = corpus.ListItem
		}
		if b.Kind == corpus.Heading {
			prevBlock = ""
		} else if b.Kind != corpus.Footnote {
			prevBlock = b.Text
		}
		if b.Kind != corpus.TableRow && b.Kind != corpus.Footnote {
			caption, capHeader = "", ""
		}
		switch b.Kind {
		case corpus.Footnote:
			continue // a reference, not evidence
		case corpus.TableRow:
			// A caption belongs to the table right after it, not to the
			// next one.
			if capHeader == "" {
				capHeader = b.HeaderLine
			} else if b.HeaderLine != capHeader {
				caption = ""
			}
			if i == 0 || b.HeaderLine != tbl.header || x.doc.Blocks[i-1].Kind != corpus.TableRow && x.doc.Blocks[i-1].Kind != corpus.Footnote {
				if caption == "" {
					caption = capUnder[i] // "Table 2: ..." set under the table
				}
				tbl = x.newTable(i, caption)
			}
			switch {
			case i == tbl.unitsRow:
				// A row of units says what the cells under it are.
			case len(b.Text) > MaxItemBytes:
				x.sentences(b, section) // not a row anyone would quote whole
			default:
				x.tableRow(b, section, &tbl)
			}
			labelled, leadIn, planLead, willLead, titled = false, "", false, false, false
			requestLead = false
			continue
		case corpus.Heading:
			section = b.Text
			x.lastCites = ""
			x.recTo = nil
			rc.heading(b.Text, b.Level)
			x.duty = dutyHeadingRe.MatchString(b.Text)
			x.requiredOf, x.required = actionHeadingOf(b.Text)
			if x.requirementsContext(b.Text) && !x.required || regulatorToldHeading(b.Text) {
				x.requiredOf, x.required = nil, true
			}
			x.decisions = decisionsHeadingRe.MatchString(strings.TrimSpace(b.Text))
			switch {
			case isRecHeading(b.Text):
				x.recLevel = max(b.Level, 1)
			case b.Level <= x.recLevel:
				x.recLevel = 0 // a heading beside it, not one of its parts
			}
			// Under a numbered heading that states the law ("3. Statutory
			// duties of ICBs"), the unnumbered headings that follow are its
			// parts, though an import flattened their levels; the next
			// numbered heading, or one of recommendations, ends it.
			switch {
			case sectionNumberRe.MatchString(b.Text) || isRecHeading(b.Text):
				dutyPart = x.duty
			case dutyPart:
				x.duty = true
			}
			labelled, leadIn, planLead, willLead, titled = false, "", false, false, false
			requestLead = false
			if h := headingLeadIn(b.Text); h != "" && x.itemFollows(i+1) && x.isLeadIn(h) {
				// "### The Department of Health and Social Care should:"
				// over the list of what it should do.
				leadIn = h
			}
			// "### Recommendation 3" labels the paragraph under it, and so
			// does a heading that titles it ("Recommendation 2: Children
			// in crisis", an accordion's "Recommendation 3 – Therapy in
			// schools"), where the paragraph asks: a title that is itself
			// the ask leaves the paragraph under it to explain.
			if m := labelOnlyRe.FindStringSubmatch(b.Text); m != nil {
				labelled, number = true, m[1]+m[2]
			} else if m := titledLabelRe.FindStringSubmatch(strings.TrimSpace(b.Text)); m != nil && !x.isRec(m[2]) {
				labelled, number, titled = true, m[1], true
			}
			continue
		case corpus.Paragraph:
			x.noteAddressee(b.Text)
			if leadIn != "" && x.runningHeader(i) {
				continue // the lead-in above leads the list below it
			}
			if x.tableNote(i) && !x.isRec(b.Text) {
				// A note on how a table's cells were made states no
				// finding: it is quoted as it stands, with no figures.
				if len(strings.Fields(b.Text)) >= MinExcerptWords && !noteOfMaking(b.Text) {
					x.addWith(b, 0, len(b.Text), evidence.Excerpt, section, "", []evidence.Figure{})
				}
				labelled, leadIn, titled = false, "", false
				continue
			}
			if (evidence.TableCaption(b.Text) || x.unitCaption(i)) && !strings.Contains(b.Text, "\n") && len(b.Text) < 400 {
				// "Table 1: Health checks for children looked after for 12
				// months": a title, whose numbers describe the table; its
				// unit ("£ million") is the table's; one set under the
				// table before is that table's (captionsUnder).
				caption = b.Text
				if capNotOver[i] {
					caption = ""
				}
				if figs := captionFinding(b.Text); len(figs) > 0 {
					// "Figure 1: More than six in 10 families reported damp":
					// a caption that states a finding, as charts are titled.
					x.addWith(b, 0, len(b.Text), evidence.Statistic, section, "", figs)
				} else if len(strings.Fields(b.Text)) >= MinExcerptWords && !captionOnly(b.Text, strings.ToLower(b.Text)) {
					// A caption that only names what its table holds is
					// the table's furniture; one that says something of it
					// ("Table 3: Waits rose in every area") is quoted.
					x.addWith(b, 0, len(b.Text), evidence.Excerpt, section, "", []evidence.Figure{})
				}
				labelled, leadIn, titled = false, "", false
				continue
			}
			if m := titledLabelRe.FindStringSubmatch(strings.TrimSpace(b.Text)); m != nil && titleOnly(m[2]) && !x.isRec(m[2]) {
				// An accordion's summary or a card's title read as a
				// paragraph: "Recommendation 2 – Plans on time".
				labelled, number, titled = true, m[1], true
				continue
			}
			if m := labelOnlyRe.FindStringSubmatch(strings.TrimSpace(b.Text)); m != nil ||
				labelRe.MatchString(b.Text) && strings.TrimSpace(labelRe.Get().ReplaceAllString(b.Text, "")) == "" {
				labelled, number, titled = true, "", false
				if m != nil {
					number = m[1] + m[2]
				}
				continue
			}
		}
		wasLabelled, labelNumber := labelled, number
		// "Recommendation 3: NHS England should:" over the list of what
		// it should do: the label numbers the items, and the lead-in,
		// which each item says again, is no item.
		leads := b.Kind == corpus.Paragraph && x.itemFollows(i+1) && bareLead(b.Text) && x.isLeadIn(b.Text)
		if titled && !x.asksUnderTitle(b.Text) && !leads {
			wasLabelled, labelNumber = false, ""
		}
		labelled, number, titled = false, "", false
		switch {
		case dutyHeadingRe.MatchString(b.Text):
			x.duty = true // a heading glued to its text
		case b.Kind == corpus.ListItem && b.Number != "" || isRecHeading(b.Text):
			x.duty = false // the next numbered section of a PDF
		}
		outerLead := leadIn
		if b.Kind != corpus.ListItem || !itemMarkerRe.MatchString(b.Text) {
			itemLead = ""
		} else if itemLead != "" {
			// "(a) contact every family" under "R3 The units should ...,
			// and in particular they should:", for this item only.
			leadIn = itemLead
		}
		// Each label holds "recommendation": two labels need two of it.
		glued := countFold(b.Text, "recommendation", 2) > 1 && len(inlineLabelRe.FindAllStringIndex(b.Text, 2)) > 1
		// Under a recommendations heading, the heading says whom the list
		// addresses when an item does not ("Recommendations for ICBs",
		// "### For government").
		lead := leadIn
		if lead == "" && rc.on() {
			lead = section
		}
		long := len(b.Text) > MaxItemBytes
		var inlineLead string
		var inline []inlineItem
		if b.Kind == corpus.Paragraph && !long && strings.Contains(b.Text, ": ") {
			inlineLead, inline = x.inlineItems(b.Text)
		}
		switch {
		case requestLead && (b.Kind == corpus.ListItem || b.Kind == corpus.Paragraph), b.Kind == corpus.Paragraph && !long && inlineInfoRequest(b.Text):
			// "Please provide the following information:" over "1. The
			// number of referrals received. 2. The percentage ... within
			// one week": the measures asked for, no finding and no ask.
			if len(strings.Fields(b.Text)) >= MinExcerptWords {
				x.addWith(b, 0, len(b.Text), evidence.Excerpt, section, "", []evidence.Figure{})
			}
		case long, glued, askedToNote(b.Text), reportBackOnly(b.Text) && !bodyLeadIn(b, leadIn):
			// Read sentence by sentence: too long to quote whole, several
			// labelled recommendations joined by a PDF, or a board asked
			// only to note something or to hear back ("The Committee is
			// asked to request that the ICB reports back in January").
			x.sentences(b, section)
		case len(inline) > 0:
			// "NHS England should: (i) publish …; (ii) require …": each
			// numbered part an ask of the lead-in's bodies, the lead-in no
			// item, as when the parts are set as a list.
			for _, it := range inline {
				x.addRec(b, it.start, it.end, section, inlineLead, it.number)
			}
		case wasLabelled && !leads:
			x.addRec(b, 0, len(b.Text), section, lead, labelNumber)
		case b.Kind == corpus.Paragraph && labelRe.MatchString(b.Text) && !leads:
			// "Recommendation 3: Government should..." or "R3 NHSE should..." on one line.
			m := labelRe.FindStringSubmatchIndex(b.Text)
			x.addRec(b, m[1], len(b.Text), section, lead, submatch(b.Text, m, 1)+submatch(b.Text, m, 2))
		case b.Kind == corpus.Paragraph && rc.on() && numberedRec(b.Text) > 0 && !boardAskRe.MatchString(b.Text) && !x.isLeadIn(b.Text) && !recsAbout(strings.TrimSpace(b.Text)) && !numberedOffer(b.Text):
			// "1.2 ICBs should..." under a recommendations heading.
			skip := numberedRec(b.Text)
			x.addRec(b, skip, len(b.Text), section, lead, strings.TrimRight(strings.TrimSpace(b.Text[:skip]), ".):"))
		case b.Kind == corpus.ListItem && leadIn != "" && boardAskRe.MatchString(leadIn):
			n := len(x.items)
			x.boardItem(b, section)
			if len(x.items) > n && groupAskedRe.MatchString(leadIn) {
				// "The sub-group is asked to:": a group of several
				// bodies decides, none of them the publisher alone.
				if it := x.lastItem(); slices.Equal(it.Actors, x.publisherActors()) {
					it.Actors = []evidence.Actor{evidence.OtherActor}
				}
			}
		case b.Kind == corpus.ListItem && leadIn == "" && rc.on() && b.Number != "" && passiveAskRe.MatchString(b.Text) && !x.isRec(firstSentence(b.Text)):
			// "4. The teams should be extended to colleges, because ...":
			// a numbered recommendation in the passive, which names no
			// one who should act (the colleges are where, not who).
			x.addRec(b, 0, len(b.Text), section, "", b.Number)
			x.lastItem().Actors = []evidence.Actor{}
		case b.Kind == corpus.ListItem && leadIn == "" && ownerCellEnd(b.Text) > 0:
			// "- Share a breakdown of agency spend | Owner: Calderbrook
			// Children's Hospital NHS FT | Due: 2 October": a meeting's
			// action table written out as text, each row an ask of the
			// body that owns it, as a "Recommendation | Lead" table's is.
			end := ownerCellEnd(b.Text)
			x.addRec(b, 0, end, section, "", "")
			x.lastItem().Actors = actionRowOwners(b.Text, end)
		case leadIn == "" && !rc.on() && x.improvementItem(b, section):
			// "- The timeliness of dental checks ..." under "What needs to
			// improve?": an area the inspector asks the addressee to improve.
			x.addImprovementItem(b, section)
		case b.Kind == corpus.ListItem && leadIn == "" && x.opensWithProse(b.Text):
			// "5. Implications for policy The government has said...": a
			// PDF's numbered heading glued to its text; each sentence is
			// read on its own. Under a heading of recommendations, a
			// numbered item that states a finding before its ask ("5. Head
			// teachers are left to decide alone. ICBs should agree a
			// protocol.") gives the ask its number.
			if rc.on() {
				x.itemNumber = b.Number
				if m := itemMarkerRe.FindStringSubmatch(b.Text); m != nil && b.Number == "" {
					x.itemNumber = m[1] // "- (f) Families told us ... The ICB should ..."
				}
			}
			x.sentences(b, section)
			x.itemNumber = ""
		case b.Kind == corpus.ListItem && (leadIn != "" || rc.on() && !recsAbout(strings.TrimSpace(b.Text)) && !x.statedPlan(b.Text) && !x.reportedFinding(b.Text) && !x.statedFact(b.Text) && (b.Number != "" && !x.idleQuestion(b.Text) || x.listRec(b.Text) || wantHeadingRe.MatchString(section) && !x.underOtherLeadIn(i)) || b.Number != "" && x.isRec(b.Text)):
			start, num := 0, b.Number
			if m := labelRe.FindStringSubmatchIndex(b.Text); m != nil {
				start = m[1]
				if n := submatch(b.Text, m, 1) + submatch(b.Text, m, 2); n != "" {
					num = n
				}
			} else if m := subNumberRe.FindStringSubmatchIndex(b.Text); m != nil && num == "" && leadIn != "" {
				// "4.1 the Board should provide ..." under "the Council
				// of Governors asked that:": a numbered part of the
				// request keeps its number.
				start, num = m[5], b.Text[m[2]:m[3]]
			} else if m := itemMarkerRe.FindStringSubmatchIndex(b.Text); m != nil && num == "" && (leadIn != "" || rc.on()) {
				// "(a) require each ICB to...", a lettered sub-item a PDF
				// set as a bullet, or a lettered paragraph under a heading
				// of recommendations: its letter is its number.
				start, num = m[1], b.Text[m[2]:m[3]]
			}
			if num == "" && leadIn != "" && leadIn == outerLead {
				num = leadNumber // "publish …" under "Recommendation 3: NHS England should:"
			}
			if leadIn == "" && !rc.on() && num == b.Number && x.paragraphNumbers(i) {
				// "15. We ask the Department to write to us ..." among a
				// report's numbered paragraphs of findings: the number is
				// the paragraph's, not the recommendation's.
				num = ""
			}
			x.addRec(b, start, len(b.Text), section, lead, num)
			if leadIn == "" && num == "" && wantHeadingRe.MatchString(section) && !x.listRec(b.Text) && !x.underOtherLeadIn(i) {
				// "a school nurse for every secondary school" under "What
				// we want to see": asked of whom the heading names, not of
				// the bodies the item is about. An item that opens with its
				// body in the infinitive ("CAMHS to tell schools when ...")
				// or names who is to pay or agree ("with costs paid by the
				// council") says whom it asks itself.
				it := x.lastItem()
				it.Actors = actorsIn(section)
				if a := openingSubject(b.Text[start:]); len(a) > 0 {
					it.Actors = a
				} else if a := agentActors(b.Text[start:]); len(a) > 0 {
					it.Actors = union(it.Actors, a)
				}
			}
			if strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
				itemLead = b.Text[start:]
			}
		case (actionLabelRe.MatchString(b.Text) || b.Kind == corpus.ListItem && actionsHeadingRe.MatchString(section)) && leadIn == "" && ownerCellEnd(b.Text) == 0 && ownedAction(strings.TrimSpace(b.Text)):
			// "Action: Trust to set out a recovery plan", "Health
			// visitors to add a language screen": a meeting's action
			// owned by a body.
			x.addRec(b, 0, len(b.Text), section, "", b.Number)
		case b.Kind == corpus.Paragraph && rc.on() && imperativeParagraph(b.Text) && !x.isLeadIn(b.Text):
			// "Restore the public health grant ...", a paragraph of its
			// own under "Our asks of the next government": the heading
			// names whom it asks.
			x.addRec(b, 0, len(b.Text), section, lead, "")
		case b.Kind == corpus.ListItem && planLead && !x.isRec(b.Text) && !(willLead && strings.ContainsAny(b.Text, "%£")):
			// "We propose to: - open two new clubs": what the writer plans
			// to do, not what was found; its numbers count nothing yet.
			if len(strings.Fields(b.Text)) >= MinExcerptWords {
				x.addWith(b, 0, len(b.Text), evidence.Excerpt, section, "", []evidence.Figure{})
			}
		case b.Kind == corpus.Paragraph && strings.IndexByte(b.Text, '\n') > 0 && datedListing(b.Text):
			// An event's title, day and booking line: no evidence.
		default:
			x.askLead = b.Kind == corpus.Paragraph && leadSaysNothing(b.Text) && x.itemFollows(i+1) && x.isLeadIn(b.Text)
			x.sentences(b, section)
			x.askLead = false
		}
		leadIn = outerLead
		if b.Kind == corpus.Paragraph {
			leadIn = ""
			if (x.isLeadIn(b.Text) || rc.on() && groupNeedsRe.MatchString(lastSentence(strings.TrimSpace(b.Text)))) && x.itemFollows(i+1) {
				leadIn = b.Text
				leadNumber = ""
				if leads && wasLabelled {
					leadNumber = labelNumber
				} else if m := labelRe.FindStringSubmatch(b.Text); leads && m != nil {
					leadNumber = m[1] + m[2]
				}
			}
			// The pattern ends with a colon: a text trimmed of spaces
			// that does not cannot match it.
			t := strings.TrimSpace(b.Text)
			planLead = i+1 < len(x.doc.Blocks) && x.doc.Blocks[i+1].Kind == corpus.ListItem &&
				strings.HasSuffix(t, ":") && planLeadRe.MatchString(t)
			// Under "we will:" the money a plan is funded with and the
			// share it targets are read, as the development set labels
			// them ("with ICB funding of £640,000", "reach our target of
			// 90%"); counts of new things and time targets are not.
			willLead = planLead && willLeadRe.MatchString(t)
			requestLead = i+1 < len(x.doc.Blocks) && infoRequestLead(t)
		}
	}
}

// ownerCellRe is the owner's cell of an action row written out as text:
// " | Owner: ICB workforce team | Due: 16 October". Group 1 is the owner.
var ownerCellRe = lazyre.New(`\s+\|\s*(?i:(?:action\s+)?owners?|leads?|responsible(?:\s+(?:body|organisation|lead))?|who|by\s+whom)\s*:\s*([^|]+?)\s*(?:\||$)`)

// ownerCellEnd is where the action ends in a line of an action table
// written out as text ("Draft a business case ... | Owner: ICB workforce
// team | Due: 16 October"), when the action opens with a verb of action
// that asks more than information and its owner is a body; else 0. A
// person's action ("| Owner: Priya") is the meeting's housekeeping.
func ownerCellEnd(text string) int {
	if !strings.Contains(text, "|") {
		return 0
	}
	m := ownerCellRe.FindStringSubmatchIndex(text)
	if m == nil || m[0] == 0 || len(actionRowOwners(text, m[0])) == 0 {
		return 0
	}
	action := strings.TrimSpace(text[:m[0]])
	if !tableAction(action) {
		return 0
	}
	return m[0]
}

// ownedBy are the bodies an owner cell names, nil when it names none the
// vocabulary knows (a person, "Chair").
func ownedBy(rest string) []evidence.Actor {
	m := ownerCellRe.FindStringSubmatch(rest)
	if m == nil {
		return nil
	}
	a := mentionedActors(m[1])
	if len(a) == 0 || slices.Equal(a, []evidence.Actor{evidence.OtherActor}) {
		return nil
	}
	return a
}

// tableAction reports the text of an action a meeting gives a body: it
// opens with a verb of action (imperativeParagraph, or one of the verbs
// of work set for the next meeting: "Draft a business case", "Prepare a
// report") and asks more than information ("Confirm whether ...", "Send
// the figures"). An action is short ("Review how caseloads are
// weighted"): its owner says it asks, so it needs fewer words than an
// excerpt.
func tableAction(t string) bool {
	t = bodyActionRest(t)
	w := strings.ToLower(firstWord(t))
	if infoVerbs[w] && !sendCopyRe.MatchString(t) || len(strings.Fields(t)) < 4 {
		return false
	}
	if imperativeParagraph(t) {
		return true
	}
	f := strings.Fields(t)
	// "Report on young people waiting": the subject reported on, where
	// "Plan on" or "Audit of" would name a noun's.
	next := strings.ToLower(strings.Trim(f[1], ",;:"))
	return actionWorkVerbs[w] && len(f) > 2 && (!nounFollowers[next] || w == "report" && next == "on")
}

// actionWorkVerbs open an action a meeting sets a body that lists of
// recommendations seldom use: "Draft a business case", "Prepare a paper".
var actionWorkVerbs = map[string]bool{"draft": true, "prepare": true, "write": true, "present": true, "scope": true,
	"explore": true, "investigate": true, "audit": true, "plan": true, "design": true, "test": true,
	// A board report's own actions (set 58): "Run sessions on every
	// night shift", "Add a module to induction", "Report cases to the
	// committee each quarter", "Complete the planning tool".
	"run": true, "add": true, "report": true, "complete": true,
	// A mortality report's actions from its reviews (sets 59 and 60):
	// "Revise the family leaflet", "Ask the coroner to agree a target
	// time".
	"revise": true, "ask": true, "repeat": true, "update": true,
	// An audit report's agreed management actions (set 62): "Renew the
	// section 75 agreement".
	"renew": true,
	// A partnership's action log (set 78): "Circulate the draft
	// pathway", "Invite the adult team manager to the group".
	"circulate": true, "invite": true,
	// An audit's action plan (set 83): "Open a transition plan at the
	// Year 9 review", "Send a copy of every plan to the GP".
	"open": true, "send": true, "start": true}

// sendCopyRe opens an action that sends a copy of a record to another
// service ("Send a copy of every plan to the GP"): a step of care, where
// "Send" alone most often asks for information (infoVerbs).
var sendCopyRe = lazyre.New(`(?i)^send\s+(?:a\s+copy|copies)\s+of\b`)

// headingLeadIn is a heading read as the lead-in of the list under it:
// one that ends with a colon as it stands, or a slide's title that ends
// with the "to" of its infinitive and no colon ("The Board is asked
// to"), which no heading but a lead-in does; else "".
func headingLeadIn(h string) string {
	t := strings.TrimSpace(h)
	switch {
	case strings.HasSuffix(t, ":"):
		return h
	case strings.HasSuffix(lazyre.ASCIILower(t), " to"):
		return t + ":"
	}
	return ""
}

// idleQuestion reports a question that asks no body to act: a
// consultation's "At what age should planning start?" numbered under a
// heading of next steps is a question put, not a recommendation.
func (x *extractor) idleQuestion(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(strings.TrimRight(t, `"'’”)`), "?") && !x.isRec(t)
}

// statedPlanRe is a sentence saying what a body will do: perhaps a time
// first ("In spring, "), its subject, a few words naming a body ("The
// network", "Our partnership board", "NHS England"), then the future
// ("will", "'ll", "is going to", "plans to", "intends to", "aims to")
// and a verb of doing. Group 1 is the verb, group 2 the word after it.
var statedPlanRe = lazyre.New(`^(?:(?i:in|by|from|next|this|later|over|during|early|before|after)\b[^,]{0,40},\s+)?(?:(?:the|this|that|our|their|its|each|every|a|an)\s+)?[\w’'&().-]+?(?:\s+[\w’'&().-]+?){0,5}?(?:\s+will|['’]ll|\s+(?:is|are)\s+(?:going|planning)\s+to|\s+(?:plans?|intends?|aims?|expects?)\s+to)\s+(?:(?:also|now|then|shortly|soon|next|first|jointly|formally)\s+)?([a-z]+)\b(?:\s+([a-z]+))?`)

// planNounRe is a plan or an aim named as a thing, not a body's future:
// "Describe the plan to families", "Set out our aims to parents".
var planNounRe = lazyre.New(`(?i)\b(?:the|a|an|our|its|their|this|that|each|every|any)\s+(?:plans?|aims?)\s+to\b`)

// wantedStates are the verbs after "will" that say how things will be for
// someone, which a list of what is wanted asks for ("every child will have
// a named worker"), or that ask themselves ("will need to", "will have
// to", "will be expected to"): no plan. "will be publishing" is one.
var wantedStates = map[string]bool{"have": true, "be": true, "get": true, "receive": true, "know": true, "feel": true, "see": true, "need": true, "want": true, "wish": true, "require": true, "expect": true, "benefit": true, "hear": true, "find": true, "experience": true, "face": true}

// statedPlan reports a list item saying what a body will do, once, and
// asking nothing: "The network will publish its plan in spring." (or "is
// going to", "plans to", "In spring, the network will …") under a heading
// of recommendations or of what needs to happen is the network's plan, not
// an ask of it (red-team round 20). An item that asks besides ("…, and
// ICBs should fund it") is still read as an ask, and so are the wants
// told as a future ("Every school will have a mental health lead").
func (x *extractor) statedPlan(text string) bool {
	t := strings.TrimSpace(text)
	if len(Sentences(t)) > 1 || x.isRec(t) {
		return false
	}
	m := statedPlanRe.FindStringSubmatch(t)
	if m == nil || strings.Contains(lazyre.ASCIILower(m[0]), " should ") || planNounRe.MatchString(m[0]) {
		return false
	}
	return !wantedStates[m[1]] || m[1] == "be" && strings.HasSuffix(m[2], "ing") && m[2] != "being"
}

// underOtherLeadIn reports a list item whose list a paragraph ending in a
// colon introduces, which is no lead-in to asks ("Families told us:"):
// under a heading of what is wanted, its items are what that paragraph
// says they are, not asks.
func (x *extractor) underOtherLeadIn(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch b := x.doc.Blocks[j]; b.Kind {
		case corpus.ListItem:
			continue
		case corpus.Paragraph:
			t := strings.TrimSpace(b.Text)
			return strings.HasSuffix(t, ":") && !x.isLeadIn(t)
		default:
			return false
		}
	}
	return false
}

// agentActors are the bodies an agent phrase names (agentRe): who is to
// pay for or agree what a noun phrase asks for.
func agentActors(text string) []evidence.Actor {
	var out []evidence.Actor
	for _, m := range agentRe.FindAllStringSubmatch(text, -1) {
		out = union(out, actorsIn(m[1]))
	}
	return out
}

// titleOnly reports the title of a label that is no sentence and no ask
// of its own: "Plans on time", not "Restore the grant" or "The trust
// should open a crisis room."
func titleOnly(t string) bool {
	t = strings.TrimSpace(t)
	return len(strings.Fields(t)) <= 8 && !sentenceEndRe.MatchString(t) && !imperativeParagraph(t)
}

// asksUnderTitle reports a paragraph under a titled label that asks: a
// sentence with a modal of obligation, a recommendation, or a verb of
// action opening it. Under "Recommendation 2: Workforce" the paragraph
// may instead say what was found, which the label does not make an ask.
func (x *extractor) asksUnderTitle(text string) bool {
	for _, m := range []string{" should ", " must ", " need to ", " needs to ", " ought to "} {
		if strings.Contains(text, m) {
			return true
		}
	}
	return imperativeParagraph(text) || x.isRec(text)
}

// submatch is the text of group g of a FindStringSubmatchIndex match, or "".
func submatch(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// isLeadIn reports a paragraph that introduces a list of recommendations:
// it ends with a colon and speaks of recommending ("We recommend:",
// "Recommendations for ICBs:") or asks ("The government should:", "We are
// calling on ministers to:").
func (x *extractor) isLeadIn(text string) bool {
	t := unemphasised(text)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	if leadInRe.MatchString(t) && !isDuty(t, lazyre.ASCIILower(t)) || boardAskRe.MatchString(t) || askThemRe.MatchString(t) || needFromRe.MatchString(lastSentence(t)) {
		return true
	}
	if m := nextStepsRe.FindStringSubmatch(lastSentence(t)); m != nil && len(actorsIn(m[1])) > 0 {
		return true
	}
	if m := expectsFromRe.FindStringSubmatch(lastSentence(t)); m != nil && len(expectedActors(m)) > 0 {
		return true
	}
	if who := askedToDo(t); who != "" && len(addresseeActors(who)) > 0 {
		// "What we are asking MPs to do:" over the asks of them.
		return true
	}
	if x.bodyMustLead(t) || hereIsWhatLead(t) || askedThatLeadRe.MatchString(t) || readerHelpLead(t) {
		return true
	}
	if m := addresseeLeadRe.FindStringSubmatch(t); m != nil && len(actorsIn(m[1])) > 0 {
		// "Of the Department for Education:" over the asks of it.
		return true
	}
	x.leadInCheck = true
	defer func() { x.leadInCheck = false }()
	if x.isRec(t) {
		return true
	}
	// "It is time for the government to:", "There is an urgent need for
	// NHS England to:": an ask whose verb each item gives, read as the
	// ask it is once a verb finishes it.
	body, ok := strings.CutSuffix(t, " to:")
	return ok && x.isRec(body+" to act.")
}

var (
	// passiveAskRe is an ask in the passive that opens an item: "The
	// teams should be extended to colleges", "Waiting times must be
	// published". "should have been" judges the past; "should be able
	// to" is an entitlement, read as one elsewhere.
	passiveAskRe = lazyre.New(`^(?:The|These|Such|All|Both|Its|Their)?\s*(?:[\w’'-]+\s+){0,5}(?:should|must|ought\s+to)\s+(?:also\s+|now\s+|urgently\s+)?be\s+(?:[a-z]+ed|given|made|set|kept|built|run|taken|brought|paid|drawn\s+up|written)\b`)
	// wantHeadingRe is a heading of what the writer wants, under which a
	// list of bare noun phrases is what is asked for: "What we want to
	// see by 2030", "Our asks".
	wantHeadingRe = lazyre.New(`(?i)^(?:what\s+we\s+(?:want|need|are\s+(?:asking|calling)\s+for|ask\s+for|call\s+for)|what\s+we\s*['’]re\s+(?:asking|calling)\s+for|our\s+(?:asks|calls|demands)|what\s+(?:needs|has)\s+to\s+(?:happen|change)\s*$)`)
	// agentRe names who is to pay for, agree or set what a noun phrase
	// asks for: "with costs paid by the council", "agreed between NHS
	// England and the Department of Health and Social Care".
	agentRe = lazyre.New(`\b(?:paid(?:\s+for)?|funded|agreed|set(?:\s+in\s+law)?|commissioned|guaranteed|underwritten)\s+(?:by|between)\s+([^,;:.()]{2,100})`)
	// groupNeedsRe is a lead-in, under a heading of asks, saying what a
	// group of people needs: "To put this right, young carers need:".
	// Outside such a heading it may describe care ("Children with
	// asthma need:"), and after a verb of saying it reports a view.
	groupNeedsRe = lazyre.New(`(?i)^(?:[^:]{0,60},\s+)?(?:(?:all|every|disabled|young|these|such)\s+)*(?:children|young\s+people|young\s+carers|carers|families|parents|pupils|babies|teenagers|care\s+leavers|students|patients|child|family|young\s+person)(?:\s+and\s+(?:their\s+)?(?:families|parents|carers))?(?:\s+(?:with|who|in|on|waiting)\b[^:]{0,60})?\s+(?:need|needs|deserve|deserves)\s*:$`)
	// unfinishedLeadRe ends a lead-in whose verb its list items finish:
	// "... to:", "... should:", "... must:".
	unfinishedLeadRe = lazyre.New(`(?i)\b(?:to|should|must|shall|will|need\s+to|needs\s+to|ought\s+to)\s*:\s*$`)
	// expectsFromRe is a lead-in of what a body expects from others:
	// "The plan sets out what the ICB expects from local health services
	// this winter:", "We expect every integrated care board to:" (the
	// others are asked).
	expectsFromRe = lazyre.New(`(?i)\bexpects?\s+(?:of|from)\s+(.{2,80}?)(?:\s+(?:this|next|over|by|in|during|from)\b[^:]*)?\s*:\s*$|\bexpects?\s+((?:every|each|all|the|our|local|national|[A-Z])[^:]{1,80}?)\s+(?:to|will)\s*:\s*$`)
	// planLeadRe introduces a list of the writer's own proposals or plans:
	// "We propose to:", "The council is proposing to:", "Our proposals
	// are:", "In the coming year we will:" (an annual report's
	// priorities: "open two new clinics", "bring every wait under a year
	// by March" count and time nothing yet).
	planLeadRe = lazyre.New(`(?i)(?:\b(?:we|the\s+\w+(?:\s+\w+)?)\s+(?:propose|proposes|are\s+proposing|is\s+proposing|plan|plans|are\s+planning|is\s+planning|intend|intends)\s+to|^(?:our|the|its)\s+(?:main\s+)?proposals?(?:\s+(?:are|is))?|\bwe\s+will(?:\s+also|\s+now)?)\s*:\s*$`)
	// willLeadRe is planLeadRe's "we will:" lead-in.
	willLeadRe = lazyre.New(`(?i)\bwe\s+will(?:\s+also|\s+now)?\s*:\s*$`)
	// needFromRe heads a list of what the writer asks, of a body ("What we
	// need from the ICB:", "Our asks of the government are:") or of no one
	// in particular ("Our asks:", "In the meantime, we are asking:", where
	// each item names its own addressee).
	// A list of what is asked with no addressee ("What we need:", "Key
	// asks:", "What we're calling for:") asks whom each item names.
	needFromRe = lazyre.New(`(?i)^(?:(?:what|here\s+is\s+what|this\s+is\s+what)\s+(?:we|i)(?:\s+(?:also|now|still|really))?(?:\s+(?:need|want|would\s+like|are\s+(?:asking|calling)\s+for|ask(?:\s+for)?|call\s+for)|\s*['’](?:d\s+like|re\s+(?:asking|calling)\s+for))(?:\s+(?:from|of)\s+[^:.;]{2,60})?|(?:(?:our|my|the)\s+)?(?:(?:main|key|specific|urgent|top|priority|\w+)\s+)?(?:asks?|requests?|demands?)(?:\s+(?:of|for|to)\s+[^:.;]{2,60}?)?(?:\s+(?:are|is))?|(?:[\w ]{0,30},\s+)?(?:we|i)(?:\s+(?:(?:are|am)\s+)?|\s*['’](?:re|m)\s+)(?:also\s+|now\s+|therefore\s+)?(?:asking|urging|calling\s+for))\s*:\s*$`)
	// nextStepsRe heads what a named body is to do next: "Next steps for
	// the council:", "Actions for ICBs:". Without a body ("Next steps:")
	// it lists the writer's own plans.
	nextStepsRe = lazyre.New(`(?i)^(?:(?:the|our|suggested|proposed|recommended|key|priority)\s+)?(?:next\s+steps|actions?|priorities)\s+(?:for|by)\s+([^:.;]{2,60}?)\s*:\s*$`)
	// addresseeLeadRe is a lead-in that only names whom the list under
	// it asks: "Of the Department for Education:", "For ICBs:".
	addresseeLeadRe = lazyre.New(`^(?:For|Of|To)\s+([^:.;?!]{2,60}?)\s*:$`)
	// askedThatLeadRe ends a body's request whose items finish it:
	// "Following discussion, the Council of Governors asked that:",
	// "Members requested that:".
	askedThatLeadRe = lazyre.New(`(?i)\b(?:asked|asks|ask|requested|requests|request|urged|urges|urge)\s+that\s*:\s*$`)
	// askThemRe asks bodies named just before to do what the list says:
	// "We are asking them to:", "We urge both to:".
	askThemRe = lazyre.New(`(?i)\b(?:we\s+are|we['’]re|we)\s+(?:asking|calling\s+on|urging|ask|call\s+on|urge)\s+(?:them|you|both(?:\s+of\s+them)?|each\s+of\s+them|these\s+(?:bodies|organisations|services))\s+to\s*:\s*$`)
	// boardAskRe is a paper's request to the body it goes to: "The Board
	// is asked to:", "Members are invited to:", a partnership's "The
	// sub-group is asked to:", "The Board is asked to
	// note the position in this paper, and to approve:".
	// A minute's resolution elides the body in each item: "RESOLVED that
	// the committee: ... b) asks the ICB to ...".
	boardAskRe = lazyre.New(`(?i)(?:\b(?:board|committee|sub-committee|(?:sub-?|working\s+|steering\s+)?group|cabinet|panel|council|governing\s+body|members|meeting)\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to(?:\s+(?:approve|agree|endorse|support|ratify|consider\s+and\s+approve|note\s+and\s+approve|` + noteThenDecide + `)(?:\s+the\s+following(?:\s+\w+){0,3})?)?|^resolved\s*[,:–-]?\s*(?:that\s+)?(?:the\s+)?(?:board|committee|sub-committee|cabinet|panel|meeting|council))\s*:\s*$`)
	// withBodyRe names the bodies a board acts with: "Agree a template
	// with both councils", "jointly with the trusts".
	withBodyRe = lazyre.New(`\b(?:with|alongside)\s+((?:the|both|all|our|each\s+of\s+the|local)\s+[\w’'&-]+(?:\s+[\w’'&-]+){0,2})`)
	// withNamedBodyRe names a body a board's item is done with by its
	// name: "a joint review with NHS Eastvale ICB of the capacity".
	withNamedBodyRe = lazyre.New(`\b(?:with|alongside)\s+(\p{Lu}[\w’'&-]*(?:\s+(?:and\s+|&\s+|of\s+|for\s+)?\p{Lu}[\w’'&-]*){0,8})`)
	// boardAskItemRe opens a board item that has the board ask another
	// body: "Ask the trusts to report ...", "Request that the councils".
	boardAskItemRe = lazyre.New(`^(?:Ask|Request|Invite|Instruct|Direct|Require)\b`)
	// boardDecideRe opens a board item that decides: "Approve the
	// proposal to commission ... jointly with both local authorities".
	boardDecideRe = lazyre.New(`^(?:Approve|Agree|Endorse|Support|Ratify|Confirm)\b`)
	// agreeThatRe opens a board item deciding what bodies shall do:
	// "Agree that the ICB and both councils jointly commission ...".
	agreeThatRe = lazyre.New(`^(?:Agree|Approve|Endorse|Support|Confirm|Resolve)\s+that\s+`)
	// subNumberRe is a paragraph's section-and-part number before a word
	// in lower case that goes on from a lead-in: "4.1 the Board should".
	// Group 2 is the space before the word.
	subNumberRe = lazyre.New(`^(\d{1,2}\.\d{1,2})\.?(\s+)[a-z]`)
	// itemMarkerRe is a list item's own letter or number kept in its text:
	// "a) ", "(ii) ", "3. ".
	itemMarkerRe = lazyre.New(`^\(?([a-z]|[ivx]{1,4}|\d{1,2})[).]\s+`)
	// noteItemRe opens a request to take note rather than to decide:
	// "note the risks", "receive the report", "be assured that".
	// "agree to receive a progress report" takes information too.
	noteItemRe = lazyre.New(`^(?i:notes?|receives?|be\s+assured|is\s+assured|takes?\s+assurance|discuss(?:es)?|comments?\s+on|agrees?\s+to\s+(?:receive|note))\b`)
)

// noteThenDecide is a board's request to take note of one thing and to
// decide on the list that follows: "note the position set out in this
// paper, and to approve". Lead-ins of asks (boardAskRe) and lead-ins that
// are no evidence (listLeadRe) both end in it.
const noteThenDecide = `note\s+[^:.;!?]{1,80}?,?\s+and\s+(?:to\s+)?(?:approve|agree|endorse|support|ratify)`

// groupProcedureRe is a board's or group's item about its own
// business: "AGREE the terms of reference", "approve the minutes of the
// last meeting", "agree the dates of future meetings".
var groupProcedureRe = lazyre.New(`(?i)^(?:agree|approve|confirm|adopt|note|review)\s+(?:the\s+)?(?:(?:group['’]s|board['’]s|committee['’]s|draft|revised|new|updated)\s+)?(?:terms\s+of\s+reference|minutes|agenda|dates?\s+of\s+(?:the\s+)?(?:next|future)\s+meetings?|membership|forward\s+plan|work\s+plan)\b[^.;]{0,40}[.;]?$`)

// groupAskedRe is a lead-in asking a group rather than a body's board:
// "The sub-group is asked to:", "The steering group is invited to:".
var groupAskedRe = lazyre.New(`(?i)\b(?:sub-?group|working\s+group|steering\s+group|task\s+and\s+finish\s+group|group)\s+(?:is|are)\s+(?:asked|invited|requested)\s+to\b`)

// noteThenDecideItemRe is a board's item that notes one thing and
// decides another: "note the fall in referrals and agree a review".
var noteThenDecideItemRe = lazyre.New(`(?i)^` + noteThenDecide + `\b`)

// baseForm puts a resolution's verb in the third person into the
// imperative: "Asks the ICB to" is read as "Ask the ICB to", "Invites"
// as "Invite".
func baseForm(item string) string {
	w, rest, _ := strings.Cut(item, " ")
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return item
	}
	for _, base := range []string{w[:len(w)-1], strings.TrimSuffix(w, "es")} {
		if c := base + " " + rest; imperativeRe.MatchString(c) || boardAskItemRe.MatchString(c) {
			return c
		}
	}
	return item
}

// boardItem reads one item of a paper's request to its board. A request
// to decide ("c) approve the plan and the investment of £1.2m") is a
// recommendation to the body the paper goes to, which is the publisher's
// own; a request to note is information.
func (x *extractor) boardItem(b corpus.Block, section string) {
	start, num := 0, b.Number
	if m := itemMarkerRe.FindStringSubmatchIndex(b.Text); m != nil {
		start, num = m[1], b.Text[m[2]:m[3]]
	}
	if groupProcedureRe.MatchString(b.Text[start:]) {
		// "AGREE the terms of reference": the meeting's own business,
		// no ask of a body.
		return
	}
	if noteItemRe.MatchString(b.Text[start:]) && !noteThenDecideItemRe.MatchString(b.Text[start:]) {
		// "note the risks" takes note; "note the fall and agree a deep
		// dive" decides too.
		x.sentences(b, section)
		return
	}
	x.addRec(b, start, len(b.Text), section, x.doc.Source.Publisher, num)
	if m := withNamedBodyRe.FindStringSubmatch(b.Text[start:]); m != nil {
		// "a joint review with NHS Eastvale ICB": the board's body acts
		// with the body named.
		if pub := x.publisherActors(); len(pub) == 1 && pub[0] != evidence.OtherActor {
			it := x.lastItem()
			it.Actors = union(union(pub, it.Actors), actorsIn(m[1]))
		}
	}
	// A PDF's lettered items open in lower case ("c) ask the ICB to
	// fund"): the verb is read as if it opened a sentence.
	if item := baseForm(capitalised(strings.TrimSpace(b.Text[start:]))); imperativeRe.MatchString(item) || boardAskItemRe.MatchString(item) || boardDecideRe.MatchString(item) {
		// "Ask the trusts to report ...", "Agree a template with both
		// councils": the board asked acts, with or through the bodies
		// the item names.
		if pub := x.publisherActors(); len(pub) == 1 && pub[0] != evidence.OtherActor {
			it := x.lastItem()
			it.Actors = union(pub, it.Actors)
			if m := withBodyRe.FindStringSubmatch(item); m != nil {
				it.Actors = union(it.Actors, actorsIn(m[1]))
			}
			if m := agreeThatRe.FindStringIndex(item); m != nil {
				// "Agree that the ICB and both councils jointly commission
				// one pathway": the bodies the board agrees shall act
				// are asked with it.
				if a, _ := leadingActorsEnd(item[m[1]:]); len(a) > 0 {
					it.Actors = union(it.Actors, a)
				} else if who, _, ok := strings.Cut(item[m[1]:], " jointly "); ok {
					// "Agree that public health and the ICB jointly
					// review": a team of the board's own body beside a
					// body named, who act together.
					it.Actors = union(it.Actors, actorsIn(who))
				}
			}
			if boardAskItemRe.MatchString(item) {
				// "Invite the Director of Children's Services and the
				// ICB's Chief Nursing Officer to report": the bodies
				// invited or asked.
				who, _, _ := strings.Cut(item, " to ")
				it.Actors = union(it.Actors, actorsIn(who))
			}
		}
	}
}

// actionsHeadingRe is a heading over a meeting's actions: "ACTIONS",
// "Actions arising", "Action items", "Agreed actions", "Further actions agreed", "Next
// steps", and actions for the readers, "Actions for partners". Its items in the
// infinitive ("Trust to set out a plan") are what each owner is to do;
// elsewhere a list of "NHS England to publish guidance" may report an
// announcement.
var actionsHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:agreed|summary\s+of|key|new|outstanding|further|other|additional)\s+)?(?:actions?(?:\s+(?:arising|points|items|log|agreed|and\s+next\s+steps))?|next\s+steps)(?:\s+for\s+[^:.;?!]{2,40})?\s*:?$`)

// imperativeParagraph reports a paragraph that opens with a verb of action
// used as one ("Restore the grant ..."), not as a noun ("Support for
// families is patchy", "Work on the plan began"), and says nothing with a
// modal, whose subject then decides.
func imperativeParagraph(text string) bool {
	t := strings.TrimSpace(text)
	if !imperativeRe.MatchString(t) || strings.Contains(t, " should ") || strings.Contains(t, " must ") {
		return false
	}
	f := strings.Fields(t)
	return len(f) > 2 && !nounFollowers[strings.ToLower(strings.Trim(f[1], ",;:"))]
}

// nounFollowers follow a verb of action used as a noun: "Support for",
// "Review of", "Work on", "Use is".
var nounFollowers = map[string]bool{"of": true, "for": true, "on": true, "in": true, "is": true, "was": true, "has": true,
	"have": true, "are": true, "were": true, "from": true, "and": true, "at": true, "by": true, "will": true, "can": true}

// capitalised is s with its first letter in upper case.
func capitalised(s string) string {
	if s == "" || !isLower(s[0]) {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// listRec reports a list item under a recommendations heading that reads
// as one: it opens with a verb of action ("Publish a plan..."), or is a
// recommendation sentence. A bullet of findings there ("58% of trusts...")
// is not one.
func (x *extractor) listRec(text string) bool {
	t := strings.TrimSpace(text)
	if m := labelRe.FindStringIndex(t); m != nil && m[1] < len(t) {
		// "- R2 That the Director of Public Health reports ...": a
		// bullet whose label numbers it; the ask is what follows.
		t = t[m[1]:]
		text = t
	} else if m := itemMarkerRe.FindStringIndex(t); m != nil && m[1] < len(t) {
		// "- (c) Publish the waits ...": a PDF's lettered item, its
		// letter kept in its text.
		t = t[m[1]:]
		text = t
	}
	if strings.HasSuffix(t, ":") {
		// "R3 The units should make sure ..., and in particular they
		// should:" leads into sub-items and recommends itself.
		return x.isLeadIn(t)
	}
	// "The next government to restore the grant", "Every family to
	// have a named health visitor": asks in the infinitive, as lists of
	// asks set them.
	return imperativeRe.MatchString(t) || x.isRec(text) || len(openingSubject(t)) > 0 && ownedAction(t) || bodyToHave(t) || everyoneToRe.MatchString(t) || requirement(t)
}

// opensWithProse reports a list item of several sentences whose first
// sentence neither recommends nor opens with a verb of action: a heading
// and its section joined into one item, not one recommendation.
func (x *extractor) opensWithProse(text string) bool {
	sp := Sentences(text)
	if len(sp) < 2 {
		return false
	}
	first := text[sp[0].start:sp[0].end]
	return !x.listRec(first) && !labelRe.MatchString(first)
}

// numberedOffer reports a numbered paragraph under a heading of
// recommendations whose first sentence is the writer's furniture, an
// offer to give evidence or to meet ("5.2 The Network would be pleased to
// give oral evidence."): the number is the paragraph's, no ask's.
func numberedOffer(text string) bool {
	skip, _, _ := furnitureSentence(firstSentence(text[numberedRec(text):]))
	return skip
}

// numberedRec is the length of a recommendation number opening a
// paragraph ("1.2 ", "3. ", "4) "), followed by a capital; 0 when there is none.
func numberedRec(text string) int {
	i := 0
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	if i == 0 || i > 2 {
		return 0
	}
	for i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) {
		i++
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	if i < len(text) && (text[i] == '.' || text[i] == ')' || text[i] == ':') {
		i++
	}
	j := skipSpace(text, i)
	if j == i || j >= len(text) || !isUpper(text[j]) {
		return 0
	}
	return j
}

// sentences classifies each sentence of a block; runs of sentences that are
// neither statistic nor recommendation become one excerpt, cut before it
// would pass MaxItemBytes.
func (x *extractor) sentences(b corpus.Block, section string) {
	runStart := -1
	runEnd := 0
	flush := func() {
		if runStart >= 0 && countFields(b.Text[runStart:runEnd]) >= MinExcerptWords {
			// An excerpt is made of sentences without figures.
			x.addWith(b, runStart, runEnd, evidence.Excerpt, section, "", []evidence.Figure{})
		}
		runStart = -1
	}
	defer func() { x.inQuote = false }()
	var quote quoteTracker
	sents := Sentences(b.Text)
	if len(sents) > 0 && b.Kind == corpus.Paragraph {
		// "2.1 Only 54% of ...": a board paper's paragraph number is no
		// word of its first sentence, its quote, measure or key.
		sents[0].start += paragraphNumberLen(b.Text[sents[0].start:sents[0].end])
	}
	for i, sp := range sents {
		s := b.Text[sp.start:sp.end]
		x.inQuote = quote.continues(b.Text, sp.start)
		// Told before the sentence is read, whatever it becomes: told only
		// for statistics and excerpts, a source of recommendations alone
		// said nothing until its end (a 4 MB one: 20 s of "0 sources").
		if x.progress != nil {
			x.progress(b.Offset + sp.start)
		}
		if x.askLead && strings.TrimSpace(b.Text[sp.end:]) == "" && strings.HasSuffix(unemphasised(s), ":") {
			flush()
			break
		}
		if editorsBoilerplate(s, section) || sourceListEntry(s, b, section) {
			flush()
			continue
		}
		if skip, rest, overAsk := furnitureSentence(s); skip && (overAsk || !x.isRec(s)) {
			// An aside, a helpline line or a study's furniture: no item,
			// and no excerpt runs across it.
			flush()
			if rest && len(strings.Fields(b.Text[sp.end:])) <= 60 {
				break // the citation's title and publisher
			}
			continue
		}
		if (x.isRec(s) || labelledListAsk(x, s)) && !lawAccount(b.Text, sents, i, x.facts(s).asks || x.facts(s).recThat || x.facts(s).question || x.specAsk(s)) && !x.aimOfList(b.Text, sents, i) {
			flush()
			// "Recommendation 2: ICBs should..." inside a paragraph: the
			// label gives the number and is not quoted.
			start, num := sp.start, x.itemNumber
			if m := labelRe.FindStringSubmatchIndex(s); m != nil {
				start, num = sp.start+m[1], submatch(s, m, 1)+submatch(s, m, 2)
			}
			x.addRec(b, start, sp.end, section, "", num)
			x.prev = s
			continue
		}
		read := untorn(b.Text, sp, Figures(tileRead(s)))
		if len(read) == 0 && x.learnedFurniture(s, b, section) {
			// Furniture by the learned model: as by a rule above.
			flush()
			continue
		}
		x.citeBefore = ""
		if i > 0 {
			x.citeBefore = b.Text[sents[i-1].start:sents[i-1].end]
		}
		x.prev = s
		figs := thanksCounts(s, storyCounts(s, read))
		if len(figs) > 0 && (tableLike(s) || measureNameOnly(s, figs)) {
			figs = nil
		}
		switch {
		case len(figs) > 0:
			flush()
			x.addWith(b, sp.start, sp.end, evidence.Statistic, section, "", figs)
		default:
			if runStart >= 0 && sp.end-runStart > MaxItemBytes {
				flush()
			}
			if runStart < 0 {
				runStart = sp.start
			}
			runEnd = sp.end
		}
	}
	flush()
}

// tableLike reports text that is cells of a table rather than a sentence:
// fewer than two words, or more numbers than words ("North East 45% 52%
// 61%"). Its numbers are not figures: without a header nobody can say
// what they count. A year after "in" is the sentence's time, counted as
// neither: "Coverage was 85% in 2023 (88% in 2022, -3pp)." is a sentence,
// read as cells before (hostile check 55), with no figure. A year in
// brackets is one too: "Spending (£m) was 45.2 (2023) and 40.1 (2022)."
// was cells, no figure (hostile check 59). A quarter's year is its time
// too and a money note no number: "Spending in Q1 2024 (£000s) was
// 4,500." was cells, no item (hostile check 60). So is the year of a
// prior-year comparator, "(2022:": "Income was £4.5m (2022: £4.2m)." was
// cells, no item (hostile check 60), where "The trust's income was ..."
// had one word more.
func tableLike(s string) bool {
	words, numbers := 0, 0
	prev := ""
	for _, f := range strings.Fields(s) {
		if (strings.EqualFold(prev, "in") || quarterWord(prev) || strings.HasPrefix(f, "(") && f != "(" && strings.HasSuffix(strings.TrimRight(f, ",.;:"), ")")) && isYearNumber(strings.Trim(f, "(,.;:)")) ||
			comparatorYearRe.Get().MatchString(f) ||
			moneyNoteRe.Get().MatchString(f) {
			prev = f
			continue
		}
		prev = f
		if quarterWord(strings.Trim(f, "(,.;:)")) {
			// "in Q1, Q2 and Q3 2023": the quarters are periods' names,
			// no values (hostile check 60: "rose 3pp, 2pp and 1pp in Q1,
			// Q2 and Q3 2023" had more numbers than words, a table's).
			continue
		}
		letters, digits := 0, 0
		for i := 0; i < len(f); i++ {
			switch {
			case isLetter(f[i]):
				letters++
			case isDigit(f[i]):
				digits++
			}
		}
		switch {
		case digits > 0:
			numbers++
		case letters >= 2:
			words++
		}
	}
	return words < 2 && !oneWordCountLabel(s) && !moneyLabelLine(s) || numbers >= 3 && numbers > words
}

// moneyLabelLineRe is a line of a label naming money and its one sum,
// marked as money by a note on the label or a "£" on the value: "Budget
// (£000s): 4,500", "Budget: £4.5m", "Spend (£m): 12.5", with the label's
// year before or after the note, "Budget 2023/24 (£000s): 4,500" (hostile
// check 63: no item), and another time's value after it, "; 2022/23:
// 4,200" (hostile check 64: no item). Group 1 is the label's words,
// group 2 its note, group 3 the value's "£".
var moneyLabelLineRe = lazyre.New(`(?i)^\s*((?:\pL+[\s'’-]+){0,3}?` + measure.MoneyWords + `)(?:\s+` + labelYearRe + `)?\s*(\(\s*£` + measure.MoneyScaleWords + `\s*\)|\(\s*£\s*\))?(?:\s+` + labelYearRe + `)?\s*:\s+(£)?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion)?(?:;\s+` + timeLabelPairRe + `\s+£?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion)?)?\.?\s*$`)

// moneyLabelLine reports a label line naming money with its sum
// (moneyLabelLineRe): a statistic of the sum, scaled by its note, as
// "Staff in post: 45" is a count. Before (hostile check 62), one word
// and a note were too few for a sentence, and the line held no figure.
func moneyLabelLine(s string) bool {
	m := moneyLabelLineRe.Get().FindStringSubmatchIndex(s)
	return m != nil && (m[4] >= 0 || m[6] >= 0)
}

// comparatorYearRe is the year that opens a prior-year comparator in
// brackets: "(2022:", "(2022/23:".
// A later part's year, "2021:" of "(2022: 1,150; 2021: 1,010)", is one
// too (hostile check 63: the sentence was cells, no figure).
var comparatorYearRe = lazyre.New(`^\(?(?:19|20)\d{2}(?:[/–-]\d{2,4})?:$`)

// oneWordCountLabelRe is a line of one word's label and its value:
// "Caseload: 14". Group 1 is the label.
// "Staff (FTE): 45" too, its note how the people are counted
// (workforceNoteRe).
var oneWordCountLabelRe = lazyre.New(`^\s*(\pL+)(?:\s*` + measure.WorkforceNote + `)?:\s+\d[\d,]*\.?\s*$`)

// oneWordCountLabel reports a label line whose one word names a number of
// people (labelCountNames), "Caseload: 14", "Backlog: 3": a figure, no
// table's cell, as the label reader counts it. Before (hostile check 60),
// one word was too few for a sentence and the line held no figure.
func oneWordCountLabel(s string) bool {
	m := oneWordCountLabelRe.Get().FindStringSubmatch(s)
	return m != nil && labelCountNames[strings.ToLower(m[1])]
}

// quarterWord reports a quarter's short name, "Q1" to "Q4", before its year.
func quarterWord(w string) bool {
	return len(w) == 2 && (w[0] == 'Q' || w[0] == 'q') && w[1] >= '1' && w[1] <= '4'
}

// askedToNote reports a paper asking a board only to note something: for
// information, not a recommendation, even under a "Recommendation" label.
func askedToNote(s string) bool {
	return (strings.Contains(s, " to note") || strings.Contains(s, " to receive")) && askedToNoteRe.MatchString(s) &&
		!decisionAskRe.MatchString(s)
}

var askedToNoteRe = lazyre.New(`(?i)\b(?:asked|invited|requested)\s+to\s+(?:note|receive)\b`)

// addRec makes a recommendation from b.Text[start:end] with its number.
func (x *extractor) addRec(b corpus.Block, start, end int, section, leadIn, number string) {
	x.addWith(b, start, end, evidence.Recommendation, section, leadIn, askTerms(b.Text[start:end], withoutSchedules(b.Text[start:end], Figures(b.Text[start:end]))))
	x.lastItem().Number = number
	x.addressed(x.lastItem())
}

// withoutSchedules drops from a recommendation the durations that say how
// often to act ("review chairs at least every six months", "report
// progress every quarter"): a schedule for the asked action, not a
// finding. A statement of how often care is given ("reviews follow every
// six months") is not a recommendation and keeps its figure.
func withoutSchedules(text string, figs []evidence.Figure) []evidence.Figure {
	out := figs[:0]
	for _, f := range figs {
		switch f.Unit {
		case evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears, evidence.UnitOther:
			if lead := strings.ToLower(strings.TrimRight(text[:f.Offset], " ")); endsWithAny(lead, "every", "each") {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// add makes an item from b.Text[start:end].
func (x *extractor) add(b corpus.Block, start, end int, kind evidence.Kind, section, leadIn string) {
	x.addWith(b, start, end, kind, section, leadIn, Figures(b.Text[start:end]))
}

// addWith is add with the figures already found.
func (x *extractor) addWith(b corpus.Block, start, end int, kind evidence.Kind, section, leadIn string, figs []evidence.Figure) {
	text := b.Text[start:end]
	it := evidence.Item{
		Kind:    kind,
		Source:  x.doc.Source,
		Section: section,
		Text:    text,
		Offset:  b.Offset + start,
		Line:    b.Line + x.linesBefore(b, start),
		Seq:     x.n,
		Para:    x.para,
		Page:    b.Page,
		Figures: figs,
		Actors:  []evidence.Actor{},
		Themes:  []string{},
	}
	if it.Figures == nil {
		it.Figures = []evidence.Figure{}
	}
	if kind == evidence.Statistic {
		var rival int
		it.Cites, rival, it.CitesFrom = citedWork(text, x.doc.Source.Publisher, it.Figures)
		if it.Cites == "" {
			it.Cites = releaseBody(text, x.citeBefore)
		}
		it.Cites = fullerCites(it.Cites, x.lastCites)
		if it.Cites != "" {
			x.lastCites = it.Cites
		}
		x.citeBefore = ""
		in := measure.Input{Text: withoutConcessionClause(tileRead(text), it.Figures), Figures: it.Figures, Section: section, Note: x.doc.Source.Note, Cites: it.Cites}
		if x.row != nil {
			in.Columns, in.Label, in.Labels, in.LabelColumns, in.Caption, in.SetApart = x.row.Columns, x.row.Label, x.row.Labels, x.row.LabelColumns, x.row.Caption, x.row.SetApart
		}
		x.records.Describe(in)
		unkeyPlaceGaps(text, it.Figures)
		othersFigures(text, it.Figures, rival)
		measuredHeadsAim(text, it.Figures)
	}
	if kind == evidence.Recommendation {
		f := x.facts(text)
		a := recommendationActors(text, leadIn, f, x.leadActors)
		if len(a) == 0 && (x.inQuote || x.required || x.recLevel > 0) && requirement(text) {
			a = leadingActors(text) // the body the demand opens with
		}
		switch {
		case f.it:
			a = x.subjectBefore()
		case f.pronoun:
			a = x.antecedents()
		case f.own:
			a = union(union(f.subject, f.askActors), x.publisherActors())
		}
		if x.specAsk(text) {
			a = []evidence.Actor{evidence.OtherActor} // the tender's party, of no kind
		}
		if x.roleAsk(text) {
			// "Please also ask the ICB to fund ...": the reader asks,
			// unless the reader only carries the ask to a body ("Could
			// you ask the ICB to publish ...?").
			a = []evidence.Actor{readerUnit}
			if r := relayedBodies(text); len(r) > 0 {
				a = r
			}
		}
		if i := slices.Index(a, readerUnit); i >= 0 {
			a = union(slices.Delete(slices.Clone(a), i, i+1), x.readerActors())
		}
		if len(a) > 0 {
			// "The government should fund ... (DHSC and DfE)": the
			// bracket says which of it.
			it.Actors = union(a, bracketActors(text))
		} else if f.leaders && x.partnership {
			it.Actors = canonical(map[evidence.Actor]bool{evidence.LocalAuthorities: true, evidence.ICBs: true})
		} else if f.leaders && x.required && len(x.requiredOf) > 0 {
			// "Leaders should make sure ..." under "What does the school
			// need to do to improve?": the school's leaders.
			it.Actors = slices.Clone(x.requiredOf)
		}
		if len(it.Actors) == 0 && bothBodiesRe.MatchString(text) {
			it.Actors = x.prevRecActors()
		}
		if itAsk(text) {
			x.itActors = it.Actors
		}
	}
	it.ID = x.id(text)
	x.n++
	if x.each == nil {
		x.items = append(x.items, it)
		return
	}
	if x.pending != nil {
		x.each(*x.pending)
	}
	x.pending = &it
}

// lastItem is the item made last, to be completed.
func (x *extractor) lastItem() *evidence.Item {
	if x.pending != nil {
		return x.pending
	}
	return &x.items[len(x.items)-1]
}

// lineKey tells one block from another for extractor.linesBefore.
type lineKey struct {
	offset, line, size int
	set                bool
}

// linesBefore is the number of line breaks in b.Text before start.
func (x *extractor) linesBefore(b corpus.Block, start int) int {
	k := lineKey{b.Offset, b.Line, len(b.Text), true}
	if x.linesBlock != k || start < x.linesAt {
		x.linesBlock, x.linesAt, x.lines = k, 0, 0
	}
	x.lines += strings.Count(b.Text[x.linesAt:start], "\n")
	x.linesAt = start
	return x.lines
}

// id is the source id and a hash of the text, so the same text in the same
// source keeps its id across runs and edits elsewhere in the file.
func (x *extractor) id(text string) string {
	sum := sha256.Sum256([]byte(text))
	id := x.doc.Source.ID + "#" + hex.EncodeToString(sum[:4])
	x.ids[id]++
	if n := x.ids[id]; n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	return id
}

// paragraphNumbers reports the numbered list item at i as one of a run
// of numbered paragraphs (three or more, outside any heading of
// recommendations) most of which ask nothing: a report's numbered
// paragraphs, whose numbers are no recommendation's.
func (x *extractor) paragraphNumbers(i int) bool {
	from, to := i, i
	for from > 0 && x.doc.Blocks[from-1].Kind == corpus.ListItem && x.doc.Blocks[from-1].Number != "" {
		from--
	}
	for to+1 < len(x.doc.Blocks) && x.doc.Blocks[to+1].Kind == corpus.ListItem && x.doc.Blocks[to+1].Number != "" {
		to++
	}
	if to-from+1 < 3 {
		return false
	}
	asks := 0
	for k := from; k <= to; k++ {
		if x.isRec(x.doc.Blocks[k].Text) {
			asks++
		}
	}
	return 2*asks < to-from+1
}

// firstSentence is the first sentence of t.
func firstSentence(t string) string {
	if sp := Sentences(t); len(sp) > 0 {
		return t[sp[0].start:sp[0].end]
	}
	return t
}

// lastSentence is the last sentence of t: a lead-in may follow a sentence
// of context in its paragraph ("Ahead of the Spending Review, we have
// written to the Secretary of State. Our asks of the government are:").
func lastSentence(t string) string {
	sp := Sentences(t)
	if len(sp) < 2 {
		return t
	}
	return t[sp[len(sp)-1].start:sp[len(sp)-1].end]
}

// captionFinding are the figures of a caption that states a finding (a
// share: "More than six in 10 families reported damp or mould", "54% of
// families said"), or none: a table's title names what it counts ("Waits
// over 18 weeks by area, 2024"), and its numbers are no finding.
func captionFinding(text string) []evidence.Figure {
	figs := Figures(text)
	for _, f := range figs {
		if f.Unit == evidence.UnitPercent {
			return figs
		}
	}
	return nil
}

// bracketActorsRe is a closing bracket of names: "(DHSC and DfE)",
// "(NHS England, ICBs)".
var bracketActorsRe = lazyre.New(`\(([^()]{2,60})\)\s*[.!]?\s*$`)

// bracketActors are the bodies a recommendation's closing bracket names,
// when it holds nothing but their names.
func bracketActors(text string) []evidence.Actor {
	m := bracketActorsRe.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	var out []evidence.Actor
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(m[1], " and ", ","), "&", ","), func(r rune) bool { return r == ',' || r == '/' || r == ';' }) {
		a := actorsIn(strings.TrimSpace(part))
		if len(a) != 1 || len(strings.Fields(part)) > 6 {
			return nil
		}
		out = union(out, a)
	}
	return out
}

// bodyLeadIn reports a list item under a lead-in that names who is to act
// ("NHS England should:", "We recommend that the council:", "We expect
// every ICB to:"): each item is that body's act, so "require each ICB to
// report back in June" asks NHS England to require it, where a board's
// "The Committee is asked to:" asks the board only to hear back.
func bodyLeadIn(b corpus.Block, leadIn string) bool {
	return b.Kind == corpus.ListItem && leadIn != "" && !boardAskRe.MatchString(leadIn) && len(actorsIn(leadIn)) > 0
}
