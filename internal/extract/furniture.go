package extract

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/lazyre"
)

// Sentences that are no evidence though they stand in the text, where an
// importer cannot drop them as page furniture: a writer's asides in the
// middle of an e-mail, a news story's helpline lines, and the furniture of
// a study (definitions, thanks, ethics approval, who funded or wrote it,
// conflicts of interest, "Data correct at", a suggested citation,
// copyright). Each class is told by how such a sentence opens or what it
// is made of, never by a word met inside a finding; and a sentence with a
// figure is kept unless its class says how the report is made (a
// definition's ages, a citation's year), so "Childline received 12,400
// calls" and "a post funded by £2m from NHS England" stay statistics.

var (
	// asideRe is a writer's aside: an apology for the length of a mail
	// or a late reply, when the writer is in, off or away, an offer to
	// talk. "Apologies for the length of this reply", "Sorry for the delay
	// in replying", "I'm in the office Tuesday and Thursday", "I'm off
	// from Friday until the 14th", "Happy to chat if easier".
	asideRe = lazyre.New(`(?i)^(?:(?:and|also|again|oh|ps|p\.s\.)[,:]?\s+)?(?:` +
		// Apologies about the mail itself.
		`(?:my\s+)?(?:apologies|sorry|i['’]?m\s+sorry|i\s+am\s+sorry)(?:\s+again)?,?\s+(?:for|about|that|it['’]?s|this\s+is|it\s+is)\s+(?:(?:the|my|a|this|such\s+a|being)\s+)?(?:(?:very|rather|bit|a\s+bit|quite|so|slightly|little)\s+)*(?:length|long|lengthy|delay|delayed|late|slow|slowness|tardy|radio\s+silence|not\s+(?:replying|getting\s+back|responding))|` +
		`(?:apologies|sorry)\s+(?:this|it)\s+(?:is|has\s+been|took)\s+(?:so\s+)?(?:long|late|a\s+while)|` +
		// When the writer is in, off or away.
		`(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+will\s+be|i['’]ve\s+been|i\s+have\s+been|i\s+work|i\s+only\s+work|i\s+work\s+part[- ]time|i['’]?m\s+only)\s+(?:(?:back\s+)?in\s+the\s+office|around\s+(?:all\s+)?(?:next|this|on|until|till|from)|out\s+of\s+(?:the\s+)?office|(?:working\s+)?from\s+home|off\s+(?:from|until|till|between|on|next|this|for|after)|away\s+(?:from|until|till|between|on|next|this|for)|on\s+(?:annual\s+|study\s+)?leave|on\s+holiday|in\s+on|back\s+on|(?:working\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)|part[- ]time)\b|` +
		// Offers to talk or to meet ("I would be very happy to meet the
		// group; my PA can find a date"), the writer's body named ("The
		// Network would be pleased to give oral evidence").
		`(?:(?:i['’]?m|i\s+am|we['’]re|we\s+are|i['’]d\s+be|we['’]d\s+be|i\s+would\s+be|we\s+would\s+be|the\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:would\s+be|is|are|will\s+be))\s+)?(?:more\s+than\s+|very\s+|really\s+|always\s+)?(?:happy|glad|pleased)\s+to\s+(?:chat|talk|call|speak|discuss|give\s+(?:oral\s+|further\s+)?evidence|meet(?:\s+(?:up|with))?|catch\s+up|pick\s+(?:this|it)\s+up|go\s+(?:through|over)|run\s+through|answer\s+(?:any\s+)?questions|` +
		// Offers to host, bring or show something ("Happy to host a visit
		// any time", "Happy to bring the model on Friday"); a number's
		// "ext. 214" or "no. 3" keeps its stop.
		`host|bring|show|present|circulate|` +
		// Offers to write more ("Happy to turn any of this into a
		// speech draft tomorrow", "Glad to write this up for the
		// committee").
		`turn\s+(?:(?:any|all|some)\s+of\s+)?(?:this|these|that|it|them)\s+into|write\s+(?:(?:this|these|that|it|them)\s+)?up|draft|redraft|draw\s+up|pull\s+together|expand\s+on|flesh\s+(?:this|it)\s+out|come\s+(?:to|along|over|in)|join|arrange|set\s+up|organi[sz]e|put\s+together|walk\s+(?:you|anyone|colleagues|members)|take\s+(?:any\s+)?questions|welcome\s+(?:you|anyone|colleagues|members|visitors))\b(?:[^.!?]|\.\s?\d|(?:hon|dr|mr|mrs|ms|prof)\.\s){0,120}[.!]?$` +
		`)`)
	// dayWordRe is in every aside about the writer's days: a weekday, a
	// date, a week or a month.
	dayWordRe = lazyre.New(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:mon|tue|wed|thu|fri)\b|\b(?:week|weeks|fortnight|tomorrow|today|monday|month|term|holidays?)\b|\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`)

	// helplineOpenRe opens a helpline line: "If you have been affected by
	// any of the issues in this article", "For support, visit", "Help and
	// support is available via".
	helplineOpenRe = lazyre.New(`(?i)^(?:if\s+you\s+(?:or\s+someone\s+you\s+know\s+)?(?:have\s+been|are|were|feel|'ve\s+been|’ve\s+been)\s+(?:affected|impacted|upset|struggling)\b[^.!?]{0,40}\b(?:this|these)\s+(?:article|story|report|piece|programme|issues?|topics?|subjects?|post|feature|episode|item)\b|` +
		`if\s+you\s+(?:need|want|would\s+like)\s+(?:help|support|someone\s+to\s+talk\s+to)\b[^.!?]{0,60}\b(?:call|ring|text|visit|contact|go\s+to)\b|` +
		`for\s+(?:help|support|advice|information)(?:\s+(?:with|on|about)\s+[^,.!?]{1,50})?,?\s+(?:please\s+)?(?:visit|call|ring|text|contact|go\s+to|see)\b|` +
		`(?:help\s+and\s+support|support|help|advice)\s+(?:is|are)\s+available\s+(?:from|via|at|on|through)\b|` +
		// A signpost for worried readers: "Anyone worried about a young
		// person can contact the youth line", "If you are concerned about
		// a child, please call ...".
		`(?:anyone|anybody|any\s+(?:parent|reader|young\s+person)|parents|carers|readers|families|young\s+people)\s+(?:who\s+(?:is|are|has\s+been|have\s+been)\s+)?(?:worried|concerned|affected|struggling)\b[^.!?]{0,80}?\s(?:can|should|could|may|is\s+urged\s+to|are\s+urged\s+to)\s+(?:contact|call|ring|text|visit|speak\s+to|talk\s+to|get\s+in\s+touch\s+with)\b|` +
		// A crisis signpost: "If you are in crisis right now, call NHS
		// 111 ...", "In an emergency, call 999".
		`if\s+you\s+(?:are|['’]re|feel\s+you\s+are)\s+in\s+(?:a\s+)?(?:crisis|danger|immediate\s+danger)\b[^.!?]{0,40}?,\s+(?:please\s+)?(?:call|ring|text|phone|contact|go\s+to)\b|` +
		`in\s+(?:an?\s+)?(?:emergency|crisis),?\s+(?:always\s+|please\s+)?(?:call|ring|dial|phone)\s+999\b|` +
		`if\s+you\s+(?:are|['’]re)\s+(?:worried|concerned)\s+(?:about|that|for)\b[^.!?]{0,80}?,\s+(?:please\s+)?(?:you\s+(?:can|could|may|should)\s+(?:also\s+)?)?(?:contact|call|ring|text|visit|speak\s+to|talk\s+to|get\s+in\s+touch\s+with)\b)`)
	// helplineRe is a service's free number offered to the reader:
	// "Childline is free on 0800 1111", "call Samaritans on 116 123",
	// "text the school nurse line on 07700 900123" (a mobile or an
	// area code of five digits over six).
	helplineRe = lazyre.New(`(?i)\b(?:call|ring|phone|text|contact|is\s+free\s+on|are\s+free\s+on|helpline\s+on|available\s+on|free\s+on)\b[^.!?]{0,40}?(?:\b116\s?\d{3}\b|\b0\d{3}\s?\d{3}\s?\d{3,4}\b|\b0800\s?\d{4}\b|\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b|\b0\d{4}\s?\d{6}\b)`)

	// definitionRe is a report's definition of its own words: "In this
	// report, 'young people' means those aged 16 to 25".
	definitionRe = lazyre.New(`(?i)^(?:in|throughout|for\s+the\s+purposes\s+of|across)\s+this\s+(?:report|study|audit|profile|briefing|paper|document|review|evaluation|analysis|chapter|section|survey|guide|publication|research|summary|bulletin)\s*,?\s+(?:(?:we\s+use\s+)?[‘'"“][^’'"”]{1,60}[’'"”]\s+(?:means|refers\s+to|is\s+used\s+(?:to\s+mean|for)|describes|covers|includes|to\s+mean|to\s+refer\s+to)|we\s+use\s+(?:the\s+(?:term|word|phrase)s?\s+)?[‘'"“][^’'"”]{1,60}[’'"”]\s+(?:to\s+mean|to\s+refer\s+to|for|to\s+describe))\b`)
	// moreInfoRe sends the reader elsewhere for more: "To find out about
	// nursing jobs on our wards, visit our careers pages", "For more
	// information about the service, please contact".
	moreInfoRe = lazyre.New(`(?i)^(?:to\s+(?:find\s+out|learn)\s+(?:more\s+)?(?:about|how|whether)|for\s+more\s+(?:information|details)\s+(?:about|on))\b[^.!?]{0,100}?,?\s+(?:please\s+)?(?:visit|see|go\s+to|email|e-mail|contact|call|read)\b`)
	// thanksRe is an acknowledgement: "We are grateful to the families who
	// took part", "We would like to thank", "Thank you to everyone who".
	thanksRe = lazyre.New(`(?i)^(?:(?:we|i|the\s+(?:authors?|team|research\s+team|project\s+team|review\s+team|panel|evaluation\s+team))\s+(?:would\s+(?:also\s+)?(?:like|wish)\s+to\s+|wish\s+to\s+|want\s+to\s+)?(?:also\s+)?(?:(?:sincerely|warmly|gratefully)\s+)?(?:thank|acknowledge\s+(?:the|with|all|everyone|our)|are\s+(?:(?:very|most|extremely|deeply|so|hugely|especially|also)\s+)*(?:grateful|indebted|thankful))\b|(?:(?:a\s+)?(?:big|special|huge|sincere|warm)\s+)?thank\s+you\s+(?:also\s+)?to\b|(?:with\s+(?:thanks|gratitude)|(?:many|special|our)\s+thanks(?:\s+go)?)\s+to\b)`)
	// ethicsRe is an ethics approval or a registration of the study:
	// "Ethical approval was granted by ... (ref 24/NW/0123)", "The study
	// was approved by the university's research ethics committee",
	// "Audit registration number: CA-2024-0387".
	ethicsRe = lazyre.New(`(?i)^(?:(?:full\s+)?(?:ethical|ethics|research\s+ethics)\s+approval(?:\s+for\s+(?:this|the)\s+\w+)?\s+(?:was|has\s+been|were)\s+(?:granted|given|obtained|received|secured)|(?:this|the)\s+(?:study|research|evaluation|project|audit|survey)\s+(?:was|has\s+been)\s+(?:approved|reviewed|given\s+a\s+favourable\s+(?:ethical\s+)?opinion)\s+by\b[^.!?]{0,120}\b(?:ethics|ethical|research\s+governance)\b|(?:audit|project|study|ethics|rec|iras|research)\s+(?:registration\s+|reference\s+)?(?:number|no\.?|ref(?:erence)?)\s*:)`)
	// fundedStudyRe says who paid for the report or study itself, not
	// for a service: "This study was funded by the NIHR", "This profile
	// was produced with funding from the Health and Wellbeing Board", "The
	// funder had no role in the design of the study".
	fundedStudyRe = lazyre.New(`(?i)^(?:(?:this|the)\s+(?:study|research|report|review|evaluation|audit|profile|briefing|analysis|paper|survey|publication)\s+(?:was|is|has\s+been)\s+(?:(?:jointly|independently|generously|kindly|part|partly|wholly)\s+)?(?:funded|paid\s+for|made\s+possible|supported\s+by\s+(?:a\s+grant|funding))\b|(?:this|the)\s+(?:study|research|report|review|evaluation|audit|profile|briefing|analysis|paper|survey|publication)\s+(?:was|is)\s+(?:produced|written|carried\s+out|conducted|undertaken|prepared)\s+with\s+(?:(?:the\s+)?(?:funding|support|a\s+grant)\s+(?:from|of))\b|the\s+funders?\s+(?:had|has|played)\s+no\s+(?:role|part|involvement|say)\b|the\s+views\s+expressed\s+(?:in\s+this\s+\w+\s+)?are\s+(?:those\s+of\s+the|the)\s+authors?)`)
	// interestsRe is a statement of the authors' interests: "Conflicts
	// of interest: none declared", "N. Achebe has no interests to
	// declare". A journal's back matter sets the label as a run-in bold
	// lead with no stop, the statement's capital after it: "Competing
	// interests GH is employed by ...".
	interestsRe = lazyre.New(`(?i)^(?:(?:conflicts?|declarations?|statements?)\s+of\s+interests?(?:\s+statement)?|competing\s+interests?|conflict\s+of\s+interest\s+statement|declaration\s+of\s+interests?)(?:\s*[:.–—-]|\s+(?-i:\p{Lu}))|\b(?:ha(?:s|ve)|declares?|reports?|declared|reported)\s+no\s+(?:(?:conflicts?|competing)(?:\s+of)?\s+interests?|(?:(?:financial|other|relevant)\s+)*interests?\s+to\s+declare)\b`)
	// dataAsAtRe is the date a report's data run to: "Data correct at 31
	// March 2025", "The data in this report are provisional".
	dataAsAtRe = lazyre.New(`(?i)^(?:(?:all\s+)?(?:the\s+)?(?:data|figures|information|statistics|numbers)(?:\s+(?:in|used\s+in)\s+this\s+(?:report|profile|briefing|document|paper|audit|review))?\s+(?:(?:are|is|were|was)\s+)?(?:correct|accurate|current|up\s+to\s+date)\s+(?:at|as\s+at|as\s+of|on|to|until|up\s+to)\s+(?:the\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:time|date)\s+of\s+(?:writing|publication|going\s+to\s+press))|(?:the\s+|all\s+)?(?:data|figures)\s+in\s+this\s+(?:report|profile|briefing|document|paper|audit|review)\s+(?:are|is)\s+provisional\b)`)
	// authorLineRe names who wrote the report: "Authors: A. Patel, J.
	// Smith", "Written by Dr Farah Qureshi ... with ...".
	authorLineRe = lazyre.New(`^(?i:(?:lead\s+|report\s+|principal\s+)?authors?(?:\(s\))?\s*:\s*|(?:this\s+(?:report|study|audit|review|briefing|profile|evaluation|paper)\s+was\s+)?(?:written|prepared|compiled|authored)\s+by\s+)(?:the\s+)?\p{Lu}`)
	// citationRe opens a suggested citation; what follows it in its
	// block is the citation too ("(2025). Title. Place: Publisher.").
	citationRe = lazyre.New(`(?i)^(?:suggested\s+citation|recommended\s+citation|please\s+cite(?:\s+this\s+\w+)?(?:\s+as)?|cite\s+(?:this\s+\w+\s+)?as|how\s+to\s+cite(?:\s+this\s+\w+)?|to\s+cite\s+this\s+\w+)\b`)
	// copyrightSentenceRe is a copyright or licence line: "© 2025 ...",
	// "(c) Brackley Borough Council 2025", "You may re-use this text under
	// the Open Government Licence", "Registered charity number 1093347".
	// "(c)" opens a notice only before a year or a name followed by a year
	// or nothing more: "(c) The trust must publish its waits." is the third
	// item of a lettered list.
	copyrightSentenceRe = lazyre.New(`(?i)^(?:©|\(c\)\s+(?:(?:19|20)\d\d|(?-i:\p{Lu}[\p{L}'’&.-]*(?:,?\s+(?:\p{Lu}[\p{L}'’&.-]*|of|and|for|the|&))*)(?:,?\s+(?:19|20)\d\d\b|\s*\.?$))|copyright\b|crown\s+copyright)|\b(?:open\s+government\s+licen[cs]e|creative\s+commons)\b|^registered\s+charity\s+(?:number|no\.?)|^all\s+rights\s+reserved`)
	// approvedOnRe is a document's sign-off: "Approved by the Quality
	// Group on 24 June 2025."
	approvedOnRe = lazyre.New(`(?i)^(?:approved|ratified|signed\s+off|endorsed)\s+by\s+[^.!?]{3,100}?\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\.?$`)
	// dashAsideHeadRe opens two asides joined by a dash: thanks, an
	// apology or an offer to talk before it ("Thanks for getting back to
	// me, and sorry for the slow reply – ...", "Sorry – ...", "Glad to go
	// over this at the forum – ...").
	dashAsideHeadRe = lazyre.New(`(?i)^(?:(?:and|also|oh|ps|p\.s\.)[,:]?\s+)?(?:(?:many\s+|huge\s+|big\s+)?thanks|thank\s+you|(?:my\s+)?apologies|sorry|(?:(?:i['’]?m|i\s+am|we['’]re|we\s+are|i['’]d\s+be|we['’]d\s+be|i\s+would\s+be|we\s+would\s+be)\s+)?(?:more\s+than\s+|very\s+|really\s+|always\s+)?(?:happy|glad))\b`)
	// dashAsideTailRe opens what follows the dash when it is about the
	// writer, not the subject: their days, their week, how they write
	// ("– I'm away on Monday", "– the last month has been hectic",
	// "– typing this on my phone", "– half-term knocked the fortnight
	// sideways").
	dashAsideTailRe = lazyre.New(`(?i)^(?:and\s+|so\s+)?(?:i|i['’]m|i['’]ve|i['’]ll|i\s+am|i\s+was|i\s+have|i\s+will|we['’]ve|we['’]re|we\s+have|we\s+are|it['’]s\s+been|it\s+has\s+been|the\s+(?:last|past)\s+(?:few\s+)?(?:days?|weeks?|fortnight|months?)|(?:this|last)\s+(?:week|fortnight|month|term)|half[- ]term|things\s+(?:have|are)|typing|writing|sending|doing|back\s+(?:on|from|in)|on\s+(?:leave|holiday)|away|off)\b`)
	// dashAsideAskRe is a tail that asks or argues after all: "Sorry to
	// nag – but the ICB should fund ...".
	dashAsideAskRe = lazyre.New(`(?i)\b(?:but|however|should|must|need\s+to|needs\s+to|urge|call\s+on|we\s+want|ought)\b`)
	// onTheMoveRe is an apology for how the mail is written: "Typing this
	// on my phone between clinics", "Writing this from the car park".
	onTheMoveRe = lazyre.New(`(?i)^(?:(?:apologies|sorry)[,!]?\s+)?(?:(?:i['’]m|i\s+am)\s+)?(?:typing|writing|sending|doing)\s+(?:this|it)\s+(?:quickly\s+)?(?:on|from|in)\s+(?:my\s+|the\s+|a\s+)?(?:phone|mobile|ipad|tablet|train|car|bus|minibus|car\s+park|corridor|way|hoof)\b`)
	// coveringLineRe is a forwarder's covering line: "Passing this on
	// from the parent forum in case it helps", "Forwarding the council's
	// update below", "Following our chat, here is what we have heard",
	// "The part about waits really stood out to me".
	coveringLineRe = lazyre.New(`(?i)^(?:(?:hi|hello)[^,]{0,20},\s+)?(?:(?:just\s+)?(?:passing|sending|forwarding|sharing)\s+(?:this|these|it|on|(?:the|my|our|his|her|their|[A-Z][\w-]*['’]s)\s+[^.!?]{1,40}?)\s+(?:(?:on|along)\s+)?(?:below|from|in\s+case|for\s+(?:info|information|interest|your)|as\s+(?:promised|discussed)|which|that\s+came)\b|following\s+(?:our|your|the|last\s+week['’]s)\s+(?:chat|conversation|call|meeting|discussion|e-?mail|phone\s+call)\b[^.!?]{0,60}?\b(?:here\s+is|here['’]s|please\s+find|below|attached|as\s+promised)|the\s+(?:part|bit|section|piece|point|line)\s+(?:about|on)\b[^.!?]{1,100}?\b(?:(?:really|particularly|especially)\s+)?(?:stood\s+out|jumped\s+out|leapt\s+out|struck|caught\s+my\s+eye|resonated))`)
	// senderLineRe is a sender's opening or closing line: "We are writing
	// to share the results of our survey", "We would be glad of the chance
	// to discuss this with the panel", "We look forward to hearing from
	// you".
	senderLineRe = lazyre.New(`(?i)^(?:(?:we|i)\s+(?:are|am)|we['’]re|i['’]m)\s+(?:just\s+)?writing\s+(?:to\s+you\s+)?(?:to\s+)?(?:share|send|let\s+you\s+know|pass\s+on|follow\s+up|update\s+you|introduce|tell\s+you\s+about|give\s+you|set\s+out\s+what)\b|^(?:we|i)(?:\s+would|['’]d)\s+(?:(?:very\s+much|really|also|greatly)\s+)?(?:welcome|be\s+(?:glad|happy|delighted|pleased|grateful)\s+(?:of|for)|appreciate|value|love)\s+(?:the|an|any)\s+(?:chance|opportunity)\s+to\s+(?:discuss|talk|meet|present|go\s+through|share|explain|speak)\b|^(?:we|i)\s+look\s+forward\s+to\s+(?:discussing|hearing|talking|meeting|your|speaking)\b`)
	// reassuranceRe is a line that reassures the reader: "If your child is
	// on a waiting list, you are not alone", "Our helpline and local
	// groups are here to help".
	reassuranceRe = lazyre.New(`(?i)^(?:if\s+(?:you|your)\b[^.!?]{0,120},\s+)?(?:you\s+are|you['’]re)\s+(?:not|never)\s+(?:alone|on\s+your\s+own)\b|^(?:our|we)\b[^.!?]{0,80}?\s(?:are|is|['’]re)\s+(?:always\s+|still\s+)?here\s+(?:for\s+you|to\s+help(?:\s+you)?|to\s+support\s+you|to\s+listen)(?:\s*[,–—-][^.!?]{0,60})?[.!]?$`)
	// preparedForRe is a report's front matter: "Prepared for the Health
	// Scrutiny Committee and the Executive", "Lead officer: ...", "Contact
	// officer: ...", "Report of: ...".
	preparedForRe = lazyre.New(`(?i)^(?:(?:this\s+)?(?:report|paper)\s+(?:is\s+|was\s+|has\s+been\s+)?)?prepared\s+for\s+(?:the\s+)?\p{Lu}|^(?:lead|contact|responsible|accountable|sponsoring|presenting|reporting|report|executive|senior\s+responsible)\s+(?:officer|director|executive|lead|member|manager|owner)s?\s*:\s*\S|^report\s+(?:of|from|to)\s*:\s*\S`)
	// agendaItemRe is a paper's meeting line: "ICB Board, 22 May 2025 –
	// Agenda item 9".
	agendaItemRe = lazyre.New(`(?i)\bagenda\s+item\s*(?:no\.?\s*)?\d{1,2}(?:\.\d{1,2})?\b`)
	// listLeadRe is a sentence that only announces the list under it: "A
	// few things that would really help:", "the Society calls for the
	// following:", "The Committee is asked to agree the following actions
	// for 2025/26.", "The Board is asked to note the position, and to
	// approve:"
	listLeadRe = lazyre.New(`(?i)(?:\bthe\s+following\b[^:.!?]{0,40}|\bas\s+follows|\b(?:things|ways|steps|changes|ideas|suggestions)\s+(?:that|which|we|i|you)\b[^:.!?]{0,60}|\b(?:is|are)\s+(?:asked|invited|requested)\s+to\s+(?:approve|agree|endorse|support|ratify|consider|` + noteThenDecide + `|note)(?:\s+the\s+following\b[^:.!?]{0,40})?)\s*:$|\b(?:is|are)\s+(?:asked|invited|requested)\s+to\s+(?:approve|agree|endorse|support|ratify|consider)\s+the\s+following\b[^:.!?]{0,40}\.$|\bcalls?\s+for\s+the\s+following\b[^:.!?]{0,40}\.$`)

	// reviewDateRe is a document's review line: "The College will review
	// this statement in 2027", "This policy will be reviewed in March
	// 2026".
	reviewDateRe = lazyre.New(`(?i)^(?:(?:the\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}|we)\s+will\s+review\s+(?:this|the)|(?:this|the)\s+[\w-]+\s+will\s+be\s+reviewed)\s*(?:statement|policy|position|guidance|document|paper|report|strategy|plan|briefing)?\b[^.!?]{0,20}?\b(?:in|by|before|after|every)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?(?:(?:19|20)\d\d|\w+\s+(?:years?|months?))\.?$`)

	// contactLineRe is a report's contact line: "Contact: Network
	// Manager, Kelbrook and Ormside Children's Health Network", "Enquiries:
	// …", "For more information, contact: …".
	contactLineRe = lazyre.New(`(?i)^(?:contacts?|enquiries|media\s+enquiries|further\s+information|for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?)\s*:\s*\S`)
	// thanksForMailRe thanks the reader for a mail or a call: "Thanks for
	// your email of 4 February, and for letting me know ...", "Thank you
	// for your message and the papers", "Thanks for getting back to me so
	// quickly on the forum's questions".
	thanksForMailRe = lazyre.New(`(?i)^(?:(?:hi|hello|dear)\s+[^,]{1,30},\s+)?(?:many\s+|huge\s+)?(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?\s+(?:again\s+)?for\s+(?:(?:your|the)\s+(?:(?:kind|quick|helpful|prompt|detailed)\s+)?(?:e-?mail|message|letter|note|reply|response|call|enquiry|query|time|update)\b|reading\b|(?:getting|coming)\s+back\s+to\s+(?:me|us)\b|(?:replying|responding)\b|letting\s+(?:me|us)\s+know\b|sending\s+(?:this|these|that|it|over|through)\b|asking\s+(?:me|us)\b|(?:your|the)\s+(?:request|questions?)\b)`)
	// inviteRe is a line about a meeting's invitation: "I've sent you an
	// invite for Tuesday 25 February, 2pm to 3.30pm, on Teams", "Do
	// forward it to anyone else who would like to come", "I'll send a
	// calendar invite".
	inviteRe = lazyre.New(`(?i)^(?:(?:i|we)(?:['’]ve|\s+have|['’]ll|\s+will|\s+am\s+going\s+to)\s+(?:just\s+|now\s+|also\s+)?(?:sent|send|forwarded|forward|put|popped|set\s+up)\s+(?:you\s+|over\s+|through\s+)?(?:an?\s+)?(?:(?:teams|zoom|calendar|diary|outlook|meeting)\s+)?(?:invite|invitation|meeting\s+request|placeholder|diary\s+hold)|(?:please\s+)?(?:do\s+|feel\s+free\s+to\s+)?(?:forward|pass|share)\s+(?:it|this|the\s+(?:invite|invitation|link))\s+(?:on\s+)?(?:to|with)\s+(?:anyone|anybody|colleagues|others|whoever)\b)`)
	// imprintRe is a printed report's imprint: "Printed on 100% recycled
	// paper", "Designed by Fieldwork Studio", "Typeset by ...".
	imprintRe = lazyre.New(`(?i)^(?:printed\s+(?:on|using|with|by)\b|(?:designed|typeset|illustrated)(?:\s+and\s+(?:printed|typeset|produced))?\s+by\s+\p{Lu}|(?:design|photography|illustrations?|cover\s+(?:image|photo(?:graph)?|illustration))\s*(?::|by)\s*\p{Lu})`)
	// gatheredRe is a writer's note on how the answer was put together:
	// "I have pulled the figures together with our business manager",
	// "We've gathered the numbers together from each team".
	gatheredRe = lazyre.New(`(?i)^(?:(?:i|we)(?:['’]ve|\s+have)|i['’]ve|we['’]ve)\s+(?:now\s+|just\s+|quickly\s+|also\s+)?(?:pulled|put|pieced|gathered|brought|collated|got|rounded\s+up)\s+(?:the|these|our|this|some|my|all\s+the)\s+(?:[\w'’-]+\s+){0,2}(?:figures|numbers|data|information|details|answers|points|notes|bits|facts)\s+together\b`)
	// youRe is the reader addressed.
	youRe = lazyre.New(`\byou(?:r|rs|rself)?\b`)
	// syndicationRe is a news page's note on the scheme that paid for
	// its story: "The Local Democracy Reporting Service is funded by the
	// BBC ...", "This story was written by a Local Democracy Reporter".
	syndicationRe = lazyre.New(`(?i)^(?:the\s+)?local\s+democracy\s+reporting\s+(?:service|scheme)\s+(?:is|was)\b|^(?:this|the)\s+(?:article|story|report)\s+(?:was|is|has\s+been)\s+(?:written|produced|supplied|provided)\s+(?:by|through|as\s+part\s+of)\s+(?:a\s+|the\s+)?local\s+democracy\s+report`)
	// addressPostcodeRe is a UK postcode, in an address line.
	addressPostcodeRe = lazyre.New(`\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b`)
)

// furnitureClass is one class of furniture sentences: the cheap test of
// words one of which its sentences always hold (lower case), and whether
// a sentence of it that holds a figure stays evidence.
type furnitureClass struct {
	cues []string
	// lead, when set, replaces cues: the class is tried only on a
	// sentence that opens with one of these (in lower case). With
	// neither cues nor lead, may alone picks the class's sentences.
	lead     []string
	re       *lazyre.Regexp
	maxWords int
	// made: the class says how the report is made, furniture whatever
	// numbers the part it matches holds (a definition's ages, a reference
	// number); a figure after that part ("Data correct at 31 March 2025
	// show 1,204 children waiting") keeps the sentence. Else any figure or
	// sum keeps it.
	made bool
	// overAsk: the class is furniture even where the sentence reads as a
	// recommendation (a citation; a lead-in that announces the asks listed
	// under it). Any other class gives way to an ask: "Councils should
	// publish their data under the Open Government Licence" is one.
	overAsk bool
	// rest: what follows the sentence in its block belongs to it (a
	// citation's title and publisher).
	rest bool
	// whole: the whole sentence is the class's, numbers and all (a
	// definition's "for at least 13 weeks", an ethics reference).
	whole bool
	// and is a further test, or nil.
	and func(t, lower string) bool
	// dates: dates and weekdays are no figures here ("back on the 24th",
	// "on 3 June"): a writer's days keep no aside.
	dates bool
	// may, when set, is a cheap test that every sentence re can match
	// passes; a sentence that fails it is not given to re.
	may func(t, lower string) bool
}

// furnitureClasses are tried in order; the citation is first, for it
// takes the rest of its block.
// The classes of papers and pages (furniture_paper.go) come last.
var furnitureClasses = append([]furnitureClass{
	{cues: []string{"cit"}, re: citationRe, maxWords: 60, made: true, overAsk: true, rest: true},
	{cues: []string{"in this", "throughout this", "for the purposes", "across this"}, re: definitionRe, maxWords: 60, made: true, whole: true, and: noMoney},
	{cues: []string{"ethic", "number", "no.", "ref"}, re: ethicsRe, maxWords: 60, made: true, whole: true, and: noMoney},
	{cues: []string{"interest"}, re: interestsRe, maxWords: 30, made: true, and: noMoney},
	{cues: []string{"correct", "accurate", "current", "up to date", "provisional"}, re: dataAsAtRe, maxWords: 25, made: true, and: noMoney},
	{cues: []string{"©", "(c)", "copyright", "licen", "creative commons", "charity", "rights reserved"}, re: copyrightSentenceRe, maxWords: 30, made: true, and: noMoney},
	{cues: []string{"author", "written", "prepared", "compiled"}, re: authorLineRe, maxWords: 40, made: true, and: func(t, lower string) bool {
		// "Written by young people, the charter asks...": a clause of its
		// own after the byline is the text's.
		return noMoney(t, lower) && !containsAny(lower, []string{", the ", ", it ", ", this ", ", they ", ", we "})
	}},
	{cues: []string{"approved", "ratified", "signed off", "endorsed"}, re: approvedOnRe, maxWords: 25, made: true},
	{cues: []string{"fund", "paid for", "made possible", "views expressed"}, re: fundedStudyRe, maxWords: 40, made: true, and: noMoney},
	{cues: []string{"local democracy"}, re: syndicationRe, maxWords: 40, made: true, and: noMoney},
	{cues: []string{"apolog", "sorry", "i'm", "i’m", "i am", "i'll", "i’ll", "i will", "i've", "i’ve", "i have", "i work", "i only", "happy to", "glad to", "pleased to"},
		re: asideRe, maxWords: 40, dates: true, and: func(t, lower string) bool {
			return !quoted(t) && (dayWordRe.MatchString(t) || !availabilityAside(lower))
		}},
	{cues: []string{" – ", " — ", " - "}, re: dashAsideHeadRe, maxWords: 45, dates: true, and: dashAside},
	{cues: []string{"typing", "writing", "sending", "doing"}, re: onTheMoveRe, maxWords: 30, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"passing", "sending", "forwarding", "sharing", "following", "stood out", "jumped out", "leapt out", "struck", "caught my eye", "resonated"},
		re: coveringLineRe, maxWords: 40, dates: true, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"writing", "chance", "opportunity", "look forward"}, re: senderLineRe, maxWords: 40, and: func(t, lower string) bool {
		return !quoted(t) && !dashAsideAskRe.MatchString(lower)
	}},
	{cues: []string{"alone", "own", "here for you", "here to"}, re: reassuranceRe, maxWords: 35, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"prepared for", "officer", "director", "executive", "lead", "member", "manager", "owner", "report"}, re: preparedForRe, maxWords: 25, made: true, and: noMoney,
		// Every line the pattern takes has "prepared" or a colon.
		may: func(t, _ string) bool { return strings.Contains(t, ":") || hasFold(t, "prepared") }},
	{cues: []string{"contact", "enquiries", "information"}, re: contactLineRe, maxWords: 25, made: true, and: noMoney},
	{cues: []string{"review"}, re: reviewDateRe, maxWords: 20, made: true, and: noMoney},
	{cues: []string{"agenda item"}, re: agendaItemRe, maxWords: 14, made: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !containsAny(lower, []string{" is ", " are ", " was ", " were ", " has ", " had ", " have "})
	}},
	{cues: []string{"following", "as follows", "things", "ways", "steps", "changes", "ideas", "suggestions", "asked", "invited", "requested"}, re: listLeadRe, maxWords: 35, overAsk: true,
		// The pattern's leads end with a colon, or with a full stop after "following".
		may: func(t, lower string) bool {
			return strings.HasSuffix(t, ":") || strings.HasSuffix(t, ".") && strings.Contains(lower, "following")
		}},
	{cues: []string{"if you", "for help", "for support", "for advice", "for information", "available", "worried", "concerned", "affected", "struggling", "emergency", "crisis"}, re: helplineOpenRe, maxWords: 45, and: func(t, lower string) bool {
		// "..., you can call the line, but nobody answered": a finding.
		return offersHelp(t, lower) && !strings.Contains(lower, " but ")
	}},
	{cues: []string{"call", "ring", "phone", "text", "contact", "free on", "helpline", "available on"}, re: helplineRe, maxWords: 30, and: toReader,
		// Each number the pattern takes has six digits or more.
		may: func(t, _ string) bool { return digits(t) >= 6 }},
	{cues: []string{"find out", "learn more", "more information", "more details"}, re: moreInfoRe, maxWords: 35, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"thank", "grateful", "indebted"}, re: thanksRe, maxWords: 45, and: func(t, lower string) bool { return !quoted(t) && !thanksWithEvidence(lower) }},
	{cues: []string{"thank"}, re: thanksForMailRe, maxWords: 40, dates: true, and: func(t, lower string) bool {
		return !quoted(t) && !dashAsideAskRe.MatchString(lower)
	}},
	{cues: []string{"together"}, re: gatheredRe, maxWords: 40, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"invit", "forward", "pass", "share"}, re: inviteRe, maxWords: 35, dates: true, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"printed", "designed", "typeset", "illustrat", "design", "photograph", "cover"}, re: imprintRe, maxWords: 14, made: true, whole: true, and: func(_, lower string) bool {
		// "Designed by young people, the app has 4,000 users" is a finding.
		return !containsAny(lower, []string{", the ", ", it ", ", this ", " has ", " have ", " was ", " were ", " is ", " are "})
	}},
	{cues: []string{"contact", "e-mail", "email", "call", "ring", "phone", "write to", "sent to", "mailed to", "directed to", "addressed to", "made to", "enquiries", "press office", "switchboard", "help desk", "helpdesk", "reach", "in touch", "available", "format"},
		re: contactSentenceRe, maxWords: 40, made: true, whole: true, and: contactOnly},
	{cues: []string{"inspect", "publication", "published", "urn", "dates of", "date of"}, re: documentDateLineRe, maxWords: 30, made: true, whole: true, and: labelAndValue},
	{cues: []string{"meeting", "venue", "location", "room", "dial", "joining", "link", "call details", "session", "catch", "workshop", "forum", "huddle"},
		re: meetingLogisticsRe, maxWords: 40, made: true, whole: true, and: nextMeeting},
	{cues: []string{"recruiting", "hiring", "looking for", "vacancies", "jobs", "roles", "careers", "opportunities", "working for", "working with", "working at"}, re: recruitingRe, maxWords: 35, and: func(t, lower string) bool {
		// "We are recruiting more health visitors because caseloads
		// have risen" gives a reason: the text's.
		return !quoted(t) && !containsAny(lower, []string{" because ", " after ", " so that ", " to reduce ", " to cut ", " following ", " as a result", ", but "})
	}},
	{cues: []string{"subscribe", "sign up", "sign-up", "newsletter", "inbox"}, re: subscribeRe, maxWords: 35, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"thank", "below", "attached", "enclosed", "underneath", "let me know", "tell me", "shout", "apolog", "sorry", "drop me", "give me a", "in touch", "inline", "in line", "your questions", "your points", "here are", "here is"},
		re: pleasantryRe, maxWords: 45, dates: true, and: func(t, lower string) bool {
			return !quoted(t) && !thanksWithEvidence(lower) && !dashAsideAskRe.MatchString(lower)
		}},
	// Round r14's classes open their sentence with their words: a
	// prefix of the sentence, not a cue anywhere in it, picks them.
	{lead: []string{"thank", "many thanks", "huge thanks", "big thanks", "special thanks"}, re: thanksMeetingRe, maxWords: 45, dates: true, and: func(t, lower string) bool {
		return !quoted(t) && !thanksWithEvidence(lower) && !dashAsideAskRe.MatchString(lower)
	}},
	{lead: []string{"i ", "i'", "i’", "we ", "we'", "we’", "and ", "also ", "in the meantime", "meanwhile"}, re: ownNextStepRe, maxWords: 30, dates: true, and: func(t, lower string) bool {
		return !quoted(t) && !dashAsideAskRe.MatchString(lower) && !strings.Contains(lower, " ask")
	}},
	{lead: []string{"action"}, re: personActionRe, maxWords: 40, dates: true, and: personOwner},
	{cues: []string{" to "}, re: listActionRe, maxWords: 40, dates: true, and: listActionOwner},
	{cues: []string{":"}, re: bareLeadInRe, maxWords: 30, overAsk: true},
	{lead: []string{"source", "data source"}, re: sourceLineRe, maxWords: 30, made: true, whole: true, and: sourceNote},
	{lead: []string{"if you"}, re: offerToReaderRe, maxWords: 40, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"©", "copyright", "t:", "tel", "telephone", "textphone", "fax", "e:", "email", "w:", "web"}, re: colophonCueRe, maxWords: 60, made: true, whole: true, and: colophon,
		// The pattern needs a copyright mark or word, or a digit, "@" or "www." after a label.
		may: func(t, _ string) bool {
			return strings.ContainsAny(t, "©0123456789@") || hasFold(t, "copyright") || hasFold(t, "www.")
		}},
	{cues: []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, re: addressPostcodeRe, maxWords: 16, and: func(_, lower string) bool {
		return !containsAny(lower, []string{" is ", " are ", " was ", " were ", " has ", " had ", " have "})
	}},
}, slices.Concat(
	noteClasses, frontSheetClasses, signOffClasses, pointerClasses, r21Classes, mailArrangeClasses,
	housekeepingClasses, lettersClasses, s21Classes, letterClasses, parliamentClasses, reviewRightsClasses, authorNoteClasses, meetingToolClasses,
	s33Classes, s36Classes, s37Classes, s38Classes, l13hClasses, closingClasses, s35Classes,
	s43Classes, s44Classes, s45Classes, s47Classes, s48Classes, s49Classes, s50Classes, s51Classes, s53Classes,
	s57Classes, s57bClasses, s57cClasses, s57dClasses, set57Classes, s58Classes, s62Classes, s63Classes, s64Classes, s69Classes,
	replyNoteClasses, f79Classes, signUpAndBackMatterClasses, nextEventClasses, wardNoticeClasses, tenderClasses, scoringPriceClasses, motionExplainerClasses, calendarChatClasses, registerDatesClasses,
	askTailClasses, profileAndChatClasses, guidelineBoilerplateClasses, worrySignpostClasses, siteLinkStripClasses, reviewRightsAndQuorumClasses,
	debateCourtesyClasses, printPageLineClasses, listRequestClasses, bylineStandfirstClasses, authorBioClasses,
)...)

