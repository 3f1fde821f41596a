package answer

import (
	"testing"
)

// A term of the trade that is no acronym is defined in running text, not
// in the glossary: asking what it means, quoted or not, in French or in
// English, is answered by the sentence that defines it.
func TestTermsAreDefinedFromTheirSentence(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Le schéma moselle parle de \"méta-besoin\". C'est quoi ce jargon ?",
		"The Moselle schéma mentions a 'méta-besoin'. What does it mean?",
		"bonjour, je révise mon partiel : que veut dire « méta-besoin » ?",
	}, "besoin englobant")
	answersAll(t, eng, []string{
		"Dans le schéma de l'Isère, qu'entend-on par « conférences familiales » ?",
		"What is a 'conférence familiale' according to the Isère plan?",
		"c'est quoi une conférence familiale ? on m'en a parlé en réunion",
	}, "entourage proche")
	answersAll(t, eng, []string{
		"c'est quoi le hors les murs ?",
		"what is meant by \"hors les murs\" in Moselle?",
		"Salut ! « hors les murs », ça désigne quoi exactement ?",
	}, "accueils hors établissement")
}

// A definition sentence answers what a term is, not what it costs, when
// it opens or how many places it has: those stay not found when the
// documents do not say.
func TestDefinitionsAnswerNoOtherFact(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"c'est quoi le budget prévu pour les conférences familiales en Isère ?",
		"what is the phone number of the comité des usagers?",
		"c'est quoi le nom de la personne qui anime les conférences familiales ?",
	})
}
