package corpus

import "strings"

// A calendar cell of a word processor's table may hold all of a fiche's
// milestones on one line, each "what : when", set apart by dashes:
// "Antenne ouverte : 2027 – Bilans systématiques : dès 2026 – Évaluation :
// 2029". Read whole, the line is one milestone whose label runs over the
// others and whose date is the last one.

// dashedMilestones splits such a line into its milestones, or returns nil
// when the line is not one: fewer than two items, an item without its
// colon, or fewer than two items that end on their own time. A dash inside an item's label
// ("Département – communes : 2027") or inside its time ("2026 – 2027")
// stays in the item: a piece without a colon is the end of the time
// before it when it is a time, else the start of the label after it.
func dashedMilestones(text string) []string {
	for _, sep := range []string{" – ", " — ", " - "} {
		pieces := strings.Split(text, sep)
		if len(pieces) < 2 {
			continue
		}
		var items []string
		carry := ""
		for _, piece := range pieces {
			if carry != "" {
				piece, carry = carry+sep+piece, ""
			}
			if !strings.Contains(piece, ":") {
				if _, isTime := ParsePeriod(strings.TrimSpace(piece)); isTime && len(items) > 0 {
					// "… : 2026 – 2027": the rest of the time before.
					items[len(items)-1] += sep + piece
				} else {
					carry = piece
				}
				continue
			}
			items = append(items, piece)
		}
		if carry != "" {
			if len(items) == 0 {
				return nil
			}
			items[len(items)-1] += sep + carry
		}
		if len(items) < 2 {
			return nil
		}
		// Each item says what is due after its colon; a recurring one
		// ("Bilan : chaque année") may have no date, but two items at
		// least must, or the dashes are no list of milestones.
		dated := 0
		for i, it := range items {
			label, raw := splitMilestone(it)
			if label == "" || raw == "" {
				return nil
			}
			if _, ok := leadingPeriod(raw); ok {
				dated++
			}
			items[i] = strings.TrimSpace(it)
		}
		if dated < 2 {
			return nil
		}
		return items
	}
	return nil
}
