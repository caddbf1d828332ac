package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// describedAimRe is an aim that a body set, tested or holds, told as a
	// fact: "Pilot areas have tested an ambition that children referred
	// should be seen within four weeks", "The plan set a target that every
	// school should have a lead". The "should" is the aim's own wording,
	// not the writer's ask ("We want a standard that ..." names no such
	// verb and stays an ask).
	describedAimRe = lazyre.New(`(?i)\b(?:tested|trialled|piloted|set|set\s+out|made|announced|introduced|included|adopted)\s+(?:an?|the|its|their|this)\s+(?:[\w’'-]+\s+){0,2}?(?:ambition|aim|pledge|commitment|target|standard|promise|expectation)\s+that\b`)
	// caseworkStepRe is a step taken on the reader's own case, as an
	// office's reply tells it: "I have asked NHS England to make sure the
	// ICB has seen your letter", "I have asked the trust to look into your
	// concerns". Passing the reader's case on asks no service to change.
	caseworkStepRe = lazyre.New(`(?i)\b(?:have|has|had)\s+(?:also\s+)?asked\s+[^.;]{2,80}?\bto\s+(?:make\s+sure|ensure|check|look\s+into|pass\s+on|forward|reply\s+to|respond\s+to|consider)\b[^.;]{0,60}?\byour\s+(?:letter|case|enquiry|email|e-mail|concerns?|complaint|query)\b`)
)

// aimAskedWords end the words before an aim's verb when the aim is asked
// for, not told: "The Government should set a standard that ...".
var aimAskedWords = []string{" should", " must", " to", " will", " would", " could", " needs to", " ought to"}

// describedAim reports an aim told as a fact (describedAimRe), or a step
// taken on the reader's case (caseworkStepRe): neither is an ask.
func describedAim(s string) bool {
	if caseworkStepRe.MatchString(s) {
		return true
	}
	m := describedAimRe.FindStringIndex(s)
	if m == nil {
		return false
	}
	before := " " + strings.ToLower(strings.TrimRight(s[:m[0]], " "))
	for _, w := range aimAskedWords {
		if strings.HasSuffix(before, w) {
			return false
		}
	}
	return true
}

// askedThatRe is an ask reported in the subjunctive: "The forum asked that
// the council report progress every year", "Leads have asked that the two
// councils fund ...". Group 1 is who is asked, before the bare verb.
var askedThatRe = lazyre.New(`\b(?i:asked|requested|urged|proposed|insisted)\s+(?i:that)\s+((?:[\w’'&-]+\s+){1,8}?)(?i:fund|report|publish|commission|provide|set|make|give|review|extend|offer|include|ensure|develop|agree|share|introduce|create|increase|invest|appoint|consider|write|keep|stop|end|pay|take|hold|meet|plan|work|bring|restore|protect|prioritise|recruit|train|reduce|tell|contact)\b`)

// askedThat reads the bodies an ask reported in the subjunctive asks
// (askedThatRe); none when the clause names no body.
func askedThat(s string) []evidence.Actor {
	if !strings.Contains(s, " that ") {
		return nil
	}
	m := askedThatRe.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	return actorsIn(m[1])
}
