package answer

import (
	"context"
	"strings"
	"testing"

	"schemabot/bot/chat"
)

// Words around a question (a greeting, the meeting it is for, a second
// sentence) lower nothing: each family asks one thing in several
// wordings, with chat before or after it.
func TestChatAroundTheQuestion(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		questions []string
		want      string
	}{
		{[]string{
			"salut ! qui porte le PPE dans le schema isere ? on a un copil jeudi et je dois mettre un nom de service",
			"Qui pilote le projet pour l'enfant en Isère ? C'est pour le comité de pilotage de demain.",
			"bonjour, on prépare une note au DGA : qui pilote la fiche sur le projet pour l'enfant en isère ?",
		}, "Accompagnement de l'Enfant et de sa Famille"},
		{[]string{
			"hey, quick one: who runs fiche 24 in Isère? need it for my team meeting",
			"Qui pilote la fiche 24 en Isère ? Je monte le comité de pilotage demain.",
			"coucou, petite question pour le copil : qui pilote la fiche 24 de l'isère ? merci !",
		}, "Directeur de l'Éducation"},
	} {
		for _, q := range tt.questions {
			a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
			if !a.Found || !strings.Contains(a.Text, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", q, a.Text, tt.want)
			}
		}
	}
	// Chat around a question the documents do not answer still finds nothing.
	findsNothing(t, eng, []string{
		"qui est le maire de grenoble ? c'est pour une invitation",
		"bonjour ! quel est le numéro de téléphone du pilote de la fiche 3 en isère ? je dois l'appeler demain",
		"quick one: what is the total budget of the Isère plan? for my report",
	})
}

// A follow-up that names another schéma asks the thread's question again
// of that schéma, in several wordings.
func TestFollowUpInAnotherSchema(t *testing.T) {
	eng := testEngine(t)
	for _, follow := range []string{"et en moselle ?", "and in moselle? same period roughly", "et dans l'autre schéma ?"} {
		_, conv := eng.Ask(context.Background(), "combien de mineurs non accompagnés en isère ?", chat.Conversation{})
		a, _ := eng.Ask(context.Background(), follow, conv)
		if !a.Found || !strings.Contains(a.Text, "362") {
			t.Errorf("%q after the Isère figure:\n got %q\nwant Moselle's 362", follow, a.Text)
		}
		for _, c := range a.Citations {
			if c.Doc != "moselle-2019-2023" {
				t.Errorf("%q cites %s, want Moselle only", follow, c.Doc)
			}
		}
	}
	// A follow-up on a fiche named by its number keeps the number.
	_, conv := eng.Ask(context.Background(), "qui pilote la fiche 12 en Isère ?", chat.Conversation{})
	if a, _ := eng.Ask(context.Background(), "et en Moselle ?", conv); !a.Found || !strings.Contains(a.Text, "Fiche action n°12") {
		t.Errorf("fiche 12 then Moselle: %q", a.Text)
	}
}

// Chat markup, a word for the document, a place in lower case, a request
// for a person's name: each in several wordings.
func TestChatWordings(t *testing.T) {
	eng := testEngine(t)
	found := []struct {
		questions []string
		want      string
	}{
		{[]string{"qui pilote la fiche *12* de l'isère ? merci d'avance", "qui pilote la fiche **12** en Isère ?", "qui pilote la fiche _12_ (isère) ?"}, "Médecin départemental de PMI"},
		{[]string{"what's CRIP in the Isère doc?", "c'est quoi la CRIP dans le doc isère ?", "CRIP in the isère pdf, what does it stand for?"}, "Cellule de recueil des informations préoccupantes"},
	}
	for _, tt := range found {
		for _, q := range tt.questions {
			if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); !a.Found || !strings.Contains(a.Text, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", q, a.Text, tt.want)
			}
		}
	}
	findsNothing(t, eng, []string{
		"le schéma de la savoie prévoit quoi pour les jeunes majeurs ?",
		"et dans le nord, qui pilote l'accueil familial ?",
		"c'est qui concretement le chef de service APE en isère ? son nom",
		"who's the current ASE director in moselle? name please",
		"quel est le nom du médecin départemental de PMI en isère ?",
	})
	// A name of service is no person's name; private funding is a topic.
	for _, q := range []string{
		"who owns the unaccompanied minors action in isère? need a name of service for the slide",
		"Moselle - who contributes to the innovation / private funding fiche?",
	} {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); !a.Found {
			t.Errorf("%q: not found: %q", q, a.Text)
		}
	}
}

