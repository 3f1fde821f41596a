package chat

import (
	"regexp"
	"strings"
	"unicode"
)

// MaxQuestionRunes bounds how much of a message is read as a question; the
// rest of a pasted 40 000-character message is ignored, not an error.
const MaxQuestionRunes = 2000

var (
	// Slack markup: <@U123>, <@U123|name>, <!here>, <!subteam^S1|@team>, <#C1|chan>, <url|label>.
	slackUserRef    = regexp.MustCompile(`<@[A-Z0-9]+(\|[^>]*)?>`)
	slackSpecial    = regexp.MustCompile(`<!([a-z^A-Z0-9_-]+)(\|[^>]*)?>`)
	slackChannelRef = regexp.MustCompile(`<#[A-Z0-9]+\|([^>]*)>`)
	slackLink       = regexp.MustCompile(`<(https?://[^|>]+)(\|([^>]*))?>`)
	// Emphasis and code marks around words: *12*, **PPE**, _ASE_, ~x~, `x`.
	chatEmphasis = regexp.MustCompile("(^|[\\s(])[*_~`]{1,2}([^*_~`\\s][^*_~`]*?)[*_~`]{1,2}([\\s.,;:!?)]|$)")
)

var entities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// CleanInput turns a chat message into a plain question: valid UTF-8, chat
// markup and mentions removed, spaces folded, at most MaxQuestionRunes runes.
func CleanInput(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if r == '\u200b' || r == '\u2060' || r == '\ufeff' {
			return -1
		}
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return ' '
		}
		return r
	}, s)
	if len([]rune(s)) > MaxQuestionRunes {
		s = string([]rune(s)[:MaxQuestionRunes])
	}
	s = addressedPart(s)
	s = slackUserRef.ReplaceAllString(s, " ")
	s = slackSpecial.ReplaceAllString(s, " ")
	// "@here", "@paul": a mention names who is told, never what is asked.
	s = atWord.ReplaceAllString(s, "$1 ")
	s = slackChannelRef.ReplaceAllString(s, "#$1")
	s = slackLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := slackLink.FindStringSubmatch(m)
		if sub[3] != "" {
			return sub[3]
		}
		return sub[1]
	})
	s = entities.Replace(s)
	s = chatEmphasis.ReplaceAllString(s, "$1$2$3")
	return strings.Join(strings.Fields(s), " ")
}

// leadingMention matches a line that starts by addressing someone:
// "@schemabot …", "<@U123> …", "<!here> …".
var leadingMention = regexp.MustCompile(`^\s*(@[\p{L}\p{N}]|<[@!])`)

// addressedPart drops the lines before the last line of a message that
// starts by addressing someone, when that line is not the first: "les
// gens, je boucle la note ce soir\n@schemabot combien de jeunes
// majeurs… ?" asks the bot on its own line; the lines before it speak to
// colleagues.
func addressedPart(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i > 0; i-- {
		if leadingMention.MatchString(lines[i]) {
			return strings.Join(lines[i:], "\n")
		}
	}
	return s
}

// FromLine returns text from the start of the line that holds byte offset
// at: the line where a message addresses the bot starts what it asks of
// the bot ("@paul tu regardes demain ?\n@schemabot qui pilote… ?"); the
// lines before speak to others. Adapters call it at the bot's mention
// before they remove it.
func FromLine(text string, at int) string {
	if at <= 0 || at > len(text) {
		return text
	}
	return text[strings.LastIndexByte(text[:at], '\n')+1:]
}

// broadcast matches words that would notify people if posted as is.
var broadcast = regexp.MustCompile(`(?i)([@!])(channel|here|all|everyone|everybody)\b`)

// atWord matches a user or group mention "@name" that is not inside an email address.
var atWord = regexp.MustCompile(`(^|[^\p{L}\p{N}._%+-])@([\p{L}\p{N}][\p{L}\p{N}._-]*)`)

// Defuse makes text safe to post: no "@channel", "@here", "@all",
// "<!channel>", "<@U…>" or "@user" can notify anyone. A word joiner is put
// after each "@", which chat platforms do not read as a mention while people
// still read the same text.
func Defuse(s string) string {
	s = strings.ReplaceAll(s, "<!", "<\u2060!")
	s = strings.ReplaceAll(s, "<@", "<\u2060@")
	s = atWord.ReplaceAllString(s, "$1@\u2060$2")
	s = broadcast.ReplaceAllStringFunc(s, func(m string) string {
		return m[:1] + "\u2060" + m[1:]
	})
	return s
}
