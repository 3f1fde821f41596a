package answer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/retrieval"
)

// How people type: words cut short, a sentence of context before the
// question, English words that look like French ones. Each family asks one
// thing in several wordings, one with chat around it.
func TestWordsAsTyped(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		name      string
		questions []string
		want      string
	}{
		{"words cut short", []string{
			"qui pilote la fiche violences conj en isère ?",
			"isère, les violences conj avec des enfants : c qui le pilote ?",
			"bjr ! pr les enfants exposés aux violences conj en isere, qui pilote svp ?",
		}, "PMI Parentalité"},
		{"a verb before \"avec qui\" asks for partners, with chat after the question", []string{
			"en isère, pour les violences conjugales, le département travaille avec qui ?",
			"violences conjugales en Isère : on collabore avec qui ?",
			"salut ! côté isère on bosse avec qui sur les violences conjugales ? je prépare une réunion",
		}, "Services de police et gendarmerie"},
		{"an objective named by its number where the axes are objectives", []string{
			"Les fiches de l'objectif 5 en Isère, ce sont lesquelles ?",
			"isère objectif 5 : quelles fiches ? je reprends le pôle formation",
			"which action sheets fall under objective 5 in Isère?",
		}, "Mettre en place une commission « formation »"},
		{"an objective of a fiche named by number stays the fiche's", []string{
			"quels sont les objectifs de la fiche 5 en isère ?",
			"isère fiche 5, objectifs ?",
			"what are the objectives of fiche 5 in Isère? for my onboarding",
		}, "décrochage scolaire"},
		{"a list of fiches asked before context", []string{
			"Quelles fiches du schéma de l'Isère portent directement sur la PMI ? je prépare une réunion avec les puéricultrices",
			"Isère : quelles fiches sur la PMI ? on fait une réunion d'équipe demain",
			"which fiches deal with the PMI in Isère? we have a team meeting on Monday",
		}, "Mettre en œuvre la démarche Petits Pas"},
		{"an acronym the text prints with dots and spells out before", []string{
			"PIPPI c'est quoi déjà ? c'est cité dans le schéma moselle pour l'évaluation",
			"what does PIPPI stand for in the Moselle plan?",
			"c quoi le programme pippi ?",
		}, "Programme d'Intervention Pour Prévenir"},
		{"which actions, of the one fiche whose title the topic names", []string{
			"which actions on domestic violence in Isère?",
			"quelles actions pour les enfants exposés aux violences conjugales en isère ?",
			"salut, quelles actions contre les violences conjugales en Isère ? je suis à la PMI",
		}, "Engager un travail partenarial avec les forces de l'ordre"},
		{"the actions of the fiche a question names by its topic, chat after it", []string{
			"Moselle, la fiche sur l'évaluation continue tout au long du parcours : quelles actions ?",
			"in Moselle, the fiche on continuous assessment: which actions?",
			"la fiche sur l'évaluation continue en moselle, elle prévoit quelles actions ? je bosse sur le PPE",
		}, "Intégrer une dimension évaluative partagée"},
		{"fiches on a topic one axis's title holds whole", []string{
			"List the Isère action sheets aimed at supporting professionals, please",
			"quelles fiches pour accompagner les professionnels en isère ?",
			"isère : les fiches qui accompagnent les professionnels ? je fais le plan de formation",
		}, "Fiche 31"},
		{"which actions, of several fiches on the topic", []string{
			"quelles actions pour la PMI en isère ?",
			"which actions about the PMI in Isère?",
			"bonjour, quelles actions concernent la PMI en isère ? merci",
		}, "Mettre en œuvre la démarche Petits Pas"},
		{"an acronym set apart by a dash, its full name asked", []string{
			"OPP — what is that in the Isère plan?",
			"OPP - c'est quoi dans le schéma isère ?",
			"OPP — what's the full name? saw it in a court letter",
			"c'est quoi le nom complet de l'OPP ? on m'en parle en réunion",
		}, "Ordonnance de placement provisoire"},
		{"a field asked in a second question, after the topic asked alone", []string{
			"on va suivre comment les réunions d'info des partenaires en Isère ? quels indicateurs ?",
			"les réunions d'information des partenaires en isère ? c'est quoi les indicateurs ?",
			"salut ! les réunions d'info partenaires (isère) ? on mesure quoi ? je prépare le bilan",
		}, "Nombre de réunions d'information à destination des partenaires"},
		{"a field asked after a fiche's title that holds another field's word", []string{
			"the information meetings for partners in Isère: how will they be evaluated?",
			"les réunions d'info des partenaires en isère, on les évalue comment ?",
			"Isère's partner information meetings — what do they track? asking for the ODPE report",
		}, "Nombre de réunions d'information à destination des partenaires"},
		{"knowing verbs around a question are chat", []string{
			"vous savez combien de MNA étaient placés en Moselle fin 2018 ?",
			"Coucou, sauriez-vous combien de placements MNA en Moselle fin 2018 ?",
			"savez-vous combien de MNA étaient accueillis en Moselle fin 2018 ? c'est pour un point",
		}, "362 fin 2018"},
		{"a count of something one fiche holds, the fiche named by its title", []string{
			"internat scolaire en Isère : combien d'établissements ?",
			"the boarding school scheme (internat scolaire) in Isère - how many schools take part?",
			"salut, l'internat scolaire côté isère, ça concerne combien d'établissements ? c'est pour une réunion",
		}, "8 établissements"},
		{"the towns where something took place", []string{
			"où se sont tenues les conférences de territoire en Moselle ?",
			"In which towns were Moselle's territorial conferences held?",
			"salut, les conférences de territoire du schéma 57, elles ont eu lieu où ? je fais un historique",
		}, "Forbach Saint-Avold"},
		{"a verb that involves someone is the topic; the question after it asks the field", []string{
			"en Moselle comment ils comptent associer les familles au PPE ? quelles actions concrètes ?",
			"comment la Moselle veut-elle associer la famille à la démarche PPE ? actions concrètes ?",
			"PPE en Moselle : comment associer plus les familles ? des actions concrètes ?",
			"bonjour, pour associer les familles au PPE en moselle, qu'est-ce qui est prévu concrètement ?",
		}, "conférences familiales"},
		{"the aims of a schéma named by the word its part on them is headed with", []string{
			"For a briefing: what are the big priorities (finalités) of the Moselle schéma?",
			"quelles sont les finalités du schéma de la Moselle ?",
			"salut, les finalités du schéma mosellan en 3 lignes stp ? c'est pour mon oral",
		}, "La volonté d'engager des réponses de qualité"},
		{"the firm that helped draw the schéma up", []string{
			"Which consultancy helped Isère draw up its schéma?",
			"which consulting firm did Isère work with to draw up the plan? for a benchmark",
			"quel cabinet a accompagné l'Isère pour l'élaboration de son schéma ?",
		}, "ENEIS by KPMG"},
		{"an acronym asked right after the context it was seen in", []string{
			"dans les fiches de l'isère on voit partout « services ASO », ASO c quoi ?",
			"on voit ASO partout dans les fiches isère, ASO c'est quoi ?",
			"les services ASO de l'Isère, ASO ça veut dire quoi ?",
			"les services ASO de l'Isère, ASO c'est quoi comme service ?",
		}, "Action sociale"},
		{"an acronym asked what kind of thing it is", []string{
			"le référentiel CREAI qu'on utilise en Isère, CREAI c'est quoi comme organisme ?",
			"CREAI c quoi comme structure ?",
			"en Isère, CREAI ça veut dire quoi ?",
		}, "Centre régional d'études"},
		{"what a schéma intends to do about something asks for its actions", []string{
			"What does Isère intend to do about briefing partners on the danger situations?",
			"what does Isère plan to do about information meetings for partners?",
			"hi, quick one: Isère, information meetings for partners on spotting danger, what do they intend to do?",
		}, "Développer les réunions d'information animées"},
		{"concrete actions of a fiche named by a word of its title", []string{
			"for a briefing: what are the concrete actions under Moselle's innovation fiche?",
			"la fiche innovation de la Moselle, concrètement ça prévoit quoi ?",
			"hello, the Moselle fiche on innovation, what concrete steps does it plan? for my team",
		}, "mécénat"},
		{"a field of the fiche a word beside \"fiche\" names", []string{
			"How will Moselle measure progress on the MNA fiche? which indicators?",
			"la fiche MNA en Moselle, quels indicateurs ?",
			"salut ! moselle, fiche MNA : on suit quoi comme indicateurs ? c'est pour le bilan",
		}, "Nombre de mineurs non accompagnés accueillis en FJT"},
		{"children supported by the ASE are those it takes in charge", []string{
			"By how much did the number of children supported by ASE rise in Isère between 2014 and 2018?",
			"how much did the number of children supported by the ASE go up in Isère, 2014 to 2018?",
			"hi! Isère: growth of the number of children supported by the ASE between 2014 and 2018? for a slide",
		}, "16.4%"},
		{"who steers a fiche", []string{
			"In Moselle, who steers the action on making preventive services more relevant and better used across territories?",
			"who steers the Moselle action on the relevance of the prevention offer across territories?",
			"hi, the Moselle fiche on the prevention offer in the territories: who is it steered by?",
		}, "Comité de pilotage départemental du Schéma des services aux familles"},
		{"what a département will do about a topic asks for the actions", []string{
			"What will Isère do about training staff on the family-situation assessment framework?",
			"qu'est-ce que l'isère va faire pour former les pros au référentiel d'évaluation des situations familiales ?",
			"Isère, the assessment framework training: what are they going to do about it? new trainer here",
		}, "Diffusion du nouveau programme de formation"},
		{"whether a plan does anything on a topic asks for the actions", []string{
			"Hospital social worker here. Does the Isère plan do anything on access to mental health care for kids in care?",
			"does Isère do anything about mental health care for children in care?",
			"is the Isère plan doing anything on access to mental health care for kids in care?",
		}, "Centre Hospitalier Alpes Isère"},
		{"context before the question", []string{
			"salut, je prepare le copil de jeudi sur le PPE. cote isere, la fiche PPE elle vise quoi comme objectifs ?",
			"Je reprends ce chantier lundi. En Isère, la fiche sur le PPE a quels objectifs ?",
			"bonjour. on refait nos outils de suivi. isère : les objectifs de la fiche projet pour l'enfant ?",
		}, "Harmoniser les modalités de mise en œuvre du PPE"},
		{"a fiche named by its title's words amid chat", []string{
			"pour mon tableau de bord j'ai besoin de savoir qui porte la démarche petits pas en isère",
			"dans le cadre de notre réunion d'équipe de lundi, c'est qui qui pilote la démarche Petits Pas côté Isère ?",
			"hello, on fait un point sur la PMI demain, qui a la main sur la démarche petits pas en isère ?",
		}, "Puéricultrice référente technique"},
		{"a count of axes with an adjective", []string{
			"je dois presenter le schema moselle en 5 min au CA : il est organisé en combien de grandes orientations ?",
			"combien de grandes orientations dans le schéma moselle ?",
			"how many main orientations does the Moselle plan have?",
		}, "Cinq orientations|Five orientations"},
		{"a figure asked with an age range", []string{
			"how many young adults (18-21) were supported in Isère at the end of 2018?",
			"Isère, end of 2018: how many young adults (18-21) in care or supported? for a slide",
			"combien de jeunes majeurs (18-21 ans) accueillis ou accompagnés en isère fin 2018 ?",
		}, "709"},
		{"ages asked in English", []string{
			"at what age does Isère hold the autonomy interview with young people in care?",
			"Isère: from what age are young people supported towards autonomy?",
			"quick one, autonomy interviews for teens in care in Isère: at what ages?",
		}, "16 ans"},
		{"what people do is no thing asked for", []string{
			"isère, l'accueil d'urgence : ils veulent obtenir quoi ? nos jeunes y restent des mois",
			"En Isère, qu'est-ce qu'ils cherchent à obtenir avec l'accueil d'urgence ? nos jeunes y restent des mois",
			"accueil d'urgence en isère : les objectifs ? les gamins y restent et les équipes s'épuisent",
		}, "mission première"},
		{"an acronym names the fiche that spells it out", []string{
			"la fiche PPE en Isère, qui la pilote ?",
			"Isère : qui porte la fiche PPE ? je monte une formation interne la semaine prochaine",
			"who leads the PPE fiche in Isère?",
		}, "Chef de Service Accompagnement de l'Enfant et de sa Famille"},
		{"a fiche named by an acronym is no definition asked", []string{
			"y a aussi une fiche PPE dans le schema isere ? c laquelle et qui la porte",
			"une fiche PPE en Isère ? qui la pilote ?",
			"is there a PPE sheet in the Isère plan? who leads it?",
		}, "Chef de Service Accompagnement de l'Enfant et de sa Famille"},
		{"a participle the documents never use asks for nothing", []string{
			"Quelles sont les 3 grandes priorités affichées par le schéma de la Moselle ?",
			"Quelles sont les trois priorités affichées par le schéma mosellan ?",
			"les 3 priorités affichées dans le schéma moselle ?",
		}, "réponses de qualité"},
		{"an acronym before a field asked names the fiche", []string{
			"isere fiche MNA, c'est quoi les indicateurs ??",
			"MNA en Isère : c'est quoi les indicateurs ?",
			"la fiche MNA de l'isère, c quoi ses indicateurs ?",
		}, "places habilitées dédiées aux MNA"},
		{"who sits around the table", []string{
			"Commission formation de l'ODPE en Isère : qui est autour de la table ?",
			"qui est autour de la table pour la commission formation de l'ODPE ?",
			"Isère fiche 30: who's around the table?",
		}, "IFTS"},
		{"title words side by side name the fiche", []string{
			"on prepare une reunion sur les jeunes qui se retrouvent sans rien en sortant de l'ASE a 18 ans. Concretement l'Isere prevoit quoi pour eviter ca ?",
			"in Isère, who leads the work so that young people don't leave the ASE with nothing at 18?",
			"Isère : quels partenaires pour éviter que les jeunes sortent de l'aide sociale à l'enfance sans solution ?",
		}, "Fiche action n°26"},
		{"a date of a fiche named far ahead, no milestone repeating the words", []string{
			"en Isere, l'instance qui doit reexaminer le statut juridique des gamins confies (delaissement, DAP...) elle doit tourner a partir de qd ?",
			"when does the Isère multidisciplinary committee on the legal status of children in care start?",
			"isère : l'instance pour réexaminer le statut des enfants confiés (délaissement, DAP), c'est pour quand ?",
		}, "Semestre 2 / 2020"},
		{"indicators cut short", []string{
			"Les indics d'impact de la fiche accueil d'urgence en Isère ?",
			"indics pour l'accueil d'urgence en isère ?",
			"bjr, vous auriez les indics de l'accueil d'urgence en Isère svp ? c'est pour le bilan",
		}, "Durée moyenne de séjour"},
		{"the clause after a dash asks the field", []string{
			"Moselle's action about using the first assessment as a way to work with the family — what are the goals?",
			"moselle, la fiche sur l'évaluation initiale comme levier de travail avec la famille : ses objectifs ?",
			"hi! Moselle, initial assessment as a lever to work with families - what are they aiming for?",
		}, "Impliquer systématiquement les familles"},
		{"what a schéma wants to achieve", []string{
			"What does Moselle want to achieve with its actions for unaccompanied minors?",
			"whats the point of Moselle's fiche on unaccompanied minors?",
			"quick q before my meeting: what does Moselle hope to achieve for unaccompanied minors?",
		}, "compétences dévolues au Département"},
		{"a feminine ending meets the masculine", []string{
			"How many kids were in AEMO renforcée in Isère in 2018?",
			"nb d'enfants en AEMO renforcee en isère en 2018 ?",
			"je prépare un point chiffres : combien d'enfants suivis en AEMO renforcée en Isère en 2018 ?",
		}, "332"},
		{"the chunk that holds the rarest word asked is read", []string{
			"c quel cabinet qui a accompagné l'isere pour le diag et l'ecriture du schema ?",
			"quel cabinet a accompagné l'Isère pour écrire son schéma ?",
			"which consultancy firm helped Isère with the diagnosis and the writing of its schéma?",
		}, "ENEIS"},
		{"chat verbs ask nothing", []string{
			"concretement ils font quoi en moselle pour le logement des jeunes qui sortent de l'ase ?",
			"logement des jeunes sortant de l'ase en moselle : ils font quoi concrètement ?",
			"salut ! pour le logement des jeunes à la sortie de l'ase, ils font quoi en Moselle ? je vois pas",
		}, "baux glissants"},
		{"the actions planned on a topic are the fiche's actions", []string{
			"prévention spé en isère : quelles actions sont prévues ?",
			"quelles actions sont prévues en Isère pour la prévention spécialisée ?",
			"bonjour, je débute en prévention spécialisée en isère, concrètement quelles actions sont prévues ?",
		}, "Renforcer la participation des équipes de prévention spécialisée"},
		{"what is being done, in English", []string{
			"what research work is planned under Moselle fiche 13?",
			"hi, I'm an academic — Moselle's innovation fiche: which research projects are planned?",
			"what's moselle doing on research in its innovation fiche?",
		}, "Julie CHAPEAU"},
		{"a field set aside is not asked", []string{
			"besides the pilot, who's involved in the Isère lieux de vie référentiel?",
			"à part le pilote, qui est associé au référentiel des lieux de vie en Isère ?",
			"hi! other than the pilot, who else works on the Isère lieux de vie framework? thx",
		}, "Service juridique du Département"},
		{"a fiche's objectives on a strategy are no strategic objectives", []string{
			"objectifs de la fiche moselle sur la veille des besoins du territoire et la strategie de prevention",
			"moselle fiche veille territorialisée des besoins + stratégie de prévention : objectifs svp",
			"bonjour ! les objectifs moselle sur la veille des besoins par territoire et la stratégie de prévention ?",
		}, "développement social local"},
		{"respondents, however the question says it", []string{
			"En Moselle, combien de personnes ont répondu à l'enquête en ligne pour préparer le schéma ?",
			"ils ont eu combien de reponses au barometre en ligne en moselle pour preparer le schema",
			"how many respondents did the Moselle online survey get?",
		}, "698 répondants"},
		{"the schéma's own period names no topic", []string{
			"concretement la moselle fait quoi sur l'AEMO pendant le schema 2019-2023 ?",
			"Moselle 2019-2023 : qu'est-ce qui est prévu sur l'AEMO ?",
			"bonjour, pendant le schéma 2019-2023 la Moselle prévoit quoi pour l'AEMO ?",
		}, "reconfiguration de l'AEMO"},
		{"the priorities of a topic one fiche's title names are its objectives, not the schéma's axes", []string{
			"En Isère, la prévention spé, le Département lui fixe quels axes prioritaires ?",
			"isère : les axes prioritaires de la prévention spécialisée ?",
			"salut, la prev spé en isère doit se recentrer sur quels axes prioritaires ? un partenaire asso me demande",
		}, "décrochage scolaire"},
		{"a figure compared across two years the document gives against another year", []string{
			"combien de MNA accueillis en Isère fin 2018, et combien en 2013 ?",
			"Isère : nombre de mineurs non accompagnés en 2018 et en 2013 ?",
			"bonjour, combien de MNA en isère fin 2018 vs 2013 ? pour une note",
		}, "1 049"},
		{"an acronym asked right after the cue, then where it was read", []string{
			"c koi un LEAP dans la fiche internat scolaire de l'isere ? lycée ou collège ?",
			"what's a LEAP in the Isère boarding school fiche?",
			"c'est quoi un LEAP dans la liste des internats de l'isère ?",
			"dans le schéma de l'Isère il y a des LEAP dans la liste des internats, c'est quoi ?",
			"Reading the Isère part about boarding schools, a lot of the schools are called \"LEAP something\". what does LEAP mean?",
		}, "Lycée d'enseignement agricole privé"},
		{"the axes asked, then how many there are", []string{
			"New to Moselle: can someone sum up the big orientations of the 2019-2023 schéma? how many are there?",
			"Can someone give me a quick summary of the main orientations of the Moselle schéma? how many are there?",
			"les grandes orientations du schéma moselle, il y en a combien ?",
		}, "Cinq orientations|Five orientations"},
		{"who is behind a fiche asks for its pilot", []string{
			"any idea who's behind the multidisciplinary commission on the legal status of children in care in Isère?",
			"who is behind the Isère commission on the status of children in care?",
			"c'est qui derrière la commission sur le statut des enfants confiés en isère ?",
		}, "Chargée de mission prévention protection de l'enfance"},
		{"a date asked of the fiche whose calendar names the thing", []string{
			"When is Isère planning to draw up the protocole d'accès à l'autonomie for young people?",
			"le protocole d'accès à l'autonomie en isère, c'est prévu pour quand ?",
			"bonjour, quand est prévue l'élaboration du protocole d'accès à l'autonomie des jeunes en Isère ? merci",
		}, "2021-2022"},
		{"a part named by words quoted from its title, its fiches asked in a question of their own", []string{
			"What's in the 'piloter, évaluer, innover' part of Moselle's action plan? which fiches?",
			"c'est quoi la partie « piloter, évaluer, innover » du schéma moselle ? quelles fiches ?",
			"which fiches are in the \"piloter, évaluer, innover\" orientation of the Moselle plan? for my onboarding",
		}, "Consolider l'évaluation des effets de la politique départementale"},
		{"what a plan does to reach an end asks for its actions", []string{
			"Hi team, new manager here :) what does Moselle's plan actually do to get young people in care ready for turning 18?",
			"what is Moselle doing to prepare young people in care for turning 18?",
			"qu'est-ce que la Moselle fait pour préparer les jeunes confiés à leur majorité ?",
		}, "Projet d'accès à l'autonomie"},
		{"what is happening with something asks for the actions", []string{
			"je suis en AEMO dans une asso iséroise, il se passe quoi avec les niveaux 1 à 3 et le niveau 4 dans le nouveau schéma ?",
			"what's happening with the AEMO levels 1 to 3 in Isère?",
			"isère : qu'est-ce qui se passe pour les mesures de niveau 4 en milieu ouvert ?",
		}, "Faire un bilan des modalités d'intervention de niveau 4"},
		{"the fiche whose title names the topic, not one that lists it among partners", []string{
			"Which partners are associated with the ODPE training commission in Isère?",
			"for the ODPE training commission in Isère, who are the associated actors? just need the list",
			"la commission formation de l'ODPE en isère, quels acteurs associés ?",
		}, "Institut de Formation en Travail Social"},
		{"a part named by the words before it, after a sentence that joins two verbs", []string{
			"I'm looking at how Moselle plans to steer and evaluate its own plan. which action sheets cover the piloting / evaluation / innovation part?",
			"which Moselle fiches are in the piloting, evaluation and innovation part?",
			"moselle : quelles fiches dans la partie piloter, évaluer, innover ?",
		}, "Consolider l'évaluation des effets de la politique départementale"},
		{"a day asked of one item of a dated list", []string{
			"la conf de territoire à Sarrebourg elle a eu lieu quel jour ?",
			"what day was the Sarrebourg territorial conference?",
			"bonjour, c'était quel jour la conférence de territoire de Sarrebourg ? merci",
		}, "Sarrebourg : jeudi 13 septembre 2018"},
		{"an acronym, then how often it comes up, then what it is", []string{
			"RAPT keeps coming up in the Moselle plan – what is it?",
			"le RAPT revient souvent dans le schéma moselle, c'est quoi ?",
			"I see RAPT mentioned everywhere in the Moselle plan, what is it?",
		}, "Réponse accompagnée pour tous"},
		{"what the asker says of their role asks for no field", []string{
			"new team lead here 👋 what is Isère actually going to change in the emergency reception system (accueil d'urgence)?",
			"team lead here: what's changing with emergency reception in Isère?",
			"je prépare le copil : qu'est-ce qui va changer pour l'accueil d'urgence en isère ?",
		}, "accueil inconditionnel"},
		{"an acronym asked spelled out", []string{
			"rappel svp : AEMO c'est quoi en toutes lettres ?",
			"what's AEMO spelled out?",
			"AEMO in full please, for a slide",
		}, "Assistance éducative en milieu ouvert"},
		{"English words that are not French", []string{
			"How many young people did the street-based prevention teams (prévention spécialisée) follow in Isère in 2018?",
			"how many youths were followed by the prévention spécialisée teams in Isère in 2018?",
			"quick one for my report: how many young people did the Isère prévention spécialisée teams follow in 2018?",
		}, "4930"},
		{"the making of a thing is a milestone of its fiche, not how the schéma was made", []string{
			"quand est prévue l'élaboration des protocoles de coordination en Isère ?",
			"When is the elaboration of the coordination protocols planned in Isère? asking for the copil",
			"c'est pour quand l'élaboration des protocoles de coordination avec la prévention médico-sociale ? isère",
		}, "Semestre 2 / 2021"},
		{"an acronym set out first, where it was read between it and \"c'est quoi\"", []string{
			"LEAP dans la liste des établissements de la fiche internat en Isère, c'est quoi ?",
			"bonjour, LEAP dans les collèges et lycées partenaires de l'internat, c'est quoi ?",
			"LEAP dans la fiche 8, ça veut dire quoi ?",
		}, "Lycée d'enseignement agricole privé"},
		{"the fiches of an axis named by its words, counted", []string{
			"Pour l'axe « accompagner les professionnels » du schéma isérois, il y a combien de fiches et lesquelles ?",
			"combien de fiches dans l'axe accompagner les professionnels en Isère ?",
			"ya combien de fiches pour accompagner les professionnels en isère ? et lesquelles",
		}, "5 fiches rattachées à : Isère (2020-2024) — Objectif stratégique 5"},
		{"a figure whose sentence leaves out the acronym the question qualifies it with", []string{
			"combien de professionnels formés au référentiel d'évaluation CREAI en Isère ?",
			"How many professionals have been trained on the CREAI assessment framework in Isère so far?",
			"pour ma note : combien de pros ont été formés au référentiel CREAI en isère ?",
		}, "1 075"},
		{"who is running something asks for its pilot", []string{
			"who is running the Petits Pas Grands Pas rollout in Isère?",
			"who's running the Petits Pas Grands Pas approach for the PMI in Isère?",
			"quick one for the copil: who is running Petits Pas Grands Pas in Isère?",
		}, "Puéricultrice référente technique"},
		{"an acronym right before a comma and \"what's that?\"", []string{
			"In the Moselle plan they keep saying RAPT, what's that?",
			"dans le schéma moselle on parle tout le temps de la RAPT, c'est quoi ?",
			"folks here keep mentioning RAPT, what's that?",
		}, "Réponse accompagnée pour tous"},
		{"what is planned to do something asks for actions, not a date", []string{
			"en Moselle qu'est ce qui est prévu pour améliorer l'accueil d'urgence au CDE ?",
			"qu'est-ce qui est prévu pour développer l'accueil d'urgence au CDE en moselle ?",
			"bonjour, quoi de prévu pour l'accueil d'urgence au CDE en Moselle ? merci",
		}, "Thionville"},
		{"a field word that names no fiche beside the question's other words is the field asked", []string{
			"which partners are involved in Isère's boarding school pilot?",
			"partenaires du projet pilote internat scolaire en isère ?",
			"for my notes: the partners of the Isère boarding school pilot, please",
		}, "Chefs d'établissements"},
		{"what something is supposed to do asks for its objectives", []string{
			"in Isère there's a training commission in the ODPE, what's it supposed to do?",
			"la commission formation de l'ODPE en isère, elle est censée faire quoi ?",
			"what is the Isère ODPE training commission meant to achieve?",
		}, "bilan annuel"},
		{"IP counted in a year, the verb around it asking nothing", []string{
			"ça fait combien d'enfants concernés par une IP en Isère sur l'année 2018 ?",
			"combien d'enfants concernés par une information préoccupante en isère en 2018 ?",
			"pour ma note : en 2018, en Isère, il y avait combien d'enfants concernés par une IP ?",
		}, "3 230"},
		{"something planned about a topic asks for actions, though the topic's verb is a partner's word", []string{
			"anything planned in Moselle about how TISF and AED are mobilised? we keep having trouble getting them",
			"What does Moselle plan around the mobilisation of TISF and AED?",
			"hi! is there anything planned in Moselle on how TISF and AED are mobilised across territories?",
		}, "équité territoriale"},
		{"steering asks for the pilot", []string{
			"who's steering the Isère fiche on violences conjugales?",
			"who is steering the domestic violence action in Isère? for my notes",
			"hey, quick q: who's steering the violences conjugales fiche in Isère?",
		}, "PMI Parentalité"},
		{"the fiches that speak of something include one that names it once, far down the search", []string{
			"dans quelles fiches de l'Isère on parle des CPOM ?",
			"which Isère fiches mention CPOMs?",
			"je bosse sur la tarification : les CPOM, ils apparaissent dans quelles fiches en Isère ?",
		}, "référentiel d'évaluation"},
	} {
		for _, q := range tt.questions {
			a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
			// A want "a|b" is either.
			if !a.Found || !slices.ContainsFunc(strings.Split(tt.want, "|"), func(w string) bool { return strings.Contains(a.Text, w) }) {
				t.Errorf("%s: %q\n got %q\nwant %q", tt.name, q, a.Text, tt.want)
			}
		}
	}
}