// "Lesquelles…", "which of those…" ask among the thread's last list.
func TestAmongTheLastList(t *testing.T) {
	eng := testEngine(t)
	for _, follow := range []string{"lesquelles ont des échéances en 2021 ?", "which of those are due in 2021?", "parmi elles, lesquelles arrivent à terme en 2021 ?"} {
		first, conv := eng.Ask(context.Background(), "quelles fiches concernent les jeunes majeurs en isère ?", chat.Conversation{})
		if !first.Found || !strings.Contains(first.Text, "Fiche 25") {
			t.Fatalf("first list: %q", first.Text)
		}
		a, _ := eng.Ask(context.Background(), follow, conv)
		if !a.Found || !strings.Contains(a.Text, "Fiche 25") || strings.Contains(a.Text, "Fiche 1 ") || strings.Contains(a.Text, "Fiche 8 ") {
			t.Errorf("%q after the jeunes majeurs list:\n%s", follow, a.Text)
		}
	}
}

// How a schéma was made is read from its method section; a two-part
// question keeps the schéma its first part named; an acronym of another
// document is not defined by a phrase whose initials happen to spell it.
func TestMethodAndTwoParts(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		questions []string
		want      []string
		absent    string
	}{
		{[]string{"le schéma isère a été élaboré comment ?", "how was the Isère plan put together?", "c'est quoi la méthode d'élaboration du schéma isère ?"}, []string{"participation"}, ""},
		{[]string{"how was the Moselle schéma put together? what was the methodology", "la méthodologie du schéma moselle ?", "comment a été élaboré le schéma de la moselle ?"}, []string{"3 phases"}, ""},
		{[]string{"le schéma moselle il est signé par qui et il couvre quelles années ?", "who signed the Moselle schéma and what years does it cover?", "en moselle qui a signé l'édito et c'est sur quelle période ?"}, []string{"WEITEN", "2019-2023"}, "2020-2024"},
		{[]string{"les fiches de l'OS 5 en isère c'est lesquelles ?", "liste des fiches de l'objectif strat 5 en isère", "which fiches are under strategic objective 5 in Isère?"}, []string{"Fiche 28", "Fiche 30"}, ""},
	} {
		for _, q := range tt.questions {
			a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
			ok := a.Found
			for _, w := range tt.want {
				ok = ok && strings.Contains(a.Text, w)
			}
			if !ok || tt.absent != "" && strings.Contains(a.Text, tt.absent) {
				t.Errorf("%q\n got %q\nwant %q", q, a.Text, tt.want)
			}
		}
	}
	for _, q := range []string{"que veut dire CDIP dans le schéma isère ?", "CDIP en isère c'est quoi ?", "what does CDIP stand for in the Isère plan?"} {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); strings.Contains(a.Text, "domaines d'intervention") {
			t.Errorf("%q: a phrase of another meaning given as CDIP's: %q", q, a.Text)
		}
	}
}

// Asked for one field of a topic, the fiche whose title names the topic
// answers, not one that only lists it among its partners.
func TestTitleNamesTheTopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"quels partenaires pour la commission formation de l'ODPE en Isère ?",
		"Bonjour. Qui participe à la commission formation de l'ODPE en Isère, à part le pilote ?",
		"commission formation ODPE isère : acteurs associés ?",
	}, "Fiche action n°30")
}

// French names a département with its article: "de l'Isère", "de la
// Moselle", "de l'Ain", never "de Isère".
func TestDepartementsWithTheirArticle(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"qui pilote la fiche sur la pêche dans l'Ain ?", "pas de celui de l'Ain"},
		{"le schéma de la Drôme prévoit quoi pour les MNA ?", "pas de celui de la Drôme"},
		{"quel est le budget ?", "à partir des schémas de l'Isère (2020-2024) et de la Moselle (2019-2023)"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if a.Found || !strings.Contains(a.Text, tt.want) || strings.Contains(a.Text, "de Isère") {
			t.Errorf("%q\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
}

// The verb that relates fiches to a topic carries no topic: "touchent à",
// "deal with", "traitent de".
func TestRelationVerbsInLists(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"tu sais quelles fiches du schema isere touchent à la PMI ?",
		"which Isère fiches deal with the PMI?",
		"les fiches isère qui traitent de la PMI stp",
	} {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); !a.Found || !strings.Contains(a.Text, "référentiel départemental d'intervention de la PMI") {
			t.Errorf("%q\n got %q\nwant the PMI fiches", q, a.Text)
		}
	}
}

