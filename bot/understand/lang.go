package understand

import (
	"strings"
	"unicode"

	"schemabot/bot/chat"

	"schemabot/corpus"
)

// fold compares texts without case, accents or typographic variants.
func fold(s string) string { return corpus.Fold(s) }

var englishWords = map[string]bool{
	"what": true, "who": true, "when": true, "which": true, "where": true, "how": true, "why": true,
	"is": true, "are": true, "the": true, "does": true, "do": true, "of": true, "for": true,
	"and": true, "in": true, "stand": true, "mean": true, "means": true, "many": true, "much": true,
	"leads": true, "lead": true, "runs": true, "run": true, "charge": true, "due": true, "deadline": true,
	"show": true, "list": true, "tell": true, "me": true, "about": true, "action": false, "sheet": true,
	"plan": false, "goals": true, "aims": true, "aim": true, "at": true, "should": true, "will": true,
	"was": true, "were": true, "be": true, "set": true, "up": true, "supposed": true, "partners": true,
	"indicators": true, "objectives": true, "please": true, "can": true, "you": true, "it": true,
	"this": true, "that": true, "there": true, "any": true, "with": true, "to": true, "by": true,
	"responsible": false, "signed": true, "share": true, "led": true, "fall": true, "under": true,
	"pilots": true, "piloting": true, "piloted": true, "calendar": true, "when's": true, "who's": true, "what's": true,
	"their": true, "has": true, "have": true, "been": true, "they": true, "plans": true, "whats": true, "whos": true, "whens": true,
}

// questionWords weigh double: they say most about a question's language.
var questionWords = map[string]bool{"whats": true, "what": true, "who": true, "when": true, "which": true, "where": true, "how": true, "does": true,
	"quel": true, "quelle": true, "quels": true, "quelles": true, "qui": true, "quand": true, "que": true, "comment": true, "combien": true}

var frenchWords = map[string]bool{
	"quel": true, "quelle": true, "quels": true, "quelles": true, "qui": true, "quand": true,
	"que": true, "quoi": true, "est": true, "sont": true, "le": true, "la": true, "les": true,
	"de": true, "des": true, "du": true, "pour": true, "et": true, "en": true, "sur": true,
	"pilote": true, "signifie": true, "veut": true, "dire": true, "combien": true, "comment": true,
	"fiche": true, "fiches": true, "au": true, "aux": true, "un": true, "une": true, "dans": true,
	"prevu": true, "prevue": true, "ou": true, "il": true, "elle": true, "ce": true, "cette": true,
	"par": true, "avec": true, "echeance": true, "doit": true, "partenaires": true, "objectifs": true,
}

// otherWords are frequent words of the other languages colleagues may
// type in (German, Spanish, Italian, Portuguese) that French and English
// do not use.
var otherWords = map[string]bool{
	"wer": true, "was": false, "wann": true, "welche": true, "welcher": true, "wie": true, "der": true, "die": true, "das": true,
	"und": true, "ist": true, "ich": true, "nicht": true, "massnahme": true, "leitet": true, "fur": true, "mit": true, "den": true,
	"quien": true, "cuando": true, "cual": true, "cuales": true, "los": true, "las": true, "el": true, "ficha": true, "es": true,
	"dirige": false, "para": true, "como": true, "chi": true, "che": true, "quando": true, "il": false, "della": true, "gli": true,
	"scheda": true, "sono": true, "quem": true, "os": true, "da": true, "do": true, "uma": true, "um": true, "qual": true,
}

var otherQuestionWords = map[string]bool{"wer": true, "wann": true, "welche": true, "welcher": true, "quien": true, "cuando": true,
	"cual": true, "chi": true, "quando": true, "quem": true, "qual": true}

// langScores counts the English, French and other-language words of s,
// question words twice: they say most about a question's language.
func langScores(s string) (en, fr, other int) {
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		w = strings.Trim(w, "'")
		if i := strings.LastIndexByte(w, '\''); i >= 0 {
			if w[i+1:] == "s" { // "users'", "Isère's"
				en++
			}
			w = w[i+1:]
		}
		n := 1
		if questionWords[w] || otherQuestionWords[w] {
			n = 2
		}
		if englishWords[w] {
			en += n
		}
		if frenchWords[w] {
			fr += n
		}
		if otherWords[w] {
			other += n
		}
	}
	return en, fr, other
}

// OtherLanguage reports a question written in neither French nor English.
func OtherLanguage(s string) bool {
	en, fr, other := langScores(s)
	return other >= 2 && other > en && other > fr
}

// DetectLang tells whether a question is English or French (the default).
func DetectLang(s string) string {
	en, fr, _ := langScores(s)
	if en > fr {
		return chat.English
	}
	return chat.French
}
