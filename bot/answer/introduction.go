package answer

import (
	"context"
	"regexp"
	"strings"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
)

// reIntroduction is a sentence in which the asker says who they are
// ("je suis assistante familiale en Moselle", "je viens d'arriver à la
// DEJS", "Hi, I'm a researcher", "journalist here", "inspectrice ASE
// ici"), folded, after a greeting.
var reIntroduction = regexp.MustCompile(`^(?:(?:bonjour|bonsoir|salut|slt|coucou|hello|hi|hey|good morning)\b[ ,!.]*)*` +
	`(?:je suis |je viens d|je travaille |j'arrive |j'ai pris |moi c'est |nouvelle? (?:arrivee? |ici|dans)|` +
	`i'm (?:a |an |the |new |from |with |working )|i am (?:a |an |the |new |from |with )|i work |i've just |i just (?:joined|started)|i left |i'm just )` +
	`|^(?:(?:bonjour|bonsoir|salut|slt|hello|hi|hey)\b[ ,!.]*)*[^,;:?]{2,60} (?:ici|here)[ .!]*$`)

// reGreeting is the greeting a message opens with, folded.
var reGreeting = regexp.MustCompile(`^(?:(?:bonjour|bonsoir|salut|slt|coucou|hello|hi|hey|good morning)\b[ ,!.]*)+`)

// introduced splits a message that opens with sentences in which the
// asker says who they are from the rest, which asks: the asker's job,
// service or story are no words of the question ("je viens d'arriver à
// la DEJS" would find the fiches the DEJS pilots). The département the
// introduction names is kept, as the place the question is about, when
// the rest names none.
func (e *Engine) introduced(text string, conv chat.Conversation) (string, bool) {
	sentences := messageSentences(text)
	n := 0
	for n < len(sentences)-1 {
		s := sentences[n]
		f := corpus.Fold(strings.ToLower(s))
		// "Je suis CPE, on nous parle du dispositif internat": a clause
		// after who the asker is may say what the question is about.
		if strings.ContainsAny(s, "?？") || !reIntroduction.MatchString(f) || strings.Contains(reGreeting.ReplaceAllString(f, ""), ",") {
			break
		}
		n++
	}
	if n == 0 {
		return "", false
	}
	rest := strings.Join(sentences[n:], " ")
	// Only a service named by its acronym ("je viens d'arriver à la
	// DEJS") steers the search away from the question: the asker's trade
	// told in words often says what the question is about ("je suis
	// assistante familiale… qu'est-ce que le schéma prévoit pour le
	// placement familial ?").
	intro := e.understand(strings.Join(sentences[:n], " "), conv)
	if len(intro.Acronyms) == 0 || understand.PointsBack(" "+corpus.Fold(rest)+" ") {
		return "", false
	}
	q := e.understand(rest, conv)
	// "… y a quoi pour nous ?": a question that names nothing of its own
	// asks about what the introduction says.
	if len(q.Fiches) == 0 && q.Overview == "" && len(q.Acronyms) == 0 && !e.hasTopic(q.Topic, q.Lang) {
		return "", false
	}
	if len(q.Docs) == 0 {
		for _, id := range intro.Docs {
			if d := e.lib.Doc(id); d != nil && d.Departement != "" {
				rest += " (" + d.Departement + ")"
			}
		}
	}
	return rest, true
}

// askIntroduced answers a message that opens with who the asker is by
// its question alone, when that finds an answer.
func (e *Engine) askIntroduced(ctx context.Context, text string, conv chat.Conversation, partial func(string)) (chat.Answer, chat.Conversation, bool) {
	rest, ok := e.introduced(text, conv)
	if !ok {
		return chat.Answer{}, conv, false
	}
	a, c := e.AskStream(ctx, rest, conv, partial)
	if !a.Found {
		return chat.Answer{}, conv, false
	}
	a.Question = text
	return a, c, true
}
