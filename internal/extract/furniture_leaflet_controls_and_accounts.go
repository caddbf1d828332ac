package extract

import "github.com/cypx/cypx/internal/lazyre"

// Set 49's furniture sentences:
//   - a leaflet's control line: "Leaflet code: TH-OT-022 · Version 2 ·
//     Issued June 2025 · Review date June 2027";
//   - the sign-off of a set of accounts, with whom it was signed by:
//     "Approved by the trustees on 4 May 2025 and signed on their behalf
//     by Jo Marr, Treasurer.";
//   - the notes every statement of accounts carries: "All income and
//     expenditure derive from continuing activities.", "The notes on
//     pages 9 to 14 form part of these accounts.";
//   - a paper's list of appendices kept elsewhere: "Appendices (available
//     on request): A. ...; B. ...";
//   - a leaflet's credit to those it was written with: "Written with
//     parents from the Tarnside Parent Carer Forum";
//   - a crisis line signposted to the reader: "Call NHS 111 and choose
//     the mental health option, or 999 in an emergency."
var (
	leafletControlRe = lazyre.New(`(?i)^(?:leaflet|document|publication|patient\s+information|information\s+leaflet|pil)\s+(?:code|ref(?:erence)?|number|no\.?|id)\s*:\s*[a-z0-9][\w/.-]*\d[\w/.-]*(?:\s*[·|•,;]\s*(?:version|v\d|issued|issue\s+date|date\s+of\s+issue|review(?:\s+date)?|next\s+review|published|updated)\b[^·|•!?]{0,40})*\.?$`)
	accountsSignedRe = lazyre.New(`(?i)^approved\s+by\s+the\s+(?:trustees|board(?:\s+of\s+(?:trustees|directors))?|directors|governors|governing\s+body)\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\s+and\s+signed\s+(?:on\s+(?:their|its)\s+behalf\s+)?by\b[^!?%£]{0,100}$`)
	continuingOpsRe  = lazyre.New(`(?i)^all\s+(?:of\s+the\s+)?(?:(?:the\s+)?charity['’]s\s+)?(?:income|incoming\s+resources)\s+and\s+(?:expenditure|resources\s+expended)\s+(?:derives?|arises?|relates?|are\s+derived)\s+(?:from|to)\s+continuing\s+(?:activities|operations)\.?$`)
	notesFormPartRe  = lazyre.New(`(?i)^the\s+(?:accompanying\s+)?notes\s+(?:on\s+pages?\s+\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3})?\s+)?form\s+(?:an\s+integral\s+)?part\s+of\s+(?:these|the)\s+(?:financial\s+statements|accounts)\.?$`)
	appendicesKeptRe = lazyre.New(`(?i)^appendi(?:ces|x)\s*(?:\(\s*(?:available\s+on\s+request|attached|enclosed|circulated\s+separately|to\s+follow)\s*\)\s*:?|:\s*(?:available\s+on\s+request|attached|enclosed|circulated\s+separately))[^!?%£]{0,240}$`)
	writtenWithRe    = lazyre.New(`(?i)^(?:this\s+(?:leaflet|booklet|guide|factsheet)\s+was\s+)?(?:written|produced|developed|co-produced|designed|made)\s+(?:with|together\s+with|in\s+partnership\s+with|alongside)\s+(?:the\s+)?(?:families|parents|parents\s+and\s+carers|carers|young\s+people|children\s+and\s+young\s+people)\s+(?:from|of|at|in)\s+(?:the\s+)?\p{Lu}[^.!?0-9%£]{0,80}\.?$`)
	crisisSignpostRe = lazyre.New(`(?i)^(?:please\s+)?(?:call|ring|phone|dial)\s+(?:nhs\s+)?111\b[^.!?]{0,80}?,?\s+or\s+(?:call\s+|dial\s+)?999\b[^.!?0-9]{0,40}[.!]?$`)
)

// s49Classes are this file's furniture classes (see furnitureClasses).
var s49Classes = []furnitureClass{
	{lead: []string{"leaflet", "document", "publication", "patient information", "information leaflet", "pil"}, re: leafletControlRe, maxWords: 30, made: true, whole: true},
	{lead: []string{"approved by the"}, re: accountsSignedRe, maxWords: 35, made: true, whole: true},
	{lead: []string{"all "}, re: continuingOpsRe, maxWords: 20},
	{lead: []string{"the notes", "the accompanying notes"}, re: notesFormPartRe, maxWords: 20, made: true, whole: true},
	{lead: []string{"appendices", "appendix"}, re: appendicesKeptRe, maxWords: 50, made: true, whole: true},
	{lead: []string{"written with", "produced with", "developed with", "co-produced with", "designed with", "made with", "written together", "written in partnership", "written alongside", "produced in partnership", "this leaflet", "this booklet", "this guide", "this factsheet"}, re: writtenWithRe, maxWords: 30},
	{lead: []string{"call", "ring", "phone", "dial", "please call", "please ring", "please phone", "please dial"}, re: crisisSignpostRe, maxWords: 30, made: true, whole: true},
}
