package extract

import "github.com/cypx/cypx/internal/lazyre"

// The footers a calendar or chat service sets under every mail it sends:
//   - a calendar invitation's warning: "Forwarding this invitation could
//     allow any recipient to reply to the organiser or join the guest
//     list.";
//   - a chat tool's pointer to its settings: "Change your email settings
//     in Microsoft Teams: Settings > Notifications."
//
// A figure keeps the sentence, the classes being no "made" ones.
var (
	invitationForwardRe = lazyre.New(`(?i)^forwarding\s+this\s+(?:invitation|invite|event)\s+(?:could|may|might|will|can)\s+(?:allow|let|enable)\s+(?:any|every|all)\s+recipients?\s+(?:to\s+)?[^!?%£]{0,200}$`)
	chatSettingsRe      = lazyre.New(`(?i)^(?:update|change|manage|edit)\s+your\s+(?:e-?mail\s+|notification\s+)?(?:preferences|settings|notifications)\s+in\s+(?:microsoft\s+)?(?:teams|slack)(?:\s*[:,.-]\s*(?:go\s+to\s+)?settings\b[^!?%£]{0,120})?\.?$`)
)

// calendarChatClasses are this file's furniture classes (see furnitureClasses).
var calendarChatClasses = []furnitureClass{
	{lead: []string{"forwarding this"}, re: invitationForwardRe, maxWords: 45},
	{lead: []string{"update your", "change your", "manage your", "edit your"}, re: chatSettingsRe, maxWords: 25},
}