func noMoney(t, _ string) bool { return !strings.ContainsAny(t, "%£") }

// furnitureSentence reports a sentence that is no evidence (see above);
// rest is set when what follows it in its block belongs to it (a
// citation's title and publisher).
func furnitureSentence(s string) (skip, rest, overAsk bool) {
	t := strings.TrimSpace(s)
	words := countFields(t)
	if words == 0 || words > 60 {
		return false, false, false
	}
	lower := strings.ToLower(t)
	hits := furnitureCues().hits(lower)
	figures := -1 // not counted yet
	for i, c := range furnitureClasses {
		if words > c.maxWords || c.lead == nil && c.cues != nil && hits&(1<<i) == 0 || c.lead != nil && !hasAnyPrefix(lower, c.lead) ||
			c.lead == nil && c.cues == nil && c.may == nil || c.may != nil && !c.may(t, lower) {
			continue
		}
		m := c.re.FindStringIndex(t)
		if m == nil || c.and != nil && !c.and(t, lower) {
			continue
		}
		if c.made {
			// What the class matched says how the report is made; a
			// figure after it is a finding ("Compiled by Healthwatch,
			// responses show 40 parents waited").
			if !c.rest && !c.whole && len(Figures(t[m[1]:])) > 0 {
				continue
			}
		} else {
			if strings.ContainsAny(t, "%£") {
				return false, false, false
			}
			n := figures
			if c.dates {
				n = len(Figures(withoutDates(t)))
			} else if n < 0 {
				figures = len(Figures(t))
				n = figures
			}
			if n > 0 {
				continue
			}
		}
		return true, c.rest, c.overAsk
	}
	return false, false, false
}

