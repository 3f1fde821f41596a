package bot

import "schemabot/bot/chat"

// Message keys for what the bot says on its own, in French and English.
const (
	msgNotFound = iota
	msgRateLimited
)

var messages = map[int][2]string{
	msgNotFound: {
		"Je n'ai pas trouvé cela dans le schéma.",
		"I did not find this in the schéma.",
	},
	msgRateLimited: {
		"Vous posez beaucoup de questions à la suite : merci de patienter une minute avant la prochaine.",
		"You are asking many questions in a row: please wait a minute before the next one.",
	},
}

func msg(lang string, key int) string {
	m := messages[key]
	if lang == chat.English {
		return m[1]
	}
	return m[0]
}
