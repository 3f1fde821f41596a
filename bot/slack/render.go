package slack

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	slackgo "github.com/slack-go/slack"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
	"schemabot/corpus"
)

// outMsg is one Slack message to post: the plain-text fallback (used in
// notifications) and its blocks.
type outMsg struct {
	text   string
	blocks []slackgo.Block
}

// render turns a reply into Slack messages, in order: the answer in section
// blocks, then the citations in context blocks, then the buttons in actions
// blocks. A reply too long for one message (50 blocks) becomes several; the
// citations and as many buttons as fit go with the last one, the other
// buttons follow in messages of their own, so that every button is shown
// (a digest has one per milestone). Every text is defused and escaped. A
// reply without text gives no message.
func render(r chat.Reply) []outMsg { return renderNamed(r, nameFromID) }

// renderNamed is render with the documents named by name (an adapter with
// the engine's library passes (*Adapter).docName).
func renderNamed(r chat.Reply, name func(id string) string) []outMsg {
	chunks := splitText(mrkdwn(r.Text), maxTextRunes)
	if len(chunks) == 0 {
		return nil
	}
	// One citation: the text says its sources, or they follow it as blocks.
	var cites []slackgo.Block
	if !chat.NamesSources(r.Text) {
		cites = citationBlocks(r.Citations, name)
	}
	actions := actionBlocks(r.Buttons)
	trailer := append(append([]slackgo.Block(nil), cites...), actions...)
	var overflow []slackgo.Block
	if len(trailer) > maxBlocks-1 {
		trailer, overflow = trailer[:maxBlocks-1], trailer[maxBlocks-1:]
	}

	var msgs []outMsg
	var cur outMsg
	var curText []string
	flush := func() {
		cur.text = truncate(strings.Join(curText, "\n\n"), maxTextRunes)
		msgs = append(msgs, cur)
		cur, curText = outMsg{}, nil
	}
	for i, c := range chunks {
		room := maxBlocks
		if i == len(chunks)-1 {
			room -= len(trailer) // the last section keeps the trailer company
		}
		if len(cur.blocks) >= room {
			flush()
		}
		cur.blocks = append(cur.blocks, slackgo.NewSectionBlock(
			slackgo.NewTextBlockObject(slackgo.MarkdownType, c, false, true), nil, nil))
		curText = append(curText, c)
	}
	cur.blocks = append(cur.blocks, trailer...)
	flush()
	// The buttons that did not fit: 50 actions blocks per message, with a
	// short fallback text for notifications.
	for len(overflow) > 0 {
		n := min(len(overflow), maxBlocks)
		msgs = append(msgs, outMsg{text: "(suite des boutons)", blocks: overflow[:n]})
		overflow = overflow[n:]
	}
	return msgs
}

// partialMsg renders a partial answer while it is generated: text only,
// within one block's limit.
func partialMsg(text string) outMsg {
	return outMsg{text: truncate(mrkdwn(text), maxTextRunes)}
}

// citationLine renders one citation: the schéma's name (as Mattermost and
// the answers' own "Source" lines name it, never its file id), fiche,
// section, page.
func citationLine(c chat.Citation, name func(id string) string) string {
	parts := []string{"📄 *" + plain("Schéma "+name(c.Doc)) + "*"}
	if c.Fiche != nil {
		parts = append(parts, "fiche "+*c.Fiche)
	}
	if s := strings.TrimSpace(c.Section); s != "" {
		parts = append(parts, plain(s))
	}
	if c.Page != nil {
		parts = append(parts, "p. "+strconv.Itoa(*c.Page))
	}
	return truncate(strings.Join(parts, " · "), maxCitationRunes)
}

// citationBlocks lists the citations, ten per context block (Slack's limit),
// without repeating one that renders the same.
func citationBlocks(cites []chat.Citation, name func(id string) string) []slackgo.Block {
	var blocks []slackgo.Block
	var elems []slackgo.MixedElement
	seen := map[string]bool{}
	for _, c := range cites {
		line := citationLine(c, name)
		if seen[line] {
			continue
		}
		seen[line] = true
		elems = append(elems, slackgo.NewTextBlockObject(slackgo.MarkdownType, line, false, true))
		if len(elems) == maxContextElems {
			blocks = append(blocks, slackgo.NewContextBlock("", elems...))
			elems = nil
		}
	}
	if len(elems) > 0 {
		blocks = append(blocks, slackgo.NewContextBlock("", elems...))
	}
	// Bound the trailer so that an answer always has room in its message.
	if len(blocks) > 3 {
		blocks = blocks[:3]
	}
	return blocks
}