// A short word is completed only when no dictionary knows it: "nom" and
// "mail" are words, "conj" and "régul" are cut short.
func TestCompletionsOnlyForWordsCutShort(t *testing.T) {
	for _, tt := range []struct {
		word string
		cut  bool
	}{
		{"conj", true}, {"diag", true}, {"accomp", true}, {"hebergt", true},
		{"nom", false}, {"mail", false}, {"code", false}, {"vie", false},
	} {
		if got := !retrieval.FrenchWord(retrieval.Stem(tt.word)); got != tt.cut {
			t.Errorf("%q cut short = %v, want %v", tt.word, got, tt.cut)
		}
	}
}

// A follow-up about the other schéma that names its own topic or fiche is
// its own question there, not the thread's last question nor the thread's
// fiche number carried into the other document.
func TestFollowUpWithItsOwnTopicInTheOtherSchema(t *testing.T) {
	eng := testEngine(t)
	cites := func(a chat.Answer, doc, fiche string) bool {
		for _, c := range a.Citations {
			if c.Doc == doc && c.Fiche != nil && *c.Fiche == fiche {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		first, follow []string
		fiche         string
	}{
		{[]string{"qui pilote la fiche sur le PPE en isère ?", "et c'est prévu pour quand ?"}, []string{
			"et dans l'autre schéma (moselle) ils prévoient quoi sur le PPE ?",
			"et en moselle, sur le PPE, quelles actions ?",
			"ok merci. and in Moselle, what's planned on the PPE?",
		}, "6"},
		{[]string{"qu'est-ce que prévoit la fiche 9 en isère ?"}, []string{
			"et côté moselle c'est dans la 9 aussi ? ils prévoient quoi",
			"en moselle, la 9 aussi ? quelles actions",
			"and in moselle, the 9 too? what actions",
		}, "9"},
	} {
		for _, f := range tt.follow {
			var conv chat.Conversation
			for _, q := range tt.first {
				_, conv = eng.Ask(context.Background(), q, conv)
			}
			a, _ := eng.Ask(context.Background(), f, conv)
			if !a.Found || !cites(a, "moselle-2019-2023", tt.fiche) {
				t.Errorf("%q after %q:\n got %q\nwant Moselle's fiche %s", f, tt.first, a.Text, tt.fiche)
			}
		}
	}
}

// A weak definition cue ("what's", "c'est quoi") asks what an acronym
// means only when the acronym is what it is about.
func TestWeakDefinitionCue(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		q        string
		glossary bool
	}{
		{"what's a CPEF?", true},
		{"c'est quoi le PPE ?", true},
		{"l'ODPE c'est quoi ?", true},
		{"hey, what's the CRIP exactly?", true},
		{"and in Moselle, what's planned on the PPE?", false},
		{"c'est quoi le calendrier du PPE en isère ?", false},
		{"what's expected from the ODPE in Isère?", false},
	} {
		q := understand.Parse(tt.q, eng.lib, chat.Conversation{}, time.Now())
		if q.Glossary != tt.glossary {
			t.Errorf("%q: glossary = %v, want %v", tt.q, q.Glossary, tt.glossary)
		}
	}
}

// An English phrase the vocabulary translates as a phrase counts only as a
// whole: "family conferences" is not any fiche that says "famille", and
// "foster carers" is not "assistants maternels".
func TestEnglishPhrasesCountAsPhrases(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"which Moselle fiches mention family conferences?",
		"in Moselle, where do they talk about family group conferences?",
		"Moselle: which action sheets bring up family conferences?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, "Fiche 6:") || !strings.Contains(a.Text, "Fiche 12:") {
			t.Errorf("%q:\n got %q\nwant fiches 6 and 12", q, a.Text)
		}
		for _, other := range []string{"Fiche 2:", "Fiche 3:", "Fiche 4:", "Fiche 5:"} {
			if strings.Contains(a.Text, other) {
				t.Errorf("%q lists %s, which only says “famille”:\n%s", q, other, a.Text)
			}
		}
	}
	// The Isère schéma counts places at assistants maternels, never the
	// assistants familiaux it employs.
	findsNothing(t, eng, []string{
		"how many foster carers does Isère have?",
		"number of foster carers employed in Isère?",
		"quick q: how many foster carers work for Isère's child welfare service?",
	})
}

