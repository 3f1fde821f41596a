package slack

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"schemabot/bot/chat"

	"github.com/slack-go/slack/slackutilsx"
)

// Slack's limits, from the Block Kit reference.
const (
	maxTextRunes     = 3000 // text of a section block
	maxBlocks        = 50   // blocks in one message
	maxContextElems  = 10   // elements in one context block
	maxActionElems   = 25   // elements in one actions block
	maxButtonLabel   = 75   // characters of a button's label
	maxButtonValue   = 2000 // characters of a button's value
	maxCitationRunes = 300  // our own bound on one citation's line
)

var (
	mdHeading = regexp.MustCompile(`^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$`)
	mdBullet  = regexp.MustCompile(`^(\s*)[-*+]\s+`)
	mdBold    = regexp.MustCompile(`\*\*([^*\n]+?)\*\*|__([^_\n]+?)__`)
	mdItalic  = regexp.MustCompile(`(^|[^\p{L}\p{N}*])\*([^\s*](?:[^*\n]*[^\s*])?)\*($|[^\p{L}\p{N}*])`)
	mdLink    = regexp.MustCompile(`\[([^\]\n<>|]+)\]\((https?://[^\s)<>|]+)\)`)
	bareURL   = regexp.MustCompile(`(^|\s)(https?://[^\s<>|()]*[^\s<>|().,;:!?'"»])`)
)

// boldMark stands for Slack's bold "*" while single-star italics are
// rewritten; it cannot occur in text that went through chat.CleanInput or
// the documents.
const boldMark = "\x00"

// mrkdwn turns the core's markdown into Slack mrkdwn that is safe to post:
// mentions are defused (chat.Defuse), "&", "<" and ">" are escaped, then
// **bold** becomes *bold*, *italic* _italic_, headings bold lines, bullets
// "•", and links Slack's <url|label>. The only "<" left in the result open
// links this function wrote.
func mrkdwn(md string) string {
	s := slackutilsx.EscapeMessage(chat.Defuse(md))
	lines := strings.Split(s, "\n")
	inCode := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inCode = !inCode
			continue
		}
		if inCode {
			continue
		}
		if m := mdHeading.FindStringSubmatch(l); m != nil {
			l = boldMark + strings.ReplaceAll(strings.ReplaceAll(m[1], "**", ""), "__", "") + boldMark
		}
		l = mdBullet.ReplaceAllString(l, "$1• ")
		l = mdBold.ReplaceAllString(l, boldMark+"$1$2"+boldMark)
		// Run twice: adjacent italics share the character between them.
		l = mdItalic.ReplaceAllString(l, "${1}_${2}_$3")
		l = mdItalic.ReplaceAllString(l, "${1}_${2}_$3")
		l = strings.ReplaceAll(l, boldMark, "*")
		l = bareURL.ReplaceAllString(l, "$1<$2>")
		l = mdLink.ReplaceAllString(l, "<$2|$1>")
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// plain makes text safe for a mrkdwn field without interpreting markdown:
// mentions defused, "&", "<" and ">" escaped.
func plain(s string) string {
	return slackutilsx.EscapeMessage(chat.Defuse(s))
}

// splitText cuts mrkdwn text into pieces of at most limit runes, preferring
// paragraph, then line, then word boundaries, and never cutting inside an
// escape ("&amp;") or a link ("<url|label>"). Pieces are never empty.
func splitText(s string, limit int) []string {
	s = strings.TrimSpace(s)
	var out []string
	for utf8.RuneCountInString(s) > limit {
		r := []rune(s)
		cut := cutPoint(r, limit)
		head := strings.TrimRight(string(r[:cut]), " \t\n")
		s = strings.TrimLeft(string(r[cut:]), " \t\n")
		if head != "" {
			out = append(out, head)
		}
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// cutPoint returns where to cut r so that r[:cut] has at most limit runes;
// len(r) > limit.
func cutPoint(r []rune, limit int) int {
	window := string(r[:limit])
	cut := -1
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(window, sep); i > 0 && utf8.RuneCountInString(window[:i]) > limit/2 {
			cut = utf8.RuneCountInString(window[:i])
			break
		}
	}
	if cut < 0 {
		cut = limit
	}
	// Do not cut inside "&amp;" or inside "<url|label>": back up to its start.
	for i := cut - 1; i >= 0 && i >= cut-5; i-- {
		if r[i] == ';' {
			break
		}
		if r[i] == '&' {
			if i > 0 {
				cut = i
			}
			break
		}
	}
	if open := lastIndexRune(r[:cut], '<'); open >= 0 && lastIndexRune(r[open:cut], '>') < 0 && open > 0 {
		cut = open
	}
	return cut
}

func lastIndexRune(r []rune, c rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == c {
			return i
		}
	}
	return -1
}

// truncate shortens s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	parts := splitText(s, n-1)
	if len(parts) == 0 {
		return ""
	}
	return parts[0] + "…"
}
