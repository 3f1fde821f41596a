package chat

// Conversation is what a thread remembers between questions, so that a
// follow-up ("et les partenaires ?") is understood.
type Conversation struct {
	Doc   string // document last talked about
	Fiche string // label of the fiche last talked about, "" when none
	Field string // field last asked for
	Lang  string
	// Question is the last question asked in full, so that "et en
	// Moselle ?" asks it again of another schéma; Named is set when it
	// named its fiche, which a follow-up then keeps ("et en Moselle ?"
	// after "qui pilote la fiche 12 ?" is fiche 12 of Moselle).
	Question string
	Named    bool
	// List holds the fiches of the thread's last list ("doc/label"), so
	// that "lesquelles se terminent en 2021 ?" picks among them.
	List []string
	// Figure is the thread's last question that asked for a figure, so
	// that "and Isère, similar numbers?" asks it again after other turns.
	Figure string `json:",omitempty"`
	// Due is the period of the thread's last list of what falls due
	// ("2021-01-01/2021-12-31"), so that "et l'année d'après ?" and "et en
	// 2023 ?" ask the same list of another period.
	Due string `json:",omitempty"`
}
