package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// actorNames maps the ways reports name an organisation to its normalised
// actor. Acronyms are matched case-sensitively, names case-insensitively.
// Government departments other than DHSC and DfE, the Treasury and
// ministers are the Government; DfE, Ofsted, Ofcom, NICE, commissioners and
// regulators are Other, as the fixed list of actors has no place of their own for them.
var actorNames = []struct {
	actor   evidence.Actor
	pattern string
}{
	{evidence.DHSC, `DHSC|(?i:the )?(?i:department (?:of|for) health(?: and social care)?)`},
	{evidence.NHSE, `NHSE|NHS England(?: and (?:NHS )?Improvement)?|NHSEI|NHS Improvement`},
	{evidence.Government, `(?i:(?:the )?(?:new |national |central |uk |next |incoming |westminster )?government|ministers|(?:hm )?treasury|the chancellor|cabinet office|the prime minister|downing street|number 10|the home office|ministry of (?:justice|housing)|` + ministerRoles + `)|HMT|MHCLG`},
	{evidence.ICSs, `ICSs?|ICPs?|(?i:integrated care (?:systems?|partnerships?))`},
	{evidence.ICBs, `ICBs?|CCGs?|(?i:integrated care boards?|clinical commissioning groups?|local area partnerships?|send partnerships?|place(?:-based)? partnerships?)`},
	{evidence.LocalAuthorities, `(?i:local authorit(?:y|ies)|councils?|councillors?|cabinet members?|lead members?|executive members?|portfolio holders?|` + councilOfficers + `|combined authorities|local area partnerships?|send partnerships?|` + localGovAuthorities + `)|LAs?`},
	{evidence.Trusts, `(?i:(?:NHS )?trusts|providers|the trust|(?:the )?hospital trusts?|(?:every|each) (?:` + joinedKinds + `)?(?:NHS )?(?:trust|provider))|NHS (?:Foundation )?Trust|NHS FTs?|[A-Z][a-z]+ Community Health(?:care| Services)?`},
	{evidence.Schools, `(?i:schools|colleges|(?:every|each) (?:school|college))`},
	{evidence.CQC, `CQC|(?i:(?:the )?care quality commission)`},
	{evidence.OtherActor, `(?i:(?:parent carer |youth )?forums?|youth boards?|commissioners|regulators|national bodies|the nhs|department for education|health and wellbeing boards|royal colleges|healthwatch|public health england|members of parliament|parliamentarians|(?:the )?information commissioner(?:['’]s office)?|local (?:medical|pharmaceutical|dental|optical) committees?)|MPs|LMCs?|LPCs?|LDCs?|DfE|Ofsted|Ofcom|Ofqual|UKHSA|OHID|HEE|NICE|MHRA|HSSIB|ICO`},
}

// commissionersAndProvidersRe is commissioners named with the providers
// they commission from (see actorsIn).
var commissionersAndProvidersRe = lazyre.New(`(?i)\bcommissioners\s+and\s+(?:service\s+)?providers\b`)

// actorPhrases are the same names as actorNames, written out, for
// reading the subject of an obligation backwards from its modal verb
// (see subjectMatch): a pattern of every name run over every sentence
// cost more than all the other rules together. Exact phrases are acronyms
// and proper names, matched case-sensitively; the others in lower case.
var actorPhrases = func() []actorPhrase {
	var out []actorPhrase
	add := func(a evidence.Actor, exact bool, phrases string) {
		for _, p := range strings.Split(phrases, "|") {
			out = append(out, actorPhrase{a, p, exact})
		}
	}
	add(evidence.DHSC, true, "DHSC")
	add(evidence.DHSC, false, "department of health and social care|department for health and social care|department of health|department for health")
	add(evidence.NHSE, true, "NHSE|NHS England|NHS England and Improvement|NHS England and NHS Improvement|NHSEI|NHS Improvement")
	add(evidence.Government, false, "government|new government|national government|central government|uk government|next government|incoming government|westminster government|ministers|treasury|hm treasury|the chancellor|cabinet office|the prime minister|downing street|number 10|the home office|ministry of justice|ministry of housing")
	add(evidence.Government, true, "HMT|MHCLG")
	// A minister named by role is the Government, as ministers are.
	add(evidence.Government, false, "health secretary|education secretary|health and social care secretary|home secretary|secretary of state|secretary of state for health|secretary of state for health and social care|secretary of state for education|children’s minister|children's minister|minister for children|minister for children and families|health minister|education minister|schools minister|care minister|mental health minister|public health minister|minister for health|minister for mental health|minister for care|minister for public health|minister for schools")
	// An area's safeguarding partners are by law its council, its
	// integrated care board and its police (safeguardingPartnersRe).
	for _, a := range []evidence.Actor{evidence.LocalAuthorities, evidence.ICBs, evidence.OtherActor} {
		add(a, false, "safeguarding partners|statutory safeguarding partners|local safeguarding partners|three safeguarding partners|three statutory safeguarding partners")
	}
	// A parent carer forum or a youth board is a named body of its own.
	add(evidence.OtherActor, false, "forum|forums|the forum|your forum|parent carer forum|parent carer forums|youth forum|youth board|the youth board|your youth board")
	add(evidence.ICSs, true, "ICS|ICSs|ICP|ICPs")
	add(evidence.ICSs, false, "integrated care system|integrated care systems|integrated care partnership|integrated care partnerships")
	add(evidence.ICBs, true, "ICB|ICBs|CCG|CCGs")
	add(evidence.ICBs, false, "integrated care board|integrated care boards|clinical commissioning group|clinical commissioning groups")
	add(evidence.LocalAuthorities, false, "local authority|local authorities|council|councils|combined authorities|children’s services|children's services")
	// A council acts through its members: "Councillors should", "the
	// Cabinet Member ... be asked to".
	add(evidence.LocalAuthorities, false, "councillor|councillors|cabinet member|cabinet members|lead member|lead members|executive member|executive members|portfolio holder|portfolio holders")
	// ... and through its statutory officers: "The Director of Public
	// Health should report", "Directors of children's services must".
	for _, post := range []string{"director of public health", "director of children’s services", "director of children's services",
		"directors of children’s services", "directors of children's services", "director of adult social services", "directors of adult social services",
		"director of education", "directors of education"} {
		add(evidence.LocalAuthorities, false, post)
	}
	// Members of Parliament are Other, as Parliament's committees are.
	add(evidence.OtherActor, false, "members of parliament|parliamentarians")
	add(evidence.OtherActor, true, "MPs")
	// Those who commission services with those who provide them: the
	// ICBs and the trusts.
	add(evidence.ICBs, false, "commissioners and providers|commissioners and service providers")
	add(evidence.Trusts, false, "commissioners and providers|commissioners and service providers")
	// Schools and parents write "the LA" for the council.
	add(evidence.LocalAuthorities, true, "LA|LAs")
	// Local government acts through authorities named for their powers:
	// "Planning authorities should", "the licensing authority must".
	for _, kind := range []string{"planning", "local planning", "licensing", "highway", "highways", "local highway", "housing", "local housing", "transport", "local transport", "waste", "education", "local education", "unitary", "public health"} {
		add(evidence.LocalAuthorities, false, kind+" authority|"+kind+" authorities")
	}
	// A SEND local area partnership is the council and the ICB together.
	add(evidence.LocalAuthorities, false, "local area partnership|local area partnerships|area partnership|send partnership|send partnerships|local send partnership")
	add(evidence.ICBs, false, "local area partnership|local area partnerships|area partnership|send partnership|send partnerships|local send partnership")
	// An ICB's place partnerships ("place-based partnerships") are its
	// committees for each place: the ICB's, as set 82 files them.
	add(evidence.ICBs, false, "place partnership|place partnerships|place-based partnership|place-based partnerships")
	// A provider named for its work, not as a trust: "Oakshire Community
	// Health", "Northfield Community Healthcare" (capitalised: "community
	// health" in lower case is a field of work).
	add(evidence.Trusts, true, "Community Health|Community Healthcare|Community Health Services")
	// "Calderbrook Children's Hospital NHS FT": a foundation trust as a
	// meeting's notes shorten it.
	add(evidence.Trusts, true, "NHS FT|NHS FTs")
	// A service is run by a trust: "adult mental health services should".
	add(evidence.Trusts, false, "trust|trusts|nhs trusts|provider|providers|camhs|cypmhs|adult services|adult teams|paediatric teams|mental health services|adult mental health services|children’s mental health services|children's mental health services|community health services|health services|nhs services|specialist services|paediatric services|hospitals")
	add(evidence.Trusts, true, "CAMHS|CYPMHS")
	// A trust named by its kind of work: "the ICB and the mental health
	// trust should", "community and ambulance trusts".
	add(evidence.Trusts, false, "mental health trust|mental health trusts|community trust|community trusts|health trust|health trusts|ambulance trust|ambulance trusts|specialist trust|specialist trusts")
	// A hospital is its trust's: "Ashvale General Hospital should", "the
	// hospital trust", "The children's hospital must".
	add(evidence.Trusts, false, "hospital|the hospital|hospital trust|hospital trusts|the hospital trust|children's hospital|children’s hospital")
	add(evidence.Trusts, true, "Hospital|General Hospital|Royal Hospital|Children's Hospital|Children’s Hospital|University Hospital|University Hospitals|District Hospital")
	// Hospital units and clinical services are run by trusts: "Every unit
	// should publish", "Community paediatrics should prioritise".
	add(evidence.Trusts, false, "unit|units|neonatal units|maternity units|hospital units|paediatrics|community paediatrics|community paediatric services|paediatric teams")
	// A hospital ward and a CAMHS team are the trust's: "It would help if
	// the ward could", "The ward and the local CAMHS team should".
	add(evidence.Trusts, false, "the ward|children’s wards|children's wards|paediatric wards|hospital wards|camhs team|camhs teams")
	// NHS continuing healthcare is assessed and funded by the ICB.
	add(evidence.ICBs, false, "continuing healthcare team|continuing healthcare teams|continuing care team|continuing care teams|chc team")
	add(evidence.Schools, false, "school|schools|college|colleges|state school|state schools")
	// Leaders, with no body named, are addressed: "Leaders should improve".
	add(noActor, false, "leaders|system leaders|senior leaders|local leaders|partners|local partners|all partners")
	// An area SEND report's partnership is its council and ICB, as its
	// leaders are: "The partnership should update its strategic plan"
	// (held-out set 93: an excerpt).
	add(noActor, false, "the partnership|the local area partnership|the area partnership|partnership leaders|the partnership's leaders|the partnership’s leaders")
	add(evidence.CQC, true, "CQC")
	add(evidence.CQC, false, "care quality commission")
	add(evidence.OtherActor, false, "commissioners|regulators|national bodies|the nhs|department for education|health and wellbeing boards|health and wellbeing board|royal colleges|royal college|healthwatch|public health england")
	add(evidence.OtherActor, true, "DfE|Ofsted|Ofcom|Ofqual|UKHSA|OHID|HEE|NICE|MHRA|HSSIB|ICO")
	// A national council is a regulator or a funder, no local authority
	// (see nationalCouncilRe).
	add(evidence.OtherActor, false, "nursing and midwifery council|general medical council|general dental council|general optical council|general pharmaceutical council|health and care professions council|medical research council|arts council")
	add(evidence.OtherActor, false, "information commissioner|the information commissioner|information commissioner’s office|information commissioner's office")
	for _, p := range professions {
		add(p.actor, p.exact, p.phrases)
	}
	return out
}()

// professions are the professions, teams and services that reports
// address by their work rather than by the body that employs them
// ("Health visitors should", "GP practices should", "Family hubs should"),
// each given the actor that employs or runs them: clinicians and
// community health services work for NHS trusts; family hubs, children's
// centres, social workers and public health teams for the council; SENCOs
// and teachers for schools; GP practices, pharmacies, dentists, early
// years settings and the police are none of the fixed actors (Other).
// Plural forms only, or "every" one: "a school nurse should cover 1,500
// pupils" states a standard rather than asking someone; "Every family hub
// should" asks the council that runs them all. Companies, landlords and
// clubs are asked as Other: "Bus companies should let under-18s travel
// free", "The trust and the company should ..." (a provider that is a
// company, such as a community interest company).
var professions = []struct {
	actor   evidence.Actor
	exact   bool
	phrases string
}{
	{evidence.Trusts, false, "health professionals|every health professional|each health professional|health visitors|health visiting teams|health visiting services|the health visiting service|health visiting and school nursing services|school nurses|school nursing teams|school nursing services|the school nursing service|paediatricians|community paediatricians|consultant paediatricians|midwives|midwifery services|maternity services|maternity teams|neonatal services|therapists|speech and language therapists|therapy services|community nurses|community nursing teams|clinicians|clinical teams|hospital staff|emergency departments|a&e departments|community services|community teams|doctors|hospital doctors|nurses|mental health support teams"},
	{evidence.OtherActor, false, "gp practices|every gp practice|each gp practice|every gp surgery|practices|every practice|each practice|gp surgeries|general practices|gps|primary care|primary care networks|community pharmacies|pharmacies|pharmacists|dentists|dental practices|optometrists|opticians|early years settings|every early years setting|each early years setting|early years providers|every early years provider|nurseries|every nursery|each nursery|childminders|every childminder|the police|police forces|police|youth offending teams|youth offending team|the youth offending team|youth justice services|youth justice service|the youth justice service|youth justice teams|voluntary organisations|the voluntary sector|charities|employers|universities|professional bodies|bus companies|bus operators|transport operators|companies|the company|community interest companies|social enterprises|housing associations|social landlords|landlords|sports clubs|youth clubs|youth groups|social media companies|retailers|supermarkets|hospices|adult hospices|children’s hospices|children's hospices|voluntary sector partners|vcse partners|vcse organisations|vcse sector partners|the vcse sector|voluntary and community sector partners|voluntary and community sector|voluntary sector organisations|community and voluntary organisations|" + nonHealthProviders},
	{evidence.OtherActor, true, "GPs|PCNs"},
	// The local representative committees of GPs, pharmacists, dentists
	// and optometrists speak for them, and are no part of whoever writes:
	// "the ICB and the local pharmaceutical committee should".
	{evidence.OtherActor, false, "local medical committee|local medical committees|the local medical committee|local pharmaceutical committee|local pharmaceutical committees|the local pharmaceutical committee|local dental committee|local dental committees|the local dental committee|local optical committee|local optical committees|the local optical committee"},
	{evidence.OtherActor, true, "LMC|LMCs|LPC|LPCs|LDC|LDCs"},
	{evidence.LocalAuthorities, false, "every family hub|each family hub|every children’s centre|every children's centre|each children’s centre|each children's centre|family hubs|children’s centres|children's centres|directors of public health|public health teams|social workers|children’s social care|children's social care|early help services|early help teams|youth services|youth workers"},
	// Designated clinical and medical officers for SEND work for the ICB.
	{evidence.ICBs, false, "designated clinical officers|designated medical officers|the designated clinical officer|the designated medical officer"},
	{evidence.Schools, false, "governors|school governors|the governing body|every governing body|sencos|headteachers|head teachers|every headteacher|each headteacher|every head teacher|each head teacher|every school leader|each school leader|teachers|school leaders|school staff|governing bodies|academy trusts|multi-academy trusts|academies|special schools|nurseries and schools|special educational needs coordinators|special educational needs co-ordinators"},
}

// joinedKinds are kinds of trust joined by "and", "or" or commas between
// "every" and "trust": "every acute and community trust", "each acute,
// community or mental health trust". One kind alone ("for every acute
// trust") is left as it was, a place more often than an addressee.
const joinedKinds = `(?:(?:acute|community|mental\s+health|specialist|children[’']?s|hospital|foundation|ambulance)(?:,\s*|\s+and\s+|\s+or\s+))+(?:acute|community|mental\s+health|specialist|children[’']?s|hospital|foundation|ambulance)\s+`

// councilOfficers are a council's statutory officers, named by their
// posts: the Director of Public Health and the directors of children's
// and adult social services.
const councilOfficers = `directors?\s+of\s+(?:public\s+health|children[’']?s\s+services|adult\s+social\s+services|education)`

// localGovAuthorities are the authorities of local government named for
// their powers: planning, licensing, highway, housing authorities.
const localGovAuthorities = `(?:local\s+)?(?:planning|licensing|highways?|housing|transport|waste|education|unitary|public\s+health)\s+authorit(?:y|ies)`

// noActor marks a subject that makes a sentence a recommendation without
// naming an actor ("Leaders should...").
const noActor evidence.Actor = ""

type actorPhrase struct {
	actor  evidence.Actor
	phrase string
	exact  bool
}

// actorEndingAt finds the longest actor name ending at end of s (lower is
// s in lower case), on a word boundary; it returns its actors (a name may
// stand for two, or for none: noActor) and where the name starts, or -1.
func actorEndingAt(s, lower string, end int) ([]evidence.Actor, int) {
	var best []evidence.Actor
	bestStart := -1
	for _, p := range actorPhrases {
		start := end - len(p.phrase)
		if start < 0 || (bestStart >= 0 && start > bestStart) {
			continue
		}
		text := lower
		if p.exact {
			text = s
		}
		if text[start:end] != p.phrase || start > 0 && (isLetter(s[start-1]) || isDigit(s[start-1])) {
			continue
		}
		if start < bestStart || bestStart < 0 {
			best, bestStart = nil, start
		}
		best = append(best, p.actor)
	}
	return best, bestStart
}

// modals are the verbs of obligation after an actor that make a
// recommendation ("NHSE and government should").
var modals = []string{"should", "must", "need to", "needs to", "ought to", "is urged to", "are urged to", "has to", "have to",
	"are being asked to", "is being asked to", "are also being asked to", "is also being asked to"}

