package bot

import "schemabot/bot/chat"

// The conversation types live in package chat; these names keep the
// adapters' spelling while they move to it.
type (
	Message      = chat.Message
	Button       = chat.Button
	Reply        = chat.Reply
	Answer       = chat.Answer
	Citation     = chat.Citation
	Conversation = chat.Conversation
)

// Languages an answer is written in.
const (
	French  = chat.French
	English = chat.English
)

// NamesSources reports an answer text that already says where it comes from.
func NamesSources(text string) bool { return chat.NamesSources(text) }

// CleanInput turns a chat message into a plain question.
func CleanInput(s string) string { return chat.CleanInput(s) }

// Defuse makes text safe to post.
func Defuse(s string) string { return chat.Defuse(s) }