// A question of a thread that points back at its fiche ("that one", "it",
// "elle", "there") asks about that fiche, in several wordings; a list of
// one fiche is that fiche.
func TestPointingBackAtTheFiche(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, tt := range []struct{ first, then string }{
		{"qui pilote la fiche 16 en Isère ?", "when is the new set-up supposed to be in place there?"},
		{"who leads fiche 16 in Isère?", "and when is that one due?"},
		{"qui pilote la fiche 16 en isère ? c'est pour le copil", "elle court jusqu'à quand ?"},
		{"quelles fiches concernent les MNA en Isère ?", "et elle se termine quand ?"},
		{"what's changing with the MNA reception in Isère?", "when is that supposed to kick in?"},
		{"In Isère, what's changing for unaccompanied minors? thx", "ok and when does that start?"},
	} {
		_, conv := eng.Ask(ctx, tt.first, chat.Conversation{})
		a, _ := eng.Ask(ctx, tt.then, conv)
		if !a.Found || !strings.Contains(a.Text, "Semestre 1 / 2020 – Semestre 2 / 2021") {
			t.Errorf("%q then %q:\n got %q\nwant fiche 16's calendar", tt.first, tt.then, a.Text)
		}
	}
	// After a list of several fiches, "it" is not guessed.
	_, conv := eng.Ask(ctx, "which fiches are about the PMI in Isère?", chat.Conversation{})
	if a, _ := eng.Ask(ctx, "when is it due?", conv); a.Found {
		t.Errorf("“when is it due?” after a list of several fiches: found %q", a.Text)
	}
	// Without a fiche in the thread, "it" points at nothing.
	if a, _ := eng.Ask(ctx, "when is it due?", chat.Conversation{}); a.Found {
		t.Errorf("“when is it due?” alone: found %q", a.Text)
	}
}

// An acronym asked about in the first sentence is defined, whatever
// follows it (where it was seen, other acronyms next to it).
func TestAcronymThenContext(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"CDIP c quoi ? je le vois partout dans les fiches de la moselle", "Cellule départementale des informations préoccupantes"},
		{"in the Moselle doc what is CDIP? keeps coming up next to ASE and PMI", "Cellule départementale des informations préoccupantes"},
		{"que veut dire ODPE ? on en parle au copil jeudi, avec la PMI", "Observatoire départemental de la protection de l'enfance"},
		{"what's ODPE short for?", "Observatoire départemental de la protection de l'enfance"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if !a.Found || !strings.Contains(strings.ToLower(a.Text), strings.ToLower(tt.want)) {
			t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
}

// A question on the schéma as a whole that continues a thread about one
// schéma is about that schéma.
func TestOverviewFollowUpKeepsTheSchema(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, tt := range []struct{ first, then string }{
		{"le schéma de la moselle couvre quelle période ?", "et il a été adopté quand ?"},
		{"what period does the Moselle plan cover?", "and when was it adopted?"},
		{"qui a signé l'édito du schéma de la moselle ? merci", "et il a été adopté quand, du coup ?"},
	} {
		_, conv := eng.Ask(ctx, tt.first, chat.Conversation{})
		a, _ := eng.Ask(ctx, tt.then, conv)
		if !a.Found || !strings.Contains(a.Text, "19 mars 2019") || strings.Contains(a.Text, "Isère") {
			t.Errorf("%q then %q:\n got %q\nwant Moselle's adoption only", tt.first, tt.then, a.Text)
		}
	}
}

// How a schéma was made: its numbered steps, and the detail the question
// asks for besides (a consultancy, a number of phases), in several wordings.
func TestMethodDetails(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"Comment le schéma moselle a été élaboré ? en combien de phases ?", []string{"Phase 1 : Etat des lieux", "Phase 3 : Définition et déclinaison"}},
		{"how was the Moselle plan drawn up? what were the steps?", []string{"Phase 2 : Evaluation de la politique"}},
		{"comment a été élaboré le schéma isère ? y a eu un cabinet ?", []string{"ENEIS by KPMG"}},
		{"how was the Isère plan put together? was a consultancy involved?", []string{"ENEIS by KPMG"}},
	} {
		a, _ := eng.Ask(ctx, tt.q, chat.Conversation{})
		for _, w := range tt.want {
			if !a.Found || !strings.Contains(a.Text, w) {
				t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, w)
			}
		}
	}
	// "It" after a question on a schéma is the schéma.
	_, conv := eng.Ask(ctx, "what period does the Isère schema cover?", chat.Conversation{})
	if a, _ := eng.Ask(ctx, "how was it put together? was a consultancy involved?", conv); !strings.Contains(a.Text, "ENEIS by KPMG") {
		t.Errorf("follow-up on the method:\n got %q", a.Text)
	}
	// "Et les orientations c'est lesquelles ?" asks for the axes, not a list of fiches.
	_, conv = eng.Ask(ctx, "le schéma de la moselle couvre quelle période ?", chat.Conversation{})
	if a, _ := eng.Ask(ctx, "et les grandes orientations c'est lesquelles ?", conv); !strings.Contains(a.Text, "Orientation 1") || strings.Contains(a.Text, "Isère") {
		t.Errorf("orientations follow-up:\n got %q", a.Text)
	}
}

