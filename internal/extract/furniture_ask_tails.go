package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// glossaryPointerRe is a pointer to where a document explains its words,
// set after a recommendation or a paragraph: "See the section on terms
// used in this guideline.", "See the glossary for a definition of key
// worker.", "For the meaning of early help, see the glossary."
var glossaryPointerRe = lazyre.New(`(?i)^(?:see\s+(?:the\s+|our\s+)?(?:section\s+on\s+(?:the\s+)?(?:terms|definitions|words)(?:\s+(?:we\s+)?used)?(?:\s+in\s+this\s+\w+)?|glossary(?:\s+(?:at\s+the\s+end|below|above|in\s+this\s+\w+))?|(?:list\s+of\s+)?(?:terms\s+used|definitions|abbreviations)(?:\s+in\s+this\s+\w+)?)(?:\s+for\s+(?:a\s+|the\s+)?(?:definitions?|meaning|explanation)(?:\s+of\s+[^.!?,;]{1,60})?)?|for\s+(?:a\s+|the\s+)?(?:definitions?|meaning|explanation)\s+of\s+[^.!?,;]{1,60},\s+see\s+(?:the\s+|our\s+)?(?:glossary|section\s+on\s+(?:the\s+)?(?:terms|definitions)[^.!?]{0,40}))\s*\.?$`)

// askTailClasses are appended to furnitureClasses.
var askTailClasses = []furnitureClass{
	{lead: []string{"see ", "for a definition", "for definitions", "for the definition", "for the meaning", "for an explanation", "for the explanation"}, re: glossaryPointerRe, maxWords: 25, made: true, whole: true, overAsk: true},
}

// askAddressTailRe is a web address closing an ask after a colon or a
// dash, where to do what it asks: "... back our campaign:
// northbyaction.org.uk/waits", "... sign the petition – www.example.org".
var askAddressTailRe = lazyre.New(`(?i)\s*[:–—-]\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|uk|com|net|gov|nhs|scot|wales|info|io|co)(?:\.uk)?(?:/[\w./%?=&#-]*)?\.?$`)

// askTailLen is where a recommendation's text ends once what closes it
// that is no word of the ask is cut: a web address after a colon ("...
// back our campaign: northbyaction.org.uk/waits"), and a sentence of
// furniture after the ask, a pointer to a glossary ("See the section on
// terms used in this guideline."). Before, they were words of the item.
// The ask's own sentences stay, as does an address inside a sentence
// ("Publish the data at example.org.uk every month.").
func (x *extractor) askTailLen(text string) int {
	end := len(strings.TrimRight(text, " \t\n"))
	for {
		sents := Sentences(text[:end])
		if len(sents) < 2 {
			break
		}
		last := text[sents[len(sents)-1].start:sents[len(sents)-1].end]
		if skip, _, _ := furnitureSentence(last); !skip || x.isRec(last) {
			break
		}
		end = len(strings.TrimRight(text[:sents[len(sents)-2].end], " \t\n"))
	}
	if m := askAddressTailRe.FindStringIndex(text[:end]); m != nil && countFields(text[:m[0]]) >= 4 {
		end = m[0]
	}
	return end
}
