package extract

import "github.com/cypx/cypx/internal/lazyre"

// Set 47's furniture sentences:
//   - an online form's own lines in the receipt it mails: the platform's
//     footer ("Powered by Microsoft Forms | Privacy and cookies"), its
//     privacy notice ("The owner of this form has not provided a privacy
//     statement ...", "Do not provide personal or sensitive
//     information."), its advert and warnings ("Create my own form",
//     "Never give out your password.");
//   - an application form's declaration ("I confirm that the information
//     in this application is correct ...") and its "For office use only"
//     box;
//   - a chart's or table's base set after another sentence of its note
//     ("Data labels show the share of posts vacant. Base: 146 teams."):
//     whom its shares are of, as a note that opens with it says
//     (tableBaseRe).
var (
	formPlatformRe = lazyre.New(`(?i)^(?:powered\s+by|created\s+(?:with|using|in)|made\s+with|published\s+using|built\s+with)\s+(?:microsoft\s+forms|google\s+(?:forms|docs|sites)|surveymonkey|typeform|jotform|smart\s*survey|qualtrics|online\s+surveys|formstack|wufoo|snap\s+surveys|citizen\s+space)\b[^.!?]{0,100}$`)
	formNoticeRe   = lazyre.New(`(?i)^(?:the\s+owner\s+of\s+this\s+form\s+has\s+not\b|do\s+not\s+(?:provide|enter|share)\s+(?:any\s+)?personal\s+or\s+sensitive\s+information\b|never\s+give\s+out\s+your\s+password\b|create\s+(?:my|your)\s+own\s+form\b)[^!?]{0,200}$`)
	declarationRe  = lazyre.New(`(?i)^(?:i|we)\s+(?:confirm|declare|certify)\s+that\s+(?:all\s+)?(?:the\s+)?information\s+(?:in|on|given\s+in|provided\s+in|contained\s+in)\s+this\s+(?:application|form|return|submission|bid)\b[^!?]{0,200}$`)
	officeUseRe    = lazyre.New(`(?i)^for\s+office\s+use\s+only\b[^!?]{0,160}$`)
)

// s47Classes are this file's furniture classes (see furnitureClasses).
var s47Classes = []furnitureClass{
	{lead: []string{"powered", "created", "made with", "published using", "built with"}, re: formPlatformRe, maxWords: 30, made: true, whole: true},
	{lead: []string{"the owner", "do not", "never give", "create my", "create your"}, re: formNoticeRe, maxWords: 50, made: true, whole: true},
	{lead: []string{"i confirm", "we confirm", "i declare", "we declare", "i certify", "we certify"}, re: declarationRe, maxWords: 60, made: true, whole: true},
	{lead: []string{"for office use"}, re: officeUseRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"base:", "bases:", "base :", "bases :"}, re: tableBaseRe, maxWords: 14, made: true, whole: true},
}
