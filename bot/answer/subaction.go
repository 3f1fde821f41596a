package answer

import (
	"regexp"
	"strconv"
	"strings"

	"schemabot/corpus"
)

// A fiche may number the actions it is made of within itself ("4.1",
// "4.2" in fiche 4's table of actions, each row with its own pilot,
// partners and deadline); the corpus keeps which row each item comes
// from ("Direction des systèmes d'information (action 4.2)", "4.2 Mettre
// en service… : Décembre 2025"). A reader who asks about "l'action 4.2"
// of a schéma that has no fiche 4.2 asks about that row of fiche 4.

// reRowItem reads the row number an item is tagged with: the number that
// opens it ("4.2 Mettre en service…") or the one in its closing
// parenthesis ("… (action 4.2)").
var reRowItem = regexp.MustCompile(`^(\d{1,2}\.\d{1,2})\s|\(action (\d{1,2}\.\d{1,2})\)$`)

// rowOf returns the sub-action number an item is tagged with, "" when
// none.
func rowOf(text string) string {
	m := reRowItem.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return ""
	}
	return m[1] + m[2]
}

// subActionFiche returns the fiche of d that holds sub-action n as one of
// its actions, narrowed to what that row says, or nil when n is no
// dotted number or no fiche holds it.
func subActionFiche(d *corpus.Document, n string) *corpus.Fiche {
	dot := strings.LastIndexByte(n, '.')
	if dot <= 0 {
		return nil
	}
	parent := d.Fiche(n[:dot])
	if parent == nil || !holdsRow(parent.Actions, n) {
		return nil
	}
	f := *parent
	f.Actions = narrowField(parent.Actions, n)
	f.Pilots = narrowField(parent.Pilots, n)
	f.Partners = narrowField(parent.Partners, n)
	f.Calendar = narrowField(parent.Calendar, n)
	f.Milestones = nil
	for _, m := range parent.Milestones {
		if rowOf(m.Label) == n {
			f.Milestones = append(f.Milestones, m)
		}
	}
	return &f
}

// holdsRow reports whether a field has an item of row n.
func holdsRow(fl corpus.Field, n string) bool {
	for _, it := range fl.Items {
		if rowOf(it.Text) == n {
			return true
		}
	}
	return false
}

// narrowField keeps the items of row n of a field whose items are tagged
// by row; a field that tags none (the objectives of the whole fiche)
// stays whole.
func narrowField(fl corpus.Field, n string) corpus.Field {
	tagged := false
	var items []corpus.Item
	for _, it := range fl.Items {
		row := rowOf(it.Text)
		tagged = tagged || row != ""
		if row == n {
			items = append(items, it)
		}
	}
	if !tagged {
		return fl
	}
	fl.Items = items
	return fl
}

// A fiche may also number the actions it lists ("Action 5 : Poursuivre la
// recherche…", with the steps of each below it); "l'action 5 de cette
// fiche" asks for that one.

// reNumberedAction is an item that opens a numbered action of a fiche:
// "Action 5 : …", "Action n°5 – …", "5. …" is not one (a list's order).
var reNumberedAction = regexp.MustCompile(`(?i)^\**action\s*(?:n\s*°\s*)?(\d{1,2})\**\s*[:.–—-]`)

// actionWithin returns f narrowed to its action numbered n and the items
// below it, or nil when f numbers no such action.
func actionWithin(f *corpus.Fiche, n int) *corpus.Fiche {
	items := f.Actions.Items
	for i, it := range items {
		m := reNumberedAction.FindStringSubmatch(strings.TrimSpace(it.Text))
		if m == nil || m[1] != strconv.Itoa(n) {
			continue
		}
		end := i + 1
		for end < len(items) && items[end].Level > it.Level && !reNumberedAction.MatchString(strings.TrimSpace(items[end].Text)) {
			end++
		}
		c := *f
		c.Actions.Items = items[i:end:end]
		return &c
	}
	return nil
}
