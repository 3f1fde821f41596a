package bot

import (
	"context"
	"strings"

	"schemabot/bot/chat"
)

// registerBuiltins adds the slash sub-commands the engine answers itself.
func (c *Core) registerBuiltins() {
	c.Register("fiche", "fiche <numéro> [département] — la fiche : objectifs, pilotes, partenaires, calendrier",
		func(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
			if len(args) == 0 {
				return chat.Reply{Answer: chat.Answer{Text: "Indiquez un numéro de fiche, par exemple `/schema fiche 12 isère`.", Lang: chat.French}, Ephemeral: true}, nil
			}
			ans, _ := c.engine.Ask(ctx, "fiche "+strings.Join(args, " "), chat.Conversation{})
			return c.remember(chat.Reply{Answer: ans}), nil
		})
	glossary := func(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
		if len(args) == 0 {
			return chat.Reply{Answer: chat.Answer{Text: "Indiquez un sigle, par exemple `/schema glossaire CRIP`.", Lang: chat.French}, Ephemeral: true}, nil
		}
		ans, _ := c.engine.Ask(ctx, "que veut dire "+strings.ToUpper(strings.Join(args, " "))+" ?", chat.Conversation{})
		return c.remember(chat.Reply{Answer: ans}), nil
	}
	c.Register("glossaire", "glossaire <sigle> — ce que veut dire un sigle (CRIP, ODPE…)", glossary)
	c.Register("sigle", "sigle <sigle> — comme glossaire", glossary)
}