// A question that names no schéma, on a topic a fiche of each schéma
// treats about as well, is answered from both; one that names a schéma
// from that one only.
func TestTopicOfBothSchemas(t *testing.T) {
	eng := testEngine(t)
	cited := func(a chat.Answer) map[string]bool {
		m := map[string]bool{}
		for _, c := range a.Citations {
			if c.Fiche != nil {
				m[c.Doc+"/"+*c.Fiche] = true
			}
		}
		return m
	}
	for _, q := range []string{
		"MNA : quelles actions sont prévues ?",
		"salut, pour les mineurs non accompagnés, le schéma prévoit quoi ?",
		"what does the schéma plan for unaccompanied minors?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if c := cited(a); !a.Found || !c["isere-2020-2024/16"] || !c["moselle-2019-2023/11"] {
			t.Errorf("%q: cites %v, want Isère's fiche 16 and Moselle's fiche 11\n%s", q, c, a.Text)
		}
	}
	for _, q := range []string{
		"MNA en Isère : quelles actions sont prévues ?",
		"what does the Isère schéma plan for unaccompanied minors?",
		"pour les MNA, le schéma isérois prévoit quoi ?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		for c := range cited(a) {
			if strings.HasPrefix(c, "moselle") {
				t.Errorf("%q names Isère but cites %s", q, c)
			}
		}
	}
}

// A passage that announces a list ("synthétisées en quatre points :")
// answers with the list's items, whether they are lines, bullets or the
// headings of the parts under it.
func TestAnnouncedListIsQuotedWithItsItems(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"quelles sont les spécificités de la politique mosellane ?",
		"les spécificités de la politique de la Moselle, vite fait ?",
		"résume-moi les spécificités de la politique mosellane stp",
	}, "Une volonté d'innover", "Une politique par et pour les familles")
}

// How a schéma was made is answered with its steps and the parts its
// account sets apart under headings (the bodies consulted, the events).
func TestMethodListsItsParts(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"comment a été élaboré le schéma de la Moselle ?",
		"How did Moselle put its plan together?",
		"la méthode d'élaboration du schéma mosellan, en bref ?",
	}, "Phase 2", "LES CONFÉRENCES DE TERRITOIRE", "baromètre")
	// How people were consulted: the means the account names.
	answersAll(t, testEngine(t), []string{
		"comment le schéma de l'Isère a été élaboré ? qui a participé ?",
		"How was the Isère plan put together? was it participatory?",
		"je fais une note pour ma direction : la méthode d'élaboration du schéma isérois, en gros ?",
	}, "réunions de bassin", "groupes de travail thématiques", "comité des usagers", "ENEIS")
}

// Priorities asked of a schéma whose axes are orientations, and whose text
// announces "trois priorités", are that list; its orientations are asked
// by their name.
func TestPrioritiesAnnouncedInTheText(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"les 3 priorités du schéma moselle en gros ?",
		"quelles sont les trois priorités du schéma de la Moselle ?",
		"What are the three priorities of the Moselle plan?",
	}, "La volonté d'agir en prévention", "place de l'enfant dans sa famille")
	answersAll(t, eng, []string{"quelles sont les orientations du schéma moselle ?", "what are the orientations of the Moselle plan?"}, "Orientation 5")
	// The editorial's list of three runs over two chunks: all three are
	// quoted, whichever of the two announcements answers.
	answersAll(t, eng, []string{
		"Le schéma Moselle 2019-2023, ses grandes priorités c'est quoi en résumé ?",
		"le schéma 2019-2023 de la Moselle affirme quelles priorités ?",
		"je présente le schéma moselle demain : les priorités qu'affirme le schéma 2019-2023, en résumé ?",
	}, "prévention", "maintien ou au retour de l'enfant dans sa famille|place de l'enfant dans sa famille", "réponses de qualité")
}

// "For our partner meeting: how many children…" counts children; the word
// "partner" in the preamble asks for no fiche's partners.
func TestCountIsNotAField(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Hi all, for our CDPE partner meeting: how many children were the subject of an information préoccupante in Isère during 2018?",
		"pour la réunion partenaires de jeudi : combien d'enfants ont fait l'objet d'une information préoccupante en Isère en 2018 ?",
		"réunion avec les partenaires demain. combien d'enfants ont fait l'objet d'une information préoccupante en isère en 2018 ?",
	}, "3 230")
	answersAll(t, eng, []string{"combien de partenaires sur la fiche 21 en Isère ?", "how many partners does fiche 21 in Isère list?"}, "Autorité Judiciaire")
}

// "Is there a fiche on X? who leads it?", "c'est quelle fiche et ils
// prévoient quoi ?": one fiche is looked for, and a field of it asked.
func TestWhichFicheThenItsField(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		questions []string
		want      string
	}{
		{[]string{
			"dans le schéma isère y a une fiche sur la régulation des places d'accueil, c'est qui qui la porte ?",
			"is there a fiche on the regulation of placements in Isère? who leads it?",
			"jeudi on a la réu : la régulation des places d'accueil en isère, qui le porte ?",
		}, "Accueil Protection de l'Enfance"},
		{[]string{
			"la régulation des places d'accueil en Isère, c'est quelle fiche et ils prévoient quoi ?",
			"régulation des places d'accueil en isère : c'est quelle fiche et qu'est-ce qui est prévu ?",
			"which fiche covers the regulation of placements in Isère and what actions does it plan?",
		}, "Créer des outils permettant de gérer la disponibilité"},
		{[]string{
			"Bjr, je suis référente jeunes majeurs en Moselle. Pour les mineurs confiés qui approchent de la majorité, y a quelle fiche et quelles actions ?",
			"mineurs confiés à l'approche de la majorité en Moselle : quelle fiche et quelles actions ?",
			"Moselle, young people in care approaching 18: which fiche, and what actions?",
		}, "protocole de passage à la majorité"},
	} {
		answersAll(t, eng, tt.questions, tt.want)
	}
}

// What a "combien de…" question counts stops at its verb ("combien
// d'habitants compte l'Isère"), and keeps an adjective ("combien
// d'assistants familiaux", which the schéma does not count).
func TestWhatAFigureCounts(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Combien d'habitants compte l'Isère d'après le schéma ?",
		"Isère : combien d'habitants compte le département ?",
		"salut ! combien d'habitants compte l'Isère ? merci",
	}, "251 millions")
	findsNothing(t, eng, []string{
		"combien d'assistants familiaux emploie l'isère ?",
		"combien d'assistants familiaux compte l'Isère ?",
		"nb d'assistants familiaux en isère ?",
	})
}

// Years after a schéma's end are years it plans nothing for; its own
// period is still answered.
func TestYearsBeyondTheSchema(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"What does the Moselle schéma plan for the 2024-2028 period?",
		"que prévoit le schéma de la moselle sur la période 2024-2028 ?",
		"Moselle plan, anything for 2025-2027 period? asking for my boss",
		"what's planned after 2024 in Isère?",
		"qu'est-ce qui est prévu après 2024 en Isère ?",
		"Isère: anything planned for 2026 onwards? for my note",
	})
	// What is planned in a year of the schéma is what falls due then, and
	// the steps that start then ("Généralisation des référentiels :
	// 2022-24").
	answersAll(t, eng, []string{
		"qu'est-ce qui est prévu en 2022 en Isère ?",
		"what's planned in 2022 in Isère?",
		"bonjour, en Isère qu'est ce qui est prévu en 2022 ? merci",
	}, "Échéances et étapes en 2022|due or starting in 2022")
	answersAll(t, eng, []string{
		"qu'est-ce qui est prévu en 2022 en Isère ?",
		"what's planned in 2022 in Isère?",
		"bonjour, en Isère qu'est ce qui est prévu en 2022 ? merci",
	}, "Généralisation des référentiels")
	answersAll(t, eng, []string{
		"quelle est la période du schéma de la moselle ?",
		"what period does the Moselle plan cover?",
	}, "2019")
}

// "Quelles lois dans le contexte législatif ?": a part of the document
// named by its heading's words answers with its sub-parts of the kind
// asked, not with a fiche's diagnostic.
func TestThingsListedInAPart(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Dans le schéma moselle, quelles lois sont présentées dans le contexte législatif ?",
		"quelles lois sont citées dans le contexte législatif du schéma moselle ?",
		"salut, le contexte législatif du schéma moselle cite quelles lois ? merci",
	}, "Loi du 2 janvier 2002", "Loi du 27 juin 2005", "Loi du 5 mars 2007", "Loi du 14 mars 2016")
}

// A sentence that announces a counted list of what the question names
// answers with the whole list, each row with its label: the count is the
// one nearest the colon that neither points back nor measures time.
func TestCountedListsAnnounced(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Les ateliers de la conférence départementale en Moselle, c'était quoi les thèmes ?",
		"What were the workshop themes at the Moselle departmental conference?",
		"les ateliers de la conference departementale en moselle portaient sur quoi ? c'est pour un atelier chez nous",
	}, "Atelier 2 : La diversification", "Atelier 5 : Les situations complexes")
	answersAll(t, eng, []string{
		"What are the four 'modalités d'intervention' Moselle says it will favour?",
		"la moselle se fixe 4 modalités d'intervention pour le schema, tu peux me les lister ?",
		"moselle : les quatre modalités d'intervention du schéma ? merci",
	}, "Une synergie avec les différentes politiques départementales", "Un appui sur la territorialisation")
}