// availabilityAside: the aside is about the writer's days (in the office,
// off, away, on leave), which only a day or date makes an aside: "I'm in
// the office" alone might open a sentence of the text.
func availabilityAside(lower string) bool {
	return !strings.Contains(lower, "apolog") && !strings.Contains(lower, "sorry") && !strings.Contains(lower, "happy to") && !strings.Contains(lower, "glad to") && !strings.Contains(lower, "pleased to")
}

// thanksWithEvidence: a thank-you that also says something: what those
// thanked told the writers ("who spoke to us frankly about managing the
// condition at school") or a reservation ("but the plan does not").
func thanksWithEvidence(lower string) bool {
	return strings.Contains(lower, " about ") || strings.Contains(lower, " but ") || strings.Contains(lower, "however") ||
		strings.Contains(lower, "told us") || strings.Contains(lower, " said ")
}

// quoted: the sentence holds a quotation mark, as a speaker's words do
// ("I'm off work until March because of his appointments," she said).
func quoted(t string) bool {
	return strings.IndexByte(t, '"') >= 0 || strings.Contains(t, "“") || strings.Contains(t, "”")
}

// helplineContactRe is a line, a website or a number to contact.
var helplineContactRe = lazyre.New(`(?i)\b(?:helplines?|action\s+line|line|website|web\s+site|webchat|app)\b|www\.|\.(?:org|uk|com)\b|@|\d{3}`)