// An axis named by what it is about lists its fiches, in several wordings
// and both languages; a topic no axis title holds lists no axis.
func TestAxisByItsTopic(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"Which Isère action sheets sit under the objective about securing children's pathways and avoiding breakdowns?", "Objectif stratégique 4"},
		{"list the Isère action sheets under the objective about developing and regulating the care/reception offer", "Objectif stratégique 3"},
		{"quelles fiches relèvent de l'orientation sur la prévention en moselle ?", "Orientation 1"},
		{"bonjour, les fiches de l'isère sous l'objectif consacré aux professionnels, svp ?", "Objectif stratégique 5"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
	if a, _ := eng.Ask(context.Background(), "which Isère fiches are under the objective about space tourism?", chat.Conversation{}); strings.Contains(a.Text, "Objectif stratégique") {
		t.Errorf("no axis is about space tourism:\n got %q", a.Text)
	}
}

// Sentences after the one that asks are context: they weigh less than the
// topic the question names, in several wordings.
func TestContextAfterTheQuestion(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"ya qui dans les contributeurs de la fiche innovation moselle ? on voudrait associer des boites privees",
		"who are the contributors of the Moselle innovation fiche? asking because we'd like to involve private companies",
		"contributeurs de la fiche sur l'innovation en moselle ? c'est pour un partenariat avec des entreprises du coin",
	}, "Fiche action n°13")
}

// "The last fiche" is the last of the document, or of the axis named.
func TestLastFiche(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"What indicators does Moselle use in its last fiche?", "Fiche action n°14"},
		{"qui pilote la dernière fiche du schéma de l'isère ?", "Fiche action n°32"},
		{"c'est quoi la dernière fiche action de l'objectif stratégique 1 en isère ?", "Fiche action n°7"},
		{"the final action sheet of the Isère plan: who leads it?", "Fiche action n°32"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
}

// Fiches piloted by a body named in other words than the document's, or
// among other words, in several wordings; a body no fiche has lists none.
func TestFichesByABodyInOtherWords(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"In Moselle, which action sheets have the departmental child protection observatory among their pilots?", []string{"Fiche 13", "Fiche 14"}},
		{"Bonjour, je prépare une réunion : quelles fiches du 38 sont pilotées par la conseillère technique politiques sociales ?", []string{"Fiche 15", "Fiche 28"}},
		{"which Isère fiches are led by the social policy technical adviser?", []string{"Fiche 15", "Fiche 28"}},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		for _, w := range tt.want {
			if !a.Found || !strings.Contains(a.Text, w) {
				t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, w)
			}
		}
	}
	if a, _ := eng.Ask(context.Background(), "quelles fiches de la moselle sont pilotées par la direction régionale des douanes ?", chat.Conversation{}); strings.Contains(a.Text, "pilotées par") {
		t.Errorf("no fiche is piloted by the customs:\n got %q", a.Text)
	}
}