// "Avoir lieu", "take place" say that something happened; they name no
// place of the trade ("lieu de vie").
func TestWhenSomethingTookPlace(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"When and where did the Moselle territorial conferences take place?",
		"en moselle, les conférences de territoire ont eu lieu quand ?",
		"salut, les conferences de territoire de la moselle ont eu lieu a quelle date ? je fais l'historique",
	}, "Thionville : vendredi 7 septembre 2018")
}

// What a figure counts is read without the place names around it:
// "how many people attended Moselle's conference" counts attendance.
func TestWhatIsCountedWithoutPlaces(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Roughly how many people attended Moselle's departmental conference where the orientations were presented?",
		"how many people attended the Moselle departmental conference?",
		"hi! the Conférence départementale in Moselle, how many people attended it? for a slide",
	}, "450 personnes")
}

// Things joined in what a figure counts ("children and young people")
// are counted together: a sentence that counts either answers.
func TestCountedThingsJoined(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Hi, I'm benchmarking French départements. How many children and young people had an ASE support measure in Isère at end-2018?",
		"combien d'enfants et de jeunes bénéficient d'une mesure de l'ASE en isère fin 2018 ?",
		"how many children and young people had an ASE measure in Isère at the end of 2018?",
	}, "6 943")
}

// How often something happened while the schéma was made is a figure of
// the text, not an account of the method.
func TestHowOftenDuringTheMaking(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"le comité des usagers en isère s'est réuni combien de fois pendant l'élaboration du schéma ?",
		"How many times did the Isère users' committee meet while the plan was being drawn up?",
		"à combien de reprises le comité des usagers de l'isère s'est-il réuni pendant l'élaboration ? merci",
	}, "trois reprises")
}

// A question about one numbered item of a list ("during phase 1") asks
// about that item, not for the list the text announces ("en 3 phases :").
func TestOneItemOfAnAnnouncedList(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"Who did the Moselle team interview during phase 1 of the diagnostic?",
		"moselle, phase 1 du diagnostic : qui a été interrogé ?",
		"hi, in Moselle's phase 1, which people were interviewed? for my thesis",
	} {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); strings.Contains(a.Text, "déroulée en 3 phases") {
			t.Errorf("%q answered with the list of phases:\n%s", q, a.Text)
		}
	}
}

// A pay, a salary or a daily rate is an amount: a passage about foster
// carers that gives none is no answer.
func TestPayIsAnAmount(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"What's the monthly pay of an assistant familial according to the Isère schéma?",
		"combien sont payés les assistants familiaux en isère ?",
		"quel est le salaire d'un assistant familial en Moselle ? on recrute",
		"how much are foster carers paid per month in Moselle?",
		"c'est quoi le prix de journée en MECS en isère ?",
	})
}

// Words of the trade said otherwise ("violences dans le couple",
// "cadre de référence") find the fiche that says them its way; "qui
// coordonne" asks for pilots, not for contact details.
func TestTradeWordsSaidOtherwise(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		questions []string
		want      string
	}{
		{[]string{
			"qui pilote l'action sur les enfants exposés aux violences dans le couple en isère ?",
			"isère, violences entre les parents et enfants exposés : qui coordonne ?",
			"les violences dans le couple, en Isère, c'est qui qui pilote ?",
		}, "PMI Parentalité"},
		{[]string{
			"en isère qui pilote le cadre de référence des missions de PMI ?",
			"le cadre de référence départemental de la PMI en isère, qui le porte ?",
			"isère : le cadre de référence pour la PMI, c'est piloté par qui ?",
		}, "Chef du Service PMI et parentalité"},
	} {
		answersAll(t, eng, tt.questions, tt.want)
	}
}

// "Même question pour l'Isère" asks the thread's last field of the other
// schéma, not the thread's first question as it was.
func TestSameQuestionKeepsTheLastField(t *testing.T) {
	eng := testEngine(t)
	for _, follow := range []string{"même question pour l'Isère", "same question for Isère", "et pour l'isère, pareil ?"} {
		var conv chat.Conversation
		for _, q := range []string{"en Moselle, qu'est-ce qui est prévu pour les MNA ?", "what indicators will they track?"} {
			_, conv = eng.Ask(context.Background(), q, conv)
		}
		a, _ := eng.Ask(context.Background(), follow, conv)
		if !a.Found || !strings.Contains(a.Text, "places habilitées dédiées aux MNA") {
			t.Errorf("%q after Moselle's MNA indicators:\n got %q\nwant Isère's fiche 16 indicators", follow, a.Text)
		}
	}
}

// A period asked, then context after the question ("…for the steering
// committee"), still asks for the period's milestones.
func TestPeriodThenContext(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Anything in Isère's plan scheduled for 2022? need a list for the board meeting",
		"quoi de prévu en isère en 2022 ? je fais le point pour le copil",
		"Isère : qu'est-ce qui tombe en 2022 ? c'est pour préparer le comité de pilotage",
	}, "(8 fiches)", "Fiche 4", "Fiche 24")
}

// How a schéma is organised is asked in many words; it is its axes.
func TestHowTheSchemaIsOrganised(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Give me the big picture of the Isère plan: how is it organised?",
		"le schéma isère, comment il est organisé en gros ?",
		"Isère: the overall structure of the plan, please",
	}, "Objectif stratégique 1 : Prévenir les difficultés")
}

// "Outside the walls", "outside institutions" are the English for the
// trade's "hors les murs".
func TestHorsLesMursInEnglish(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"how does Moselle plan to expand care outside institutions?",
		"Moselle: what's planned for care outside the walls?",
		"who leads the Moselle work on care outside of institutions?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		cited := false
		for _, c := range a.Citations {
			cited = cited || c.Doc == "moselle-2019-2023" && c.Fiche != nil && *c.Fiche == "9"
		}
		if !a.Found || !cited {
			t.Errorf("%q:\n got %q\nwant Moselle's fiche 9 (hors-les-murs)", q, a.Text)
		}
	}
}

// In a thread about a fiche, a field asked about something that fiche
// holds ("the commission") is asked of that fiche, not of another fiche
// that names a commission.
func TestThreadFicheHoldsTheTopic(t *testing.T) {
	eng := testEngine(t)
	for _, follow := range []string{
		"when is the commission supposed to be up and running?",
		"et la commission, elle démarre quand ?",
		"ok thanks. the commission: when does it start?",
	} {
		_, conv := eng.Ask(context.Background(), "what actions are planned for the regulation of placement places in Isère?", chat.Conversation{})
		a, _ := eng.Ask(context.Background(), follow, conv)
		if !a.Found || !strings.Contains(a.Text, "Fiche action n°20") || !strings.Contains(a.Text, "Semestre 1 / 2020") {
			t.Errorf("%q in a thread on Isère's fiche 20:\n got %q\nwant its calendar", follow, a.Text)
		}
	}
}

// A figure dated another year than the one asked is not the answer; the
// bot says so, and shows what it has.
func TestFigureOfAnotherYear(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"How many unaccompanied minors was Moselle looking after at the end of 2022?",
		"combien de MNA en moselle fin 2020 ?",
		"nb de MNA accueillis en moselle en 2021 ? merci",
	})
	answersAll(t, eng, []string{
		"combien de MNA en moselle fin 2018 ?",
		"How many unaccompanied minors did Moselle take in by the end of 2018?",
		"nb de MNA accueillis en moselle en 2018 ?",
	}, "362")
}

// A question that names no schéma, answered by passages of both, quotes
// both.
func TestPassagesOfBothSchemas(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Is there anything in the schéma about placing a child with a trusted third party (a relative, a neighbour) instead of foster care?",
		"hi team, quick one: anything in the plans about placing a child with a trusted third party, like a relative, rather than foster care?",
		"what do the schémas say about placing children with trusted third parties (relatives, neighbours) instead of foster care?",
	}, "From the schéma Isère", "From the schéma Moselle")
}

// A date the schéma plans is not a year of its history: asked when
// something is supposed to happen, a passage about the past is no answer;
// asked when something took place, it is.
func TestPlannedDateIsNotHistory(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"What's the deadline for Moselle to increase SERAD capacity?",
		"When exactly is Moselle supposed to increase SERAD capacity? which year of the plan?",
		"ok et l'augmentation des places SERAD en moselle, c'est prévu pour quand ? j'ai besoin de la date",
		"Pour quand la Moselle prévoit-elle la signature de son protocole de passage à la majorité ?",
		"le protocole de passage à la majorité en Moselle, il doit être signé pour quand ?",
	})
	answersAll(t, eng, []string{
		"les etats generaux de la protection de l'enfance en isere ca s'est tenu quand deja ?",
		"When were the États Généraux de la Protection de l'Enfance held in Isère?",
	}, "2018")
}

// "Quel cabinet d'avocats…", "which law firm…": a passage answers only if
// it names the kind of thing asked for; one about the lawyer's hearings
// names no firm.
func TestWhichThingIsNamed(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"Quel cabinet d'avocats a été retenu par l'Isère pour les audiences en cour d'appel ?",
		"quel cabinet d'avocats représente le Département de l'Isère en appel ?",
		"which law firm does Isère use for appeal hearings?",
	})
	answersAll(t, eng, []string{
		"quel cabinet a accompagné l'Isère pour écrire son schéma ?",
		"which consultancy firm helped Isère with the diagnosis and the writing of its schéma?",
	}, "ENEIS")
	answersAll(t, eng, []string{
		"According to the Isère plan, which working groups were set up for the national child protection strategy?",
		"quels groupes de travail ont été mobilisés pour la stratégie nationale de protection de l'enfance, d'après l'Isère ?",
	}, "groupes de travail")
}

// An acronym the document spells out in its text, not in a glossary
// ("Service Accueil en Protection de l'Enfance (APE)"), stands for those
// words: a pilot written without the acronym is that body.
func TestAcronymSpelledOutInTheText(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"en Isere, le service accueil en protection de l'enfance (APE) pilote quelles fiches ?",
		"quelles fiches pilote l'APE en Isère ?",
		"which Isère fiches is the APE service in charge of? need it for our team meeting",
	}, "Fiche 9", "Fiche 16", "Fiche 20")
}

// "What does RAPT stand for?" then "which fiches deal with it?": the
// follow-up is about what the thread defined, in its schéma; "who pilots
// fiche 8 then?" after a list is fiche 8 of that schéma.
func TestFollowUpOnWhatWasDefined(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, follow := range []string{
		"which fiches actually deal with it?",
		"quelles fiches en parlent ?",
		"ok thanks! and which fiches mention it?",
	} {
		_, conv := eng.Ask(ctx, "new at the délégation in Moselle, everyone says RAPT in meetings. what does it stand for in the schéma?", chat.Conversation{})
		a, conv := eng.Ask(ctx, follow, conv)
		if !a.Found || !strings.Contains(a.Text, "Fiche 8") {
			t.Errorf("%q after RAPT's definition:\n got %q\nwant Moselle's fiche 8", follow, a.Text)
		}
		b, _ := eng.Ask(ctx, "ok, who pilots fiche 8 then?", conv)
		if !strings.Contains(b.Text, "MDPH") {
			t.Errorf("fiche 8's pilots after a list of Moselle's fiches:\n got %q\nwant Moselle's", b.Text)
		}
	}
}

// "List the working groups…": a list the text announces, with its items,
// answers a request to list something other than fiches.
func TestListOfSomethingElse(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"list the 6 national working groups of the Stratégie nationale mentioned in the Isère doc",
		"liste les groupes de travail de la stratégie nationale cités par l'Isère",
		"can you list the national working groups the Isère schéma mentions? thx",
	}, "6 groupes de travail", "Avoir de l'ambition scolaire pour les enfants protégés")
}

// "Et en 2014 ?", "et en Moselle à la même date ?" after a figure: the
// same figure, of that year or of that schéma.
func TestFigureFollowUpChangesYearOrSchema(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, tt := range []struct{ follow, want string }{
		{"et en 2014 c'etait combien", "255"},
		{"and in 2014?", "255"},
		{"ok, et fin 2014 ?", "255"},
		{"et en moselle a la meme date (fin 2018) ?", "362"},
		{"and in Moselle?", "362"},
		{"même chose pour la Moselle, fin 2018 ?", "362"},
	} {
		_, conv := eng.Ask(ctx, "combien de MNA accueillis en isere fin 2018 ?", chat.Conversation{})
		a, _ := eng.Ask(ctx, tt.follow, conv)
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q after the Isère MNA figure for 2018:\n got %q\nwant %q", tt.follow, a.Text, tt.want)
		}
	}
}

// What an acronym stands for, asked in a clause after a dash or in words
// that say so, whatever the rest of the message names.
func TestDefinitionAskedInItsOwnWords(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Isère fiche 5 talks about working groups of the CTS — what's CTS?",
		"dans la fiche 5 de l'Isère on parle des CTS : c'est quoi les CTS ?",
		"fiche 5 Isère - CTS ça veut dire quoi ?",
	}, "Conférences Territoriales des Solidarités")
	answersAll(t, eng, []string{
		"dans le doc moselle l'abreviation CP correspond a quoi ? pas cours preparatoire je suppose lol",
		"CP correspond à quoi dans le schéma moselle ?",
		"l'abréviation CP en Moselle ?",
	}, "Concertation préventive")
}

// "Who heads the ODPE? name pls": a service is no person's name.
func TestNameAskedAtTheEnd(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"who heads the ODPE in Moselle? name pls",
		"qui dirige l'ODPE en Moselle ? le nom svp",
		"who runs the Moselle ODPE? need a name thx",
		"Comment s'appelle le ou la responsable de la CDIP en Moselle ?",
		"la cheffe de la CDIP en Moselle, elle s'appelle comment ?",
	})
}

// A fiche named by number, asked something its fields do not say as such
// ("quels publics…"): the sentences of that fiche that hold it.
func TestSomethingWithinANamedFiche(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"quels publics la fiche 3 moselle identifie comme potentiellement plus vulnerables ?",
		"bonjour, dans la fiche 3 de la moselle, quels profils de familles sont les plus vulnérables ?",
		"fiche 3 moselle: which family profiles does its analysis single out as more vulnerable?",
	}, "familles nombreuses", "fiche 3")
}