// offersHelp: a helpline line's opening ("For support, visit", "Help is
// available from") with a line, website or number to go to, or one for
// readers affected by the story; "Support is available from the school
// nurse on Tuesdays" says what a service offers.
func offersHelp(t, lower string) bool {
	return strings.HasPrefix(lower, "if you") || helplineContactRe.MatchString(t)
}

// toReader: a number offered to the reader ("you can call", "Call
// Samaritans on", "Childline is free on"), not one families reported
// calling ("Families told us they had to call 0300 ... many times").
func toReader(_, lower string) bool {
	if strings.Contains(lower, " but ") {
		return false // "… can ring the line on 0800 1111 but most said nobody answered": a finding
	}
	for _, p := range []string{"call", "ring", "phone", "text", "contact", "for ", "or "} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	// "you" as a word: "Young carers can ring the line" offers no number.
	return youRe.MatchString(lower) || containsAny(lower, []string{"free on", "helpline on", "available on", "line on", "is open"})
}

// dashAside: two asides joined by a dash, the second about the writer
// ("Thanks for getting in touch, and sorry for the slow reply – the last
// month has been hectic", "Sorry – typing this on my phone"), with no
// ask or argument after it ("Sorry to nag – but the ICB should ...").
func dashAside(t, lower string) bool {
	if quoted(t) {
		return false
	}
	i, w := -1, 0
	for _, d := range []string{" – ", " — ", " - "} {
		if k := strings.Index(t, d); k >= 0 && (i < 0 || k < i) {
			i, w = k, len(d)
		}
	}
	if i < 0 || len(strings.Fields(t[:i])) > 20 {
		return false
	}
	tail := strings.TrimSpace(t[i+w:])
	if dashAsideAskRe.MatchString(tail) {
		return false
	}
	return dashAsideTailRe.MatchString(tail) || dayWordRe.MatchString(tail)
}