// docName names a document from the core's library, as Mattermost does:
// "Isère (2020-2024)", else its title; without a library, from its id.
func (a *Adapter) docName(id string) string {
	withEngine, ok := a.core.(interface{ Engine() *answer.Engine })
	if !ok || withEngine.Engine() == nil || withEngine.Engine().Library() == nil {
		return nameFromID(id)
	}
	d := withEngine.Engine().Library().Doc(id)
	switch {
	case d == nil:
		return nameFromID(id)
	case d.Departement != "" && d.Period() != "":
		return d.Departement + " (" + d.Period() + ")"
	case d.Departement != "":
		return d.Departement
	case strings.TrimSpace(d.Title) != "":
		return strings.Join(strings.Fields(d.Title), " ")
	}
	return nameFromID(id)
}

// idPeriod finds the years a file name gives: "isere-2020-2024".
var idPeriod = regexp.MustCompile(`(?:^|-)((?:19|20)\d\d)-((?:19|20)\d\d)(?:-|$)`)

// deptSlugs are the département names as file names spell them
// ("meurthe-et-moselle"), longest first so that Meurthe-et-Moselle is not
// read as Moselle.
var deptSlugs = func() []struct{ slug, name string } {
	var out []struct{ slug, name string }
	for _, name := range corpus.Departements {
		slug := strings.Join(strings.FieldsFunc(corpus.Fold(name), func(r rune) bool {
			return !(r >= 'a' && r <= 'z')
		}), "-")
		out = append(out, struct{ slug, name string }{slug, name})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].slug) != len(out[j].slug) {
			return len(out[i].slug) > len(out[j].slug)
		}
		return out[i].slug < out[j].slug
	})
	return out
}()

// nameFromID names a document from its file id when no library is at hand
// (render is called where only the reply is): the shipped and deployed
// schémas are named after their département and years
// ("isere-2020-2024" is "Isère (2020-2024)"). An id naming no département
// is shown as words ("guide-crip" is "guide crip"), never as a file name.
func nameFromID(id string) string {
	folded := "-" + strings.Join(strings.FieldsFunc(corpus.Fold(id), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}), "-") + "-"
	name := ""
	for _, d := range deptSlugs {
		if strings.Contains(folded, "-"+d.slug+"-") {
			name = d.name
			break
		}
	}
	if name == "" {
		return strings.Join(strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' }), " ")
	}
	if m := idPeriod.FindStringSubmatch(strings.Trim(folded, "-")); m != nil {
		name += " (" + m[1] + "-" + m[2] + ")"
	}
	return name
}

// actionBlocks renders the buttons, 25 per actions block (Slack's limit).
// Slack wants action ids unique within a message, so a repeated id gets a
// suffix: the second "milestone_done" is "milestone_done#2" (actionID
// removes it when the click comes back). Every button is kept.
func actionBlocks(buttons []chat.Button) []slackgo.Block {
	var blocks []slackgo.Block
	var elems []slackgo.BlockElement
	seen := map[string]int{}
	flush := func() {
		if len(elems) > 0 {
			blocks = append(blocks, slackgo.NewActionBlock("", elems...))
		}
		elems = nil
	}
	for _, b := range buttons {
		if b.ID == "" || len(b.Value) > maxButtonValue {
			continue
		}
		if len(elems) == maxActionElems {
			flush()
		}
		seen[b.ID]++
		id := b.ID
		if n := seen[b.ID]; n > 1 {
			id = b.ID + actionSuffix + strconv.Itoa(n)
		}
		label := strings.TrimSpace(b.Label)
		if label == "" {
			label = b.ID
		}
		label = truncate(label, maxButtonLabel)
		elems = append(elems, slackgo.NewButtonBlockElement(id, b.Value,
			slackgo.NewTextBlockObject(slackgo.PlainTextType, label, true, false)))
	}
	flush()
	return blocks
}

// actionSuffix separates an action id from the number that makes it
// unique in its message.
const actionSuffix = "#"

// actionID returns the core's action id of a clicked element:
// "milestone_done#12" is "milestone_done".
func actionID(id string) string {
	base, _, _ := strings.Cut(id, actionSuffix)
	return base
}