// An English question on a topic no schéma treats, named by a noun both
// languages share ("prostitution", "radicalism"), is not found.
func TestSharedNounNoSchemaUses(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"does the Moselle plan have an action on child prostitution / sexual exploitation of minors?",
		"who pilots the action on child prostitution in Moselle?",
		"hi all, is there anything in the Isère plan about child prostitution? asking for a training",
	})
}

// "Qui l'a signé ?" asks for the editorial's signatory; "how are they
// grouped?" for the axes.
func TestSignedAndGrouped(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"le schéma moselle, qui l'a signé ?",
		"qui l'a signé, le schéma de la Moselle ?",
		"Moselle plan: who signed it?",
	}, "WEITEN")
	answersAll(t, eng, []string{
		"how many action fiches are in the isère plan and how are they grouped?",
		"combien de fiches en Isère et comment sont-elles regroupées ?",
		"how many fiches does the Isère schéma have, and how are they grouped? thx",
	}, "Objectif stratégique 5")
}

// "Et l'équivalent côté Isère ?" after a definition: the other schéma's
// acronym whose expansion holds most of the first one's words.
func TestEquivalentInTheOtherSchema(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, tt := range []struct{ first, follow, want string }{
		{"ca veut dire quoi CDIP dans le schema moselle ?", "et l'equivalent cote isere c'est quoi le sigle ?", "CRIP"},
		{"question bête : CDIP ça veut dire quoi dans le schéma moselle ?", "ok merci ! et l'équivalent dans l'autre schéma ?", "CRIP"},
		{"what does CRIP mean in the Isère doc?", "does Moselle have the same kind of unit? what's it called there", "CDIP"},
	} {
		_, conv := eng.Ask(ctx, tt.first, chat.Conversation{})
		a, _ := eng.Ask(ctx, tt.follow, conv)
		if !a.Found || !strings.Contains(a.Text, "**"+tt.want+"**") {
			t.Errorf("%q after %q:\n got %q\nwant %s", tt.follow, tt.first, a.Text, tt.want)
		}
	}
}

// "The fourth one" after the axes (even asked in a two-part question) is
// the fourth axis; "comment sont-elles organisées" asks for the axes.
func TestRankAfterTheAxes(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	for _, tt := range []struct{ first, follow string }{
		{"For my report to the council: how many orientations structure the Moselle plan, and what are they in short?", "Please list the action sheets under the fourth one."},
		{"quelles sont les orientations du schéma moselle ?", "et les fiches sous la quatrième ?"},
		{"what are the orientations of the Moselle plan?", "which fiches sit under the 4th one?"},
	} {
		_, conv := eng.Ask(ctx, tt.first, chat.Conversation{})
		a, _ := eng.Ask(ctx, tt.follow, conv)
		if !a.Found || !strings.Contains(a.Text, "Orientation 4") || !strings.Contains(a.Text, "Fiche 11") {
			t.Errorf("%q after %q:\n got %q\nwant the fiches of Orientation 4", tt.follow, tt.first, a.Text)
		}
	}
	answersAll(t, eng, []string{
		"Combien de fiches action compte le schéma de l'Isère et comment sont-elles organisées ?",
		"isère : comment sont organisées les fiches ?",
		"les fiches du schéma isère, comment sont-elles organisées ?",
	}, "Objectif stratégique 5")
}

// Follow-ups in a thread, each behaviour asked in several wordings after
// the same questions.
func TestThreadFollowUps(t *testing.T) {
	eng := testEngine(t)
	isere18 := "On parle beaucoup de la refonte du milieu ouvert en Isère avec les niveaux 1 à 4 : quels sont les objectifs ?"
	for _, tt := range []struct {
		name    string
		prior   []string
		follows []string
		wants   []string
	}{
		{"a milestone named among a list's fiches, then its pilot", []string{
			"Quelles fiches actions relèvent de l'objectif stratégique 3 dans le schéma de l'Isère ?",
			"parmi elles laquelle a un bilan prévu en 2021 ?",
		}, []string{
			"et elle est pilotée par qui ?",
			"who leads it?",
			"ok merci, et le pilote ?",
		}, []string{"Fiche action n°17", "établissement public départemental"}},
		{"a figure between two questions on a fiche keeps the fiche", []string{
			"Which fiche covers Moselle's hors-les-murs offer and what actions are planned?",
			"what share of reception capacity was hors les murs in 2018, compared with 2013?",
		}, []string{
			"and who are the contributors listed on that fiche?",
			"qui sont les contributeurs de cette fiche ?",
			"ok merci ! et les contributeurs de la fiche ?",
		}, []string{"Fiche action n°9", "Associations habilitées"}},
		{"a question on the whole schéma moves the thread to the schéma",
			[]string{"qui pilote la fiche 14 en Isère ?", "how many action sheets does the Isère schéma have in total?"}, []string{
				"was a consultancy involved in drafting it?",
				"and did a consultancy help draft it?",
				"y a-t-il eu un cabinet pour l'élaboration du schéma ?",
			}, []string{"ENEIS"}},
		{"'même question' after a figure: the other schéma's fiche on the same topic", []string{
			"Quick one: how fast did the number of unaccompanied minors placed in Moselle grow before the new plan?",
			"what indicators will they track?",
		}, []string{
			"même question pour l'Isère",
			"same question for Isère?",
			"ok merci ! et pour l'Isère, même question ?",
		}, []string{"Fiche action n°16", "places habilitées dédiées aux MNA"}},
		{"a field of \"this fiche\" after a passage: the fiche the last question's topic names", []string{
			"le « hors les murs » en Moselle, c'est quoi au juste ?",
			"et quelle part des capacités d'accueil ça représente ?",
		}, []string{
			"ok top. qui sont les contributeurs de cette fiche ?",
			"and who are the contributors of that fiche?",
			"merci ! et les contributeurs ?",
		}, []string{"Fiche action n°9", "Magistrats"}},
		{"the other schéma, the same topic said in words", []string{
			"hello - who is in charge of the Moselle action sheet on unaccompanied minors (MNA)?",
		}, []string{
			"and on the Isère side, same topic?",
			"same subject for Isère?",
			"ok thanks, and on the Isère side?",
		}, []string{"Fiche action n°16", "Accueil en Protection de l'Enfance"}},
		{"'dans l'autre schéma' with a topic of its own",
			[]string{"je prepare le copil demain : qui est responsable de la refonte de l'accueil des MNA en isère ?"}, []string{
				"et dans l'autre schéma, qui s'occupe des mineurs non accompagnés ?",
				"and in the other plan, who is in charge of unaccompanied minors?",
				"ok merci. et dans l'autre schéma, le pilote pour les MNA ?",
			}, []string{"Moselle", "Fiche action n°11"}},
		{"a word pointing back keeps the fiche, whatever else the follow-up says", []string{isere18}, []string{
			"Qui porte ce chantier au Département ?",
			"who is in charge of this project at the Département?",
			"Which indicators would show whether this is working for families?",
		}, []string{"Fiche action n°18"}},
		{"and asks its field", []string{isere18}, []string{
			"Qui porte ce chantier au Département ?",
			"who is in charge of this project at the Département?",
		}, []string{"Chef de service Accompagnement de l'enfant et de sa Famille"}},
		{"a noun after a demonstrative that the thread's fiche holds points back to it, though another fiche holds it too",
			[]string{"qui pilote la fiche 1 sur le référentiel PMI en Isère ?"}, []string{
				"il sort quand ce référentiel ?",
				"when is this référentiel due?",
				"ok merci, et ce référentiel il est prévu pour quand ?",
			}, []string{"Fiche action n°1 :|Fiche action n°1:"}},
		{"\"what about\" the other schéma keeps the thread's field", []string{"what does Moselle plan concretely for unaccompanied minors?"}, []string{
			"and what about Isère?",
			"what about Isère?",
			"ok thanks, and what about the Isère plan?",
		}, []string{"Refondre le dispositif actuel"}},
		{"a year asked with \"dès\" of the thread's fiche", []string{"qui pilote la fiche 28 en Isère ?"}, []string{
			"et qu'est-ce qui était prévu dès 2019 là-dedans ?",
			"what was already due in 2019 in it?",
			"ok merci, et dès 2019 il y avait quoi de prévu ?",
		}, []string{"Diffusion du nouveau programme de formation"}},
		{"a follow-up naming another fiche by its title is about it", []string{"qui pilote la fiche 1 en Isère ?"}, []string{
			"ok. et la démarche petits pas grands pas, avec qui ?",
			"et la démarche petits pas grands pas, quels partenaires ?",
			"and the démarche Petits Pas Grands Pas: who are the partners?",
		}, []string{"Fiche action n°3"}},
	} {
		t.Run(tt.name, func(t *testing.T) { answersInThread(t, eng, tt.prior, tt.follows, tt.wants...) })
	}
}

// A part of the schéma named by what it is about ("la partie sur…", "the
// section about…", "le volet consacré à…") is the axis whose title says
// it: its fiches are listed, whatever else the message says.
func TestPartNamedByWhatItIsAbout(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"dans le schéma mosellan, la partie sur la transformation qualitative du dispositif, quelles fiches ?",
		"Moselle: the section about the qualitative transformation of the system, which fiches are in it?",
		"je prépare un copil : le volet consacré à la transformation qualitative du dispositif en Moselle regroupe quelles fiches ?",
	}, "Fiche 9", "Fiche 10", "Fiche 11")
	answersAll(t, eng, []string{
		"la partie du schéma isérois sur l'accompagnement des professionnels, ça couvre quelles fiches ?",
		"which fiches are in the Isère chapter on supporting professionals?",
		"hello, new here :) le chapitre de l'Isère dédié à l'accompagnement des professionnels contient quelles fiches action ?",
	}, "Fiche 28", "Fiche 30", "Fiche 32")
}

// A quoted sentence that ends on its colon is followed by the items it
// announces, even when the sentence before it ranks first and the items
// run long or over two chunks.
func TestListAfterTheSentenceThatLeadsIt(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Dans la stratégie pauvreté, l'Isère s'est engagée avec l'Etat sur quoi en premier ?",
		"stratégie pauvreté en Isère : quels axes d'intervention conventionnés avec l'Etat ? c'est pour une note",
		"Isère and the anti-poverty strategy: what did the Département commit to with the State first?",
	}, "maraudes", "sorties sèches", "périnatalité")
}

// Another département's schéma, compared with one the bot has ("comme en
// Isère"), is not the one it has: the bot says it does not hold it.
func TestAnotherDepartementComparedWithOurs(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"Est-ce que le schéma de la Drôme prévoit aussi une commission d'accueil pluriel comme en Isère ?",
		"like in Isère, does the Drôme plan have a commission d'accueil pluriel?",
		"bonjour ! le schéma de la Gironde a une cellule de recueil des IP comme la Moselle ? je compare pour un mémoire",
	})
}

// A field set aside ("en dehors des pilotes", "other than the pilots") is
// not the field asked.
func TestFieldSetAside(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"En dehors des pilotes, qui contribue à la fiche 2 de la Moselle ?",
		"à part les pilotes, qui participe à la fiche 2 en Moselle ?",
		"other than the pilots, who contributes to Moselle fiche 2? for our partners meeting",
	}, "Centres sociaux")
}

// An acronym written with dots ("P.I.P.P.I") is an acronym: what it
// stands for is spelled out where the text names it.
func TestDottedAcronym(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Moselle mentions P.I.P.P.I in the evaluation fiches, what does it stand for?",
		"que veut dire P.I.P.P.I. dans le schéma mosellan ?",
		"what does P.I.P.P.I stand for?",
	}, "Programme d'Intervention Pour Prévenir l'Institutionnalisation")
}

// The years a schéma runs over are its period, however the question is
// dressed ("sorry if this is obvious").
func TestYearsTheSchemaRunsOver(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"sorry if this is obvious, what years does the schéma run over?",
		"désolée si c'est bête, le schéma couvre quelles années ?",
		"what years does the schéma cover?",
	}, "2020", "2024", "2019", "2023")
}

// A filler word inside a cue ("what are they actually planning", "qui
// pilote vraiment") does not hide what is asked.
func TestFillerInsideACue(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"In Moselle, what are they actually planning for the PPE?",
		"what are they really planning around the projet pour l'enfant in Moselle? new here",
		"in Moselle what are they basically planning on the PPE, concretely?",
	}, "Appréhender le PPE comme le support du parcours")
}

// After a definition, the other schéma named alone ("and in Moselle?", "et
// côté Moselle, ça s'appelle comment ?") asks for its counterpart when it
// does not use the acronym.
func TestCounterpartInTheOtherSchema(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"petite question : la CRIP c quoi exactement dans le schéma de l'Isère ?"}, []string{
		"and in Moselle?",
		"et côté Moselle, ça s'appelle comment ?",
		"ok merci ! et en Moselle c'est quoi le nom ?",
	}, "CDIP")
}

// A figure's change ("la progression", "the growth") is printed as two
// figures: the words of change weigh little, the figures answer.
func TestChangeOfAFigure(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"je cherche le chiffre sur la progression du hors-les-murs en Moselle entre 2013 et 2018, vous l'avez ?",
		"what was the growth of 'hors les murs' care in Moselle between 2013 and 2018?",
		"hors les murs en Moselle, ça a progressé de combien entre 2013 et 2018 ?",
	}, "5,6%", "22,0%")
}

// A question word that asks a time ("c'est sur quelle période ?") asks the
// calendar, though another field's word names the topic ("diagnostic").
func TestTimeAskedOfAFieldWord(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Les CPOM avec les établissements habilités en Isère, diagnostic et contractualisation c'est sur quelle période ?",
		"le diagnostic des CPOM en Isère, c'est prévu quand ?",
		"bonjour, en Isère le diagnostic et la contractualisation des CPOM, sur quelle période svp ?",
	}, "Semestre 1 / 2022")
}

