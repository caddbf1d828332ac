package extract

import "github.com/cypx/cypx/internal/lazyre"

// A mailing list member's request to the list, furniture in any digest or
// forum thread:
//
//   - a question asking anyone on the list to share or send what they
//     know: "Could anyone share their caseload figures, and whether you
//     use a duty system?", "Does anyone have an example of a transition
//     protocol they could send me?";
//   - where to send the replies: "Replies off-list are fine and I will
//     share a summary.", "Please reply off-list.".
//
// The near miss stays evidence: a question about what members see ("Is
// anyone else seeing more families opt out?"), one that asks a body to act
// ("Could the ICB share its figures?", no "anyone"), and a request holding
// a figure or a finding ("..., because our trust cannot?").
var (
	anyoneShareRe = lazyre.New(`(?i)^(?:(?:hi|hello)\s+(?:all|everyone),?\s+)?(?:could|can|would|might)\s+(?:anyone|anybody|someone|colleagues)\s+(?:please\s+|kindly\s+)?(?:share|send|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|point\s+(?:me|us)|recommend|advise)\b[^!]{0,200}\?$|^(?i:does|do|has)\s+(?:anyone|anybody)\s+(?:(?:have|got|know\s+of)\s+)(?:an?|any|examples?)\b[^!]{0,160}\?$`)
	offListRe     = lazyre.New(`(?i)^(?:(?:replies|responses|answers)\s+off[- ]list\s+(?:are|is)\s+(?:fine|welcome|great|ok|okay)|(?:please\s+)?(?:reply|respond)\s+off[- ]list)(?:\s*(?:,|and)\s+I\s+(?:will|['’]ll|can)\s+(?:share|circulate|post|collate|send\s+round)\s+(?:a\s+|the\s+)?(?:summary|round-?up|responses|replies)(?:\s+(?:with|to|on)\s+(?:the\s+)?list)?)?\s*[.!]?$`)
)

// listRequestClasses are this file's furniture classes (see
// furnitureClasses).
var listRequestClasses = []furnitureClass{
	{lead: []string{"could any", "can any", "would any", "might any", "could some", "can some", "could coll", "can coll", "hi all", "hello all", "hi everyone", "hello everyone", "does any", "do any", "has any"},
		re: anyoneShareRe, maxWords: 45, and: func(_, lower string) bool {
			return !containsAny(lower, worryFindingWords) && !containsAny(lower, []string{" because ", " since "})
		}},
	{lead: []string{"replies off", "responses off", "answers off", "please reply", "please respond", "reply off", "respond off"}, re: offListRe, maxWords: 20},
}
