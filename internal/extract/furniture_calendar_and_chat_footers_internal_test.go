package extract

import "testing"

// TestACalendarOrChatToolsFooterIsFurniture: the warning a calendar sets
// under an invitation and a chat tool's pointer to its settings are the
// services' own; sentences with the same openings that say something stay.
func TestACalendarOrChatToolsFooterIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Forwarding this invitation could allow any recipient to reply to the organiser or join the guest list.",
		"Forwarding this invite may let any recipient change your RSVP.",
		"Change your email settings in Microsoft Teams: Settings > Notifications.",
		"Manage your notification preferences in Slack.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Forwarding this invitation to your GP could help them refer your child sooner.",
		"Update your email preferences in Teams so that parents on the forum hear about the 3 new clinics.",
		"Update your records in Teams before the board meets.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
