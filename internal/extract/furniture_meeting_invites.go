package extract

import "github.com/cypx/cypx/internal/lazyre"

// meetingInviteRe is an invitation to come to a group's meetings, with
// when and where: "Join our next meeting: every second Thursday, 6pm,
// the Youth Hub", "Come along to our monthly session on Tuesdays". A
// campaign page's call to the reader, not what it found.
var meetingInviteRe = lazyre.New(`(?i)^(?:join|come\s+(?:along\s+)?to)\s+(?:us\s+at\s+)?(?:our|the)\s+(?:next\s+|monthly\s+|weekly\s+|regular\s+)?(?:meeting|meet-up|meetup|session|drop-in|group|coffee\s+morning|get-together)s?\b[^%£!?]{0,120}$`)

// s36Classes are this file's furniture classes (see furnitureClasses).
var s36Classes = []furnitureClass{
	{lead: []string{"join", "come"}, re: meetingInviteRe, maxWords: 25, dates: true},
}