// Everyday words for a fiche's fields and for milestones of a year, each
// in several wordings: hedges ("anything", "specifically") narrow nothing.
func TestEverydayWordsForFields(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, tt := range []struct{ q, want string }{
		{"Anything in the Isère plan scheduled specifically for 2023?", "Fiche 32"},
		{"qu'est-ce qui est calé en 2023 dans le schéma isérois ?", "Fiche 32"},
		{"is there something planned for 2023 in Isère?", "Fiche 32"},
		{"What's the plan in Moselle's innovation fiche?", "Déclinaisons opérationnelles"},
		{"en moselle, sur la fiche innovation, qu'est-ce qu'ils vont faire ?", "Déclinaisons opérationnelles"},
	} {
		a, _ := eng.Ask(ctx, tt.q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
	for _, then := range []string{"et qui d'autre est dans le coup ?", "who else is involved?", "et qui d'autre ?"} {
		_, conv := eng.Ask(ctx, "qui pilote la fiche 12 en Isère ?", chat.Conversation{})
		if a, _ := eng.Ask(ctx, then, conv); !strings.Contains(a.Text, "Équipe mobile de la DEJS") {
			t.Errorf("%q after the pilot of fiche 12:\n got %q\nwant its partners", then, a.Text)
		}
	}
}

// Everyday words of the trade, English and French slang, find the fiche
// the document names in its own words.
func TestTradeWordsFindTheFiche(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"who pilots the Isère fiche on dry exits from care?", "Fiche action n°26"},
		{"who owns the action on harmonising how preoccupying information reports are processed in Isère?", "Fiche action n°32"},
		{"qu'est-ce qu'ils vont faire en Isère pour les gamins en très grande difficulté qui relèvent aussi du soin et du handicap ?", "Fiche action n°22"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
}

// What a question needs that the documents do not hold (a person's name, a
// coming date) is not answered with what they hold instead; a service's
// name is no person's name.
func TestNeedsWhatTheDocumentsDoNotHold(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, q := range []string{
		"c qui le chef du service PMI et parentalité en isere ? j'ai besoin du nom pour l'invit",
		"who heads the PMI service in Isère? I need her name for the invitation",
		"when is the next steering committee meeting for the Moselle plan? need the date for my calendar",
		"c'est quand la prochaine réunion du comité de pilotage du schéma de la moselle ?",
	} {
		if a, _ := eng.Ask(ctx, q, chat.Conversation{}); a.Found {
			t.Errorf("%q: found %q, want not found", q, a.Text)
		}
	}
	for _, q := range []string{
		"who owns the PPE action sheet in the Isère plan? need the service name for my onboarding deck",
		"qui pilote la fiche PPE en isère ? il me faut le nom du service",
	} {
		if a, _ := eng.Ask(ctx, q, chat.Conversation{}); !a.Found || !strings.Contains(a.Text, "Accompagnement de l'Enfant et de sa Famille") {
			t.Errorf("%q:\n got %q\nwant the pilot service", q, a.Text)
		}
	}
}

// A statement that names a fiche, then a question on one of its fields:
// the sentence that asks decides; everyday words for actions, pilots and
// indicators, in several wordings.
func TestStatementThenQuestion(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"Bonjour, dans le schéma de l'Isère il y a une fiche sur les violences conjugales. Concrètement ils prévoient quoi ?", "Former les professionnels"},
		{"In the Isère plan there's a fiche on domestic violence. What exactly are they doing?", "Former les professionnels"},
		{"Il existe une fiche sur les violences conjugales dans le schéma isérois. Ça consiste en quoi ?", "Former les professionnels"},
		{"Salut, qui tient la fiche sur les violences conjugales côté Isère ?", "PMI Parentalité"},
		{"isère, violences conjugales : comment on saura si ça marche ?", "Indicateurs de réalisation"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
}

// "Fiches actions" is a noun, not a question about actions; a bare fiche
// number opens a question however it is followed; modal verbs ("devait",
// "should") are no topic.
func TestChatShapesOfFicheQuestions(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"il y a combien de fiches actions en tout dans le schéma de l'Isere ?", "32 fiches"},
		{"combien de fiches-actions compte le schéma isérois ?", "32 fiches"},
		{"la 14 c porté par qui ?", "Observatoire départemental de la protection"},
		{"la 14, c'est piloté par qui ?", "Observatoire départemental de la protection"},
		{"commission formation de l'ODPE en Isère : elle devait être constituée quand ?", "Semestre 2 / 2019"},
		{"when should the ODPE training commission have been set up in Isère?", "Semestre 2 / 2019"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
}

// When a question names two fields, a field word that a fiche title holds
// is the topic ("les réunions d'information des partenaires"), the other
// is asked, in several wordings.
func TestFieldWordInTheTopic(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"réunions d'info des partenaires (Isère) : on suit quoi comme indicateurs ?",
		"Isère, the fiche on information meetings for partners: which indicators?",
		"les réunions d'information des partenaires en isère, quels indicateurs ?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, "Fiche action n°7") || !strings.Contains(strings.ToLower(a.Text), "indicateurs") {
			t.Errorf("%q:\n got %q\nwant fiche 7's indicators", q, a.Text)
		}
	}
}

// A list asked of both schémas with words that only say what a fiche is
// about ("dédiée aux") lists the fiches of both; "le but" asks objectives.
func TestBothSchemasAndPurpose(t *testing.T) {
	eng := testEngine(t)
	a, _ := eng.Ask(context.Background(), "Est-ce que les deux schémas ont une fiche dédiée aux mineurs non accompagnés ? lesquelles ?", chat.Conversation{})
	if !strings.Contains(a.Text, "Fiche 16") || !strings.Contains(a.Text, "Fiche 11") {
		t.Errorf("both schémas' MNA fiches:\n got %q", a.Text)
	}
	for _, q := range []string{
		"mère-enfant → centres parentaux en Isère : c'est quoi le but exactement ?",
		"centres parentaux en isère, quel but ?",
	} {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); !strings.Contains(a.Text, "Renforcer la place des pères") {
			t.Errorf("%q:\n got %q\nwant fiche 17's objectives", q, a.Text)
		}
	}
}

