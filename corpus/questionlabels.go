package corpus

import "strings"

// A département that writes for families rather than for services heads
// each field of its fiches with a question, and words it its own way:
// "Qui pilote ?", "Avec qui ?", "Que voulons-nous atteindre ?", "Que
// va-t-on faire ?", "Comment saura-t-on que c'est réussi ?", "Combien
// cela coûte-t-il ?". No list of whole questions can follow every
// wording, so a question is read by its parts: an interrogative word
// first, then either a noun of the label vocabulary ("Quels
// partenaires ?", "Selon quel calendrier ?") or a verb that says what the
// field answers (reaching an aim, doing, paying). questionLabel reads the
// wordings it knows first; questionByWords is its fallback.

// interrogatives are the words a question label opens on, folded.
var interrogatives = map[string]bool{
	"qui": true, "que": true, "quoi": true, "quel": true, "quels": true, "quelle": true, "quelles": true,
	"comment": true, "pourquoi": true, "quand": true, "combien": true, "qu'est-ce": true,
}

// questionPrepositions open a question only before an interrogative ("Avec
// quels soutiens ?", "À quelle date ?", "Selon quel calendrier ?"): "Avec
// les communes" is an item of a list.
var questionPrepositions = map[string]bool{"avec": true, "pour": true, "a": true, "sur": true, "par": true, "selon": true, "dans": true, "de": true}

// questionVerbs are the stems of the verbs that tell what a question label
// asks when it names no field: aiming at a result is the objectives,
// doing is the actions, costing is the budget. A question that both aims
// and does ("Que voulons-nous faire ?") asks what will be done.
var questionVerbs = []struct {
	kind  fieldKind
	stems []string
}{
	{fActions, []string{"faire", "fera", "ferons", "ferez", "faisons", "fait-on", "realis", "mettr", "entrepren", "engag"}},
	{fObjectives, []string{"atteindre", "atteint", "vis", "voul", "veu", "obten", "attend", "cherch", "souhait", "ambition", "esper", "amelior", "chang"}},
	{fOther, []string{"cout", "budget", "financ", "depens"}},
}

// questionByWords reads a question label of any wording: its opening
// interrogative, then the kind its nouns name, else the kind its verbs
// ask. A budget question ("Combien cela coûte-t-il ?", "Quel
// financement ?") is a field of its own (fOther), so that its figures
// join no other field. It returns fNone when the words point to no kind,
// or to two.
func questionByWords(words []string) fieldKind {
	if len(words) < 2 {
		return fNone
	}
	opener := words[0]
	if questionPrepositions[opener] && interrogatives[words[1]] {
		opener = words[1]
		// "Avec quels soutiens ?", "Avec qui travailler ?": whom the
		// action is led with.
		if words[0] == "avec" {
			return fPartners
		}
	} else if !interrogatives[opener] && !(strings.HasPrefix(opener, "qu'") && strings.Contains(opener, "-")) {
		// "Qu'allons-nous faire ?" opens on a question, its subject
		// after the verb; "Qu'il s'agisse…" does not.
		return fNone
	}
	// "Pourquoi s'engager ici ?": what calls for the action, whatever
	// its verb.
	if opener == "pourquoi" {
		return fDiagnostic
	}
	nouns := fNone
	for _, w := range words[1:] {
		w = strings.Trim(w, ",;")
		if len([]rune(w)) < 4 || questionWords[w] || interrogatives[w] {
			continue
		}
		k := vocabularyKind(w)
		if k == fIndRealisation || k == fIndImpact {
			k = fIndicators
		}
		if k == fNone {
			continue
		}
		if nouns != fNone && nouns != k {
			return fNone
		}
		nouns = k
	}
	if nouns != fNone {
		return nouns
	}
	for _, v := range questionVerbs {
		for _, w := range words {
			for _, s := range v.stems {
				if strings.HasPrefix(strings.TrimPrefix(w, "qu'"), s) {
					return v.kind
				}
			}
		}
	}
	return fNone
}
