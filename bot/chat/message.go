package chat

// Message is one incoming chat message as an adapter translated it.
type Message struct {
	Platform string // "slack", "mattermost", "terminal"
	// ID identifies the message on its platform (Slack's channel+ts or event
	// id, Mattermost's post id); the core answers each ID once.
	ID      string
	Channel string
	// Thread is the root of the thread the reply goes to; it is also the
	// conversation key, so follow-ups in a thread keep their context.
	Thread string
	User   string
	Text   string // the user's text, with the mention of the bot removed
	// Direct is true for a direct message to the bot; the channel
	// allow-list does not apply to those.
	Direct bool
	// CatchUp is set by an adapter that found the message on a catch-up
	// and checked on the platform that no answer follows it: a claim on it
	// older than the lease and never delivered may then be taken over.
	CatchUp bool
}

// Button is an action offered under a reply (feedback, "mark done").
type Button struct {
	ID    string // action id, e.g. "feedback_up"
	Label string
	Value string
}

// Reply is what an adapter posts: an answer, and optionally an image and
// buttons.
type Reply struct {
	Answer
	// ID identifies the reply for feedback; set by the core.
	ID        string
	Image     []byte // PNG, e.g. the planning chart
	ImageName string
	Buttons   []Button
	// Ephemeral asks the adapter to show the reply to the asker only, when
	// the platform can.
	Ephemeral bool
}