// An acronym asked with a sign ("ODPE = ?") or set apart by a dash before
// the question ("I keep seeing CRIP - what is it?") asks what it stands
// for, whatever the chat around it.
func TestAcronymAskedBySignOrDash(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"sorry if this is obvious, but ODPE = ?? it shows up everywhere in the schéma",
		"Hello, visiting researcher here :) reading the Isère document and I keep seeing \"ODPE\" - what is it?",
		"bonjour, je lis le schéma isérois pour ma formation, ODPE : c'est quoi ?",
	}, "Observatoire départemental de la protection de l'enfance")
}

// A means of contact named as what the answer is for ("pour un mail") is
// no contact asked: the pilot is the answer.
func TestContactAsPurpose(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"bjr, c'est qui le pilote de la fiche 7 en Isère ? j'ai besoin du nom du service pour un mail",
		"who leads Isère fiche 7? I need the service for an email",
		"qui pilote la fiche 7 de l'Isère, pour lui envoyer un mail ?",
	}, "Conseillère technique Politiques sociales")
}

// A town one works near ("en PMI vers Vienne") is no département whose
// schéma is asked for.
func TestTownNearby(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, je suis puéricultrice en PMI vers Vienne. La démarche Petits Pas Grands Pas, qui la porte ?",
		"I work near Vienne as a PMI nurse: who leads the Petits Pas Grands Pas approach?",
		"éduc près de Vienne ici, qui pilote la démarche Petits Pas ?",
	}, "Puéricultrice référente technique")
}

// A field said not to be asked ("the actions, not the objectives") is not
// the field asked.
func TestFieldSaidNotAsked(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"What does Moselle plan concretly for unaccompanied minors? I mean the actions, not the objectives :)",
		"pour les MNA en Moselle, je veux les actions, pas les objectifs",
		"MNA en Moselle : pas les objectifs, les actions prévues svp",
	}, "Action 1 : Poursuivre la diversification")
	answersAll(t, eng, []string{"MNA in Moselle: the objectives, not the actions please"}, "Exercer pleinement les compétences")
}

// English words of reach and diversity find the fiche that says them its
// way ("toucher des publics diversifiés").
func TestReachingDiverseFamilies(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"How does Isère plan to make PMI reach more diverse families? what are the concrete steps?",
		"Hey, what are the objectives of the Isère action about the PMI reaching more diverse families?",
		"in Isère, who leads the work on PMI reaching diverse publics? asking for a colleague",
	}, "toucher des publics diversifiés")
}

// "Qu'est-ce qui va changer", "what changes" ask what the fiche will do;
// "measures" of protection ask no indicators.
func TestWhatWillChange(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"What changes does Isère plan for home-based support measures (the AED/AEMO intensity levels 1 to 4)?",
		"pour l'AED/AEMO en isère avec les niveaux 1 à 4, ils veulent changer quoi ?",
		"je bosse en milieu ouvert : qu'est-ce qui va changer pour l'AED/AEMO de niveaux 1 à 4 en Isère ?",
	}, "Pour les actuels niveaux 1 à 3")
}

// The priorities a schéma's own text announces ("le schéma affirme trois
// priorités :") answer "its big priorities", counted or not; a law's axes
// do not answer the schéma's.
func TestPrioritiesTheSchemaAnnounces(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Les grandes priorités du schéma Enfance Jeunesse Familles de la Moselle, c'est quoi en résumé ? j'ai 2 min pour le présenter",
		"la Moselle affiche quelles grandes priorités dans son schéma 2019-2023 ?",
		"bonjour, c'est quoi les priorités du schéma de la moselle, en bref ?",
	}, "trois priorités", "dans sa famille")
	answersAll(t, eng, []string{"quels sont les grands axes du schéma mosellan 2019-2023 ?"}, "PILOTER, EVALUER")
}

// "Which schools", "dans quels établissements": the list the text
// announces of that noun ("dans 8 établissements :") answers, though the
// question does not count them.
func TestWhichOnesOfAnAnnouncedList(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Dans quels établissements l'Isère teste l'accueil en internat scolaire ?",
		"which schools are part of the Isère internat scolaire experiment?",
		"list the schools in the Isère internat scolaire experiment pls, it's for a map",
	}, "Villemoirieu", "Mens")
}

// What is due over a period, named in the milestones' own words ("hiring"
// for "Recrutement des moniteurs éducateurs"), lists those milestones only,
// whatever the chat around; things asked in the plural over a period are
// that list.
func TestHiresDueInAPeriod(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"Which Isère actions have hiring of staff scheduled for the 2nd half of 2019?",
		"What hires were scheduled for the second half of 2019 in the Isère plan?",
		"je monte le tableau RH : quels postes le schéma isérois prévoyait de recruter au 2e semestre 2019 ?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		for _, want := range []string{"moniteurs éducateurs", "équipe mobile", "Recrutement de l'agent"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%q: got %q, want %q", q, a.Text, want)
			}
		}
		if strings.Contains(a.Text, "Petits Pas") {
			t.Errorf("%q lists milestones that hire no one: %q", q, a.Text)
		}
	}
}

// A share that changed, asked with the words of chat around it ("elle est
// passée de combien à combien", "c'est vrai ?"), is the sentence that gives
// both figures.
func TestShareThatChanged(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"en moselle la part des accueils hors les murs elle est passée de combien à combien ?",
		"on m'a dit qu'en moselle le hors les murs était passé de genre 5% à plus de 20% des capacités d'accueil, c'est vrai ? c'est quoi les chiffres exacts",
		"et aujourd'hui le hors les murs en Moselle ça représente combien des capacités d'accueil ?",
	}, "22,0%")
}

// Between an acronym and the question about it, the words that only say
// where it was read ("dans le schéma de la Moselle", "saw it in the
// glossary") do not hide that a definition is asked.
func TestAcronymThenWhereItWasRead(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"CTT dans le schéma de la moselle c'est quoi svp ?",
		"CTT, vu dans le glossaire mosellan, c'est quoi ?",
		"CTT in the Moselle schéma, what is it exactly?",
	}, "Commission territoriale transversale")
	answersAll(t, eng, []string{"CREAI, saw it in the Isère glossary, what is it exactly?"}, "Centre régional d'études")
}

// A question that refers back to the sentence before it ("quelles fiches
// en parlent ?") asks about that sentence's topic: never every fiche.
func TestListAboutTheSentenceBefore(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"On réfléchit à lancer des conférences familiales. Dans le schéma de la Moselle, quelles fiches en parlent ?",
		"on envisage des conférences familiales. quelles fiches de la Moselle en parlent ?",
		"which Moselle fiches mention family group conferences? we're thinking of starting some",
	}, "Fiche 6", "Fiche 12")
}

// A schéma named by a period no document has ("the Isère 2025-2029
// schéma", "le prochain schéma 2024-2028") is not held: the bot says so
// rather than answer from the one it has.
func TestSchemaOfAnotherPeriod(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"What does the Isère 2025-2029 schéma plan for unaccompanied minors?",
		"que prévoit le schéma 2025-2029 de l'Isère pour les MNA ?",
		"bonjour, le prochain schéma de la Moselle 2024-2028, il dit quoi sur la PMI ? merci",
	})
}

// An emoji ends what the chat said before the question ("je suis
// sage-femme de PMI 🙂 quelles fiches…"): the fiches are those of the
// question, not of the chat.
func TestEmojiEndsTheChatBefore(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour ! Je suis sage-femme de PMI en Isère 🙂 quelles fiches du schéma concernent directement la PMI ?",
		"coucou 👋 je suis puéricultrice 😊 quelles fiches isère parlent de la PMI ?",
		"new PMI midwife in Isère here 🙂 which fiches are about the PMI?",
	}, "Fiche 1", "Fiche 2", "Fiche 3")
}

// A message that asks two things both answered by one sentence quotes it
// once.
func TestTwoPartsOneSentenceQuotedOnce(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"Bonjour, combien de MNA étaient placés en Moselle fin 2018, et c'était combien en 2013 ?",
		"combien de placements MNA en Moselle fin 2018 et combien en 2013 ?",
		"how many MNA placements in Moselle at the end of 2018, and how many in 2013?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if n := strings.Count(a.Text, "111 placements MNA"); n != 1 {
			t.Errorf("%q: the sentence is quoted %d times\n%s", q, n, a.Text)
		}
	}
}

// "Et côté Isère ?" after a figure compared across two years asks the
// same figure of the other schéma, which gives it against another year.
func TestFigureOfTwoYearsInTheOtherSchema(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"Bonjour, combien de MNA étaient placés en Moselle fin 2018, et c'était combien en 2013 ?"},
		[]string{"et côté Isère ?", "et en Isère ?", "same for Isère?"}, "1 049")
}

// An acronym no document writes is taken out of a question as a whole word
// only, in any case, singular or plural.
func TestWithoutWord(t *testing.T) {
	for _, tt := range []struct{ in, w, want string }{
		{"le nombre d'IP reçues", "IP", "le nombre d' reçues"},
		{"how many IPs in 2022?", "IP", "how many  in 2022?"},
		{"les équipes ipsos", "IP", "les équipes ipsos"},
		{"ip", "IP", ""},
	} {
		if got := withoutWord(tt.in, tt.w); got != tt.want {
			t.Errorf("withoutWord(%q, %q) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
	}
}

// "When" that opens a clause inside an English sentence asks no date:
// "… find housing when they turn 18?" asks what is done, not when.
func TestSubordinateWhenAsksNoDate(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"what is Moselle doing to help young people in care find housing when they turn 18?",
		"how does Moselle support care leavers with housing when they reach 18?",
		"hi! what happens in Moselle when a young person in care turns 18, for housing?",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if strings.Contains(a.Text, "Calendar (") || strings.Contains(a.Text, "no calendar") || strings.Contains(a.Text, "falls due") {
			t.Errorf("%q: got a date answer %q", q, a.Text)
		}
	}
	answersAll(t, eng, []string{"what is Moselle doing to help young people in care find housing when they turn 18?"}, "baux glissants")
	// The interrogative "when" still asks a date.
	answersAll(t, eng, []string{
		"when is the protocole d'accès à l'autonomie due in Isère?",
		"Isère's protocole d'accès à l'autonomie is due when?",
		"and when is Isère's protocole d'accès à l'autonomie due? thx",
	}, "2021-2022")
}

// How the asker wants the answer put ("en 3 lignes", "in a nutshell")
// asks nothing of the documents: the answer is the question's without it.
func TestFormatRequestsAskNothing(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct{ plain, dressed string }{
		{"résume-moi ce que dit le schéma isérois sur les MNA", "résume-moi en 3 lignes ce que dit le schéma isérois sur les MNA"},
		{"who leads the Isère fiche on boarding school?", "in a nutshell: who leads the Isère fiche on boarding school?"},
		{"les grandes orientations du schéma isère ?", "les grandes orientations du schéma isère en quelques mots svp"},
	} {
		a, _ := eng.Ask(context.Background(), tt.plain, chat.Conversation{})
		b, _ := eng.Ask(context.Background(), tt.dressed, chat.Conversation{})
		if a.Text != b.Text || a.Found != b.Found {
			t.Errorf("%q answers\n %q\nbut %q answers\n %q", tt.dressed, b.Text, tt.plain, a.Text)
		}
	}
}

// After a fiche, "which fiches cover the same thing" in the other schéma
// lists that schéma's fiches on the thread fiche's topic.
func TestFichesOnTheSameThingInTheOtherSchema(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"la fiche 7 de la Moselle, c'est quoi ses objectifs ?"}, []string{
		"and on the Isère side, which fiches cover the same thing?",
		"et côté Isère, quelles fiches traitent de la même chose ?",
		"ok merci. et en Isère, il y a quelles fiches sur le même sujet ?",
	}, "Fiche 25")
}

// A relative pronoun ("les gamins qui…", "kids who…") asks nothing: the
// message around it is one question, not two joined by "et".
func TestRelativeClauseIsNoSecondQuestion(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"pour les gamins qui relèvent à la fois du soin, du handicap et de l'ASE, quelles actions sont prévues en Moselle ?",
		"for kids who need care, disability support and child protection at once, which actions are planned in Moselle?",
		"bonjour, les jeunes qui ont besoin de soins et d'un accompagnement handicap et éducatif, qu'est-ce que la Moselle prévoit comme actions ? merci",
	}, "pair-aidance")
}

// "Ce qui tombe en 2023" asks what falls due in that year.
func TestWhatFallsDueInAYear(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Est-ce que qqn sait ce qui tombe en 2023 dans le calendrier du schéma de l'Isère ?",
		"isère : qu'est-ce qui tombe en 2023 ?",
		"what comes due in 2023 in the Isère plan? for our planning meeting",
	}, "Fiche 32")
}

// In a thread about one fiche, what falls due in a year, asked as a
// continuation, is due in that fiche.
func TestWhatFallsDueInTheThreadFiche(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"en isère qui pilote la refonte de l'accompagnement à domicile (les niveaux 1 à 4) ?"}, []string{
		"et niveau calendrier, qu'est-ce qui tombe en 2021 ?",
		"et côté calendrier, qu'est-ce qui arrive à échéance en 2021 ?",
		"ok merci, et qu'est-ce qui tombe en 2021 ?",
	}, "Bilan des accompagnements sans niveau")
}

// The towns where something took place in a month are places, not what
// fell due then.
func TestTownsOfAPeriod(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Which towns hosted the Moselle territorial conferences in September 2018?",
		"dans quelles villes se sont tenues les conférences territoriales de Moselle en septembre 2018 ?",
		"bonjour, pour un historique : les conférences de territoire de septembre 2018 en Moselle, c'était dans quelles villes ?",
	}, "Sarreguemines")
}

// A passage that holds a fiche's topic but says nothing of the field asked
// does not answer instead of the fiche.
func TestFieldAskedOfAFicheNotItsContext(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"What indicators will Isère use to evaluate the revamped emergency placement system (accueil d'urgence)?",
		"quels indicateurs pour le dispositif d'accueil d'urgence en Isère ?",
		"salut ! pour un bilan, l'accueil d'urgence en isère, on le mesure avec quels indicateurs ?",
	}, "Orientations suite à un accueil d'urgence")
}

