package slack

import (
	"strconv"
	"strings"

	slackgo "github.com/slack-go/slack"

	"schemabot/bot"
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
// citations and buttons go with the last one. Every text is defused and
// escaped. A reply without text gives no message.
func render(r bot.Reply) []outMsg {
	chunks := splitText(mrkdwn(r.Text), maxTextRunes)
	if len(chunks) == 0 {
		return nil
	}
	var trailer []slackgo.Block
	trailer = append(trailer, citationBlocks(r.Citations)...)
	trailer = append(trailer, actionBlocks(r.Buttons)...)

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
	return msgs
}

// partialMsg renders a partial answer while it is generated: text only,
// within one block's limit.
func partialMsg(text string) outMsg {
	return outMsg{text: truncate(mrkdwn(text), maxTextRunes)}
}

// citationLine renders one citation: document, fiche, section, page.
func citationLine(c bot.Citation) string {
	parts := []string{"📄 *" + plain(c.Doc) + "*"}
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
func citationBlocks(cites []bot.Citation) []slackgo.Block {
	var blocks []slackgo.Block
	var elems []slackgo.MixedElement
	seen := map[string]bool{}
	for _, c := range cites {
		line := citationLine(c)
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

// actionBlocks renders the buttons. An action id must be unique within its
// block, so a repeated id starts a new block, as does a full one.
func actionBlocks(buttons []bot.Button) []slackgo.Block {
	var blocks []slackgo.Block
	var elems []slackgo.BlockElement
	ids := map[string]bool{}
	flush := func() {
		if len(elems) > 0 {
			blocks = append(blocks, slackgo.NewActionBlock("", elems...))
		}
		elems, ids = nil, map[string]bool{}
	}
	for _, b := range buttons {
		if b.ID == "" || len(b.Value) > maxButtonValue {
			continue
		}
		if ids[b.ID] || len(elems) == maxActionElems {
			flush()
		}
		ids[b.ID] = true
		label := strings.TrimSpace(b.Label)
		if label == "" {
			label = b.ID
		}
		label = truncate(label, maxButtonLabel)
		elems = append(elems, slackgo.NewButtonBlockElement(b.ID, b.Value,
			slackgo.NewTextBlockObject(slackgo.PlainTextType, label, true, false)))
	}
	flush()
	if len(blocks) > 3 {
		blocks = blocks[:3]
	}
	return blocks
}