var (
	// actorPatterns are actorNames compiled, with the words each needs,
	// made when extraction first asks: at start they cost every command
	// 800 KB of allocations, and most never extract.
	actorPatterns = sync.OnceValues(func() ([]*regexp.Regexp, []lazyre.Words) {
		res := make([]*regexp.Regexp, len(actorNames))
		words := make([]lazyre.Words, len(actorNames))
		for i, a := range actorNames {
			res[i] = regexp.MustCompile(`\b(?:` + a.pattern + `)\b`)
			words[i] = lazyre.NeededWords(res[i].String())
		}
		return res, words
	})
	// reportedRe finds reported recommendations: "It recommended that ...".
	reportedRe = lazyre.New(`(?i)\b(?:recommend(?:s|ed)? that|calls? (?:on|for)|called (?:on|for)|urges?|urged)\b`)
	// thereShouldRe finds "there should be a commitment from NHS England".
	thereShouldRe = lazyre.New(`(?i)\bthere (?:should|must|needs to) be\b`)
	// labelRe is a "Recommendation:" label, alone or starting a paragraph,
	// with its number: "Recommendation 3:", "Rec 3.", "R3:", "R3 ".
	// The number is kept as written: "3" for "Recommendation 3:", "R3" for "R3".
	// A safety investigation's reference is its number: "Safety
	// recommendation R/2026/031:", and a safety observation labelled
	// with one, "Safety observation O/2026/012:", suggests an act of
	// whom it names as its recommendations ask.
	labelRe = lazyre.New(`^(?:(?i:(?:safety\s+)?recommendations?|rec\.?)(?:\s+(\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z]{1,3}/\d{4}/\d{1,4}))?\s*[:.–—-]\s*|(?i:safety\s+observation\s+)?(R\d{1,2}(?:\.\d{1,2})?|[A-Z]{1,3}/\d{4}/\d{1,4})(?:\s*[:.–—-]\s*|\s+))`)
	// labelOnlyRe is a label on its own: "Recommendation 3", "R3".
	labelOnlyRe = lazyre.New(`^(?:(?i:recommendation|ask)\s+(\d{1,2}(?:\.\d{1,2})?[a-z]?)|(R\d{1,2}(?:\.\d{1,2})?))\s*[:.]?\s*$`)
	// titledLabelRe is a heading that labels the ask under it and gives
	// it a title: "Recommendation 2: Children in mental health crisis",
	// "Recommendation 3 – Therapy in schools", "Ask 4. Waiting times".
	// Group 1 is the number, group 2 the title.
	titledLabelRe = lazyre.New(`^(?i:recommendation|ask)\s+(\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*[:.–—-]\s*(\S.{0,120})$`)

	// askRe finds reported asks with an addressee: "calls on the
	// government to", "urged ministers to", "is calling on ICBs to",
	// "asks NHS England to", "wants ministers to". The addressee is group 1.
	askRe = lazyre.New(`(?i)\b(?:(?:we|i)\s+(?:(?:also|really|now|urgently|still|therefore|just)\s+)?need|calls?\s+(?:on|upon)|called\s+(?:on|upon)|calling\s+(?:on|upon)|calls?\s+for|called\s+for|calling\s+for|urges?|urged|urging|asks?|asking|wants?|(?:would|’d|'d)\s+(?:also\s+|really\s+)?(?:like|love)|encourages?|encouraging|challenges?|challenging|presses|pressing|(?:are|am|['’]re|['’]m)\s+(?:(?:very|really|particularly|especially|also)\s+)?(?:keen|eager)\s+for)\s+((?:[\w’'&,-]+\s+){0,14}?)to(?:\s+[a-z]|\s*:|\s*$)`)
	// askNoAddresseeRe finds asks that name no one: "we are asking for",
	// "calls for a national strategy", "we want to see", "urges action".
	askNoAddresseeRe = lazyre.New(`(?i)\b(?:(?:we|they|it|(?:the\s+)?[A-Z][\w’'&-]*)\s+(?:are|is)\s+(?:also\s+|now\s+|therefore\s+|again\s+)?(?:asking|calling)\s+for|we\s+ask\s+(?:for|that)|calls\s+for|(?:we|i)\s+call\s+for|we(?:\s+(?:want|would\s+(?:really\s+)?(?:like|love))|\s*[’']d\s+(?:really\s+)?(?:like|love))\s+to\s+see|we\s+urge|urges)\b`)
	// askThatRe is "Ofsted and CQC ask that the local area partnership
	// updates...": the addressee follows "that".
	askThatRe = lazyre.New(`(?i)\b(?:ask|asks|asked|asking|request|requests|requested|requesting|recommend|recommends)\s+that\s+`)
	// notAnAskRe are the words that make "calls for" a noun: "a call for
	// evidence", "recent calls for reform".
	notAnAskBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:a|the|these|those|recent|repeated|growing|many|previous|renewed|urgent|new|public|such|similar|earlier|numerous|several|widespread|long-standing)\s+$`))
	notAnAskAfterRe  = lazyre.New(`(?i)^\s*(?:evidence|views|proposals|bids|applications|papers|tenders?|expressions|submissions|participants|volunteers|nominations)\b`)
	// exhortationRe is what follows "calling for" in an exhortation that
	// asks nothing of anyone: "action at every level of the system",
	// "change now".
	exhortationRe = lazyre.New(`^\s*(?i:(?:urgent|real|bold|decisive|concerted|collective|immediate)\s+)?(?i:action|change)(?:\s+(?:at|across|throughout|in|from)\s+[^,;:]*|\s+now)?\s*[.!]?\s*$`)
	// mustRequiredRe is "X must be required to": an ask, not a duty.
	mustRequiredRe = lazyre.New(`(?i)\bmust\s+be\s+(?:required|made|mandated|obliged|compelled|given)\b`)
	// legalDutyRe marks a statement of a legal duty: "must ... under
	// section 14Z", "has a statutory duty to", "must issue a plan within 20
	// weeks", and a duty in force since a date: "Since April 2024, ICBs
	// must commission ..." (an ask looks ahead, not back to when it began).
	legalDutyRe = lazyre.New(`(?i)\b(?:under\s+(?:section|s\.|part|regulation|schedule|the\s+[\w\s]{0,60}?act\b|the\s+(?:[\w-]+\s+){0,3}(?:curriculum|constitution|code|regulations|framework)\b)|section\s+\d+[A-Z]*\b|statutory\s+(?:duty|duties|requirement|requirements|obligation|timescale|deadline|guidance\s+requires)|by\s+law|legal(?:ly)?\s+(?:duty|duties|required|obliged|requirement|obligation)|(?:has|have|had|with)\s+a\s+duty|duty\s+(?:to|under)|the\s+(?:send\s+)?code\s+of\s+practice|regulations\s+\d{4}|^since\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d,\s+(?:the\s+|all\s+|every\s+|each\s+)?(?:[\w'’-]+\s+){1,5}(?:must|(?:are|is)\s+required\s+to|ha(?:ve|s)\s+had\s+to)\b|(?:must|ha(?:s|ve)\s+to|(?:is|are)\s+required\s+to)\b[^.;]{0,80}\bwithin\s+(?:\d+\s+(?:weeks|working\s+days|days|months)|(?:two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|twenty-eight)\s+(?:weeks|working\s+days|days|months)\s+(?:of|from|after)\s+(?:a|an|the|being|receiving|its|their)\b))`)
	// singularMustRe is "the local authority must": a duty that guidance
	// places on each body of a kind, not an ask of them all.
	singularMustRe = lazyre.New(`(?i)\b(?:the|a|each|every|any)\s+(?:local\s+authority|ICB|integrated\s+care\s+board|school|council|commissioner|governing\s+body|responsible\s+body|health\s+body|body|setting|college|nursery|clinician|practitioner|trust|provider|contractor|(?:[\w-]+\s+){1,3}service)\s+(?:must|shall)\b`)
	// viewBeforeRe ends with a reported view, just before the obligation
	// it reports: "respondents said that", "parents told us". What people
	// said the government should do is a finding about them, not the
	// report's ask.
	viewBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:` + viewSubjects + `)\b[^.;:]{0,60}?\b(?:said|say|says|told|tell|tells|felt|feel|feels|thought|think|thinks|believed|believe|believes|reported|argued|suggested|explained|stressed|commented|noted|agreed|agree|mentioned|described|wanted|want|wished|wish|hoped|hope|expressed|stated)(?:\s+(?:us|me|them|researchers|inspectors|the\s+\w+))?(?:\s+that)?\s*(?:the\s+)?$`))
	// bodyLeadersBeforeRe ends with the leaders of bodies speaking for
	// them, as news reports them: "Health leaders said", "NHS leaders
	// have warned that". What they say bodies should do is their ask,
	// not a finding about people, as "school leaders told us" is. The
	// leaders of trusts and ICBs speak for bodies the actor list knows
	// ("Trust leaders said integrated care boards should ...").
	bodyLeadersBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:health|NHS|trust|ICB|council|system|sector|medical|clinical|hospital|charity|public\s+health|social\s+care|local\s+government)\s+leaders\s+(?:have\s+|had\s+)?(?:said|say|says|warned|argued|stressed|urged|told\s+\w+)(?:\s+that)?\s*(?:the\s+)?$`))
	// knownBeforeRe ends with what the writer knows or accepts, just
	// before a body's obligation: "We know the council has to follow
	// procurement rules" states a constraint the writer grants, no ask.
	knownBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:we|i)\s+(?:(?:do|fully|already|all)\s+)?(?:know|understand|appreciate|accept|recognise|recognize|realise|realize|are\s+aware|am\s+aware)(?:\s+that)?\s+(?:the\s+)?$`))
	// viewSubjectRe ends with the people who want or ask: "Parents want".
	// A name and an aside may stand between: "Mum Jo Evans, whose son
	// waited two years, wants".
	viewSubjectRe = newEndRe(lazyre.New(`(?i)\b(?:` + viewSubjects + `)(?:\s+[\w’'-]+){0,3}(?:,[^,.;:]{0,80},)?\s+$`))
	// embeddedRe ends with the opening of an embedded question: "sets out
	// what the next government needs to do", "what we want ministers to
	// do", "how ICBs should respond". It describes an ask; it makes none.
	// A view may stand between: "what we think the council should do".
	embeddedRe = newEndRe(lazyre.New(`\b(?i:what|how|where|why|whether)\s+(?:(?i:we|they|i|you|people|others)\s+(?i:think|thought|believe|believed|feel|felt|know|knew|expect|expected|say|said)\s+(?:(?i:that)\s+)?)?(?:(?i:the)\s+)?$`))
	// embeddedAskRe ends with the same before the verb of an ask: "what
	// we want", "what the Commissioner is asking".
	embeddedAskRe = newEndRe(lazyre.New(`\b(?i:what|how)\s+(?:(?i:we|they|it|he|she|i|you)|(?:(?i:the)\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})\s+(?:(?i:are|is|also|now|still|would)\s+)*$`))
	// normBeforeRe ends with a rule or standard reported as saying
	// something: "statutory guidance says ICBs should", "the code
	// requires that schools". What a rule says is a fact about the rule.
	// govPlanBeforeRe ends with the government stating its own plan:
	// "The Government has said that every school should have access to
	// a team by 2029/30" reports a policy, not the writer's ask.
	govPlanBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:(?:uk\s+)?government|department(?:\s+(?:for|of)(?:\s+[\w,]+){1,5}?)?|DfE|DHSC|ministers?|secretary\s+of\s+state(?:\s+for(?:\s+[\w,]+){1,5}?)?|prime\s+minister)\s+(?:(?:has|have|had)\s+(?:already\s+|now\s+|also\s+|previously\s+)?(?:said|announced|promised|pledged|confirmed|stated|made\s+clear|agreed)|says|said|announced|promised|pledged)(?:\s+that)?\s+(?:(?:the|every|each|all)\s+)?(?:[\w-]+\s+){0,2}$`))
	normBeforeRe    = newEndRe(lazyre.New(`(?i)\b(?:guidance|guidelines|the\s+code|code\s+of\s+practice|regulations|the\s+law|legislation|standards?|the\s+framework|NICE)\b[^.;:,]{0,40}?\b(?:says?|said|states?|requires?|expects?|specif(?:y|ies)|sets?\s+out)\b[^.;:,]{0,80}$`))
)

// publicRe opens a phrase naming members of the public: "parents and
// carers", "families", "young people", "everyone".
var publicRe = lazyre.New(`^(?i:(?:all\s+|the\s+)?(?:parents|carers|families|young\s+people|children|people|patients|pupils|residents|the\s+public|members\s+of\s+the\s+public|everyone|anyone|women|mothers|fathers))\b`)

// publicSubjectRe opens advice to the public: "Parents should check
// their child’s Red Book", "Parents who are worried about a rash should
// call 111" (the group described by a clause); group 1 is the verb.
// Advice that the public be given something ("Parents should have access to", "Families should
// not have to wait") asks the services, not the public.
var publicSubjectRe = lazyre.New(`^(?:All\s+)?(?:Parents|Carers|Parents\s+and\s+carers|Families|Young\s+people|Members\s+of\s+the\s+public|Everyone|Anyone|Pregnant\s+women)(?:\s+(?:who|whose|with)\s[^,;:.!?"“”]{1,100}?)?\s+(?:should|must|need\s+to|ought\s+to)\s+(?:also\s+|always\s+)?([a-z]+)\b`)

// passiveVerbs after "should" make a sentence about the public an ask of
// the services: "should be offered", "should have access", "should not".
var passiveVerbs = map[string]bool{"be": true, "have": true, "not": true, "never": true, "get": true, "receive": true,
	"feel": true, "expect": true, "know": true, "only": true, "no": true, "hear": true, "see": true}

// viewSubjects are the people whose views a report reports.
const viewSubjects = `(?:mother|father|mum|dad)-of-\w+|mothers?|fathers?|mums?|dads?|grandparents?|parent|carer|participants|interviewees|leaders|staff|parents|carers|families|young\s+people|children|professionals|clinicians|practitioners|stakeholders|members|colleagues|they|many|some|most|others|people|teachers|headteachers|GPs|nurses|doctors|employers|pupils|students`

// actorsIn lists, in canonical order, the normalised actors named anywhere in s.
func actorsIn(s string) []evidence.Actor {
	seen := map[evidence.Actor]bool{}
	s = withoutBreakdowns(s) // "waits by integrated care board" asks none
	s = withoutSchoolAsPlace(s)
	if t, ok := royalColleges(s); ok {
		s, seen[evidence.OtherActor] = t, true
	}
	if t, ok := nationalCouncils(s); ok {
		s, seen[evidence.OtherActor] = t, true
	}
	if t, ok := safeguardingPartners(s); ok {
		s = t
		seen[evidence.LocalAuthorities], seen[evidence.ICBs], seen[evidence.OtherActor] = true, true, true
	}
	lower := lazyre.ASCIILower(s)
	actorRes, actorNeeds := actorPatterns()
	for i, re := range actorRes {
		if actorNeeds[i].In(s, lower) && re.MatchString(s) {
			seen[actorNames[i].actor] = true
		}
	}
	if seen[evidence.OtherActor] && strings.Contains(s, "ommissioners and ") {
		// "commissioners and providers": the ICBs with the trusts, not
		// commissioners of any kind.
		if t := commissionersAndProvidersRe.Get().ReplaceAllString(s, "providers"); t != s {
			seen[evidence.ICBs] = true
			seen[evidence.OtherActor] = actorRes[len(actorRes)-1].MatchString(t)
			if !seen[evidence.OtherActor] {
				delete(seen, evidence.OtherActor)
			}
		}
	}
	if seen[evidence.Trusts] && strings.Contains(s, "roviders") && !trustOtherThanProviders(s) {
		// "housing providers", "childcare providers": no health body.
		delete(seen, evidence.Trusts)
		seen[evidence.OtherActor] = true
	}
	return canonical(seen)
}

// schoolAsPlaceRe is "school" with no article after a preposition of
// place: "support in school", "children at school", "back to school".
// Group 1 is the word after it, if any.
var schoolAsPlaceRe = lazyre.New(`(?i)\b(?:in|at|into|out\s+of|back\s+to)\s+school\b(?:\s+([\w-]+))?`)

// schoolWorkWords make a bare "school" after a preposition a body's
// part or staff, not a place: "in school nursing", "at school level"
// stays a place, "in school staff rooms" is read as it reads.
var schoolWorkWords = map[string]bool{"staff": true, "leaders": true, "leadership": true, "governors": true, "heads": true,
	"nurse": true, "nurses": true, "nursing": true, "health": true, "settings": true, "setting": true, "teams": true, "team": true,
	"budgets": true, "budget": true, "trusts": true, "trust": true, "sencos": true, "senco": true}

// withoutSchoolAsPlace is s with each "school" that names where children
// are ("support in school should never depend on a diagnosis") blanked:
// the place asks no school to act.
func withoutSchoolAsPlace(s string) string {
	if !strings.Contains(s, " school") {
		return s
	}
	b := []byte(s)
	changed := false
	for _, m := range schoolAsPlaceRe.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 && schoolWorkWords[lazyre.ASCIILower(s[m[2]:m[3]])] {
			continue
		}
		end := m[1]
		if m[2] >= 0 {
			end = m[2]
		}
		at := strings.LastIndex(lazyre.ASCIILower(s[m[0]:end]), "school") + m[0]
		copy(b[at:at+6], "      ")
		changed = true
	}
	if !changed {
		return s
	}
	return string(b)
}

// nonHealthProviders are providers a word says are no health body.
const nonHealthProviders = "housing providers|childcare providers|training providers|education providers|leisure providers|transport providers|accommodation providers|apprenticeship providers|housing provider|childcare provider|training provider|voluntary sector providers|third sector providers|charity providers|charitable providers"

// nonHealthProviderWords are the words before "providers" that say they
// are no health body.
var nonHealthProviderWords = map[string]bool{"housing": true, "childcare": true, "training": true, "education": true, "sector": true, "charity": true, "charitable": true,
	"leisure": true, "transport": true, "accommodation": true, "apprenticeship": true}

// trustOtherThanProviders reports a name of the Trusts in s other than
// providers a word says are no health body ("housing providers").
func trustOtherThanProviders(s string) bool {
	actorRes, _ := actorPatterns()
	re := actorRes[slices.IndexFunc(actorNames, func(a struct {
		actor   evidence.Actor
		pattern string
	}) bool {
		return a.actor == evidence.Trusts
	})]
	for _, m := range re.FindAllStringIndex(s, -1) {
		name := lazyre.ASCIILower(s[m[0]:m[1]])
		if name != "providers" && name != "provider" {
			return true
		}
		j := m[0]
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && isLetter(s[k-1]) {
			k--
		}
		if !nonHealthProviderWords[lazyre.ASCIILower(s[k:j])] {
			return true
		}
	}
	return false
}

// canonical lists a set of actors in the order of evidence.Actors.
func canonical(seen map[evidence.Actor]bool) []evidence.Actor {
	var out []evidence.Actor
	for _, a := range evidence.Actors {
		if seen[a] {
			out = append(out, a)
		}
	}
	return out
}

// subjectMatch lists the actors that are the subject of an obligation
// ("should", "must", "needs to") in s (lower is s in lower case), and where
// the first subject starts, or -1 when there is none. For each modal verb
// it reads backwards the list of actors right before it: "Schools and local authorities need to", "NHSE, DHSC and the
// government should".
func subjectMatch(s, lower string, mods []string) (subject []evidence.Actor, first int, leaders, own bool) {
	if !hasModal(s) {
		return nil, -1, false, false
	}
	seen := map[evidence.Actor]bool{}
	first = -1
	for _, modal := range mods {
		for from := 0; ; {
			k := strings.Index(lower[from:], modal)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(modal)
			if at == 0 || lower[at-1] != ' ' || from < len(lower) && isLetter(lower[from]) || pastModal(lower, from) {
				continue
			}
			local := map[evidence.Actor]bool{}
			start := actorListBefore(s, lower, beforeAdverbs(lower, at), local)
			if start < 0 || purposeBefore(lower, start) {
				// "..., so that councils and landlords must fix damp": the
				// bodies of a purpose clause are not the ones asked.
				continue
			}
			for a := range local {
				seen[a] = true
			}
			if first < 0 || start < first {
				first = start
			}
		}
	}
	if first < 0 {
		return nil, -1, false, false
	}
	return canonical(seen), first, seen[noActor], seen[ownUnit]
}

// expectationModals are how guidance words what a kind of body is to do:
// "Integrated care boards are expected to", "Providers will need to".
var expectationModals = []string{"are expected to", "will be expected to", "will need to"}

// unagentive are verbs after "are expected to" that foretell rather than
// ask: "are expected to receive", "are expected to rise".
var unagentive = map[string]bool{"be": true, "become": true, "receive": true, "get": true, "gain": true, "see": true,
	"face": true, "lose": true, "benefit": true, "rise": true, "fall": true, "grow": true, "increase": true,
	"cost": true, "spend": true, "approve": true, "decide": true, "announce": true, "vote": true, "meet": true}

// expectation finds the bodies of guidance's expectation: a kind of body,
// named in the plural with no "the" and no proper name ("Integrated care
// boards are expected to publish ..."), followed by one of
// expectationModals and a verb of action. A named body so followed is
// foretold ("The council is expected to approve", "Wexford Council will
// need to find savings").
func expectation(s, lower string) ([]evidence.Actor, int) {
	if !strings.Contains(lower, "expected to") && !strings.Contains(lower, "will need to") {
		return nil, -1
	}
	for _, m := range expectationModals {
		at := strings.Index(lower, " "+m+" ")
		if at < 0 {
			continue
		}
		if w, _ := wordAt(lower, at+len(m)+2); unagentive[w] {
			continue
		}
		seen := map[evidence.Actor]bool{}
		start := actorListBefore(s, lower, beforeAdverbs(lower, at+1), seen)
		if start < 0 || seen[noActor] {
			continue
		}
		start = eachBefore(lower, start)
		if !kindOfBody(s[start:at]) {
			continue
		}
		return canonical(seen), start
	}
	return nil, -1
}

// eachBefore moves start, where bodies are named, back over the "each"
// or "every" before them: "Each local authority" names the kind.
func eachBefore(lower string, start int) int {
	lead := strings.TrimRight(lower[:start], " ")
	for _, w := range []string{"each", "every"} {
		if rest, ok := strings.CutSuffix(lead, w); ok && (rest == "" || strings.HasSuffix(rest, " ")) {
			return len(rest)
		}
	}
	return start
}

// kindOfBody reports bodies named as a kind: plural, or one after "each"
// or "every" (each member of the kind), with no "the" and no capitalised
// word but the first and acronyms ("Integrated care boards", "NHS
// trusts", "ICBs and councils", "Each local authority").
func kindOfBody(t string) bool {
	words := strings.Fields(strings.Trim(t, " ,"))
	if len(words) == 0 {
		return false
	}
	if first := strings.ToLower(words[0]); !strings.HasSuffix(words[len(words)-1], "s") && (first != "each" && first != "every" || len(words) == 1) {
		return false
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if lw == "the" || lw == "our" || lw == "its" || lw == "their" {
			return false
		}
		if i > 0 && w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(strings.TrimSuffix(w, "s")) != strings.TrimSuffix(w, "s") {
			return false
		}
	}
	return true
}

// modalAdverbs are the words that may stand between bodies and their
// modal without changing whom it asks: "Schools also need to", "Councils,
// for their part, need to", "ICBs and councils should jointly".
var modalAdverbs = []string{" also", " now", " still", " urgently", " therefore", " too", " then", " jointly",
	" both", " all", " each", " likewise", " similarly", " equally", " themselves", " together", " collectively",
	", in turn,", ", for their part,", ", for its part,", ", too,", ", therefore,", ", meanwhile,", ", however,",
	", in particular,", ", in the meantime,", ", as a priority,", ", at the same time,", ", likewise,", ", similarly,"}

// beforeAdverbs moves at, the start of a modal, back over the adverbs and
// short asides between it and the bodies it follows.
func beforeAdverbs(lower string, at int) int {
	for {
		lead := strings.TrimRight(lower[:at], " ")
		moved := false
		for _, adv := range modalAdverbs {
			if strings.HasSuffix(lead, adv) && len(lead) > len(adv) {
				at, moved = len(lead)-len(adv), true
				break
			}
		}
		if !moved {
			return at
		}
	}
}

// purposeBefore reports a clause of purpose opening just before start:
// "so that", "in order that".
func purposeBefore(lower string, start int) bool {
	lead := strings.TrimRight(lower[:start], " ")
	lead = strings.TrimSuffix(lead, " the")
	return strings.HasSuffix(lead, " so that") || strings.HasSuffix(lead, " in order that") || lead == "so that"
}

// pastModal reports a modal verb ending at i that judges the past: "NHS
// England should have acted sooner", "must have known". It asks nothing;
// "ICBs should have a named lead" does.
func pastModal(lower string, i int) bool {
	rest := lower[i:]
	if !strings.HasPrefix(rest, " have ") {
		return false
	}
	w, _ := wordAt(rest, len(" have "))
	return len(w) > 3 && strings.HasSuffix(w, "ed") || pastParticiples[w]
}

// pastParticiples are the irregular ones that follow "should have".
var pastParticiples = map[string]bool{"been": true, "done": true, "made": true, "seen": true, "known": true, "had": true,
	"taken": true, "given": true, "kept": true, "met": true, "put": true, "set": true, "got": true, "gone": true,
	"spent": true, "heard": true, "told": true, "paid": true, "built": true, "brought": true, "found": true, "felt": true}

// actorListBefore reads backwards the list of actors that ends at end
// ("Schools and local authorities", "NHSE, DHSC and the government"),
// adding them to seen; it returns where the list starts, or -1. The list
// may be followed by a phrase of place ("integrated care boards across
// the region") or an aside between commas ("Integrated care boards, which
// took on dentistry in 2023,").
func actorListBefore(s, lower string, end int, seen map[evidence.Actor]bool) int {
	start := -1
	for {
		for end > 0 && lower[end-1] == ' ' {
			end--
		}
		as, st := actorEndingAt(s, lower, end)
		if st < 0 && start < 0 {
			// "integrated care boards across the region should":
			// a name, then a phrase saying where.
			as, st = actorBeforePlace(s, lower, end)
			if st < 0 {
				as, st = actorBeforeAside(s, lower, end)
			}
			if st < 0 {
				as, st = serviceEndingAt(lower, end)
			}
			if st < 0 {
				as, st = unitEndingAt(s, lower, end)
			}
			if st < 0 {
				as, st = bodyNameBefore(s, end)
			}
		}
		if st >= 0 && start < 0 && asRoleBeforeRe.MatchString(lower[:st]) {
			// "Councils, as commissioners of health visiting, should":
			// the aside says what the body before it is; that body is
			// asked.
			if as2, st2 := actorBeforeAside(s, lower, end); st2 >= 0 {
				as, st = as2, st2
			}
		}
		if st < 0 {
			break
		}
		for _, a := range as {
			seen[a] = true
		}
		start = st
		// "the" or a word of kind before a name ("local NHS trusts"),
		// then ", ", " and " or " & " before that. A body's own name
		// before the word for its kind ("Kestrelford County Council")
		// is part of the name: "The ICB and Kestrelford County Council
		// should" asks both.
		end = skipQualifiers(lower, skipProperName(s, st))
		if end >= 4 && lower[end-4:end] == "the " {
			end -= 4
		}
		j := end
		for j > 0 && lower[j-1] == ' ' {
			j--
		}
		switch {
		case j > 0 && (lower[j-1] == ',' || lower[j-1] == '&'):
			end = j - 1
		case j >= 4 && lower[j-4:j] == " and":
			end = j - 3
		default:
			end = -1
		}
		if end < 0 {
			break
		}
	}
	return start
}

// skipProperName moves start back over the capitalised words of a proper
// name just before it ("Kestrelford County" before "Council"), stopping at
// "The" and at the start of the text.
func skipProperName(s string, start int) int {
	from := start
	for {
		j := start
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && (isLetter(s[k-1]) || s[k-1] == '-') {
			k--
		}
		if k < j && s[k:j] == "and" && start < from {
			// A place named before the body's kind ("Dale Integrated
			// Care Board"), and the words before "and" no body of
			// their own ("NHS England and Dale ICB" is two).
			if n := nhsNameStart(s, k); n >= 0 && len(actorsIn(s[n:k])) == 0 {
				// "NHS Fernley and Dale Integrated Care Board": an NHS
				// body's name joins its places with "and".
				start = n
				continue
			}
		}
		if k == j || k > 0 && s[k-1] != ' ' || s[k] < 'A' || s[k] > 'Z' || s[k:j] == "The" || s[k:j] == "And" {
			return start
		}
		start = k
	}
}

// nhsNameStart is where "NHS" opens an NHS body's name whose places are
// joined by the "and" at and ("NHS Fernley and Dale ..."): one to four
// capitalised words back from it, the first of them "NHS"; else -1.
func nhsNameStart(s string, and int) int {
	at := and
	for n := 0; n < 4; n++ {
		j := at
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && (isLetter(s[k-1]) || s[k-1] == '-') {
			k--
		}
		if k == j || k > 0 && s[k-1] != ' ' || s[k] < 'A' || s[k] > 'Z' {
			return -1
		}
		if s[k:j] == "NHS" {
			if n == 0 {
				return -1 // "NHS and ...": no place named
			}
			return k
		}
		at = k
	}
	return -1
}

// actorQualifiers are the words that say which bodies of a kind are meant:
// "local NHS trusts", "all acute providers", "both community trusts".
var actorQualifiers = map[string]bool{"local": true, "all": true, "acute": true, "community": true, "relevant": true,
	"individual": true, "both": true, "other": true, "specialist": true, "partner": true, "our": true, "their": true,
	"its": true,
	// "The council and primary schools should": a school's phase or kind
	// is no break in the list of those asked.
	"primary": true, "secondary": true, "infant": true, "junior": true, "special": true, "mainstream": true,
	// "the ICB and the two adult hospices should": a count of the bodies
	// named is no break in the list of those asked.
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// skipQualifiers moves start back over the qualifiers just before it.
func skipQualifiers(lower string, start int) int {
	for {
		j := start
		for j > 0 && lower[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && isLetter(lower[k-1]) {
			k--
		}
		if k == j || !actorQualifiers[lower[k:j]] || k > 0 && lower[k-1] != ' ' {
			return start
		}
		start = k
	}
}

// notClinical are the words before "service" that name a service no NHS
// trust runs: "children's services" (the council's), "the probation
// service", or no service in particular ("the service", "this service").
var notClinical = map[string]bool{"the": true, "a": true, "this": true, "that": true, "our": true, "their": true,
	"its": true, "each": true, "every": true, "any": true, "same": true, "new": true, "other": true, "these": true,
	"those": true, "children’s": true, "children's": true, "social": true, "youth": true, "probation": true,
	"prison": true, "police": true, "fire": true, "library": true, "libraries": true, "council": true,
	"voluntary": true, "civil": true, "public": true, "customer": true, "help": true, "family": true,
	"information": true, "advice": true, "care": true, "education": true, "local": true, "national": true,
	"digital": true, "online": true, "transport": true, "housing": true, "leisure": true, "employment": true,
	"many": true, "some": true, "most": true, "several": true, "various": true, "different": true, "both": true,
	"all": true, "more": true, "fewer": true, "key": true, "universal": true, "statutory": true, "existing": true,
	"wider": true, "such": true, "which": true, "what": true, "whose": true}

// sayingBeforeServices are verbs of saying or thinking, and the words after them,
// that can stand before "services" without naming a kind of service
// ("Parents said services should", "told us services must").
var sayingBeforeServices = map[string]bool{"said": true, "say": true, "says": true, "told": true, "tell": true, "us": true,
	"felt": true, "feel": true, "feels": true, "thought": true, "think": true, "thinks": true, "believe": true,
	"believed": true, "believes": true, "argued": true, "argue": true, "suggested": true, "agreed": true, "agree": true,
	"wanted": true, "want": true, "wished": true, "hoped": true, "that": true, "stressed": true, "explained": true}

// serviceEndingAt finds a clinical service named by its work ending at
// end: "the wheelchair service", "audiology services", "the school
// nursing service". NHS trusts run them.
func serviceEndingAt(lower string, end int) ([]evidence.Actor, int) {
	var name string
	switch {
	case lower[:end] == "services" || strings.HasSuffix(lower[:end], ", services"):
		// "Services should tell families ...": the providers, with no
		// kind of service named.
		return []evidence.Actor{evidence.Trusts}, end - len("services")
	case strings.HasSuffix(lower[:end], " services"):
		name = lower[:end-len(" services")]
	case strings.HasSuffix(lower[:end], " service"):
		name = lower[:end-len(" service")]
	case strings.HasSuffix(lower[:end], " clinic"):
		// "the transition clinic", "the diabetes clinic".
		name = lower[:end-len(" clinic")]
	case strings.HasSuffix(lower[:end], " clinics"):
		name = lower[:end-len(" clinics")]
	default:
		return nil, -1
	}
	k := len(name)
	for k > 0 && (isLetter(name[k-1]) || name[k-1] == '-') {
		k--
	}
	if sayingBeforeServices[name[k:]] && strings.HasSuffix(lower[:end], " services") {
		// "Many said services should stop ...": the word before is the
		// speaker's verb, and "services" the providers with no kind
		// named, which the verb makes a reported view.
		return []evidence.Actor{evidence.Trusts}, end - len("services")
	}
	if k == len(name) || k > 0 && name[k-1] != ' ' || notClinical[name[k:]] || sayingBeforeServices[name[k:]] {
		return nil, -1
	}
	if k >= 4 && name[k-4:k] == "the " {
		k -= 4
	}
	return []evidence.Actor{evidence.Trusts}, k
}

// ownUnit marks a subject that is a part of the publishing body: "The
// division should", "The Director of Operations should", "The Quality
// Committee should", "the public health intelligence team should". In a
// trust's board paper these are the trust; the extractor gives them the
// actor of the publisher (see publisherActors).
const ownUnit evidence.Actor = "(own unit)"

// unitRe is the name of a part or an officer of an organisation, from
// "the": a committee, division, directorate or team, its board, a
// director or chief officer, or "the service" itself (in a trust's audit,
// "The service should offer eye screening" asks the trust), or its chair
// ("the Chair should write to NHS England": the board's chair, for it).
// Its leader is its own too ("The Leader should write to the Secretary
// of State" in a council's report).
var unitRe = lazyre.New(`(?:^|\s)the\s+(?:leader|(?:[\w’'&-]+\s+){0,4}(?:committee|sub-committee|subcommittee|division|directorate|team)|(?:trust\s+|executive\s+)?board|network|forum|(?:[\w-]+\s+){0,2}director(?:\s+of\s+[\w-]+(?:\s+(?:and|&)\s+[\w-]+)?)?|chief\s+(?:[\w-]+\s+){0,2}(?:officer|executive|nurse)|executive\s+team|service|(?:vice[\s-])?chair(?:man|person|woman)?)$`)

// unitEndingAt finds the name of a part or officer of an organisation
// ending at end (see ownUnit).
func unitEndingAt(s, lower string, end int) ([]evidence.Actor, int) {
	lead := lower[max(0, end-70):end]
	if strings.ContainsAny(lead, ".;:,") {
		lead = lead[strings.LastIndexAny(lead, ".;:,")+1:]
	}
	m := unitRe.FindStringIndex(lead)
	if m == nil {
		return nil, -1
	}
	start := end - len(lead) + m[0]
	for start < end && lower[start] == ' ' {
		start++
	}
	// "the council’s public health team": a part of the body named
	// before it, not of the publisher.
	for _, mark := range []string{"’s ", "'s "} {
		if k := strings.Index(lower[start:end], mark); k > 0 {
			if as, st := actorEndingAt(s, lower, start+k); st >= 0 && len(as) > 0 && as[0] != noActor {
				return as, start
			}
		}
	}
	return []evidence.Actor{ownUnit}, start
}

// bodyNameBefore finds the proper name of an organisation with no place
// among the actors ending at end: "The Youth Justice Board should", "the
// Local Government Association must". It needs two capitalised words, one
// of them a word such as Board, Agency or Association.
func bodyNameBefore(s string, end int) ([]evidence.Actor, int) {
	start, words := end, 0
	for i := end; i > 0; {
		j := i
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && s[k-1] != ' ' {
			k--
		}
		w := s[k:j]
		if k == j {
			break
		}
		switch {
		case isUpper(w[0]) && w != "The":
			start, words = k, words+1
		case connectors[w] && words > 0:
		default:
			i = 0
			continue
		}
		i = k
	}
	if words < 2 || !orgLike(s[start:end]) {
		return nil, -1
	}
	if departmentRe.MatchString(s[start:end]) {
		// A department of state other than DHSC and DfE, named above.
		return []evidence.Actor{evidence.Government}, start
	}
	if a := boardOfBody(s[start:end]); a != nil {
		return a, start
	}
	return []evidence.Actor{evidence.OtherActor}, start
}

// boardOfBody is the actor whose board a name is: "The ICB Board should
// make the post full time" asks the ICB, as "The ICB should" does; only
// a body the actor list knows by a short name (held-out set 91: the
// board was "Other"). "The Youth Justice Board" is a body of its own.
func boardOfBody(name string) []evidence.Actor {
	body, ok := strings.CutSuffix(name, " Board")
	if !ok || strings.Count(body, " ") > 2 {
		return nil
	}
	if a := actorsIn(body); len(a) == 1 && a[0] != evidence.OtherActor {
		return a
	}
	return nil
}

// departmentRe is a department of state by its name: "Department for
// Work and Pensions", "Ministry of Defence", "Foreign Office".
var departmentRe = lazyre.New(`^(?:(?:Department|Ministry)\s+(?:for|of)\s|(?:Home|Cabinet|Foreign|Foreign,\s+Commonwealth\s+and\s+Development)\s+Office$)`)

// asRoleBeforeRe ends with an aside's opening that names the role of the
// body before it: "councils, as the commissioners of ...".
var asRoleBeforeRe = newEndRe(lazyre.New(`, as (?:the |a |an )?$`))

// asideOpenings open an aside between commas after a name: ", which",
// ", who", ", whose", ", as".
var asideOpenings = []string{", which ", ", who ", ", whose ", ", having ", ", as "}

// actorBeforeAside finds an actor name followed by an aside between
// commas that ends at end: "Integrated care boards, which took on
// responsibility for dentistry in April 2023, should".
func actorBeforeAside(s, lower string, end int) ([]evidence.Actor, int) {
	if end == 0 || lower[end-1] != ',' {
		return nil, -1
	}
	window := lower[max(0, end-240) : end-1]
	base := end - 1 - len(window)
	best := -1
	for _, o := range asideOpenings {
		if k := strings.LastIndex(window, o); k > best {
			best = k
		}
	}
	// ", and the trusts they pay to run these services,": a second body
	// joined in an aside, asked with the first.
	var joined []evidence.Actor
	for _, o := range jointOpenings {
		k := strings.LastIndex(window, o)
		if k <= best {
			continue
		}
		if a, _ := leadingActorsEnd(window[k+len(o):] + " "); len(a) > 0 {
			best, joined = k, a
		}
	}
	if best < 0 || strings.ContainsAny(window[best+1:], ";:.") {
		return nil, -1
	}
	as, st := actorEndingAt(s, lower, base+best)
	if st < 0 {
		return nil, -1
	}
	return union(as, joined), st
}

// jointOpenings open an aside that joins a second body to the first:
// ", and the trusts they pay ...,", ", along with schools,".
var jointOpenings = []string{", and ", ", along with ", ", together with ", ", as well as "}

// placeWords open a phrase that says where or which of a body is meant:
// "across the region", "in each area", "that have not yet applied".
var placeWords = map[string]bool{"across": true, "in": true, "within": true, "throughout": true, "for": true,
	"at": true, "on": true, "of": true, "from": true, "that": true, "which": true, "who": true, "with": true}

// actorBeforePlace finds an actor name followed by a short phrase of place
// or kind (at most eight words, opening with a word in placeWords) that
// ends at end.
func actorBeforePlace(s, lower string, end int) ([]evidence.Actor, int) {
	i := end
	for words := 0; words < 8 && i > 0; words++ {
		j := i
		for j > 0 && lower[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && lower[k-1] != ' ' {
			k--
		}
		if k == j || strings.ContainsAny(lower[k:j], ".;:") {
			return nil, -1
		}
		if w := lower[k:j]; placeWords[w] || len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.ContainsAny(lower[k:end], ",;") {
			// "Dental practices holding NHS contracts should": a
			// participle says which of the bodies are meant ("The school
			// nursing service, which should" is a compound and a clause).
			p := k
			for p > 0 && lower[p-1] == ' ' {
				p--
			}
			if as, st := actorEndingAt(s, lower, p); st >= 0 {
				return as, st
			}
			if lower[k:j] == "that" {
				// "recommends that a school nurse should": a clause of
				// its own, not a phrase about a body. A clause opened by
				// "who" or "which" may belong to a noun of the phrase:
				// "Every school with a pupil who has sickle cell should".
				return nil, -1
			}
		}
		i = k
	}
	return nil, -1
}

// hasModal is a cheap test for the words every obligation pattern needs.
func hasModal(s string) bool {
	return strings.Contains(s, "should") || strings.Contains(s, "must") || strings.Contains(s, "need") ||
		strings.Contains(s, "ought") || strings.Contains(s, "urge") || strings.Contains(s, "s to") || strings.Contains(s, "ve to") ||
		strings.Contains(s, "being asked to")
}

// bodyShouldAsk reports an ask whose verb follows a body's modal: "NHS
// England should ask", "The council must also urge".
func bodyShouldAsk(s, lower string, at int) bool {
	lead := strings.TrimRight(lower[:at], " ")
	for _, adv := range []string{" also", " now", " urgently", " formally"} {
		lead = strings.TrimSuffix(lead, adv)
	}
	if !strings.HasSuffix(lead, " should") && !strings.HasSuffix(lead, " must") && !strings.HasSuffix(lead, " need to") &&
		!strings.HasSuffix(lead, " needs to") && !strings.HasSuffix(lead, " ought to") {
		return false
	}
	subject, _, _, own := subjectMatch(s[:len(lead)]+" ", lower[:len(lead)]+" ", modals)
	return len(subject) > 0 && subject[0] != noActor || own
}

// askedByWork is the body an ask names by its work ("GP practices",
// "community pharmacies"), for a verb of asking by the writer, or a
// want, urging or call of anyone ("Campaigners also want GP practices
// to offer ..."): whether the wanter holds a view rather than asks is
// judged after.
func askedByWork(s string, at int, verb, addressee string) []evidence.Actor {
	switch {
	case strings.HasPrefix(verb, "ask"):
		if !writerAsksRe.MatchString(s[:at]) && !bodyAsking(s[:at]) {
			return nil
		}
	case strings.HasPrefix(verb, "want"), strings.HasPrefix(verb, "urg"), strings.HasPrefix(verb, "call") && strings.Contains(verb, "on"):
	default:
		return nil
	}
	a := leadingActors(strings.TrimSpace(addressee) + " ")
	if len(a) == 0 || slices.Contains(a, ownUnit) || slices.Contains(a, noActor) {
		return nil
	}
	return a
}

// weShouldAskRe opens a sentence with the writer's resolve to ask or
// require another body to act: "We should ask the ICB to ...", "I think
// we should also invite the provider to ...", "Sam Okafor: We must press
// the council to ..." (a chat's speaker before it).
var weShouldAskRe = lazyre.New(`(?i)^(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}:\s+)?(?:(?:and|so|first|second|also|perhaps|finally|then|i\s+(?:really\s+)?(?:think|believe|feel|suggest|propose)|i\s*(?:['’]d|would)\s+(?:suggest|propose))(?:\s+that)?,?\s+)*we\s+(?:should|must|ought\s+to|need\s+to)\s+(?:(?:also|now|formally|first|perhaps|then)\s+)?(?:ask|invite|require|urge|press)\b`)

// writerAsksRe is the writer before "ask", opening the sentence: "We
// would", "I'd also", "We", "We are" (asking), or the writer proposing
// that the group ask: "I'd suggest we", "I propose that we", "We
// should", "I think we should"; "what we could ask" is embedded.
var writerAsksRe = lazyre.New(`^(?:(?:And|So|Finally|Also|Lastly),?\s+)?(?:(?:We|I)(?:\s+(?:would|will|also|now|therefore|respectfully|strongly|really|are|am)|\s*[’'](?:d|re|m))*|(?:We|I)(?:\s*[’']d|\s+would)?\s+(?:(?:also|strongly|therefore)\s+)?(?:suggest|propose|recommend)\s+(?:that\s+)?we(?:\s+(?:should|also|now))*|(?:I\s+(?:think|feel|believe)\s+(?:that\s+)?we|We)\s+(?:should|must|ought\s+to)(?:\s+(?:also|now|therefore))?)\s+$`)

// wroteToRe ends with the writer's letter to a body, just before an ask
// of "it": "We have written to NHS Westfold ICB", "I wrote to the
// council,". A letter planned ("we will write to") is left out.
var wroteToRe = lazyre.New(`(?i)\b(?:(?:we|i)\s+(?:have|['’]ve|had|['’]d)\s+(?:now\s+|also\s+|already\s+)?written|(?:we|i)\s+(?:also\s+|have\s+also\s+)?wrote|(?:we|i)\s+(?:are|am|['’]re|['’]m)\s+writing)\s+to\s+[^.;:]{2,80}?,?\s+$`)

// askWords are the verbs every ask pattern needs.
var askWords = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "urge": true,
	"urges": true, "urged": true, "urging": true, "ask": true, "asks": true, "asking": true, "want": true,
	"wants": true, "encourage": true, "encourages": true, "encouraging": true, "challenge": true,
	"challenges": true, "challenging": true, "presses": true, "pressing": true, "keen": true, "eager": true}

// wantToAsk adds the ask a wish to ask opens: in "The panel may want to
// urge the government to restore the grant", askRe's match of "want to"
// (no one named) takes the first letter of "urge", so the ask of the
// government after it is found here, from the verb on.
func wantToAsk(s string, asked [][]int) [][]int {
	var out [][]int
	for _, m := range asked {
		out = append(out, m)
		verb := lazyre.ASCIILower(s[m[0]:m[2]])
		if !strings.HasPrefix(verb, "want") || strings.TrimSpace(s[m[2]:m[3]]) != "" || m[1] < 1 {
			continue
		}
		at := m[1] - 1
		if w, _ := wordAt(s, at); !askWords[lazyre.ASCIILower(w)] {
			continue
		}
		for _, n := range askRe.FindAllStringSubmatchIndex(s[at:], -1) {
			if n[0] != 0 {
				break
			}
			for k := range n {
				if n[k] >= 0 {
					n[k] += at
				}
			}
			out = append(out, n)
		}
	}
	return out
}

// mayAsk is a cheap test for the words every ask pattern needs.
func mayAsk(lower string) bool {
	return strings.Contains(lower, "like to see") || strings.Contains(lower, "d like ") || strings.Contains(lower, "d also like ") || strings.Contains(lower, "d really like ") ||
		strings.Contains(lower, "love to see") || strings.Contains(lower, "d love ") || strings.Contains(lower, "d really love ") ||
		strings.Contains(lower, " need ") || strings.HasPrefix(lower, "need ") || strings.Contains(lower, "request") || hasWordIn(lower, askWords)
}

// mayAskForNoOne is the cheap test for askNoAddresseeRe.
func mayAskForNoOne(lower string) bool {
	return strings.Contains(lower, "asking for") || strings.Contains(lower, "calling for") || strings.Contains(lower, "ask for") ||
		strings.Contains(lower, "ask that") || strings.Contains(lower, "calls for") || strings.Contains(lower, "call for") ||
		strings.Contains(lower, "to see") || strings.Contains(lower, "urge")
}

// andAlsoToRe is a second addressee of an ask, with its own verb: "...
// and the ICB to fund", ", and NHS England to publish", "calling on the
// Government to set one, and on NHS England to publish".
var andAlsoToRe = lazyre.New(`^\s*to\s[^;:]*?,?\s+and\s+(?:also\s+)?(?:(?:on|upon)\s+)?((?:the|all|local|every)\s+[\w’'&-]+(?:\s+[\w’'&-]+){0,3}?|[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,3}?)\s+to\s+(?:also\s+)?[a-z]`)

// askedToPressRe is an addressee's own ask in turn: "to ask the ICB and
// the council for", "to press NHS England to", "to write to the minister
// asking". Group 1 is whom the addressee is to press.
var askedToPressRe = lazyre.New(`^\s*to\s+(?:also\s+)?(?:ask|press|urge|lobby|push|call\s+on|write\s+to)\s+(.{2,80}?)\s+(?:to|for|asking|urging)\b`)

// askedToPressActors are the bodies an addressee is asked to press, from
// the words after the addressee (askedToPressRe); none when it names none.
func askedToPressActors(after string) []evidence.Actor {
	m := askedToPressRe.FindStringSubmatch(after)
	if m == nil {
		return nil
	}
	return actorsIn(m[1])
}

// andGratefulIfRe joins a polite request of a second body to an ask:
// "..., and I'd be grateful if Oakhurst Council could include ...".
// Group 1 is the body.
var andGratefulIfRe = lazyre.New(`,?\s+and\s+(?i:i|we)(?:\s+would|\s*[’']d)\s+(?:also\s+)?(?:be\s+)?(?:(?:very|really|most)\s+)?(?:grateful|glad|pleased)\s+if\s+(.{2,60}?)\s+(?:could|would|can|will|were\s+to)\s+(?:also\s+)?[a-z]`)

// ask finds a reported ask in s: its addressees (empty when it names no
// one: "we are asking for"), and whether there was an ask.
func ask(s, lower string) (actors []evidence.Actor, asks, pronoun bool) {
	if (strings.Contains(lower, " that ") || mayBeVital(lower)) && vitalThatNeeds().In(s, lower) {
		if m := vitalThatRe.FindStringIndex(s); m != nil && !viewSubjectRe.MatchString(s[:m[0]]) && !isView(s, m[0]) {
			// "It is vital that commissioners fund ...": the bodies the
			// clause opens with are asked; "It is vital that children are
			// seen" asks no one and is an exhortation.
			if a := leadingActors(s[m[1]:]); len(a) > 0 {
				return a, true, false
			}
		}
	}
	if strings.Contains(lower, " is ") || strings.Contains(lower, " would be ") {
		if a, ok := askIs(s, lower); ok {
			return a, true, false
		}
	}
	if !mayAsk(lower) {
		return nil, false, false
	}
	var asked [][]int
	if askNeeds().In(s, lower) { // else askRe cannot match
		asked = askRe.FindAllStringSubmatchIndex(s, -1)
		asked = wantToAsk(s, asked)
	}
	for _, m := range asked {
		verb := strings.ToLower(s[m[0]:m[2]])
		if participleAfterModal(lower, verb, m[0]) {
			// "The government should set a target, with the planning
			// guidance asking ICBs to report against it": what the
			// subject should do, not an ask of ICBs.
			continue
		}
		if thankedFor(lower, verb, m[0]) {
			// "Thank you for asking the forum to help shape the pathway":
			// the ask thanked for is the occasion of the letter, made of
			// the writer, and asks no body now.
			continue
		}
		if bodyShouldAsk(s, lower, m[0]) {
			// "NHS England should ask every ICB to publish": NHS England
			// is the one to act, read as the subject of its "should".
			continue
		}
		if plannedAsk(lower, m[0]) && (!strongCall(verb) || strings.Contains(verb, "ing")) {
			// "The network will also ask every ICB to sign up", "We
			// will be calling on the government to ...": an ask planned,
			// not made here. A call announced in the simple future ("We
			// will also call on ministers to fund ...", "Our panel will
			// call on the Department to ...") is a campaign's ask all the
			// same: the body states the call here, in its own words.
			continue
		}
		if knowOnly(lower[m[3]:]) {
			// "I would like the ICB to know what that looks like": to be
			// heard, not an act asked of the body.
			continue
		}
		addressee := s[m[2]:m[3]]
		actors := actorsIn(addressee)
		if len(actors) > 0 && strings.Contains(verb, "for") && namesAThing(addressee) {
			// "has called for the NHS number to become ...": what is
			// called for is a thing a body's name only qualifies; the
			// call names no body to act.
			if !isAskFor(s, m[0], m[2]) || embeddedAsk(s, m[0]) || viewSubjectRe.MatchString(s[:m[0]]) {
				continue
			}
			return []evidence.Actor{}, true, false
		}
		strong := strongCall(verb)
		switch {
		case len(actors) > 0:
		case len(askedToPressActors(s[m[3]:])) > 0:
			// "I'd urge the board to ask the ICB and the council for a
			// joint protocol": the board urged is asked, not the bodies
			// it is to press (as "The board should ask the ICB to").
			// Another addressee the actor list does not know ("urge our
			// MP to press the Health Secretary") still gives the bodies
			// it is to press.
			actors = askedToPressActors(s[m[3]:])
			if unitRe.MatchString(" " + strings.TrimSpace(lazyre.ASCIILower(addressee))) {
				actors = []evidence.Actor{ownUnit}
			}
		case askedByWork(s, m[0], verb, addressee) != nil:
			// "We would ask GP practices to check": a body named by its
			// work, asked by the writer.
			actors = askedByWork(s, m[0], verb, addressee)
		case (strings.Contains(verb, "like") || strings.Contains(verb, "love") || strings.Contains(verb, "need") || strings.HasPrefix(verb, "want")) &&
			unitRe.MatchString(" "+strings.TrimSpace(lazyre.ASCIILower(addressee))):
			// "I'd like the board to agree", "we need the executive team
			// to": a part of the publisher, asked from within. A body
			// asked or called on ("We ask the Committee to") is outside
			// it, and no part of it.
			actors = []evidence.Actor{ownUnit}
		case (strong || strings.HasPrefix(verb, "ask") && wroteToRe.MatchString(s[:m[0]])) && pointsBack(strings.TrimSpace(addressee)) && len(nearestActors(s[:m[0]])) > 0:
			// "We have written to the ICB asking it to publish": the body
			// written to, as the body urged.
			// "agreed to write to the Department for Education urging it
			// to": the body just named in the same sentence.
			actors = nearestActors(s[:m[0]])
		case !strings.HasPrefix(verb, "want") && pronounRe.MatchString(addressee):
			// "We ask them to name a lead": the bodies named before.
			pronoun = true
		case (strong || strings.Contains(verb, "encourag")) && publicRe.MatchString(addressee):
			// "NHS England is urging parents and carers to check...": an
			// ask of the public, who have no place among the actors.
			actors = []evidence.Actor{evidence.OtherActor}
		case strong && strings.TrimSpace(addressee) != "":
			// "calls on the sector to": an ask of someone with no place
			// among the actors.
			if hasProperName(addressee) {
				actors = []evidence.Actor{evidence.OtherActor}
			}
		default:
			// "asked young people to rate", "wants to": not an ask of an
			// organisation.
			continue
		}
		if (strings.HasPrefix(verb, "want") || strings.HasPrefix(verb, "ask") || strings.Contains(verb, "like") || strings.Contains(verb, "love") || strings.Contains(verb, "keen") || strings.Contains(verb, "eager")) && viewSubjectRe.MatchString(s[:m[0]]) {
			continue // "Parents want schools to": a view, not an ask
		}
		if embeddedAsk(s, m[0]) {
			continue // "what we want the government to do"
		}
		if strings.Contains(verb, "for") && !isAskFor(s, m[0], m[2]) {
			continue
		}
		if len(actors) > 0 && !slices.Contains(actors, ownUnit) {
			// "We want the council to protect ... and the ICB to fund
			// ...": a second body asked in the same breath.
			if c := andAlsoToRe.FindStringSubmatch(s[m[3]:]); c != nil {
				actors = union(actors, actorsIn(c[1]))
			}
			// "..., and asks providers to report waits": a second body
			// asked by a second verb.
			actors = union(actors, secondAsked(s[m[3]:]))
		}
		return actors, true, pronoun
	}
	if strings.Contains(lower, " that ") {
		if m := askThatRe.FindStringIndex(s); m != nil && !viewSubjectRe.MatchString(s[:m[0]]) {
			verb := strings.ToLower(strings.Fields(s[m[0]:m[1]])[0])
			if !strings.HasPrefix(verb, "recommend") && verb != "asked" && verb != "requested" {
				// "We are requesting that the executive team approve":
				// the bodies the clause opens with, a part of the
				// publisher among them, else those named near its start.
				if a := leadingActors(s[m[1]:]); len(a) > 0 {
					return a, true, false
				}
				return actorsIn(firstWords(s[m[1]:], 6)), true, false
			}
		}
	}
	if !mayAskForNoOne(lower) {
		return nil, false, false
	}
	for _, m := range askNoAddresseeRe.FindAllStringIndex(s, -1) {
		if viewSubjectRe.MatchString(s[:m[0]]) || !isAskFor(s, m[0], m[1]) || embeddedAsk(s, m[0]) {
			continue
		}
		// "We want to see every integrated care board publish": the
		// bodies the wish opens with are asked, when a verb of theirs
		// follows; "every school offered a team" asks for the school,
		// and "we are asking for more money for ICBs" asks no one.
		rest := strings.TrimLeft(s[m[1]:], " ")
		if a, end := leadingActorsEnd(rest); len(a) > 0 {
			if at := skipSpace(rest, end); at < len(rest) && isLower(rest[at]) && !passiveAfter(rest[at:]) {
				return a, true, false
			}
		}
		return []evidence.Actor{}, true, false
	}
	return nil, false, false
}

// plannedAsk reports a verb of asking at i put in the future: "will
// ask", "will also urge", "will be calling on". The ask is planned; what
// is asked is not asked here.
func plannedAsk(lower string, i int) bool {
	lead := strings.TrimRight(lower[:i], " ")
	for _, adv := range []string{" also", " then", " now", " be", " shortly", " soon"} {
		lead = strings.TrimSuffix(lead, adv)
	}
	return strings.HasSuffix(lead, " will") || strings.HasSuffix(lead, "'ll") || strings.HasSuffix(lead, "’ll")
}

// strongCall reports an asking verb that calls on or urges its
// addressee ("calls on", "urged"), not one that only asks or requests.
func strongCall(verb string) bool {
	return strings.Contains(verb, "call") && strings.Contains(verb, "on") || strings.Contains(verb, "urg")
}

// knowOnly reports the words after an addressee that ask it only to know
// something: " to know what", " to understand how", " to be aware".
func knowOnly(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, "to ") {
		return false
	}
	w := firstWord(rest[3:])
	return w == "know" || w == "understand" || w == "realise" || w == "realize" || w == "appreciate" ||
		w == "be" && strings.HasPrefix(strings.TrimLeft(rest[5:], " "), "aware")
}

// pointsBack reports an addressee that is the body just named: "urging
// it to", "urging them to", and a minister's "urging her to".
func pointsBack(addressee string) bool {
	return addressee == "it" || addressee == "them" || addressee == "her" || addressee == "him"
}

// ministerRoles are the ministers reports name by their role: "the health
// secretary", "the Secretary of State for Education", "the children's
// minister". Like ministers, they are the Government.
const ministerRoles = `(?:(?:health(?: and social care)?|education|home)\s+secretary|secretary\s+of\s+state(?:\s+for\s+(?:health(?:\s+and\s+social\s+care)?|education))?|(?:children['’]s|health|education|schools|care|(?:mental|public)\s+health)\s+minister|minister\s+(?:for|of)\s+(?:children(?:\s+and\s+families)?|health|mental\s+health|care|public\s+health|schools|education))`

// nearestActors are the bodies named last in s: those in its shortest
// tail of words that names any.
func nearestActors(s string) []evidence.Actor {
	words := strings.Fields(s)
	for i := len(words) - 1; i >= 0 && i >= len(words)-8; i-- {
		if a := actorsIn(strings.Join(words[i:], " ")); len(a) > 0 {
			return a
		}
	}
	return nil
}

// askIsRe opens what the writer asks, named as a thing: "our ask of NHS
// England is that it", "My request to the council is for", and the
// pseudo-cleft "What we want is for schools to", "What I need is". Group
// 1 is the addressee the ask names, if any.
var askIsRe = lazyre.New(`(?i)\b(?:(?:our|my)\s+(?:(?:main|key|only|first|second|final|national|local|specific|urgent|biggest|big|one)\s+)?(?:ask|request|call|plea|demand)\s+(?:(?:of|to|for)\s+((?:[\w’'&,-]+\s+){1,12}?))?(?:is|would\s+be)\s+(?:that|for|simply\s+that)|what\s+(?:we|i)(?:\s+(?:really|also|now|most))?(?:\s+(?:want|need|would\s+(?:really\s+)?(?:like|love)|are\s+(?:asking|calling)\s+for|ask)|\s*[’'](?:d\s+(?:really\s+)?(?:like|love)|re\s+(?:asking|calling)\s+for))(?:\s+(?:now|most|first|next|above\s+all))?\s+is(?:\s+for)?)\s+`)

// askIsNeeds are the words askIsRe needs.
var askIsNeeds = askIsRe.Words

// askIsOnlyRe is what an ask named as a thing says of itself before the
// ask follows: "What I want is simple.", "What we need is clear:". The
// sentences after it ask.
var askIsOnlyRe = lazyre.New(`(?i)^(?:(?:very|quite|really|fairly|pretty)\s+)?(?:simple|clear|straightforward|obvious|modest|this|easy)\s*[.:!]?\s*$`)

// askIs reads an ask named as a thing (see askIsRe): its addressees are
// the ones it names, else the bodies the clause after it opens with, with
// those of any ask that clause makes ("What we want is for schools to act
// ..., and we would like the ICB to say so").
func askIs(s, lower string) ([]evidence.Actor, bool) {
	if !askIsNeeds().In(s, lower) {
		return nil, false // askIsRe cannot match
	}
	m := askIsRe.FindStringSubmatchIndex(s)
	if m == nil || viewSubjectRe.MatchString(s[:m[0]]) || askIsOnlyRe.MatchString(s[m[1]:]) {
		return nil, false
	}
	if m[2] >= 0 {
		if a := actorsIn(s[m[2]:m[3]]); len(a) > 0 {
			return a, true
		}
	}
	rest := s[m[1]:]
	a := leadingActors(rest)
	if more, ok, _ := ask(rest, lazyre.ASCIILower(rest)); ok {
		a = union(a, more)
	}
	if a == nil {
		a = []evidence.Actor{}
	}
	return a, true
}

// firstWord is the lower-case word s opens with.
func firstWord(s string) string {
	w, _ := wordAt(s, 0)
	return w
}

// participle reports a past participle: "offered", "seen", "given".
func participle(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || pastParticiples[w]
}

// passiveAfter reports words after a body that open with its past
// participle, so that the body is acted on ("every school offered a
// team", "the budget set by the council"), not acting. A participle
// whose present is spelt alike ("set", "put") is the body's own verb
// unless "by" follows it: "see NHS England set a standard".
func passiveAfter(rest string) bool {
	w, end := wordAt(rest, 0)
	if !participle(w) {
		return false
	}
	if !presentAlike[w] {
		return true
	}
	return firstWord(rest[skipSpace(rest, end):]) == "by"
}

// presentAlike are the past participles spelt as the present.
var presentAlike = map[string]bool{"put": true, "set": true}

// vitalThatRe opens a clause that says what must happen, in the
// subjunctive: "It is vital that", "it is essential that".
var vitalThatRe = lazyre.New(`(?i)\bit(?:\s+is|\s*['’]s)\s+(?:(?:also|therefore|now|absolutely|particularly|especially|so|equally)\s+)?(?:vital|essential|crucial|critical|imperative|important|urgent)\s+(?:that\s+)?`)

// vitalThatNeeds and askNeeds are the words vitalThatRe and askRe need.
var vitalThatNeeds, askNeeds = vitalThatRe.Words, askRe.Words

// mayBeVital is the cheap test for vitalThatRe without its "that" ("It's
// vital the ICB funds this"), where the clause must open with a body.
func mayBeVital(lower string) bool {
	for _, w := range []string{"vital ", "essential ", "crucial ", "critical ", "imperative ", "important ", "urgent "} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// questionAskRe opens a question that asks a body to act: "Could NHS
// England please publish ...?", "Would the ICB also consider ...?".
var questionAskRe = lazyre.New(`^(?:(?i:and|so|but)\s+)?(?:(?i:please)\s+)?(?i:could|can|would|will)\s+`)

// commitRe follows a verb of information that asks for a commitment
// rather than a fact: "confirm that it will restore", "tell us that you
// will fund".
var commitRe = lazyre.New(`^(?:\s+us)?(?:\s+that)?\s+(?:it|they|you|we|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:will|would|can|is\s+going\s+to|are\s+going\s+to)\s`)

// infoVerbs ask for information, not action: "Could NHS England
// confirm whether ...?" is a question, not a recommendation.
var infoVerbs = map[string]bool{"confirm": true, "tell": true, "let": true, "advise": true, "say": true, "explain": true,
	"clarify": true, "update": true, "remind": true, "check": true, "send": true, "forward": true,
	"answer": true, "respond": true, "reply": true, "comment": true}

// letActRe follows "let" when a body is asked for leave to act: "let us
// use the hall", "let families book"; never "let us know", "let me have".
var letActRe = lazyre.New(`^\s+(?:us|families|parents|children|young\s+people|the\s+[\w-]+(?:\s+[\w-]+)?|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:use|book|run|hold|share|have\s+(?:the|a|some)\s+(?:room|hall|space|use)|keep|open|borrow|meet\s+in|stay|visit|attend|access|self-refer|refer|choose|remain|sleep|accompany|come|bring)\b`)

// putToRe opens a question that proposes to put an ask to a body:
// "Could we ask the ICB at the July board whether it will fund ...?",
// "Could we put it to the ICB that it funds ...?". The body is group 1;
// what it is to do follows (putToClauseRe).
var putToRe = lazyre.New(`^(?:(?i:and|so|but)\s+)?(?i:could|can|shall|should|might)\s+(?i:we|i)\s+(?:(?i:also|perhaps|please)\s+)?(?i:ask|press|urge|put\s+it\s+to|put\s+(?:this|that)\s+to|propose\s+to)\s+`)

// putToClauseRe is the act asked of the body put to: "whether it will
// fund", "that it funds", "if they would commission".
var putToClauseRe = lazyre.New(`^[^?]{0,90}?\b(?:whether|if|that)\s+(?:it|they)\s+(?:will\s+|would\s+|could\s+|can\s+|might\s+)?(?:also\s+)?([a-z]+)`)

// putToAsk reads such a question: the body asked, when what it is asked
// is an act ("whether it will fund"), not information ("whether it has
// the figures").
func putToAsk(t string) []evidence.Actor {
	m := putToRe.FindStringIndex(t)
	if m == nil {
		return nil
	}
	rest := t[m[1]:]
	a := leadingActors(rest)
	if len(a) == 0 || slices.Contains(a, ownUnit) {
		return nil
	}
	c := putToClauseRe.FindStringSubmatch(rest)
	if c == nil || infoVerbs[c[1]] || c[1] == "has" || c[1] == "have" || c[1] == "is" || c[1] == "are" || c[1] == "be" || c[1] == "knows" || c[1] == "know" {
		return nil
	}
	return a
}

// possibleForRe opens a question of possibility put to a body: "Would it
// be possible for the council to", "Is it possible for the trust to".
var possibleForRe = lazyre.New(`^(?:(?i:and|so|but|also)[,\s]+)?(?i:would|is|will|might)\s+(?i:it)\s+(?:(?i:also\s+)?(?i:be)\s+)?(?i:possible|feasible)\s+(?i:for)\s+`)

// mayIAskThatRe opens a request put as a question: "Could I ask that",
// "May we request that".
var mayIAskThatRe = lazyre.New(`^(?:(?i:and|so|but)\s+)?(?i:could|can|may|might)\s+(?i:i|we)\s+(?:(?i:also|just|please|now)\s+)?(?i:ask|request|suggest|propose)\s+(?i:that)\s+`)

// mayIAskToRe opens a request put as a question of asking a body:
// "Could I ask the ICB to nominate ...?", "Can we ask the council to".
var mayIAskToRe = lazyre.New(`^(?:(?i:and|so|but)\s+)?(?i:could|can|may|might)\s+(?i:i|we)\s+(?:(?i:also|just|please|now)\s+)?(?i:ask|urge|invite)\s+`)

// bodiesAskedTo are the bodies rest opens with when "to" and a verb of
// doing follow them ("the council to extend the contract"): none for the
// writer's own body, or for a request to tell or send ("to confirm").
func bodiesAskedTo(rest string) []evidence.Actor {
	a, end := leadingActorsEnd(rest)
	if len(a) == 0 || slices.Contains(a, ownUnit) {
		return nil
	}
	if w, next := wordAt(rest, skipSpace(rest, end)); w == "to" {
		if v, _ := wordAt(rest, skipSpace(rest, next)); v != "" && isLower(v[0]) && !infoVerbs[v] {
			return a
		}
	}
	return nil
}

// questionAsk reads a question that asks a body to act: the bodies it
// opens with, after "Could" or "Would", then a verb of action.
func questionAsk(s string) []evidence.Actor {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, "?") {
		return nil
	}
	if a := putToAsk(t); len(a) > 0 {
		return a
	}
	if m := possibleForRe.FindStringIndex(t); m != nil {
		// "Would it be possible for the council to extend the contract?"
		return bodiesAskedTo(t[m[1]:])
	}
	if m := mayIAskThatRe.FindStringIndex(t); m != nil {
		// "Could I ask that the ICB shares the draft with the forum?"
		rest := t[m[1]:]
		if a, end := leadingActorsEnd(rest); len(a) > 0 && !slices.Contains(a, ownUnit) {
			if v, _ := wordAt(rest, skipSpace(rest, end)); v != "" && isLower(v[0]) && !infoVerbs[v] && !infoVerbs[strings.TrimSuffix(v, "s")] {
				return a
			}
		}
		return nil
	}
	if m := mayIAskToRe.FindStringIndex(t); m != nil {
		// "Could I ask the ICB to nominate two advisers for the panel?";
		// not "Could I ask you to send ...", nor "... to confirm".
		return bodiesAskedTo(t[m[1]:])
	}
	if a := ministerAsk(t); len(a) > 0 {
		return a // "Will the Minister agree to publish ...?"
	}
	m := questionAskRe.FindStringIndex(t)
	if m == nil {
		return nil
	}
	rest := t[m[1]:]
	a, end := leadingActorsEnd(rest)
	if len(a) == 0 {
		return nil
	}
	for {
		w, next := wordAt(rest, skipSpace(rest, end))
		switch strings.ToLower(w) {
		case "please", "also", "now", "urgently", "perhaps", "then", "therefore", "jointly", "both":
			end = next
			continue
		}
		if w == "let" && letActRe.MatchString(rest[next:]) {
			// "Could the college let us use the hall on Thursdays?":
			// leave to act, not "let us know".
			return a
		}
		if w == "be" {
			if m := beWillingToRe.FindStringSubmatch(rest[next:]); m != nil && (infoVerbs[m[1]] || meetingVerbs[m[1]]) {
				// "Would the council be willing to confirm the date?"
				// asks for a reply.
				return nil
			}
		}
		if w == "" || !isLower(w[0]) || infoVerbs[w] && !commitRe.MatchString(rest[next:]) {
			return nil
		}
		return a
	}
}

// leadingActors are the actors a clause opens with: "commissioners
// fund", "the ICB and the council agree"; none when it opens otherwise.
func leadingActors(s string) []evidence.Actor {
	a, _ := leadingActorsEnd(s)
	return a
}

// leadBeforeActorRe is what may open a clause before the bodies it names:
// a determiner, and a word for which of them ("every primary school",
// "all secondary schools", "the local council").
var leadBeforeActorRe = lazyre.New(`^(?:(?:the|every|each|all)\s*)?(?:primary|secondary|infant|junior|special|mainstream|local|acute)?$`)

// leadingActorsEnd is leadingActors and where the list of names ends.
func leadingActorsEnd(s string) ([]evidence.Actor, int) {
	var best []evidence.Actor
	bestEnd := -1
	eachLeadingList(s, func(a []evidence.Actor, end int) bool {
		best, bestEnd = a, end
		return true
	})
	return best, bestEnd
}

// eachLeadingList calls f with each list of actors the clause s opens
// with, shortest first ("the council", then "the council joining the
// ICB"), and where it ends, until f returns false.
func eachLeadingList(s string, f func(a []evidence.Actor, end int) bool) {
	lower := lazyre.ASCIILower(s)
	for end := 0; end < len(s) && end < 90; end++ {
		if s[end] != ' ' && s[end] != ',' || end == 0 || s[end-1] == ' ' {
			continue
		}
		seen := map[evidence.Actor]bool{}
		start := actorListBefore(s, lower, end, seen)
		if start < 0 {
			continue
		}
		if lead := strings.TrimSpace(lower[:start]); lead != "" && !leadBeforeActorRe.MatchString(lead) && skipProperName(s, start) != 0 {
			// "Oakshire Community Health: offer ...": a body's own
			// name before the words for its kind is no lead.
			continue
		}
		a := canonical(seen)
		if seen[ownUnit] {
			// "the executive team approve": a part of the publisher.
			a = append(a, ownUnit)
		}
		if len(a) > 0 && !f(a, end) {
			return
		}
	}
}

var (
	// pronounRe is an addressee that points back to bodies named
	// before: "them", "both of them", "these organisations".
	pronounRe = lazyre.New(`^(?i:them|both(?:\s+of\s+them)?|each\s+of\s+them|all\s+of\s+them|these\s+(?:bodies|organisations|services|partners))\s+(?:(?:also|now|jointly|urgently|together)\s+)?$`)
	// theyModalRe opens a sentence whose subject is "They", followed by a
	// verb of obligation: "They should agree a plan", "They need to".
	theyModalRe = lazyre.New(`^They\s+(?:(?:also|now|then|therefore|both|all|each|jointly|urgently|together)\s+)?(?:should|must|need\s+to|ought\s+to)\s`)
	// decisionAskRe is a body asked to decide, not only to note: "is
	// asked to endorse", "are invited to note the report and to approve",
	// and with a comma before the decision, as a list of what it is asked
	// runs: "is asked to note the report, to endorse the actions", or
	// after a note with the "to" left out: "is asked to note the
	// position, approve the recovery plan".
	decisionAskRe = lazyre.New(`\b(?:is|are)\s+(?:asked|invited|requested)\s+to\s+(?:note\s+[^.;]{0,80}?(?:\band|,)\s+(?:to\s+)?|[^.;]{0,80}?(?:\band|,)\s+to\s+)?(?:approve|endorse|agree|support|adopt|ratify|sign\s+off|commit\s+to)\b`)
)

// participleAfterModal reports an ask at i made by a participle ("asking",
// "urging") that is not a verb of its own ("we are asking") in a sentence
// whose obligation comes before it ("X should ..., asking Y to").
func participleAfterModal(lower, verb string, i int) bool {
	w, _, _ := strings.Cut(verb, " ")
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	lead := strings.TrimRight(lower[:i], " ")
	if e := strings.LastIndex(lead, ". "); e >= 0 {
		// Only the obligation of the same sentence: a lead-in read as
		// one paragraph ("Every child should be seen in time. We’re
		// calling on the Government to:").
		lead = lead[e+2:]
	}
	k := strings.LastIndexByte(lead, ' ')
	switch lead[k+1:] {
	case "are", "is", "am", "was", "were", "be", "been", "also", "now", "still", "today", "we", "i",
		"we’re", "we're", "i’m", "i'm", "they’re", "they're", "it’s", "it's":
		return false
	}
	return strings.Contains(lead, " should ") || strings.Contains(lead, " must ") || strings.Contains(lead, " needs to ") ||
		strings.Contains(lead, " need to ") || strings.Contains(lead, " ought to ")
}

// namesAThing reports an addressee in which bodies are named but which
// does not end on them: "the NHS number", "the council tax", where the
// name qualifies the thing the sentence is about.
func namesAThing(addressee string) bool {
	if strings.ContainsAny(addressee, ",’'") {
		return false // an aside, or a body's own part: "the trust's board"
	}
	ws := strings.Fields(addressee)
	for len(ws) > 0 && adverbLike(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1] // "the Government urgently to"
	}
	if len(ws) == 0 || !isLower(ws[len(ws)-1][0]) {
		return false
	}
	a := strings.Join(ws, " ")
	return actorListBefore(a, lazyre.ASCIILower(a), len(a), map[evidence.Actor]bool{}) < 0
}

// adverbLike reports a word that may stand between the bodies a call
// names and its "to": "urgently", "now", "jointly", "both".
func adverbLike(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "now", "also", "both", "all", "each", "together", "too", "instead", "again", "still", "themselves", "itself", "first":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// thankedFor reports an ask at i made by a participle that is what a
// sentence of thanks thanks someone for: "Thank you for asking",
// "We are grateful to the ICB for inviting", "Thanks again for urging".
func thankedFor(lower, verb string, i int) bool {
	w, _, _ := strings.Cut(verb, " ")
	if !strings.HasSuffix(w, "ing") || !strings.HasSuffix(lower[:i], "for ") {
		return false
	}
	lead := lower[:i]
	return strings.Contains(lead, "thank") || strings.Contains(lead, "grateful") || strings.Contains(lead, "appreciat") || strings.Contains(lead, "gratitude")
}

// embeddedAsk reports an ask at i inside an embedded question: "sets out
// what we want the government to do", "what we are asking for".
func embeddedAsk(s string, i int) bool {
	lead := before(s, i, 60)
	return embeddedAskRe.MatchString(lead) || embeddedRe.MatchString(lead)
}

// isAskFor reports whether "calls for" at s[a:b] asks for something
// rather than naming a call ("a call for evidence", "recent calls for").
func isAskFor(s string, a, b int) bool {
	if !strings.Contains(strings.ToLower(s[a:b]), "for") {
		return true
	}
	return !notAnAskBeforeRe.MatchString(tail(s, a)) && !notAnAskAfterRe.MatchString(s[b:min(len(s), b+24)]) &&
		!exhortationRe.MatchString(s[b:])
}

// hasProperName reports a capitalised word that is not the first word.
func hasProperName(s string) bool {
	fields := strings.Fields(s)
	for _, f := range fields {
		if f != "" && isUpper(f[0]) {
			return true
		}
	}
	return false
}

// isDuty reports a statement of a legal duty: "the local authority must
// issue a plan within 20 weeks", "ICBs must publish ... under section
// 14Z". Such a sentence describes the law; it is not an ask.
func isDuty(s, lower string) bool {
	if !strings.Contains(s, "must") && !strings.Contains(s, "shall") && !strings.Contains(s, "duty") && !strings.Contains(s, "required") &&
		!strings.Contains(s, "has to") && !strings.Contains(s, "have to") {
		return false
	}
	if strings.Contains(s, "should") || strings.Contains(lower, "recommend") && recommendThatRe.MatchString(s) {
		return false // "In addition to the statutory duty, NHS England recommends that..."
	}
	if strings.Contains(lower, "call") && writerCallsOnRe.MatchString(s) {
		// "We also call on the Department for Education to extend the
		// duty to provide ...": the writer asks for the duty; before,
		// the word made the ask a statement of the law.
		return false
	}
	if strings.Contains(lower, "must be") && mustRequiredRe.MatchString(s) {
		return false
	}
	if hasWordIn(lower, legalWords) && legalDutyRe.MatchString(s) && !dutyAskedForRe.MatchString(s) {
		return true
	}
	if m := singularMustRe.FindStringIndex(s); hasWordIn(lower, singularBodies) && m != nil {
		// "The ICB and the council must also agree a joint plan": two
		// bodies named together, not the duty of each body of a kind.
		return !jointBodiesBeforeRe.MatchString(s[:m[0]])
	}
	return false
}

// writerCallsOnRe is the writer calling on a body to act: "We also call
// on the Department for Education to", "we are calling on ministers to".
var writerCallsOnRe = lazyre.New(`(?i)\b(?:we|i)\s+(?:(?:also|now|therefore|again|strongly|further)\s+)*(?:call|are\s+calling|am\s+calling)\s+on\s+[^.;:!?]{2,80}?\s+to\s+[a-z]+`)

// dutyAskedForRe is a duty a sentence asks to be made: "calling on the
// Government to make school counselling a statutory duty", "introduce
// a legal duty". It asks for the law; it does not state it (set 82).
var dutyAskedForRe = lazyre.New(`(?i)\b(?:make|making|introduce|introducing|create|creating|place|placing|impose|imposing|establish|establishing|legislate\s+for)\s+(?:[^.;:]{0,80}?\s)?(?:a\s+|an\s+)?(?:new\s+)?(?:statutory|legal)\s+(?:duty|requirement|obligation)\b`)

// jointBodiesBeforeRe ends with a body named before "and", just before
// "the council must": "The ICB and ".
var jointBodiesBeforeRe = lazyre.New(`(?i)\b(?:ICB|integrated\s+care\s+board|council|local\s+authority|trust|school|college|provider|commissioner|(?-i:\p{Lu}[\w’'&-]*))\s+and\s+$`)

// requirement reports "The trust must ensure …": a must of one body,
// which read alone states a duty (singularMustRe), but which in a list
// under a heading of what a body must do ("What the trust must do") is an
// inspector's requirement of it: an ask. A duty the law states stays one.
//
// A must that a share of a group be reached, "The ICB must make sure that
// at least 90% of children are seen within 18 weeks", is a level required
// of the body, which no law sets (a law's timescale holds for every case,
// "must issue a plan within 20 weeks"): the inspector's requirement, its
// "within 18 weeks" no statutory timescale (hostile check 68: a
// statistic, the 90% Wexdale's measured level).
func requirement(s string) bool {
	lower := lazyre.ASCIILower(s)
	return strings.Contains(lower, "must") && hasWordIn(lower, singularBodies) && singularMustRe.MatchString(s) &&
		!(hasWordIn(lower, legalWords) && legalDutyRe.MatchString(s) && !measure.RequiredShare(lower))
}

// legalWords and singularBodies are the cheap tests for legalDutyRe and
// singularMustRe.
var (
	legalWords = map[string]bool{"under": true, "section": true, "s": true, "statutory": true, "law": true,
		"legal": true, "legally": true, "duty": true, "duties": true, "code": true, "regulations": true, "within": true, "since": true}
	singularBodies = map[string]bool{"authority": true, "icb": true, "board": true, "school": true, "council": true,
		"commissioner": true, "body": true, "setting": true, "college": true, "nursery": true,
		"clinician": true, "practitioner": true, "trust": true, "service": true, "provider": true, "contractor": true}
)

// isView reports an obligation that is someone's reported view
// ("respondents said the government should"), not the report's ask.
func isView(s string, subjectAt int) bool {
	lead := before(s, subjectAt, 120)
	return viewBeforeRe.MatchString(lead) && (toldWriterRe.MatchString(lead) || viewBeforeRe.MatchString(speakersOnly(lead))) && !bodyLeadersBeforeRe.MatchString(lead) || mayReportNorm(lead) && normBeforeRe.MatchString(lead) ||
		govPlanBeforeRe.MatchString(lead) ||
		knownBeforeRe.MatchString(before(s, subjectAt, 40)) ||
		embeddedRe.MatchString(before(s, subjectAt, 40)) ||
		recognisedBefore(before(s, subjectAt, 120))
}

// viewSubjectWordRe finds the words viewBeforeRe reads as people
// saying something.
var viewSubjectWordRe = lazyre.New(`(?i)\b(?:` + viewSubjects + `)\b`)

// speakersOnly blanks the words of lead that name people but are not
// who speaks: a possessive before a service, a group or a post's brief
// (possessedUnitRe: "cabinet member for children's services, said", "The
// parents' group Fairwaits said") and a word of a body's name, capitalised inside the sentence
// ("the campaign group Fair Waits for Families said"). The body or the
// post-holder speaks, and its ask is an ask; "Parents said the council
// should" stays their view.
func speakersOnly(lead string) string {
	if !strings.ContainsAny(lead, "'’") && !hasUpperAfterStart(lead) {
		return lead
	}
	b := []byte(lead)
	changed := false
	for _, m := range viewSubjectWordRe.FindAllStringIndex(lead, -1) {
		rest := lead[m[1]:]
		possessive := (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")) && possessedUnitRe.MatchString(rest)
		named := m[0] > 0 && lead[m[0]] >= 'A' && lead[m[0]] <= 'Z' && !sentenceStartAt(lead, m[0])
		if possessive || named {
			for i := m[0]; i < m[1]; i++ {
				b[i] = 'x'
			}
			changed = true
		}
	}
	if !changed {
		return lead
	}
	return string(b)
}

// toldWriterRe ends with evidence given to the writer, "told us that":
// a witness's view, whoever gives it ("The Children's Commissioner told
// us that schools should"), as the development set reads it.
var toldWriterRe = lazyre.New(`(?i)\btold\s+(?:us|me|the\s+(?:committee|inquiry|review|panel))(?:\s+that)?\s*(?:the\s+)?$`)

// possessedUnitRe follows a possessive that names a service, a group or
// a post's brief, not a person who speaks: "children's services", "the
// parents' group", "families' forum". "The Children's Commissioner told
// us" is a witness's view, as the development set reads it.
var possessedUnitRe = lazyre.New(`^(?:['’]s|['’])\s+(?:services?|groups?|forums?|campaigns?|charity|charities|networks?|alliance|association|society|panels?|councils?|organisations?)\b`)

// hasUpperAfterStart reports a capital letter after the first byte.
func hasUpperAfterStart(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// sentenceStartAt reports that the word at i opens a sentence or a
// quotation: only spaces and an opening mark or a full stop before it.
func sentenceStartAt(s string, i int) bool {
	t := strings.TrimRight(s[:i], " ")
	if t == "" {
		return true
	}
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "“") || strings.HasSuffix(t, ":") ||
		strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "(")
}

// normWords are the cheap test for normBeforeRe.
var normWords = map[string]bool{"guidance": true, "guidelines": true, "code": true, "regulations": true, "law": true,
	"legislation": true, "standard": true, "standards": true, "framework": true, "nice": true}

func mayReportNorm(lead string) bool { return hasWordIn(lazyre.ASCIILower(lead), normWords) }

// recFacts is what a sentence says that makes it a recommendation, read
// once and used both to decide and to find its actors.
type recFacts struct {
	duty      bool
	asks      bool
	askActors []evidence.Actor
	subjectAt int // where the first actor before a modal starts, or -1
	subject   []evidence.Actor
	leaders   bool // the subject names leaders, not a body: "Leaders should"
	own       bool // the subject is a part of the publisher: "The division should"
	// pronoun is set when the subject or the addressee is a pronoun
	// pointing back ("They should agree", "We ask them to"): the
	// extractor reads the actors from the sentence before.
	pronoun  bool
	view     bool
	there    bool // "there should be ... from NHS England"
	recThat  bool // "We recommend that NHS England publish"
	reported bool // "It recommended that the government should"
	required bool // "Adult services must be required to"
	question bool // "Could NHS England please publish ...?"
	it       bool // "It should also fund ...": pronoun for one body
	entitled bool // "Every child with asthma should have ...": no body
	planned  bool // "The network will ask every ICB to": an ask under a heading of decisions, else a plan
}

// plannedAskRe is a request the writer will make: "will ask", "will also
// request".
var plannedAskRe = lazyre.New(`\b(?i:will)\s+(?:(?i:also|now|formally|jointly)\s+)?(?i:ask|request)\s`)

// analyse reads the recFacts of s.
func analyse(s string) recFacts {
	if n := connectiveLen(s); n > 0 {
		// "And we are asking every school to ...": read as "We are
		// asking every school to ...".
		f := analyse(strings.ToUpper(s[n:n+1]) + s[n+1:])
		if f.subjectAt >= 0 {
			f.subjectAt += n
		}
		return f
	}
	f := recFacts{subjectAt: -1}
	lower := lazyre.ASCIILower(s)
	if a := quotedDemand(s, lower); len(a) > 0 {
		// 'said the ICB must "stop telling families to be patient"': a
		// demand quoted in news, not the duty "the ICB must" states.
		f.askActors, f.asks = a, true
		return f
	}
	if documentAsk(s) {
		// "The guidance should say clearly who ...": a document asked,
		// its authors not named (asks_document_asks.go), also beside a duty the
		// sentence names ("a lead with a duty to report would help, and we
		// would like the guidance to require it").
		f.askActors, f.asks = []evidence.Actor{}, true
		return f
	}
	if f.duty = isDuty(s, lower) || lawOpens(s); f.duty {
		return f
	}
	if governmentAim(s) {
		return f // "The Government has said it wants every school to have ..."
	}
	if describedAim(s) {
		return f // "Pilot areas have tested an ambition that ... should"
	}
	if strings.Contains(s, ": ") {
		if a := colonAsk(s); len(a) > 0 {
			f.askActors, f.asks = a, true
			return f
		}
		if a := colonTheyAsk(s, lower); len(a) > 0 {
			// "Schools have a part to play: they should keep ...".
			f.askActors, f.asks = a, true
			return f
		}
	}
	if a := pseudoCleftAsk(s); len(a) > 0 {
		// "What the Department for Education must now do, the letter
		// says, is extend ...": the ask set after what it is of.
		f.askActors, f.asks = a, true
		return f
	}
	if strings.Contains(s, "£") && savingsNeedRe.MatchString(s) {
		// "the council needs to find £310,000 of savings": what the
		// body faces, no ask.
		return f
	}
	if a := recommendTo(s); len(a) > 0 {
		// "The Committee is asked to recommend to Cabinet that ...".
		f.askActors, f.asks = a, true
		return f
	}
	if a := writeToAsking(s); len(a) > 0 {
		// "The Board may wish to write to the Department asking it to
		// include ...": the body written to is asked.
		f.askActors, f.asks = a, true
		return f
	}
	if a := backedCall(s); len(a) > 0 {
		// "We also back the call by the alliance for the government to
		// publish ...": the writer joins another's ask of the body.
		f.askActors, f.asks = a, true
		return f
	}
	if a := askedThat(s); len(a) > 0 {
		// "The forum asked that the council report progress": an ask
		// reported in the subjunctive.
		f.askActors, f.asks = a, true
		return f
	}
	if a, ok := askedBeDone(s); ok {
		// "The forum has asked that families be offered a key worker":
		// an ask reported in the passive subjunctive, no body named.
		f.askActors, f.asks = a, true
		return f
	}
	if a := resolvedAsk(s); len(a) > 0 {
		// "RESOLVED: that the Cabinet Member ... be asked to restore".
		f.askActors, f.asks = a, true
		return f
	}
	if a := relayedAsk(s, lower); len(a) > 0 {
		// "The department expects councils to report ...", "has written
		// to the minister calling for ...", "It would help if the panel
		// could recommend that the ICB ...".
		f.askActors, f.asks = a, true
		return f
	}
	if a := phrasedAsk(s, lower); len(a) > 0 {
		// "It is time for the government to fund ...", "We strongly
		// recommend the ICB reviews ...": a body asked without a modal
		// of its own; "Is the ICB able to fund ...?" asks as a question.
		if len(a) == 1 && a[0] == noActor {
			a = []evidence.Actor{} // "It is time for the two organisations to"
		}
		f.askActors, f.asks = a, true
		f.question = strings.HasSuffix(strings.TrimSpace(s), "?")
		return f
	}
	if a := bodyAsked(s); len(a) > 0 {
		// "Practices are asked to make sure ...": the body asked in the
		// passive.
		f.askActors, f.asks = a, true
		return f
	}
	if a := thatResolution(s); len(a) > 0 {
		// "That the ICB commission ...": a committee's recommendation.
		f.askActors, f.asks = a, true
		return f
	}
	if readerAsk(s, lower) {
		// "They want you to write to the minister", "Could you raise
		// with the ICB why ...?": the reader is asked; so is a reader
		// asked to ask a body ("Could you ask the ICB to publish
		// ...?"), not the body (internal/quality's conventions, as "The
		// board should ask the trust to ..." is read).
		f.askActors, f.asks = []evidence.Actor{readerUnit}, true
		f.question = strings.HasSuffix(strings.TrimSpace(s), "?")
		return f
	}
	f.askActors, f.asks, f.pronoun = ask(s, lower)
	if f.asks && strings.Contains(lower, "we ") && weShouldAskRe.MatchString(s) {
		// "I think we should ask the trust to send ...": the writer's
		// body is to ask, and is the one the recommendation addresses;
		// the body it is to ask is not (as in "NHS England should ask
		// every ICB to ...").
		f.askActors, f.pronoun = []evidence.Actor{ownUnit}, false
	}
	if f.asks && strings.HasSuffix(strings.TrimSpace(s), "?") {
		// "Could I ask that the ICB shares the draft?": a request put as
		// a question, whose clause must ask the body to act.
		if a := questionAsk(s); len(a) > 0 {
			f.askActors, f.question = a, true
		}
	}
	if !f.asks {
		f.askActors, f.asks, f.question = softAsk(s, lower)
	}
	if !f.asks {
		f.askActors, f.asks = reportedAsk(s, lower)
		f.planned = f.asks && plannedAskRe.MatchString(s)
	}
	if !f.asks {
		f.askActors, f.asks = wantEveryAsk(s, lower)
	}
	if !f.asks {
		if a := questionAsk(s); len(a) > 0 {
			f.askActors, f.asks, f.question = a, true, true
		}
	}
	if f.asks && len(f.askActors) > 0 && strings.Contains(s, " grateful if ") {
		// "We have asked the trust to extend ..., and I'd be grateful
		// if the council could include ...": a second body asked in a
		// polite request.
		if c := andGratefulIfRe.FindStringSubmatch(s); c != nil {
			f.askActors = union(f.askActors, actorsIn(c[1]))
		}
	}
	if f.asks {
		if i := slices.Index(f.askActors, ownUnit); i >= 0 {
			// "I'd like the board to": the publisher's own board.
			f.own = true
			f.askActors = slices.Delete(slices.Clone(f.askActors), i, i+1)
		}
		return f
	}
	if entitled(s, lower) {
		// "Every child with asthma should have a plan": asked of no body.
		f.subjectAt, f.entitled = 0, true
		return f
	}
	f.subject, f.subjectAt, f.leaders, f.own = subjectMatch(s, lower, modals)
	if f.subjectAt >= 0 && toldNotAsked(s, lower) {
		// "Schools should be informed in writing which team holds the
		// plan": those told are served by the ask, and no body is named
		// to act.
		f.subject, f.subjectAt, f.entitled = nil, 0, true
		return f
	}
	if f.subjectAt < 0 {
		f.subject, f.subjectAt = expectation(s, lower)
	}
	if f.subjectAt >= 0 {
		f.view = isView(s, f.subjectAt)
		return f
	}
	if m := publicToldRe.FindStringSubmatchIndex(s); m != nil {
		// "..., and families should be told in writing when a package
		// is reviewed": an ask that those it serves be told, of no
		// body; "Parents said they should be told" is their view.
		f.subjectAt, f.entitled = m[2], true
		f.view = isView(s, m[2])
		return f
	}
	if strings.HasPrefix(s, "Whoever ") {
		// "Whoever holds the contract should be required to": an ask of
		// a body the writer cannot name.
		if k := strings.Index(lower, " should "); k > 0 && !pastModal(lower, k+len(" should")) && !strings.ContainsAny(s[:k], ",;") {
			f.subjectAt = 0
			return f
		}
	}
	if strings.HasPrefix(s, "They ") {
		if m := theyModalRe.FindStringIndex(s); m != nil && !pastModal(lower, m[1]-1) {
			f.pronoun, f.subjectAt = true, 0
			return f
		}
	}
	if itAsk(s) {
		// "It should also fund ...": the body the sentence before opens
		// with, if it opens with one (extractor.isRec).
		f.pronoun, f.it, f.subjectAt = true, true, 0
		return f
	}
	// Most sentences hold none of the words decisionAskRe needs; it was
	// run on every one.
	if mayBeDecision(lower) {
		if m := decisionAskRe.FindStringIndex(s); m != nil && !viewSubjectRe.MatchString(s[:m[0]]) && !ownRecsRe.MatchString(s[m[1]:]) {
			// "The Health and Wellbeing Board is asked to note this chapter
			// and to endorse the recommendations": a decision asked of it.
			seen := map[evidence.Actor]bool{}
			if st := actorListBefore(s, lower, m[0], seen); st >= 0 && !strings.HasSuffix(strings.TrimRight(lower[:st], " "), " what") {
				// "This report sets out ... what the board is asked to
				// support": the paper describing itself asks nothing.
				f.subject, f.subjectAt, f.own = canonical(seen), st, seen[ownUnit]
				return f
			}
		}
	}
	if m := publicSubjectRe.FindStringSubmatch(s); m != nil && !passiveVerbs[m[1]] {
		f.subject, f.subjectAt = []evidence.Actor{evidence.OtherActor}, 0
		return f
	}
	if strings.Contains(lower, "there should be") || strings.Contains(lower, "there must be") || strings.Contains(lower, "there needs to be") {
		if loc := thereShouldRe.FindStringIndex(s); loc != nil && len(actorsIn(s[loc[1]:])) > 0 {
			f.there = true
			return f
		}
	}
	if strings.Contains(lower, "recommend") {
		if m := recommendThatRe.FindStringIndex(s); m != nil && (len(actorsIn(s)) > 0 || len(leadingActors(s[m[1]:])) > 0) {
			// "We recommend that maternity units achieve ...": a
			// service named by its work is asked too.
			f.recThat = true
			return f
		}
	}
	f.reported = strings.Contains(s, "should") && reportedRe.MatchString(s) && len(actorsIn(s)) > 0
	f.required = strings.Contains(lower, "must be") && mustRequiredRe.MatchString(s)
	return f
}

// ownRecsRe follows a board's decision on the paper's own
// recommendations, set out above it ("is asked to approve these
// recommendations") or counted before they follow ("is asked to support
// two recommendations"), which are items of their own; "to endorse the
// following recommendations" leads into them and is the ask.
var ownRecsRe = lazyre.New(`^\s+(?:(?:these|those|the|its|our|all|this\s+paper['’]s|the\s+paper['’]s|the\s+report['’]s)\s+(?:(?:above|six|five|four|three|two|eight|seven|local|national|key|main)\s+)?|(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+)recommendations\b`)

// isRec reports a sentence that recommends: an actor followed by
// should/must/needs to, a reported ask ("calls on the government to", "we
// are asking for"), or a reported recommendation that names an actor ("It
// recommended that NHS England and the government should..."). Legal
// duties and reported views are not recommendations.
func (f recFacts) isRec() bool {
	switch {
	case f.duty:
		return false
	case f.asks:
		return true
	case f.subjectAt >= 0:
		return !f.view
	}
	return f.there || f.recThat || f.reported || f.required
}

// isRecommendationSentence reports whether s recommends (see recFacts.isRec).
func isRecommendationSentence(s string) bool { return analyse(s).isRec() }

// recommendThatRe is "We recommend that NHS England publish": the
// report's own recommendation, in the subjunctive; a meeting's notes
// record it as decided ("The network agreed to recommend that"); a
// research summary reports its study's ("The researchers recommend that
// new teams are placed first", "The authors recommend that"); a list
// item opening on the verb takes its lead's subject ("officers suggest
// that the committee: - recommends that the council and the ICB jointly
// fund ..."); a writer who would like the recommendation made proposes
// it ("I'd like us to recommend that the ICB funds ...", "I'd really
// like the report to recommend that").
var recommendThatRe = lazyre.New(`\b(?:(?:(?i:we|it|(?:the|this|our)\s+(?:report|paper|briefing|submission|document|review|committee|inquiry|commission|panel|guidance|board|network|forum|group|working\s+group|steering\s+group|partnership|alliance|coalition|taskforce|task\s+force|audit|evaluation|researchers|research\s+team|study\s+team|authors|evaluators|study)|(?:the|this|our)\s+(?:[a-z’'-]+\s+){1,3}(?:team|service|directorate|department|unit))|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,5})\s+(?:(?i:also|therefore|strongly)\s+)?(?:(?:(?i:will)|(?:(?i:has|have)\s+)?(?i:agreed|decided|resolved|voted))\s+(?:(?i:also|unanimously|formally)\s+)?(?i:to\s+)?)?(?i:recommends?|recommended)|(?i:it\s+is\s+(?:also\s+|therefore\s+|further\s+)?recommended)|(?i:(?:i|we)(?:['’]d|\s+would)\s+(?:really\s+|also\s+)?like\s+(?:us|the\s+(?:report|paper|board|committee|panel))\s+to\s+recommend)|^[Rr]ecommends?)\s+that\b`)

// writeToAskingRe is a letter proposed or decided to a body, asking it
// to act: "the Board may wish to write to the Department ... asking it
// to include", "The network will write to the ICB urging it to". Group
// 1 is the body written to.
var writeToAskingRe = lazyre.New(`\b(?i:may|might|could|will|would|agreed\s+to|decided\s+to|resolved\s+to|to)\s+(?:(?i:also|now|wish\s+to|want\s+to|like\s+to)\s+)*(?i:write)\s+to\s+(.{2,100}?),?\s+(?i:asking|urging|calling\s+on|requesting|pressing)\s+(?i:it|them|him|her)\s+to\s+[a-z]`)

// writeToAsking reads the body a proposed letter asks (see
// writeToAskingRe); none when the letter is someone's view.
func writeToAsking(s string) []evidence.Actor {
	if !strings.Contains(s, "write to") {
		return nil
	}
	m := writeToAskingRe.FindStringSubmatchIndex(s)
	if m == nil || viewSubjectRe.MatchString(s[:m[0]]) {
		return nil
	}
	return actorsIn(s[m[2]:m[3]])
}

// recommendationActors are the actors a recommendation addresses: the
// addressees of an ask, else the subjects of its obligations, else every
// actor it names, else those named in its lead-in ("recommendations for
// national government and ICSs:"). An ask that names no one addresses no
// one: "we are asking for more funding for ICBs" is not an ask of ICBs.
// lead gives the actors of a lead-in (leadInActors).
func recommendationActors(text, leadIn string, f recFacts, lead func(string) []evidence.Actor) []evidence.Actor {
	if f.entitled {
		if entitled(text, lazyre.ASCIILower(text)) {
			// "Every young person using CAMHS should have a transition
			// plan": the service's provider; "Every child with asthma
			// should have ...": none.
			return entitlementActors(text)
		}
		return nil
	}
	if m := writesToUrgingRe.FindStringSubmatch(text); m != nil {
		// "The Committee writes to the Secretary of State urging that
		// support teams reach every school": the body written to is
		// asked, not the schools the clause names.
		if a := actorsIn(m[1]); len(a) > 0 {
			return a
		}
	}
	if f.asks {
		if len(f.askActors) == 0 {
			return lead(leadIn)
		}
		return f.askActors
	}
	if len(f.subject) > 0 {
		return f.subject
	}
	if a := openingSubject(text); len(a) > 0 {
		return a
	}
	if m := recommendThatRe.FindStringIndex(text); m != nil {
		// "NHS England recommends that ICBs...": the body that recommends
		// is not the one addressed.
		if a := actorsIn(firstWords(text[m[1]:], 8)); len(a) > 0 {
			return widerLead(a, text[m[1]:])
		}
		if a := leadingActors(strings.TrimLeft(text[m[1]:], " ")); len(a) > 0 && !slices.Contains(a, ownUnit) {
			return a
		}
		return lead(leadIn)
	}
	if reportedRe.MatchString(text) {
		if a := actorsIn(text); len(a) > 0 {
			return a
		}
	}
	if loc := thereShouldRe.FindStringIndex(text); loc != nil && strings.Contains(lazyre.ASCIILower(text), "there ") {
		if a := actorsIn(text[loc[1]:]); len(a) > 0 {
			return a
		}
	}
	if a := lead(leadIn); len(a) > 0 {
		return a
	}
	if w, end := wordAt(text, 0); w != "" && (isLower(text[0]) || w == "the" || w == "all" || w == "every" || w == "each" || leadIn != "") && end < len(text) && text[end] == ' ' {
		if a := leadingActors(text); len(a) > 0 && !slices.Contains(a, ownUnit) {
			// "The panel recommends that: - health visitors check every
			// child's teeth": the item's subject is asked; so is an
			// item's capitalised subject under its lead-in ("We
			// recommend: - Headteachers send ...").
			return a
		}
	}
	if last := lastSentence(leadIn); needFromRe.MatchString(last) || nextStepsRe.MatchString(last) {
		// "What we need: - a named nurse for every school": a list of
		// asks that names no one asks whom its items ask ("Could NHS
		// England please publish it? Teams need it."), not those they
		// are for.
		if sp := Sentences(text); len(sp) > 1 {
			for _, p := range sp {
				s := text[p.start:p.end]
				if f := analyse(s); f.isRec() && (f.asks || len(f.subject) > 0) {
					return recommendationActors(s, "", f, lead)
				}
			}
		}
		return nil
	}
	if f.leaders {
		// "ICB leaders should work with providers to ...": the leaders'
		// body is asked, not the partners it is to work with.
		if m := bodyLeadersShouldRe.FindStringSubmatch(text); m != nil {
			if a := actorsIn(m[1]); len(a) > 0 {
				return a
			}
		}
	}
	return actorsIn(text)
}

// writesToUrgingRe is a letter to a body that urges or asks in a clause
// of its own: "writes to the Secretary of State for Education urging
// that", "has written to the ICB asking that". Group 1 is the body.
var writesToUrgingRe = lazyre.New(`(?i)\b(?:writes|wrote|has\s+written|have\s+written|is\s+writing|are\s+writing)\s+to\s+(.{2,80}?),?\s+(?:urging|asking|requesting|pressing)\s+that\b`)

// bodyLeadersShouldRe opens a sentence with the leaders of a kind of body
// under an obligation: "ICB leaders should", "Local authority leaders
// must". Group 1 names the body.
var bodyLeadersShouldRe = lazyre.New(`^(?:(?:The|All)\s+)?([\p{L}'’ -]{2,40}?)\s+leaders\s+(?:should|must|need\s+to|needs\s+to|ought\s+to|have\s+to)\b`)

// leadInActors are the actors a lead-in addresses: those it names, or,
// when it asks "them" ("We have shared our findings with the wheelchair
// service and the ICB. We are asking them to:"), every body it mentions.
func leadInActors(leadIn string) []evidence.Actor {
	leadIn = unemphasised(leadIn) // "__The trust must:__"
	if leadIn == "" {
		return nil
	}
	if askThemRe.MatchString(leadIn) {
		if a := mentionedActors(leadIn); len(a) > 0 || !strings.Contains(leadIn, " you ") {
			return a
		}
		return []evidence.Actor{readerUnit} // "We are asking you to:"
	}
	if readerHelpLead(leadIn) {
		return []evidence.Actor{readerUnit} // "It would really help if you could:"
	}
	if who := askedToDo(strings.TrimSpace(leadIn)); who != "" {
		return addresseeActors(who) // "What we are asking MPs to do:"
	}
	if m := expectsFromRe.FindStringSubmatch(lastSentence(strings.TrimSpace(leadIn))); m != nil {
		return expectedActors(m) // "what the ICB expects from schools:", "we expect every ICB to:"
	}
	if groupNeedsRe.MatchString(lastSentence(strings.TrimSpace(leadIn))) {
		return nil // "young carers need:" names no one who should act
	}
	if last := lastSentence(leadIn); needFromRe.MatchString(last) || nextStepsRe.MatchString(last) {
		// "Ahead of the Spending Review, the Alliance has written to the
		// Secretary of State. Our asks of the government are:" asks the
		// government; "In the meantime, we are asking:" no one, and each
		// item names its own addressee.
		return actorsIn(last)
	}
	// "NHS England should make adolescent health a priority in its
	// guidance for integrated care boards, and in particular it should:"
	// addresses its subject, not every body it mentions.
	if strings.HasSuffix(strings.TrimSpace(leadIn), ":") {
		if f := analyse(leadIn); f.asks && len(f.askActors) > 0 {
			return f.askActors
		} else if !f.asks && len(f.subject) > 0 {
			return f.subject
		}
	}
	return actorsIn(leadIn)
}

// openingSubject is the actors a list item opens with when it asks them
// in the infinitive, after a lead-in such as "We are calling for:": "The
// Government to set a standard..., and to fund integrated care boards"
// asks the government, not the boards.
func openingSubject(text string) []evidence.Actor {
	if m := actionLabelRe.FindStringIndex(text); m != nil {
		// "Action: Trust to set out a recovery plan": the label is no
		// part of the subject.
		text = text[m[1]:]
	}
	lower := lazyre.ASCIILower(text)
	k := strings.Index(lower[:min(len(lower), 160)], " to ")
	if k < 0 || k+4 >= len(text) || !isLower(text[k+4]) {
		return nil
	}
	seen := map[evidence.Actor]bool{}
	start := actorListBefore(text, lower, k, seen)
	if start < 0 {
		return nil
	}
	if lead := strings.TrimSpace(lower[:start]); lead != "" && lead != "the" && lead != "every" && lead != "each" && lead != "all" && !placeNameLead(text[:start]) {
		// "Every integrated care board to set out ...": one body of a
		// kind, each of them asked.
		return nil
	}
	return canonical(seen)
}

// placeNameLead reports the words before a body's kind that are the
// places in its name: "The Fenmoor and Eastwick" of "The Fenmoor and
// Eastwick Integrated Care Board to fund ...". The body is the one asked,
// its name no lead of another's.
func placeNameLead(lead string) bool {
	words := strings.Fields(lead)
	if len(words) < 2 || len(words) > 6 || words[0] != "The" && words[0] != "the" {
		// "Require integrated care boards to": a verb, not a name.
		return false
	}
	for i, w := range words {
		switch {
		case i == 0 && (w == "The" || w == "the"):
		case i > 0 && (w == "and" || w == "&" || w == "of" || w == "upon" || w == "on"):
		case w[0] >= 'A' && w[0] <= 'Z':
		default:
			return false
		}
	}
	return true
}

// actionLabelRe is the label of an item in a list of actions: "Action:",
// "ACTION -", numbered or not ("ACTION 2 -", "Action 4:").
var actionLabelRe = lazyre.New(`^(?i:actions?)\s*(?:\d{1,2}\s*)?(?::|\s[-–—])\s*`)

// ownedAction reports an action whose owner is a body, asked in the
// infinitive ("Action: Trust to set out a recovery plan", "Health
// visitors to add a language screen"), as notes of a meeting list them:
// not one owned by a person's initials ("JS to circulate the slides"),
// nor a request for information ("ICB to confirm whether ..."), nor a
// passive ("Schools to be reminded").
func ownedAction(s string) bool {
	if m := actionLabelRe.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	lower := lazyre.ASCIILower(s)
	k := strings.Index(lower[:min(len(lower), 100)], " to ")
	if k < 0 {
		return false
	}
	// The owner is the item's subject, or a body named in full whose
	// name runs to the "to" ("Hallam Community Health Trust to audit"),
	// which the subject rule, reading sentences with a verb, passes over.
	// "ICB commissioning team to bring a business case": a team of the
	// body owns the action as the body does.
	if m := bodysTeamRe.FindStringSubmatchIndex(s[:k]); m != nil {
		s, k = s[:m[3]]+s[k:], m[3]
		lower = lazyre.ASCIILower(s)
	}
	if a, end := leadingActorsEnd(s); len(a) == 0 || end > k || strings.TrimSpace(s[end:k]) != "" {
		// "Government on track to meet its commitment": a headline's
		// words between the body and "to" say how it stands.
		return false
	}
	verb := firstWord(lower[k+4:])
	return verb != "" && isLower(s[k+4]) && !infoVerbs[verb] && !passiveVerbs[verb] && !fortuneVerbs[verb]
}

// bodysTeamRe is an action's owner that is a team of a body: the body
// (group 1) then words in lower case ending in a team's noun, the
// "commissioning team" of "ICB commissioning team", the "public health
// team" of "Barnfield Council public health team".
var bodysTeamRe = lazyre.New(`^(.*?\S)\s+(?:[a-z][a-z'’-]*\s+){0,3}(?:team|teams|unit|office|directorate|department)$`)

// fortuneVerbs say what befalls a body, as a headline does ("Councils to
// get £50m for family hubs"), not what it is asked to do.
var fortuneVerbs = map[string]bool{"be": true, "get": true, "gain": true, "lose": true, "face": true, "see": true,
	"benefit": true, "receive": true, "miss": true, "share": false}

// everyoneToRe is an item that wishes something for every one of a group
// in the infinitive, under a heading of asks: "Every family to have a
// named health visitor". It asks no body by name.
var everyoneToRe = lazyre.New(`^(?:Every|Each|All)\s+(?:[\w’'-]+\s+){1,4}to\s+(?:have|get|be\s+(?:offered|given|seen)|receive|see)\b`)

// colonAskRe opens a paragraph with its addressees set as a lead-in and
// the ask in the imperative: "For providers: publish waiting times ...",
// "Health visitors and family hubs: offer a drop-in ...". Group 1 or 2 is
// the lead-in (after "For", "Of" or "To", or opening with a capital), group 3
// the verb.
var colonAskRe = lazyre.New(`^(?:(?:For|Of|To)\s+([^:;.?!]{1,80}?)|([A-Z][^:;.?!]{1,80}?))\s*:\s+([a-z][a-z-]+)\b`)

// colonAsk reads colonAskRe: the lead-in must be bodies and nothing else,
// and the verb one of action.
func colonAsk(s string) []evidence.Actor {
	labelled := false
	if l := actionLabelRe.FindStringIndex(s); l != nil {
		// "ACTION 2 - Trust and council: offer ...": a meeting's action
		// owned by the bodies its lead-in names.
		s, labelled = s[l[1]:], true
	}
	m := colonAskRe.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	if verb := s[m[6]:m[7]]; !imperativeRe.MatchString(capitalised(verb)) || labelled && infoVerbs[verb] {
		// "ACTION 4 - ICB: confirm whether ...", "ACTION 1 - Trust:
		// send the figures to ...": an owner asked for information,
		// no recommendation.
		return nil
	}
	lead := submatch(s, m, 1) + submatch(s, m, 2)
	a, end := leadingActorsEnd(lead + " ")
	if len(a) == 0 || strings.TrimSpace(lead[min(end, len(lead)):]) != "" || slices.Contains(a, ownUnit) {
		return nil
	}
	return a
}

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// recHeadingRe is a heading over a list of recommendations, in any case:
// "Recommendations", "Key recommendations", "Our recommendations for
// ICBs", "Conclusions and recommendations", "What we recommend", "Our asks",
// "The Committee’s main recommendations".
var recHeadingRe = lazyre.New(`(?i)^(?:(?:chapter|section|part)\s+\w+\s*[:.–—-]?\s*|\d+(?:\.\d+)*\.?\s+)?(?:(?:our|key|main|(?:the\s+)?[\w-]+(?:’s|'s)|summary\s+of(?:\s+our)?|the|priority|top|policy|full|list\s+of|\w+\s+and(?:\s+our)?|\d+)\s+)*(?:recommendations?|what\s+we\s+recommend|we\s+recommend|calls?\s+to\s+action|our\s+asks|what\s+we\s+(?:are\s+)?ask(?:ing)?\s+for|what\s+(?:needs|has)\s+to\s+(?:happen|change)|what\s+(?:the\s+|our\s+|each\s+|every\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|will\s+need\s+to)\s+do(?:\s+next|\s+now)?\s*$|what\s+should\s+change|what\s+we\s+want(?:\s+to\s+(?:see|change)|\s+(?:from|of)\s+[^:.;?]{1,60})?(?:\s+(?:by|in|before)\s+\d{4})?\s*$|what\s+we(?:\s+are|\s*['’]re)\s+calling\s+for|our\s+calls(?:\s+to\s+\w+)?)\b`)

// pseudoCleftRe puts what a body is to do before the ask itself: "What
// the Department for Education must now do, the letter says, is extend
// ...", "What ministers need to do first is fund ...". Group 1 is the
// bodies, group 2 the ask.
var pseudoCleftRe = lazyre.New(`^(?:(?i:and|but|so)\s+)?(?i:what)\s+([^,;:.?!]{2,80}?)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:(?:now|urgently|also|first|really|therefore)\s+)?do(?:\s+(?:now|next|first|urgently))?(?:\s*,[^,.;:]{1,60},)?\s+is\s+(?:to\s+)?([a-z][a-z-]+\b.*)$`)

// pseudoCleftAsk reads pseudoCleftRe: the words before the modal must be
// bodies and nothing else, and the ask open with a verb of action.
func pseudoCleftAsk(s string) []evidence.Actor {
	if !strings.HasPrefix(s, "What ") && !strings.HasPrefix(s, "what ") && !hasAnyFold(firstWords(s, 2), "what") {
		return nil
	}
	m := pseudoCleftRe.FindStringSubmatch(s)
	if m == nil || !imperativeRe.MatchString(capitalised(m[2])) {
		return nil
	}
	a, end := leadingActorsEnd(m[1] + " ")
	if len(a) == 0 || strings.TrimSpace(m[1][min(end, len(m[1])):]) != "" || slices.Contains(a, ownUnit) {
		return nil
	}
	return a
}

// isRecHeading reports a heading that opens a list of recommendations.
func isRecHeading(h string) bool {
	if actionHeading(h) || asksHeading(h) || wantListHeading(h) {
		// "Action the provider MUST take to improve": an inspector's
		// requirements of the body it names; "Key asks of government",
		// "What must change": the writer's asks.
		return true
	}
	if hasAnyFold(h, "next steps", "actions", "priorities") {
		// "Next steps for ICBs", "Priorities for the next government":
		// what a body the heading names is to do.
		if m := nextStepsHeadingRe.FindStringSubmatch(strings.TrimSpace(h)); m != nil && len(actorsIn(m[1])) > 0 {
			return true
		}
	}
	// Every ending the pattern allows holds one of these words.
	if !hasAnyFold(h, "recommend", "call", "ask", "what") {
		return false
	}
	return recHeadingRe.MatchString(strings.TrimSpace(h))
}

// nextStepsHeadingRe is a heading over what a named body is to do next:
// "Next steps for government", "Actions for ICBs". "Actions by the ICB"
// may report what it did, and "Next steps" alone the writer's own plans.
var nextStepsHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:suggested|proposed|recommended|key|priority)\s+)?(?:next\s+steps|actions|priorities)\s+for\s+([^:.;?!]{2,60}?)\s*:?$`)

// imperativeRe is a list item that opens with a verb of action, as
// recommendations under a "Recommendations" heading do: "Publish a
// plan...", "Increase the public health grant...". A verb before a
// colon labels a line, "Support: 23 of 24 jurors (96%)", and commands
// nothing. "Recommission" opens a council's plan row as "Commission" does
// ("Recommission the 0 to 19 public health nursing service", the development set).
var imperativeRe = lazyre.New(`^(?:Increase|Rebuild|Redesign|Move|Publish|Ensure|Develop|Introduce|Commission|Re-?commission|Fund|Set|Make|Create|Establish|Require|Review|Invest|Expand|Provide|Give|Extend|Appoint|Deliver|Improve|Prioritise|Prioritize|Embed|Use|Build|Protect|Reform|Commit|Bring|Put|Adopt|Update|Strengthen|Implement|Reduce|End|Remove|Guarantee|Restore|Take|Halve|Double|Recruit|Train|Ring-?fence|Reinstate|Agree|Clarify|Collect|Monitor|Measure|Share|Align|Co-produce|Involve|Map|Assess|Address|Tackle|Launch|Designate|Mandate|Legislate|Enable|Allow|Support|Work|Consider|Replace|Abolish|Scrap|Lower|Raise|Cap|Pilot|Roll out|Scale up|Match|Define|Produce|Include|Place|Name|Task|Direct|Instruct|Resource|Uplift|Maintain|Retain|Offer|Treat|Recognise|Recognize|Learn|Listen|Act|Check)\b(?:[^:]|$)`)

// union is the actors of a and b, in canonical order.
func union(a, b []evidence.Actor) []evidence.Actor {
	seen := map[evidence.Actor]bool{}
	for _, x := range a {
		seen[x] = true
	}
	for _, x := range b {
		seen[x] = true
	}
	return canonical(seen)
}

// mentionedActors lists the bodies a sentence names anywhere, by name
// (actorsIn) or by their work ("both community trusts", "the council's
// early years team", "Primary care networks", "the wheelchair service"):
// what a pronoun in the next sentence can point back to.
func mentionedActors(s string) []evidence.Actor {
	seen := map[evidence.Actor]bool{}
	for _, a := range actorsIn(s) {
		seen[a] = true
	}
	lower := lazyre.ASCIILower(s)
	for _, p := range professionPhrases() {
		for from := 0; ; {
			k := strings.Index(lower[from:], p.phrase)
			if k < 0 {
				break
			}
			at, end := from+k, from+k+len(p.phrase)
			from = end
			if (at == 0 || !isLetter(lower[at-1])) && (end == len(lower) || !isLetter(lower[end])) {
				seen[p.actor] = true
				break
			}
		}
	}
	for _, m := range serviceRe.FindAllStringSubmatchIndex(lower, -1) {
		if as, st := serviceEndingAt(lower, m[1]); st >= 0 {
			seen[as[0]] = true
		}
	}
	return canonical(seen)
}

// serviceRe finds the word "service" or "services" for serviceEndingAt.
var serviceRe = lazyre.New(`\bservices?\b`)

// professionPhrases are the lower-case phrases of professions, for
// mentionedActors.
var professionPhrases = func() func() []actorPhrase {
	var out []actorPhrase
	for _, p := range professions {
		for _, ph := range strings.Split(p.phrases, "|") {
			if !p.exact {
				out = append(out, actorPhrase{p.actor, ph, false})
			}
		}
	}
	return func() []actorPhrase { return out }
}()

// mayBeDecision reports the words every match of decisionAskRe holds.
func mayBeDecision(lower string) bool {
	return strings.Contains(lower, "asked") || strings.Contains(lower, "invited") || strings.Contains(lower, "requested")
}