// A two-part message sets the thread's topic with its first part: "them"
// next refers to what the first part asked about.
func TestTwoPartMessageKeepsTheFirstTopic(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"hey, for a briefing tomorrow: how many unaccompanied minors were in placement in Moselle at end of 2018, and how does that compare with a few years earlier?"}, []string{
		"ok and what does the plan actually propose for them?",
		"et qu'est-ce que le schéma leur propose ?",
		"what's proposed for them?",
	}, "semi-autonomie")
}

// "Change how they are funded and run": an embedded "how" after a verb
// asks nothing, so the message is one question.
func TestEmbeddedHowIsNoSecondQuestion(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Isère wants to change how habilitated establishments are funded and run - what are the stated goals?",
		"l'Isère veut changer comment la tarification des établissements habilités est faite et suivie : quels objectifs ?",
		"for my notes: Isère wants to change how the tarification of habilitated services works and is followed, what goals does it set?",
	}, "barrières budgétaires")
}

// "MNA : c'est quoi le plan pour…" asks for the plan, not what MNA means.
func TestWhatTheThingAfterAnAcronym(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Isère, MNA : c'est quoi le plan pour refondre l'hébergement et l'accompagnement ?",
		"MNA en Isère : c'est quoi le projet pour l'hébergement et l'accompagnement ?",
		"salut ! MNA : c'est quoi les actions prévues en Isère pour leur hébergement ?",
	}, "Refondre le dispositif actuel d'hébergement")
}

// A département without a schéma here, named by the sentence that asks,
// is the one asked about: a covered one named around it is context.
func TestOtherDepartementAskedBesideACoveredOne(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"Que prévoit le schéma de la Drôme pour l'accueil des MNA ? on est voisins de l'Isère",
		"What does the Drôme plan say about unaccompanied minors? we're next to Isère",
		"bonjour, qui pilote la CRIP dans le schéma de la Savoie ? je connais celui de l'Isère",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if a.Found || !strings.Contains(a.Text, "Isère (2020-2024)") {
			t.Errorf("%q: got %q, want a not-found that names the schémas held", q, a.Text)
		}
	}
}

// "Similar numbers?" a few turns after a figure asks that figure again,
// whatever was asked in between.
func TestFigureAskedAgainAfterOtherTurns(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"hey, for a briefing tomorrow: how many unaccompanied minors were in placement in Moselle at end of 2018?",
		"ok and what does the plan actually propose for them?",
	}, []string{
		"and what about Isère, similar numbers?",
		"et en Isère, les chiffres ?",
		"thanks! and the numbers for Isère?",
	}, "1 049")
}

// "Where and when" asks where something took place, with its dates, not
// a fiche's calendar.
func TestWhereAndWhen(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"en Moselle il y a eu des conférences de territoire, c'était où et quand ?",
		"where and when were the territorial conferences held in Moselle?",
		"salut, les conférences de territoire de la Moselle, elles ont eu lieu où et quand ?",
	}, "Sarrebourg : jeudi 13 septembre 2018")
}

// An acronym asked "in the glossary" is a definition, whatever guess the
// asker adds around it.
func TestAcronymAskedOfTheGlossary(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"CP dans le glossaire moselle c'est pas cours préparatoire j'imagine 😅 c'est quoi ?",
		"CP in the Moselle glossary, not the school year I guess, what is it?",
		"le sigle CP dans le glossaire de la Moselle, ça veut dire ?",
	}, "Concertation préventive")
}

// A detail of one action item ("un outil italien", "what tools") is
// answered by the item whole: its head and all the ways it is carried out,
// not only the line that shares most words with the question.
func TestActionItemShownWhole(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"en Moselle comment ils veulent recueillir la parole de l'enfant pendant l'évaluation ? j'ai entendu parler d'un outil italien",
		"bonjour, pour recueillir la parole de l'enfant pendant l'évaluation, la Moselle prévoit quoi ?",
		"Moselle: how do they plan to collect the child's word (recueil de la parole de l'enfant) during assessment?",
	}, "monde de l'enfant")
}

// "How does that compare with…", "do they report" frame a question
// without naming its topic: the figure asked is the placements.
func TestAskingFrameIsNoTopic(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"thx. how does that compare with Moselle – how many MNA placements do they report?",
		"and how does it compare in Moselle? how many MNA placements does the plan report?",
		"Moselle: how many MNA placements do they report? it's for a briefing",
	}, "362")
}

// A person's name asked of a role ("c'est qui (le nom) la cheffe de
// service…") is not in the schéma, which names roles: nothing is found,
// however the name is asked.
func TestPersonsNameAskedOfARole(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"C'est qui (le nom) la cheffe de service APE à la DEJS en Isère ? je dois lui écrire",
		"la cheffe de service APE en Isère, c'est qui ? son nom ?",
		"who (name please) is the head of the APE service in Isère?",
		"qqn connait le nom de la cheffe de service Accueil en Protection de l'Enfance en Isère ? je trouve pas son nom",
	})
}

// A name set aside ("la fonction, pas le nom", "not the name") is not
// asked: the pilot's role answers.
func TestNameSetAside(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"qui porte la démarche Petits Pas Grands Pas en Isère ? (la fonction, pas le nom)",
		"who runs Petits Pas Grands Pas in Isère? the role, not the name",
		"slt, pr mon tableau : qui pilote petits pas grands pas côté isère, la fonction pas le nom",
	}, "Puéricultrice référente technique PMI")
}

// "C'est quelle fiche qui traite de… ?" asks for one fiche: the answer
// says which, and the thread is about it ("et c'est piloté par qui ?").
func TestWhichOneFiche(t *testing.T) {
	eng := testEngine(t)
	for _, first := range []string{
		"Salut, je reprends le dossier MNA. Dans le schéma isérois c'est quelle fiche action qui traite de l'accueil des mineurs non accompagnés ?",
		"c'est quelle fiche qui parle de l'accueil des MNA en Isère ?",
		"which fiche of the Isère plan covers housing for unaccompanied minors?",
	} {
		a, conv := eng.Ask(context.Background(), first, chat.Conversation{})
		if !strings.Contains(strings.ToLower(a.Text), "fiche 16") {
			t.Errorf("%q\n got %q\nwant fiche 16 pointed out", first, a.Text)
		}
		for _, follow := range []string{"ok merci. et c'est piloté par qui ?", "and who leads it?"} {
			if b, _ := eng.Ask(context.Background(), follow, conv); !strings.Contains(b.Text, "Chef de service Accueil en Protection de l'Enfance") {
				t.Errorf("%q then %q\n got %q", first, follow, b.Text)
			}
		}
	}
}

// "Ça donne quoi ?", "what does it look like?" ask the thread's question
// again; "dans l'autre schéma" names where.
func TestWhatDoesItGiveInTheOtherSchema(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"qui pilote la fiche sur l'accueil des MNA en Isère ?",
	}, []string{
		"et dans l'autre schéma, ça donne quoi ?",
		"ok, et en Moselle ça donne quoi ?",
		"and in the other schéma, what does it look like?",
	}, "Sous-Direction de l'Aide Sociale à l'Enfance")
}

// "Any milestones for 2026?" asks for a year's list, like "which
// milestones"; a year outside the schéma's calendars has none.
func TestAnyMilestonesOfAYear(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"Does the Isère schéma set any milestones for 2026? we're building our multi-year roadmap",
		"Isère: any deadlines in 2026?",
		"hi, are there any milestones in 2026 in the Isère plan?",
	} {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); a.Found || !strings.Contains(a.Text, "No calendar milestone falls due in 2026") {
			t.Errorf("%q\n got %q", q, a.Text)
		}
	}
}

// "Ils font quoi sur le PPE ?" asks what a schéma does about what the
// acronym names, not what it stands for.
func TestWhatTheyDoAboutAnAcronym(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Et en Moselle, ils font quoi de leur côté sur le PPE ?",
		"la Moselle fait quoi sur le PPE ?",
		"qu'est-ce qu'ils font en Moselle sur le PPE ? merci",
	}, "Fiche action n°6")
}

// "How does Isère intend to…" asks how, which the actions say; "what is
// the fiche intended to achieve" asks its objectives.
func TestHowTheyIntendTo(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"How does Isère intend to help PMI reach more diverse families? concrete steps please",
		"how does Isère intend to make the PMI reach more diverse families?",
		"hello! how do they intend to help the PMI reach diverse families in Isère?",
	}, "Actions (“Les modalités de mise en œuvre”)")
	answersAll(t, eng, []string{
		"What is Isère's fiche 2 intended to achieve?",
		"Isère fiche 2: what is it intended to achieve?",
		"quick one: what's fiche 2 in Isère intended to achieve?",
	}, "Objectives (“Les objectifs”)")
}

// A list asked of alternatives ("teens turning 18 / young adults leaving
// care", "les MNA ou les jeunes majeurs") holds the fiches on either.
func TestListOfAlternatives(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Hi! new team lead here (ASE, Isère). Which fiches of the schéma deal with teens turning 18 / young adults leaving care?",
		"Isère: which fiches are about teens turning 18 or young adults leaving care?",
		"en Isère, quelles fiches parlent des ados qui vont avoir 18 ans / des sorties sèches ?",
	}, "Fiche 25", "Fiche 26")
}

// Two fields asked together of one fiche ("le calendrier et les
// indicateurs", "pilote et partenaires") are both answered.
func TestFieldsAskedTogether(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"quels sont le calendrier et les indicateurs de la fiche 21 en Isère ?",
		"Isère fiche 21: calendar and indicators please",
		"bonjour, pour la fiche 21 de l'Isère j'ai besoin de l'échéancier et des indicateurs",
	}, "Le calendrier", "Indicateurs de réalisation")
	answersAll(t, testEngine(t), []string{
		"fiche 21 isère : pilote et partenaires ?",
		"Isère fiche 21 – pilot and partners?",
		"salut, le pilote et les partenaires de la fiche 21 en Isère stp",
	}, "Le pilote", "Les acteurs associés")
	// "Our partners' calendar" joins no two fields: the date is asked.
	findsNothing(t, testEngine(t), []string{
		"When is Moselle supposed to sign its departmental prevention protocol? need a date for our partners' calendar",
	})
}

// "Ça a touché combien de…", "reached how many" ask a count; "touché"
// and "reached" name no topic.
func TestReachedHowMany(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Le baromètre en ligne de la Moselle (pour évaluer l'ancien schéma), ça a touché combien de répondants ?",
		"the Moselle online barometer reached how many respondents?",
		"coucou, le baromètre moselle ça a touché combien de répondants ?",
	}, "698 répondants")
}

// "Those two", "les deux", "each of them" after a list ask the field of
// every fiche listed.
func TestFieldOfEveryListedFiche(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"hey all, quick one on the Isère schéma: which fiches involve the Charmeyran?",
	}, []string{
		"ok thx. and who's in charge of those two?",
		"et qui pilote les deux ?",
		"who leads each of them?",
	}, "Fiche action n°17", "Fiche action n°21")
}

// "Un chiffre comparable ?", "a comparable figure?" after a figure ask
// that figure of the schéma named.
func TestComparableFigure(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"combien de MNA accueillis en Isère fin 2018 ? j'ai besoin du chiffre pour une note à l'élu",
	}, []string{
		"et côté Moselle, on a un chiffre comparable ?",
		"and for Moselle, a comparable figure?",
		"ok merci ! et en Moselle, un chiffre équivalent ?",
	}, "362")
}

// "How many staff, how many schools?" asks two counts: each is answered,
// from the fiche the message names.
func TestTwoCountsInOneMessage(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"How is the Isère boarding-school scheme supposed to work in practice? how many staff, how many schools?",
		"Isère internat scolaire : combien d'établissements, combien de moniteurs ?",
		"internat scolaire en Isère, how many schools, how many educators?",
	}, "8 établissements", "6 moniteurs éducateurs")
}

// "Which fiche works on it?" after a definition asks for the fiches on
// what the acronym names, in the thread's schéma; "works on it" names no
// topic.
func TestWhichFicheWorksOnIt(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"newbie question sorry, what does RAPT stand for in the Moselle doc?",
	}, []string{
		"got it. which fiche actually works on it?",
		"ok, and which fiches work on it?",
		"merci ! quelle fiche travaille dessus ?",
	}, "Fiche 8")
}

// A question that names nothing of its own ("c'est prévu pour quand ?") or
// points back ("cette action", "ce chantier", "that project") asks about
// the sentence before it, whatever the asker said of themselves first; a
// clause that passes on what the asker heard ("j'ai lu que…") is that
// topic, not chat.
func TestQuestionPointsBackToTheSentenceBefore(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Bonjour, je viens d'arriver comme cheffe de service en Moselle. Dans le schéma il y a une fiche pour aller au-delà du hors les murs et varier les façons d'accueillir les enfants (AEMO, urgence au CDE...). Qui est aux commandes de cette action ? merci d'avance",
		"New here. Moselle has a fiche about going beyond hors les murs, diversifying the ways children are taken in and the quality of care. Who runs that project?",
		"Moselle, la fiche qui veut aller au-delà du hors les murs et diversifier l'offre d'accueil. Qui pilote ce chantier ?",
	}, "Centre Départemental de l'Enfance")
	answersAll(t, eng, []string{
		"Bonjour à tous. Je suis greffière au tribunal et on reçoit des dossiers très différents d'un territoire à l'autre. J'ai lu que le schéma de l'Isère voulait uniformiser la façon dont les informations préoccupantes sont traitées : quel service porte ce chantier ?",
		"On m'a dit que l'Isère voulait harmoniser le traitement des informations préoccupantes entre territoires. Qui porte ce chantier ?",
		"I'm told Isère wants to harmonise how concerns about a child (IP) are handled across its territories. Who leads that project?",
	}, "Cellule de Recueil des Informations Préoccupantes")
	answersAll(t, eng, []string{
		"Bonjour, je bosse en PMI. On m'a dit que l'Isère allait mieux protéger les enfants exposés aux violences conjugales. C'est prévu pour quand ?",
		"J'ai entendu que l'Isère voulait mieux protéger les enfants dans les situations de violences conjugales. C'est pour quand ?",
		"Someone told me Isère will better protect children exposed to domestic violence. When is it due?",
	}, "Semestre 1 / 2022")
}

