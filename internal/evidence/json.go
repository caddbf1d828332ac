package evidence

import "encoding/json"

// itemJSON is the machine-readable form of an item: the contract of
// DESIGN.md (id, kind, source, section, text, themes, figures, actors,
// citation) plus where the text sits in its source, and the source's
// metadata under "source_info" so an item read back is complete.
type itemJSON struct {
	ID         string   `json:"id"`
	Kind       Kind     `json:"kind"`
	Source     string   `json:"source"`
	Section    string   `json:"section"`
	Text       string   `json:"text"`
	Themes     []string `json:"themes"`
	Figures    []Figure `json:"figures"`
	Actors     []Actor  `json:"actors"`
	Citation   string   `json:"citation"`
	Number     string   `json:"number,omitempty"`
	Page       int      `json:"page,omitempty"`
	Cites      string   `json:"cites,omitempty"`
	Line       int      `json:"line"`
	Offset     int      `json:"offset"`
	Seq        int      `json:"seq"`
	Para       int      `json:"para"`
	Primary    *Source  `json:"primary,omitempty"`
	SourceInfo Source   `json:"source_info"`
}

// MarshalJSON writes the item in the JSON contract; figures, actors and
// themes are always arrays, never null.
func (it Item) MarshalJSON() ([]byte, error) {
	j := itemJSON{
		ID: it.ID, Kind: it.Kind, Source: it.Source.ID, Section: it.Section, Text: it.Text,
		Themes: it.Themes, Figures: it.Figures, Actors: it.Actors, Citation: jsonCitation(it),
		Number: it.Number, Page: it.Page, Cites: it.Cites, Line: it.Line, Offset: it.Offset, Seq: it.Seq, Para: it.Para, Primary: it.Primary, SourceInfo: it.Source,
	}
	if j.Themes == nil {
		j.Themes = []string{}
	}
	if j.Figures == nil {
		j.Figures = []Figure{}
	}
	if j.Actors == nil {
		j.Actors = []Actor{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (it *Item) UnmarshalJSON(b []byte) error {
	var j itemJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*it = Item{
		ID: j.ID, Kind: j.Kind, Source: j.SourceInfo, Section: j.Section, Text: j.Text,
		Offset: j.Offset, Line: j.Line, Seq: j.Seq, Para: j.Para, Primary: j.Primary, Number: j.Number, Figures: j.Figures,
		Actors: j.Actors, Themes: j.Themes, Page: j.Page, Cites: j.Cites,
	}
	return nil
}

// jsonCitation names the source, and the primary first for coverage.
func jsonCitation(it Item) string {
	if it.Primary != nil {
		return ShortCitation(*it.Primary) + "; reported by " + ShortCitation(it.Source)
	}
	return ShortCitation(it.Source)
}