// More everyday wordings, each a family: the schéma's aims are its axes, or
// the priorities it announces;
// "qd" asks when; "sous la responsabilité de qui", "in the driver's seat"
// ask for pilots; "what's the point" asks for objectives; "à la maison",
// "dans la durée" are the documents' "à domicile", "pérenniser".
func TestMoreEverydayWordings(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"moselle : les grandes priorités / finalités du schéma c'est quoi en résumé ?", "réponses de qualité"},
		{"quelles sont les finalités du schéma de la moselle ?", "Orientation 1"},
		{"harmonisation du traitement des IP (isère) : le bilan est attendu qd ?", "Semestre 1 / 2023"},
		{"et l'équipe mobile santé en isère, elle est sous la responsabilité de qui ?", "Médecin départemental de PMI"},
		{"Who's in the driver's seat for the Isère fiche on children's health follow-up?", "Médecin départemental de PMI"},
		{"who's in the driving seat for the Isère fiche on children's health follow-up?", "Médecin départemental de PMI"},
		{"what's the point of the Isère sheet on sport, culture and leisure?", "Les objectifs"},
		{"pour que les retours à la maison après placement tiennent dans la durée, la moselle s'appuie sur quels contributeurs ?", "Fiche action n°12"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
}

// A list says why a fiche is on it when its title does not name the topic:
// the item that does, quoted from the fiche.
func TestListSaysWhy(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"les conférences familiales, elles apparaissent dans quelles fiches des deux schémas ?",
		"dans quelles fiches parle-t-on des conférences familiales ?",
		"dans quelles fiches moselle il est question de conférences familiales ?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, "Fiche 6") || !strings.Contains(a.Text, "conférences familiales pour renforcer") {
			t.Errorf("%q:\n got %q\nwant fiche 6 with the item that names the topic", q, a.Text)
		}
	}
}

// A département named by its number, as people say it: "dans le 64",
// "in the 64", "(64)", "le schéma 64".
func TestDepartementsByNumber(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"combien d'informations préoccupantes dans le 64 en 2022 ?", "Pyrénées-Atlantiques"},
		{"How many informations préoccupantes did the CRIP receive in 2022 in the 64?", "Pyrénées-Atlantiques"},
		{"hi, who pilots the CRIP protocol in the 64? thanks", "Pyrénées-Atlantiques"},
		{"qui pilote le protocole CRIP dans le schéma 64 ?", "Pyrénées-Atlantiques"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q\n got %q\nwant a schéma of the %s not held", tt.q, a.Text, tt.want)
		}
	}
	for _, q := range []string{"how many MNA were placed in the 57 at the end of 2018?", "combien de MNA placés fin 2018 dans le schéma 57 ?"} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, "362") {
			t.Errorf("%q: got %q", q, a.Text)
		}
	}
}

// "Which of those are led by …?" after a list keeps that list's fiches,
// an acknowledgement before it or not, and counts them.
func TestAmongTheLastListByPilot(t *testing.T) {
	eng := testEngine(t)
	for _, follow := range []string{
		"nice. which of those are led by the conseillère technique politiques sociales?",
		"lesquelles sont pilotées par la conseillère technique politiques sociales ?",
		"ok merci, parmi elles lesquelles sont pilotées par la conseillère technique politiques sociales ?",
	} {
		_, conv := eng.Ask(context.Background(), "which action sheets fall under objective 5 in Isère?", chat.Conversation{})
		a, _ := eng.Ask(context.Background(), follow, conv)
		if !a.Found || !strings.Contains(a.Text, "(3)") || !strings.Contains(a.Text, "Fiche 28") || !strings.Contains(a.Text, "Fiche 30") || strings.Contains(a.Text, "Fiche 15") {
			t.Errorf("%q after the objective 5 list:\n%s", follow, a.Text)
		}
	}
}

// What falls due over a period: a fiche the question names by its title is
// due as a whole; actions asked over a period are what falls due then; a
// schéma whose fiches give no dates says so.
func TestDueOverAPeriod(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"qu'est-ce qui doit être bouclé en 2020 sur le PPE côté Isère ?",
		"what's due in 2020 on the PPE in Isère?",
		"bonjour, le PPE en isère : qu'est-ce qui doit être finalisé en 2020 ? merci",
	}, "Refondre la trame", "notice d'utilisation")
	answersAll(t, eng, []string{
		"Quelles actions du schéma isérois ont un bilan de dispositif prévu en 2021 ?",
		"which Isère actions have a review planned in 2021?",
		"salut, quelles actions isère prévoient un bilan en 2021 ?",
	}, "Bilan du dispositif « centres parentaux »")
	for _, q := range []string{"quelles actions sont prévues en 2022 en Moselle ?", "what's due in 2021 in Moselle?", "Moselle : qu'est-ce qui doit être bouclé en 2020 ?"} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if a.Found || !strings.Contains(a.Text, "Moselle") || strings.Contains(a.Text, "Isère") {
			t.Errorf("%q: got %q, want the Moselle schéma's fiches said undated", q, a.Text)
		}
	}
}

// A body a fiche's actions name is involved in that fiche, as much as one
// its partners list.
func TestBodyNamedInActions(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Which Isère fiches involve the Charmeyran?",
		"quelles fiches de l'isère impliquent le Charmeyran ?",
		"le Charmeyran apparaît dans quelles fiches isère ? merci",
	}, "Fiche 17", "Fiche 21")
}

