package reminder

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"schemabot/bot/chat"
	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

// ActionMilestoneDone is the action id of the "Marquer fait" buttons; their
// value is the milestone's calendar key.
const ActionMilestoneDone = "milestone_done"

// noPilot groups the milestones of fiches that name no pilot.
const noPilot = "Pilote non précisé"

// DigestID identifies the digest of a channel for a scheduled time. It is
// derived from both, so a process that restarts computes the same id, and it
// is written in the digest's footer so that a PostChecker can find it in the
// channel.
func DigestID(channel string, scheduled time.Time) string {
	h := sha256.Sum256([]byte(channel))
	return "dg-" + scheduled.UTC().Format("20060102T1504Z") + "-" + hex.EncodeToString(h[:4])
}

var digestIDRe = regexp.MustCompile(`dg-[0-9]{8}T[0-9]{4}Z-[0-9a-f]{8}`)

// FindDigestID returns the digest id a posted text carries in its footer, or
// "". A PostChecker can compare it with the id it is asked about.
func FindDigestID(text string) string { return digestIDRe.FindString(text) }

// footer is the discreet last line of a digest, carrying its id.
func footer(id string) string { return "_Rappel automatique · réf. " + id + "_" }

// Due returns the entries a digest lists, as of today: the dated milestones
// not done that end within horizonDays days from today (included), and those
// already overdue. Undated milestones are never due. Order: overdue first,
// then by end date, then as es lists them.
func Due(es []calendar.Entry, today time.Time, horizonDays int) []calendar.Entry {
	d := calendar.Day(today)
	limit := d.AddDate(0, 0, horizonDays)
	var out []calendar.Entry
	for _, e := range es {
		if !e.Dated() || e.Status == calendar.Done {
			continue
		}
		end := calendar.Day(e.End)
		if e.Status == calendar.Overdue || (!end.Before(d) && !end.After(limit)) {
			out = append(out, e)
		}
	}
	sortDue(out)
	return out
}

func sortDue(es []calendar.Entry) {
	sort.SliceStable(es, func(i, j int) bool {
		oi, oj := es[i].Status == calendar.Overdue, es[j].Status == calendar.Overdue
		if oi != oj {
			return oi
		}
		return es[i].End.Before(es[j].End)
	})
}

// frDate writes a civil date the French way.
func frDate(t time.Time) string { return t.Format("02/01/2006") }

// entryLine renders one milestone with its due date and citation.
func entryLine(lib *corpus.Library, e calendar.Entry, today time.Time) string {
	var when string
	switch {
	case e.Status == calendar.Done:
		when = "fait"
	case e.Status == calendar.Overdue:
		when = "**échu** depuis le " + frDate(e.End)
	case !e.Dated():
		when = "non daté"
	default:
		when = "échéance le " + frDate(e.End)
		if n := int(calendar.Day(e.End).Sub(calendar.Day(today)).Hours() / 24); n >= 0 && n <= 1 {
			when = []string{"échéance **aujourd'hui**", "échéance **demain**"}[n]
		}
	}
	what := e.Label
	if what == "" {
		what = "jalon " + strconv.Itoa(keyIndex(e.Key))
	}
	raw := ""
	if e.Raw != "" {
		raw = " (" + e.Raw + ")"
	}
	return fmt.Sprintf("• Fiche %s — %s%s : %s — _%s_", e.Fiche, what, raw, when, cite(lib, e))
}

// cite renders where an entry comes from: document, fiche, calendar line, page.
func cite(lib *corpus.Library, e calendar.Entry) string {
	parts := []string{docName(lib, e.Doc) + " (" + e.Doc + ")", "fiche " + e.Fiche}
	if e.Line > 0 {
		parts = append(parts, "ligne "+strconv.Itoa(e.Line))
	}
	if e.Page > 0 {
		parts = append(parts, "p. "+strconv.Itoa(e.Page))
	}
	return strings.Join(parts, ", ")
}

// keyIndex returns the 1-based index a calendar key ends with, or 0.
func keyIndex(key string) int {
	i := strings.LastIndexByte(key, '/')
	n, _ := strconv.Atoi(key[i+1:])
	return n
}

