package evidence

import "encoding/json"

// itemJSON is the machine-readable form of an item: the contract the
// README's JSON output documents (id, kind, source, section, text, themes,
// figures, actors, citation) plus where the text sits in its source, and the source's
// metadata under "source_info" so an item read back is complete.
type itemJSON struct {
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`
	Source  string   `json:"source"`
	Section string   `json:"section"`
	Text    string   `json:"text"`
	Themes  []string `json:"themes"`
	Figures []Figure `json:"figures"`
	Actors  []Actor  `json:"actors"`
	// Citation is the item's Harvard citation in narrative form
	// (ItemNarrative): what `cypx cite` and `cypx show` give, page and
	// attribution included, with the author outside the brackets.
	Citation string `json:"citation"`
	// FigureNote says why a figure of the item is cited to another work
	// than its quote (Item.FigureNote, in Harvard as Citation is; a pack's
	// JSON gives it in the pack's style): the note `cypx show`, the packs
	// and the CSV give. Before (hostile check 70 G12), the JSON had none,
	// and its figure citation differed from its quote's without a word.
	FigureNote string  `json:"figure_note,omitempty"`
	Number     string  `json:"number,omitempty"`
	Header     string  `json:"header,omitempty"`
	Page       int     `json:"page,omitempty"`
	Cites      string  `json:"cites,omitempty"`
	CitesFrom  int     `json:"cites_from,omitempty"`
	Speaker    string  `json:"speaker,omitempty"`
	Line       int     `json:"line"`
	Offset     int     `json:"offset"`
	Seq        int     `json:"seq"`
	Para       int     `json:"para"`
	Primary    *Source `json:"primary,omitempty"`
	SourceInfo Source  `json:"source_info"`
}

// MarshalJSON writes the item in the JSON contract; figures, actors and
// themes are always arrays, never null.
func (it Item) MarshalJSON() ([]byte, error) {
	j := itemJSON{
		ID: it.ID, Kind: it.Kind, Source: it.Source.ID, Section: it.Section, Text: it.Text,
		Themes: it.Themes, Figures: it.Figures, Actors: it.Actors, Citation: ItemNarrative(it), FigureNote: it.FigureNote(Harvard),
		Number: it.Number, Header: it.Header, Page: it.Page, Cites: it.Cites, CitesFrom: it.CitesFrom, Speaker: it.Speaker, Line: it.Line, Offset: it.Offset, Seq: it.Seq, Para: it.Para, Primary: it.Primary, SourceInfo: it.Source,
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

// itemJSONIn is itemJSON as read: its figures in their JSON form, so
// that they are decoded in the item's one pass. Decoded as Figures, each
// figure went through its own UnmarshalJSON, which the decoder reaches only
// after scanning for the figure's end and which checks and decodes it
// again: three passes over most of a statistic's bytes, and a third of
// decoding the items of a comparison table (BenchmarkFigureTable).
type itemJSONIn struct {
	itemJSON
	Figures []figureJSON `json:"figures"`
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (it *Item) UnmarshalJSON(b []byte) error {
	var j itemJSONIn
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	var figs []Figure
	if j.Figures != nil {
		figs = make([]Figure, len(j.Figures))
		for i := range j.Figures {
			figs[i] = j.Figures[i].figure()
		}
	}
	*it = Item{
		ID: j.ID, Kind: j.Kind, Source: j.SourceInfo, Section: j.Section, Text: j.Text,
		Offset: j.Offset, Line: j.Line, Seq: j.Seq, Para: j.Para, Primary: j.Primary, Number: j.Number, Header: j.Header, Figures: figs,
		Actors: j.Actors, Themes: j.Themes, Page: j.Page, Cites: j.Cites, CitesFrom: j.CitesFrom, Speaker: j.Speaker,
	}
	return nil
}

// figureJSON is the machine-readable form of a figure: low and high appear
// only for a range, so that a range starting at 0 still says so.
type figureJSON struct {
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Unit      Unit     `json:"unit"`
	Low       *float64 `json:"low,omitempty"`
	High      *float64 `json:"high,omitempty"`
	Role      Role     `json:"role,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	Offset    int      `json:"offset"`
	Record
}

// MarshalJSON writes the figure with low and high when it is a range.
func (f Figure) MarshalJSON() ([]byte, error) {
	j := figureJSON{Text: f.Text, Value: f.Value, Unit: f.Unit, Role: f.Role, Qualifier: f.Qualifier, Offset: f.Offset, Record: f.Record}
	if f.IsRange() {
		lo, hi := f.Low, f.High
		j.Low, j.High = &lo, &hi
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (f *Figure) UnmarshalJSON(b []byte) error {
	var j figureJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*f = j.figure()
	return nil
}

// figure is the figure a figureJSON describes.
func (j *figureJSON) figure() Figure {
	f := Figure{Text: j.Text, Value: j.Value, Unit: j.Unit, Role: j.Role, Qualifier: j.Qualifier, Offset: j.Offset, Record: j.Record}
	if j.Low != nil && j.High != nil {
		f.Low, f.High = *j.Low, *j.High
	}
	return f
}
