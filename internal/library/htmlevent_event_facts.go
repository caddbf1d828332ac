package library

// eventTypes are the schema.org types of an event: a ticketing site's
// listing of a webinar or conference describes the event, not an article.
var eventTypes = wordSet("Event EducationEvent BusinessEvent SocialEvent Festival ExhibitionEvent LiteraryEvent " +
	"ChildrensEvent CourseInstance Hackathon PublicationEvent")

// eventFacts reads the JSON-LD of a page that lists an event and describes
// no article: its name is the page's title, its organiser (an
// organisation) who publishes what the listing says, and its start the one
// date the page gives for itself. Before, such a page (a webinar presenting
// a survey's findings, its description written by the organiser) was
// refused: the ticketing site was no publisher and the page had no date.
func eventFacts(nodes []ldNode, byID map[string]ldNode) ldFacts {
	ev := firstOfType(nodes, eventTypes)
	if ev == nil {
		return ldFacts{}
	}
	f := ldFacts{headline: ldString(ev["name"]), published: ldString(ev["startDate"])}
	for _, o := range ldList(ev["organizer"]) {
		if n := resolve(o, byID); n != nil && hasType(n, orgTypes) {
			f.publisher = ldString(n["name"])
			break
		}
	}
	return f
}