// byPilot groups entries by pilot, pilots in alphabetical order (ignoring
// case and accents) and the entries without pilot last. An entry with
// several pilots is listed under each: each team sees all it leads. Two
// spellings of one pilot ("Direction Enfance-Famille", "direction enfance
// famille") are one group, named as first met.
func byPilot(es []calendar.Entry) (pilots []string, groups map[string][]calendar.Entry) {
	groups = map[string][]calendar.Entry{}
	names := map[string]string{} // pilotKey -> the name shown
	for _, e := range es {
		ps := e.Pilots
		if len(ps) == 0 {
			ps = []string{noPilot}
		}
		seen := map[string]bool{}
		for _, p := range ps {
			p = strings.Join(strings.Fields(p), " ")
			k := pilotKey(p)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			name, ok := names[k]
			if !ok {
				name = p
				names[k] = p
				pilots = append(pilots, p)
			}
			groups[name] = append(groups[name], e)
		}
	}
	sort.SliceStable(pilots, func(i, j int) bool {
		if (pilots[i] == noPilot) != (pilots[j] == noPilot) {
			return pilots[j] == noPilot
		}
		return pilotKey(pilots[i]) < pilotKey(pilots[j])
	})
	return pilots, groups
}

// pilotKey is a pilot's name folded (case, accents) with punctuation and
// runs of spaces made one space, so that the spellings documents use for
// one service compare equal.
func pilotKey(p string) string {
	return strings.Join(strings.FieldsFunc(fold(p), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// maxButtonRunes keeps button labels within Slack's 75 characters.
const maxButtonRunes = 75

func doneButton(e calendar.Entry) chat.Button {
	what := e.Label
	if what == "" {
		what = e.Raw
	}
	label := "Marquer fait : fiche " + e.Fiche + " — " + what
	if r := []rune(label); len(r) > maxButtonRunes {
		label = string(r[:maxButtonRunes-1]) + "…"
	}
	return chat.Button{ID: ActionMilestoneDone, Label: label, Value: e.Key}
}

// Compose writes the digest of the milestones due (see Due) as of today:
// grouped by pilot, each line with its citation, a "Marquer fait" button per
// milestone, and the digest id in the footer. The text is defused.
func Compose(lib *corpus.Library, due []calendar.Entry, today time.Time, horizonDays int, id string) chat.Reply {
	today = calendar.Day(today)
	var b strings.Builder
	fmt.Fprintf(&b, "**Rappel des échéances du schéma au %s**\n", frDate(today))
	if len(due) == 0 {
		fmt.Fprintf(&b, "Aucun jalon n'arrive à échéance d'ici le %s et aucun jalon échu n'attend d'être marqué fait.\n",
			frDate(today.AddDate(0, 0, horizonDays)))
	} else {
		overdue := 0
		for _, e := range due {
			if e.Status == calendar.Overdue {
				overdue++
			}
		}
		summary := fmt.Sprintf("%s à échéance d'ici le %s, %s.",
			plural(len(due)-overdue, "jalon", "jalons"), frDate(today.AddDate(0, 0, horizonDays)),
			plural(overdue, "jalon échu non marqué fait", "jalons échus non marqués faits"))
		b.WriteString(strings.ToUpper(summary[:1]) + summary[1:] + "\n")
		pilots, groups := byPilot(due)
		for _, p := range pilots {
			fmt.Fprintf(&b, "\n**Pilote : %s**\n", p)
			for _, e := range groups[p] {
				b.WriteString(entryLine(lib, e, today) + "\n")
			}
		}
		// Said for every platform: the buttons (Slack) explain themselves,
		// and where a platform shows none (Mattermost) the command works.
		b.WriteString("\nUn jalon terminé ? Écrivez au bot `/schema fait <fiche> <n° du jalon> [document]`" +
			" (dans un canal : `@schemabot /schema fait …`).\n")
	}
	b.WriteString("\n" + footer(id))

	var buttons []chat.Button
	seen := map[string]bool{}
	for _, e := range due {
		if !seen[e.Key] {
			seen[e.Key] = true
			buttons = append(buttons, doneButton(e))
		}
	}
	return chat.Reply{
		Answer:  chat.Answer{Text: chat.Defuse(b.String()), Found: true, Lang: chat.French},
		ID:      id,
		Buttons: buttons,
	}
}

// plural writes "aucun jalon", "1 jalon" or "3 jalons".
func plural(n int, one, many string) string {
	switch n {
	case 0:
		return "aucun " + one
	case 1:
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
