package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// A fiche may end on its plan of actions, a table whose rows are numbered
// from 1 within the fiche and say who carries each action and by when,
// apart from the pilot the fiche names for itself:
//
//	Fiche 2.4 – Soutenir les familles d'accueil
//	Pilote de la fiche : Service de l'accueil familial
//	…
//	N°   Action                                   Pilote               Échéance
//	1    Ouvrir un relais d'écoute pour les       Cellule de soutien   1er trimestre
//	     assistants familiaux                     aux familles         2027
//	2    Publier un guide de l'accueil            Service              Fin 2026
//	                                              communication
//
// The rows are no fiches of their own: subActionLines writes them as the
// fiche's actions ("Action 1 – Ouvrir un relais…"), each pilot tagged
// with its action ("Cellule de soutien aux familles (action 1)") after
// the fiche's own pilots, each deadline led by its action so that it
// becomes a milestone named for it.

// ownedAndDue reports a header whose only fields, after the number and
// the actions' title, are who carries each action and when it is due:
// two fields, too few for columnHeader to take any table, but together
// they make a plan of actions.
func ownedAndDue(cols []column) bool {
	var pilot, due, other int
	for _, c := range cols[1:] {
		switch c.kind {
		case fNone:
		case fPilots:
			pilot++
		case fCalendar:
			due++
		default:
			other++
		}
	}
	return pilot == 1 && due == 1 && other == 0
}

// reFicheHeading is a fiche's heading with its whole label: "Fiche 2.4 –
// …", "Fiche-action n° 12 : …".
var reFicheHeading = regexp.MustCompile(`(?i)^fiches?(?:[\s-]+action)?\s*(?:n°|no\.?|n\.|numéro)?\s*(\d{1,2}(?:\.\d{1,2})?)\s*[:.–—-]\s*\S`)

// planRowsFiche returns the label of the fiche a table whose rows are
// numbered 1, 2, 3… belongs to: the fiche whose heading comes last before
// the table's header at line i, no further than a fiche's opening fields
// stretch. It is "" for rows numbered otherwise or a table under no
// fiche's heading, such as a plan printed as one table whose rows are the
// fiches.
func planRowsFiche(lines []string, i int, rows []*tableRow) string {
	for k, r := range rows {
		if strings.TrimSuffix(r.id, ".") != strconv.Itoa(k+1) {
			return ""
		}
	}
	const reach = 80 // lines of pilots, stakes and objectives before the plan
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		t := strings.TrimSpace(strings.TrimPrefix(lines[k], "\f"))
		if m := reFicheHeading.FindStringSubmatch(t); m != nil {
			if reTOCPage.MatchString(t) {
				return ""
			}
			return m[1]
		}
	}
	return ""
}

// reTOCPage is the end of a table of contents' entry: its page number
// after leader dots or a run of spaces.
var reTOCPage = regexp.MustCompile(`(?:\.{3,}|…|\s{2,})\s*\d{1,3}$`)

// planRowName is how a row numbered within its fiche is named: "Action 2".
func planRowName(id string) string {
	return "Action " + strings.TrimSuffix(id, ".")
}
