package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// A schéma may come as the annex of the council's deliberation that
// adopts it: visas ("VU …"), "CONSIDÉRANT …", "DÉLIBÈRE :" or "DÉCIDE :",
// articles ("Article 1er : Le schéma … est adopté"), the vote and "Pour
// extrait conforme" over the Président's name. The session's date is the
// plan's adoption, whatever dates the visas cite (an earlier schéma's
// deliberation), and the name under the extract is who signs it.

// reDecides is the line that opens a deliberation's decision.
var reDecides = regexp.MustCompile(`(?i)^(?:le\s+conseil\s+d[ée]partemental,?\s+|l['’]assembl[ée]e\s+d[ée]partementale,?\s+|apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée],?\s+)?(?:d[ée]lib[èe]re|d[ée]cide|arr[êe]te)\s*:?\s*$`)

// reSessionDate is the date of the session in a deliberation's head:
// "Séance publique du 11 décembre 2028", "réuni le lundi 3 juin 2024".
var reSessionDate = regexp.MustCompile(`(?i)\b(?:s[ée]ance|r[ée]uni[es]*|session|d[ée]lib[ée]ration\s+n°?\s*\S+)[^.;]{0,60}?\b(?:du|le)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?((?:1er|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d\d)`)

// deliberation returns the adoption date and the signatory of the
// deliberation the document opens with, "" for what it does not give,
// and the line (0-based) after its last one, 0 when the document opens
// with none. Only a deliberation that adopts or approves something in
// its articles counts.
func (p *parser) deliberation() (date string, dateSpan Span, name, role string, nameSpan Span, end int) {
	limit := min(len(p.lines), 200)
	decide := -1
	for i := 0; i < limit; i++ {
		if reDecides.MatchString(cleanText(p.lines[i])) {
			decide = i
			break
		}
	}
	if decide < 0 {
		return
	}
	// The articles, up to the signature.
	adopts, sign := false, -1
	for i := decide + 1; i < min(len(p.lines), decide+80); i++ {
		f := Fold(cleanText(p.lines[i]))
		if containsAny(f, "adopte", "approuve", "arrete") {
			adopts = true
		}
		if strings.HasPrefix(f, "pour extrait conforme") || strings.HasPrefix(f, "pour ampliation") || strings.HasPrefix(f, "fait et delibere") {
			sign = i
			if strings.HasPrefix(f, "pour") {
				break
			}
		}
	}
	if !adopts {
		return
	}
	for i := 0; i < decide; i++ {
		t := cleanText(p.lines[i])
		// A visa cites earlier acts and their dates.
		if f := Fold(t); strings.HasPrefix(f, "vu ") || strings.HasPrefix(f, "considerant") {
			continue
		}
		if m := reSessionDate.FindStringSubmatch(t); m != nil {
			date, dateSpan = m[1], Span{StartLine: i + 1, EndLine: i + 1}
			break
		}
	}
	end = decide + 1
	if sign < 0 {
		return
	}
	for i := sign + 1; i < min(len(p.lines), sign+8); i++ {
		t := strings.TrimRight(cleanText(p.lines[i]), " ,")
		if t == "" {
			continue
		}
		end = i + 1
		if strings.Contains(Fold(t), "president") && role == "" {
			role = t
			continue
		}
		if looksLikeName(t) {
			name, nameSpan = properName(t), Span{StartLine: i + 1, EndLine: i + 1}
			break
		}
	}
	return
}

// properName writes a name's words in capitals as a name is written
// elsewhere: "Jean-Michel BERTHON" → "Jean-Michel Berthon".
func properName(t string) string {
	words := strings.Fields(t)
	for k, w := range words {
		if strings.ToUpper(w) != w || len([]rune(w)) < 2 {
			continue
		}
		r := []rune(strings.ToLower(w))
		up := true
		for j := range r {
			if up {
				r[j] = unicode.ToUpper(r[j])
			}
			up = r[j] == '-' || r[j] == '\''
		}
		words[k] = string(r)
	}
	return strings.Join(words, " ")
}