// dateRe is a date or a weekday in a writer's aside: "on the 24th",
// "3 June", "Monday", "June 2025".
var dateRe = lazyre.New(`(?i)\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?:\s+of)?(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b`)

// withoutDates is t with its dates and weekdays blanked, for counting
// the figures of an aside.
func withoutDates(t string) string { return dateRe.Get().ReplaceAllString(t, "") }

// cueTable finds in one pass over a sentence which furniture classes have
// a cue in it. Looking for each class's cues in turn was some 140 substring
// searches a sentence, 7% of extraction; the table looks up each pair of
// bytes of the sentence and compares only the cues that start with it.
type cueTable struct {
	// byPair holds, for the first two bytes of any cue, one more than the
	// index of the group of cues that start with them, or 0.
	byPair [1 << 16]int32
	groups [][]cueEntry
	// singles are the cues of one byte, each looked for on its own.
	singles []cueEntry
}

// cueEntry is a cue and the classes (bits by their place in
// furnitureClasses) it belongs to.
type cueEntry struct {
	cue     string
	classes uint64
}

// furnitureCues is the table of furnitureClasses' cues, made on first use.
var furnitureCues = sync.OnceValue(func() *cueTable {
	return newCueTable(furnitureClasses)
})

func newCueTable(classes []furnitureClass) *cueTable {
	t := &cueTable{}
	for i, c := range classes {
		// A class picked by its lead needs no bit: only classes with cues
		// must sit within the table's 64.
		if i >= 64 && len(c.cues) > 0 {
			panic(fmt.Sprintf("furniture: class %d has cues, past a cue table's 64 bits", i))
		}
		for _, cue := range c.cues {
			if cue == "" || cue != strings.ToLower(cue) {
				panic(fmt.Sprintf("furniture: cue %q is empty or not in lower case", cue))
			}
			if len(cue) == 1 {
				t.singles = append(t.singles, cueEntry{cue, 1 << i})
				continue
			}
			k := uint16(cue[0])<<8 | uint16(cue[1])
			if t.byPair[k] == 0 {
				t.groups = append(t.groups, nil)
				t.byPair[k] = int32(len(t.groups))
			}
			g := &t.groups[t.byPair[k]-1]
			found := false
			for j := range *g {
				if (*g)[j].cue == cue {
					(*g)[j].classes |= 1 << i
					found = true
				}
			}
			if !found {
				*g = append(*g, cueEntry{cue, 1 << i})
			}
		}
	}
	return t
}

// hits returns the classes with a cue in lower, a bit each.
func (t *cueTable) hits(lower string) uint64 {
	var m uint64
	for _, e := range t.singles {
		if strings.IndexByte(lower, e.cue[0]) >= 0 {
			m |= e.classes
		}
	}
	for i := 0; i+1 < len(lower); i++ {
		g := t.byPair[uint16(lower[i])<<8|uint16(lower[i+1])]
		if g == 0 {
			continue
		}
		for _, e := range t.groups[g-1] {
			if m&e.classes != e.classes && strings.HasPrefix(lower[i:], e.cue) {
				m |= e.classes
			}
		}
	}
	return m
}

// hasAnyPrefix reports whether s opens with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