// A field word in what the asker says of themselves ("a team working
// with children") asks for nothing; what they say they want ("je cherche
// surtout…", "I mean…") asks.
func TestSelfDescriptionAsksNoField(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Hi! I just joined a Moselle team working with children going back to their parents after a placement. What does the plan actually propose to make those returns home last?",
		"Bonjour, je travaille avec des familles après un placement. Que prévoit la Moselle pour pérenniser les retours à domicile ?",
		"We work with families after a placement ends. What does Moselle plan to make returns home last?",
	}, "Organiser et sécuriser la suite d'une mesure")
	answersAll(t, eng, []string{
		"Comment va-t-on évaluer la fiche PPE de la Moselle ? Je cherche surtout les indicateurs d'impact.",
		"La fiche PPE de la Moselle, on l'évalue comment ? j'ai besoin des indicateurs d'impact",
		"How will Moselle assess its PPE fiche? I mean the impact indicators.",
	}, "taux de couverture")
}

// The schéma's period is asked whatever is said after the question.
func TestPeriodWithContextAfter(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Le schéma de l'Isère court sur quelle période exactement ? je dois l'indiquer dans un courrier",
		"sur quelle période court le schéma de l'Isère ? c'est pour un courrier",
		"Which years does the Isère plan run from? I need it for a letter to a judge.",
	}, "2020-2024")
}

// A field asked with a subject between the question word and its verb:
// "who on the Département side owns…", "how will Isère evaluate…".
func TestFieldCueAroundASubject(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"I'm a juvenile court clerk. Isère wants a lawyer to represent ASE at the Court of Appeal — who on the Département side owns that action?",
		"who in Isère leads the legal watch and support for ASE teams?",
		"Isère's legal support for the ASE teams: who at the Département runs it?",
	}, "Chargée de mission prévention")
	answersAll(t, eng, []string{
		"For our MECS quality review: how will Isère evaluate the action on preparing teens and young adults for independence?",
		"how will the Département evaluate the Isère action on young adults' access to autonomy?",
		"Isère, adolescents et jeunes majeurs vers l'autonomie : comment le Département va évaluer cette action ?",
	}, "ayant eu un entretien à 16")
}

// A question that points back may point back to what the asker says of
// their own work: that sentence is then the topic.
func TestQuestionPointsBackToTheAskersWork(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"On accueille de plus en plus d'enfants exposés aux violences conjugales. En Isère, c'est prévu pour quand ?",
		"Je suis éducatrice, je suis des enfants dans des situations de violences conjugales. L'Isère prévoit ça pour quand ?",
		"We see more and more children exposed to domestic violence. When is Isère's action on that due?",
	}, "Semestre 1 / 2022")
}

// Words in quotes name something ("the 'steer, evaluate, innovate'
// orientation"): they ask for no field. "Impact indicators" asks for the
// indicators, "impact" is no topic.
func TestQuotedNamesAndKindsOfIndicators(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Which action sheets sit under Moselle's 'steer, evaluate, innovate' orientation?",
		"Moselle, les fiches de l'orientation « piloter, évaluer, innover » ?",
		"bonjour, quelles fiches dans l'orientation \"piloter, évaluer, innover\" de la Moselle ? merci",
	}, "Fiche 13", "Fiche 14")
	answersAll(t, eng, []string{
		"What impact indicators are set for Moselle's Projet pour l'Enfant sheet?",
		"La fiche PPE de la Moselle, quels indicateurs d'impact ?",
		"for a review: Moselle's Projet pour l'Enfant fiche, the impact indicators?",
	}, "Renforcement de l'appropriation du PPE")
}

// "Un nom de fonction", "the job title" asks for a role, which the
// schéma gives; "son nom" asks for a person, which it does not.
func TestRoleNameIsNoPersonsName(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"bonjour, qui porte la démarche Petits Pas Grands Pas cote PMI en Isère ? jai besoin d'un nom de fonction pour mon CR",
		"Petits Pas en Isère : quel est le nom du poste qui pilote ?",
		"who leads the Petits Pas scheme in Isère? just need the name of the role",
	}, "Puéricultrice référente technique PMI")
	findsNothing(t, eng, []string{"qui pilote la démarche Petits Pas en Isère ? j'ai besoin de son nom", "Petits Pas in Isère: what's the lead's name?"})
}

// A field asked of a fiche named by its topic and placed in its
// orientation is that fiche's field, not the orientation's list.
func TestFieldOfAFichePlacedInItsOrientation(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"What is the Moselle fiche about innovation and quality of care (orientation 5) trying to achieve?",
		"orientation 5 de la Moselle, la fiche innovation : quels objectifs ?",
		"Moselle, orientation 5, fiche sur l'innovation, elle vise quoi ? merci",
	}, "chef de file")
}

// "What does the plan actually do to…" asks for the actions.
func TestWhatDoesThePlanDoTo(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"What does the Isère plan actually do to set up departmental regulation of orientations to placement places?",
		"what does Isère do to regulate orientations to its placement places?",
		"for my notes: what do they do in Isère to set up a departmental regulation of placements?",
	}, "Recruter un agent")
}

// "On le mesure comment ?" asks for the indicators, and the fiche's
// indicators answer whole, not the one indicator that repeats the
// question's words.
func TestMeasuredAsksForAllTheIndicators(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"suivi santé des enfants confiés en isere, on le mesure comment ?",
		"Isère, le suivi de la santé des enfants confiés : comment on le mesure ?",
		"the Isère health follow-up of children in care: how will it be measured?",
	}, "bilan initial", "bilan de suivi")
}

// "La lutte contre X" is about X: a fiche titled "Lutter contre Y" is no
// nearer to a topic no fiche treats, and still answers when named by Y.
func TestFightAgainstIsNoTopic(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"Qui pilote la lutte contre la prostitution des mineurs ?",
		"who's in charge of fighting child prostitution in Isère?",
		"bonjour, je bosse en MDS. Qui porte la lutte contre la prostitution des ados en Moselle ?",
		"qui pilote la lutte contre le harcèlement scolaire ?",
	})
	answersAll(t, eng, []string{
		"Qui pilote la lutte contre les sorties sèches ?",
		"je suis AS en MDS, on suit beaucoup de jeunes de 18 ans. C'est qui le pilote de la lutte contre les sorties sèches ?",
		"who leads the fight against dry exits from care?",
	}, "Chargée de mission prévention protection de l'enfance")
}

// "Le schéma a une fiche sur X, elle vise quoi ?": the field asked of the
// one fiche looked for, then the thread is about that fiche.
func TestFieldOfTheFicheLookedFor(t *testing.T) {
	eng := testEngine(t)
	asks := []string{
		"Le schéma de l'Isère a une fiche sur les violences conjugales, elle vise quoi ?",
		"Salut, je suis AS de secteur et je me sens seule sur ces situations. Je crois que l'Isère a une fiche sur les enfants exposés aux violences conjugales, elle vise quoi exactement ?",
		"il y a une fiche sur les violences conjugales en Isère, ça vise quoi ?",
	}
	answersAll(t, eng, asks, "travail en réseau")
	answersInThread(t, eng, asks[:1], []string{"ok merci. et qui pilote ?", "et c'est piloté par qui ?"}, "PMI")
}

// What the asker says of their own work asks for nothing: "on passe des
// heures au téléphone" wants no phone number and no duration, "pour mon
// mail" no address.
func TestOwnWorkAsksForNoContact(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Bonjour, je suis cheffe de service accueil familial en Isère. On passe des heures au téléphone pour trouver une place pour un enfant, c'est épuisant. La régulation départementale des places, concrètement ça consiste en quoi ?",
		"je passe ma vie au téléphone pour trouver des places. la régulation départementale des places en Isère, ça prévoit quoi ?",
		"We spend hours on the phone to find a placement. What does Isère plan for its departmental regulation of placement places?",
	}, "disponibilité")
	answersAll(t, eng, []string{
		"Salut, qui pilote la fiche 12 en Isère ? j'ai besoin du nom du service pour mon mail",
		"qui porte la fiche 12 en Isère, c'est pour notre courriel",
		"who leads fiche 12 in Isère? I need the service name for my email",
	}, "Médecin départemental de PMI")
}

// A message that asks two things after some chat: the first part is
// asked as the question it is, its chat aside, and neither part is said
// not found.
func TestTwoQuestionsAfterChat(t *testing.T) {
	eng := testEngine(t)
	asks := []string{
		"On fait un point d'equipe sur l'augmentation des MNA, on en a 4 nouveaux ce mois-ci sur notre secteur. Combien il y avait de placements MNA en Moselle fin 2018, et combien en 2013 ?",
		"point d'équipe demain, on a eu 3 arrivées cette semaine. Combien de placements MNA en Moselle fin 2018, et combien en 2013 ?",
		"We got four new arrivals this month. How many MNA placements did Moselle have at the end of 2018, and how many in 2013?",
	}
	answersAll(t, eng, asks, "362", "111")
	for _, q := range asks {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); strings.Contains(a.Text, "pas trouvé") || strings.Contains(a.Text, "did not find") {
			t.Errorf("%q: a part said not found:\n%s", q, a.Text)
		}
	}
}

// "À quel moment" asks when; "cb" is chat for "combien".
func TestChatWordsForWhenAndHowMany(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Le protocole de prévention en Isère, il doit être signé à quel moment ?",
		"at what point is the Isère prevention protocol to be signed?",
		"bonjour, pour mon planning : le protocole de prévention isérois, c'est signé à quel moment ?",
	}, "Signature du Protocole : 2022")
	answersAll(t, eng, []string{
		"cb de MNA en Moselle fin 2018 ?",
		"salut ! cb de placements MNA en Moselle fin 2018 stp",
		"cb de placements de mineurs non accompagnés en Moselle en 2018 ?",
	}, "362")
}

// A person's name ("nom prénom", "her full name") is not in the schémas,
// whatever post the question names; "la fonction pas le nom" asks for the
// post.
func TestFirstNameAndSurnameAreNotGiven(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"c'est qui la cheffe de service APE en Isère (nom prénom) ? je dois lui écrire",
		"le chef de service APE à la DEJS, son nom et prénom svp",
		"I need the first name and surname of the head of child protection placements in Isère",
	})
}

// A sentence about the asker that ends on a place ("je prends un poste
// en Isère.") is still chat before the question.
func TestSentenceEndingOnAPlaceIsChat(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, je prends un poste de cadre PMI en Isère. Quelles fiches du schéma concernent la PMI ?",
		"je viens d'arriver comme cadre en Isère. quelles fiches concernent la PMI ?",
		"New PMI manager here, based in Isère. Which fiches concern the PMI?",
	}, "Petits Pas", "publics diversifiés")
}

// The asker's trade ("je suis greffier", "conseillère CAF") is no topic
// word the schémas lack, and "censé" is chat.
func TestAskersTradeIsNoMissingTopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Je suis greffier, on va avoir un avocat du Departement en appel (Isère). Ils vont suivre quoi comme indicateurs pour voir si ça sert ?",
		"je suis greffière, l'avocat du Département en appel en Isère, quels indicateurs pour le suivre ?",
		"court clerk here: which indicators will Isère track for its lawyer at appeal hearings?",
	}, "audiences en Cour d'appel")
	answersAll(t, eng, []string{
		"bonjour à tous, je suis conseillère CAF en Isère. On est cités dans le protocole de prévention prévu par la loi de 2016 : il est censé etre signé quand ?",
		"je suis puéricultrice. le protocole de prévention de l'Isère est censé être signé quand ?",
		"I'm a CAF adviser in Isère: when is the prevention protocol supposed to be signed?",
	}, "2022")
}

// "What does Moselle plan so that…", "what do they plan for…" ask for the
// actions; "what does the plan say about…" does not.
func TestWhatDoesItPlanAsksActions(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"I'm a family support worker. What does Moselle plan so that children can express themselves during the initial evaluation?",
		"what does Moselle plan to make the initial evaluation a lever for working with the family?",
		"for my notes: what do they plan for the initial evaluation with families in Moselle?",
	}, "Action 1")
}

// "Which fiches concern X" asks which fiches treat X; "concern reports"
// are the informations préoccupantes.
func TestConcernAsVerbAndAsReport(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Which fiches concern the PMI in Isère?",
		"which Isère fiches concern PMI? for my onboarding",
		"In Isère, what action sheets concern maternal and child health (PMI)?",
	}, "Petits Pas", "publics diversifiés", "référentiel départemental d'intervention")
	answersAll(t, eng, []string{
		"who handles concern reports in Isère? which fiche harmonises their processing?",
		"Isère: which fiche is about harmonising how concern reports are processed?",
		"quick one, the Isère fiche on processing child protection concerns - who leads it?",
	}, "Harmoniser les pratiques de traitement des informations préoccupantes")
}

// A claim quoted from a slide or a mail, asked to be checked, is what is
// searched; the words around it are chat.
func TestQuotedClaimToCheck(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"« signature du protocole de prévention prévue en 2022 » : j'ai lu ça dans un CR de CTS, c'est bien ce que dit le schéma de l'Isère ?",
		"sur une slide du copil : « protocole de prévention signé en 2022 ». c'est exact pour l'Isère ?",
		"A partner's email says \"the prevention protocol will be signed in 2022\" - is that right for Isère?",
	}, "Signature du Protocole : 2022")
}

// A quoted claim that states a field ("le CDE copilote…") is checked
// against that field of the fiche it names.
func TestQuotedClaimStatesItsField(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Sur une slide du copil il y a : « le CDE copilote la diversification de l'offre ». C'est vrai d'après le schéma de la Moselle ?",
		"« le Centre départemental de l'enfance pilote la diversification de l'offre » : c'est exact pour la Moselle ?",
		"A slide says \"the CDE pilots the diversification of the offer\" - is that right for Moselle?",
	}, "Centre Départemental de l'Enfance")
}

// A mail named as where the asker read something ("dans un mail de la
// DEJS j'ai lu…", "in an email from…") asks for no address.
func TestMailReadIsNoContactAsked(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Hello, dans un mail de la DEJS j'ai lu « bilans médicaux et psychologiques initiaux réalisés par une équipe mobile » pour les enfants confiés. Dans le schéma isérois, qui pilote ça ?",
		"j'ai vu dans un mail que l'Isère organise le suivi de la santé des enfants confiés : qui pilote ?",
		"I read in an email that Isère is organising the health follow-up of children in care. Who leads it?",
	}, "Médecin départemental de PMI")
}