// "And classic AEMO?" after a figure: the same figure of what the
// follow-up names, an acronym alone included; a definition asked in words
// stays a definition.
func TestFigureFollowUpOfAnotherThing(t *testing.T) {
	eng := testEngine(t)
	answersInThread(t, eng, []string{"How many kids were in reinforced AEMO in Isère in 2018?"}, []string{"and classic AEMO?"}, "1 616")
	answersInThread(t, eng, []string{"combien d'enfants suivis en AEMO renforcée en Isère en 2018 ?"}, []string{"et en AED ?"}, "973")
	answersInThread(t, eng, []string{"how many children were followed in reinforced AEMO in Isère in 2018? for a slide"}, []string{"ok thanks. and in AED?"}, "973")
	answersInThread(t, eng, []string{"How many kids were in reinforced AEMO in Isère in 2018?"}, []string{"c'est quoi l'AED ?"}, "Action éducative à domicile")
}

// Two fiches about as close whose titles both name the topic: the field of
// each is given, not one and a "see also".
func TestTwoFichesNamedByTheTopic(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"moselle hors les murs : c quoi les indicateurs de realisation prevus ?",
		"Les indicateurs de réalisation de la fiche hors-les-murs en Moselle, vous les avez ?",
		"what are the indicators for the Moselle hors-les-murs offer? thx",
	}, "Fiche action n°9", "Fiche action n°10", "semi-autonomie")
}

// "The last one", "la première" after a list name that fiche of the list.
func TestRankInTheLastList(t *testing.T) {
	eng := testEngine(t)
	list := []string{"In Moselle's plan, which action sheets have the ODPE among their pilots?"}
	answersInThread(t, eng, list, []string{"and what are the indicators for the last one?"}, "Fiche action n°14")
	answersInThread(t, eng, list, []string{"et qui pilote la première ?"}, "Fiche action n°8")
	answersInThread(t, eng, list, []string{"ok, the second one: who are its partners?"}, "Fiche action n°13")
}

// A schéma named by a period the documents only mention (the previous one)
// gets none of the held documents' fiches, axes or counts.
func TestPastSchemaIsNotHeld(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"How many action sheets did the previous Moselle schéma (2013-2018) have?",
		"le schéma 2013-2018 de la Moselle avait combien d'orientations ?",
		"moselle, schéma 2013-2018 : quelles étaient les fiches sur les MNA ?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if a.Found || !strings.Contains(a.Text, "2013-2018") || strings.Contains(a.Text, "14 fiches") {
			t.Errorf("%q: got %q", q, a.Text)
		}
	}
	answersAll(t, eng, []string{"combien de fiches action dans le schéma moselle 2019-2023 ?"}, "14 fiches")
}

// "Is there a similar fiche in the Isère plan?" in a thread about a
// Moselle fiche: the Isère fiche closest to it.
func TestCounterpartFiche(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"Hi! In Moselle, what are they planning to do to strengthen the Projet pour l'Enfant and the whole 'démarche projet'?"},
		[]string{"is there a similar fiche in the Isère plan?", "et côté Isère, il y a une fiche équivalente ?", "ok thanks. anything comparable in the other schéma?"},
		"Conforter la mise en œuvre du Projet pour l'enfant")
}

// Topics no schéma treats, asked in English words of the trade the
// documents never use, are not found; a date a law carries is no date of
// what a fiche plans.
func TestTopicsNoSchemaTreats(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, q := range []string{
		"What does the Isère schéma say about preventing drug and alcohol use among teenagers in care?",
		"what about cannabis use by teenagers in MECS in Isère?",
		"is there anything on alcohol and drug prevention in the Moselle plan? asking for our prevention team",
		"does the Moselle plan give a date for its protocole de passage à la majorité?",
		"la Moselle donne-t-elle une date pour le protocole de passage à la majorité ?",
		"quand est prévu le protocole de passage à la majorité en Moselle ? c'est pour le copil",
		// Moselle names no firm; the method it followed is no answer.
		"which consultancy helped Moselle draw up its schéma?",
		"quel cabinet a aidé la Moselle à élaborer son schéma ? c'est pour un benchmark",
		"quel cabinet de conseil a accompagné la Moselle pour élaborer son schéma ?",
	} {
		if a, _ := eng.Ask(ctx, q, chat.Conversation{}); a.Found {
			t.Errorf("%q: found %q, want not found", q, a.Text)
		}
	}
}

// What the asker says of themselves before a colon is context: the
// question after it names the topic.
func TestSelfBeforeAColon(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, q := range []string{
		"coucou, je fais un point PMI pour la nouvelle équipe : quelles fiches du schéma isérois parlent de la PMI ?",
		"je fais un point : quelles fiches du schéma isérois parlent de la PMI ?",
		"I'm onboarding new staff: which Isère fiches deal with the PMI?",
		"on prépare une réunion d'équipe : quelles fiches de l'Isère concernent la PMI ?",
	} {
		if a, _ := eng.Ask(ctx, q, chat.Conversation{}); !a.Found || !strings.Contains(a.Text, "Définir un référentiel départemental d'intervention de la PMI") {
			t.Errorf("%q:\n got %q\nwant the PMI fiches", q, a.Text)
		}
	}
}

// A département written by its initials after an article ("dans les PO",
// "in the BdR plan") is that département; initials in a sentence's words
// otherwise ("le PO de l'école") are not.
func TestDepartementByItsInitials(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"c quoi le taux de pauvreté dans les PO d'après le schéma ?", "pas de celui des Pyrénées-Orientales"},
		{"le schéma des BdR prévoit quoi pour les MNA ?", "pas de celui des Bouches-du-Rhône"},
		{"what's the poverty rate in the PO plan?", "Pyrénées-Orientales"},
	} {
		a, _ := eng.Ask(context.Background(), tt.q, chat.Conversation{})
		if a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q\n got %q\nwant %q", tt.q, a.Text, tt.want)
		}
	}
	for _, q := range []string{"le PO de l'enfant en Moselle, c'est quoi ?", "Moselle: who signs the PO?"} {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); strings.Contains(a.Text, "Pyrénées-Orientales") {
			t.Errorf("%q is about Moselle, got %q", q, a.Text)
		}
	}
}

// A compass point of a covered département ("le nord mosellan", "le nord
// de la Moselle") is a part of it, not the Nord département; "le schéma du
// Nord" still is.
func TestCompassPointOfACoveredPlace(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Bonjour, on m'a parlé d'un projet d'antenne du CDE dans le nord mosellan, c'est dans le schéma ?",
		"une antenne du CDE dans le nord de la Moselle, c'est prévu ?",
		"is there a plan for a CDE branch in the nord mosellan area?",
	}, "Thionville")
	findsNothing(t, eng, []string{"le schéma du Nord prévoit quoi pour les MNA ?"})
}

// "The last one" after a schéma's axes is its last axis.
func TestLastAxisAfterTheAxes(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"Can someone sum up how the Moselle plan is organised - what are the big orientations?",
	}, []string{
		"thanks! which action sheets sit under the last one?",
		"merci, et quelles fiches sous la dernière ?",
		"ok. list the fiches of the last one please",
	}, "Fiche 13", "Fiche 14")
}

// "Et côté Moselle, il y a quelque chose sur X ?" in a thread about a
// field of an Isère fiche asks what Moselle plans on X, whatever field
// the thread was on, and whether X is the thread's topic or another.
func TestAnythingOnATopicInTheOtherSchema(t *testing.T) {
	eng := testEngine(t)
	answersInThread(t, eng, []string{
		"Je cherche ce que l'Isère prévoit pour le suivi santé des enfants placés, c'est quoi les objectifs ?",
		"et qui pilote ça ?",
	}, []string{
		"et côté Moselle il y a quelque chose sur la santé des enfants confiés ?",
		"and does Moselle plan anything similar on the health of children in care?",
		"ok merci. et en Moselle, un truc sur la santé des enfants confiés ?",
	}, "référence santé")
	answersInThread(t, eng, []string{
		"Qu'est-ce que l'Isère prévoit pour l'aide éducative à domicile ?",
		"d'accord. et comment on saura si ça marche, il y a des indicateurs ?",
	}, []string{
		"et en Moselle, ils ont prévu un truc equivalent sur l'AEMO ?",
		"and in Moselle, anything on AEMO?",
		"et la Moselle, quelque chose sur l'AEMO ?",
	}, "reconfiguration de l'AEMO")
}

// A follow-up about another schéma that names its own topic ("et en Isère,
// qui pilote le PPE ?" after Moselle's fiche 6) asks for that schéma's
// fiche on the topic, not the fiche of the same number there; one that
// names nothing ("et en Isère ?") keeps the number.
func TestFollowUpInTheOtherSchemaNamesItsTopic(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"en moselle pour le PPE (fiche 6) c quoi les indicateurs de réalisation ?", "et les contributeurs ?"}
	answersInThread(t, eng, prior, []string{
		"ok. et en isere c qui qui pilote le PPE ?",
		"and in Isère, who leads the PPE work?",
		"et côté Isère, le projet pour l'enfant, qui pilote ?",
	}, "Conforter la mise en œuvre du Projet pour l'enfant")
	answersInThread(t, eng, []string{"qui pilote la fiche 6 en Moselle ?"}, []string{"et en Isère ?"}, "Mieux protéger les enfants dans les situations de violences conjugales")
}
