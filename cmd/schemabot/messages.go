package main

import (
	"context"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
)

// messages are every sentence the command line says to its user, in
// French and in English: help, reports and errors (see explain). A verb
// takes the arguments of say; French quotes a value « %s » where English
// writes %q.
var messages = map[string]tr{
	// Help and the command line.
	"intro": {"schemabot répond aux questions sur un schéma départemental de protection de l'enfance.",
		"schemabot answers questions about a schéma départemental de protection de l'enfance."},
	"mainSynopsis": {"Usage : schemabot [--corpus DIR] [--data DIR] <commande> [options] [arguments]",
		"Usage: schemabot [--corpus DIR] [--data DIR] <command> [flags] [arguments]"},
	"commands": {"Commandes :", "Commands:"},
	"globalFlags": {"--corpus et --data peuvent précéder la commande ; les options peuvent suivre les arguments.",
		"--corpus and --data may come before the command; flags may come after the arguments."},
	"moreHelp":       {"« schemabot <commande> -h » ou « schemabot help <commande> » donne l'aide d'une commande.", "Run 'schemabot <command> -h' or 'schemabot help <command>' for a command's help."},
	"seeHelp":        {"aide : %s", "help: %s"},
	"unknownCommand": {"commande inconnue « %s »", "unknown command %q"},
	"usage":          {"Usage :", "Usage:"},
	"arguments":      {"Arguments :", "Arguments:"},
	"examples":       {"Exemples :", "Examples:"},
	"flags":          {"Options :", "Flags:"},
	"environment":    {"Variables d'environnement :", "Environment variables:"},
	"default":        {"défaut", "default"},
	"noArguments":    {"(aucun)", "(none)"},

	// Words errors are made of.
	"unexpected":  {"erreur : %s", "%s"},
	"listSep":     {" ; ", "; "},
	"or":          {"ou", "or"},
	"canceled":    {"interrompu", "canceled"},
	"deadline":    {"délai dépassé", "deadline exceeded"},
	"warningLine": {"attention : %s", "warning: %s"},
	"jsonSyntax":  {"JSON invalide à l'octet %d", "invalid JSON at byte %d"},
	"jsonType":    {"JSON : une valeur %s ne convient pas au champ « %s » (octet %d)", "JSON: a %s value does not fit the field %q (byte %d)"},

	// Arguments and flags.
	"unexpectedArgument": {"argument inattendu « %s »", "unexpected argument %q"},
	"unknownDoc":         {"pas de document « %s » (connus : %s)", "no document %q (known: %s)"},
	"badDay":             {"%s : date invalide « %s » : attendu AAAA-MM-JJ ou JJ/MM/AAAA", "%s: invalid date %q: want YYYY-MM-DD or DD/MM/YYYY"},
	"badPeriod": {`--period : période non reconnue « %s » : par exemple "2021", "S1 2021", "T3 2021", "2021-03", "mars 2021", "ce trimestre", "le mois prochain"`,
		`--period: unrecognised period %q: want e.g. "2021", "S1 2021", "T3 2021", "2021-03", "mars 2021", "ce trimestre", "le mois prochain"`},
	"periodAndRange": {"--period ne se combine pas avec --from ni --to", "--period cannot be combined with --from or --to"},
	"toBeforeFrom":   {"--to %s est avant --from %s", "--to %s is before --from %s"},
	"jsonAndICS":     {"--json et --ics ne vont pas ensemble", "--json and --ics cannot be used together"},
	"badFicheFlag":   {"--fiche attend le libellé d'une fiche, comme 12 ou 1.2", "--fiche must be a fiche label such as 12 or 1.2"},
	"logFormat":      {"SCHEMABOT_LOG_FORMAT doit valoir text ou json (reçu « %s »)", "SCHEMABOT_LOG_FORMAT must be text or json (got %q)"},

	// .env: never a value, only the line and the problem.
	"dotenvRead":          {"impossible de lire %s", "cannot read %s"},
	"dotenvNotRegular":    {"%s : ce n'est pas un fichier ordinaire", "%s: not a regular file"},
	"dotenvTooBig":        {"%s : plus de %d octets", "%s: more than %d bytes"},
	"dotenvNotNameValue":  {"%s : la ligne %d n'est pas de la forme NOM=valeur (les valeurs ne sont pas montrées)", "%s: line %d is not NAME=value (values are not shown)"},
	"dotenvBadName":       {"%s : ligne %d : le nom de la variable a un caractère autre que lettres, chiffres, _ et . (les valeurs ne sont pas montrées)", "%s: line %d: the variable name has a character other than letters, digits, _ and . (values are not shown)"},
	"dotenvUnclosedQuote": {"%s : ligne %d : la valeur entre guillemets n'est pas fermée (les valeurs ne sont pas montrées)", "%s: line %d: the quoted value is not closed (values are not shown)"},
	"dotenvSyntax":        {"%s : erreur de syntaxe (les valeurs ne sont pas montrées)", "%s: syntax error (values are not shown)"},
	"dotenvSet":           {"%s : impossible de définir %s", "%s: set %s"},

	// Directories, index and engine.
	"noCacheDir":      {"pas de répertoire de cache : définissez SCHEMABOT_DATA ou --data", "no cache directory: set SCHEMABOT_DATA or --data"},
	"noDataDir":       {"pas de répertoire de données : définissez SCHEMABOT_DATA ou --data", "no data directory: set SCHEMABOT_DATA or --data"},
	"mkdirData":       {"impossible de créer le répertoire de données", "create data directory"},
	"moveState":       {"impossible de déplacer la base d'état de %s vers %s", "move the state store from %s to %s"},
	"embedNeedsURL":   {"SCHEMABOT_EMBEDDER=%s demande SCHEMABOT_EMBED_URL (p. ex. https://api.openai.com/v1) et SCHEMABOT_EMBED_MODEL", "SCHEMABOT_EMBEDDER=%s needs SCHEMABOT_EMBED_URL (e.g. https://api.openai.com/v1) and SCHEMABOT_EMBED_MODEL"},
	"embedNeedsModel": {"SCHEMABOT_EMBEDDER=ollama demande SCHEMABOT_EMBED_MODEL (p. ex. nomic-embed-text)", "SCHEMABOT_EMBEDDER=ollama needs SCHEMABOT_EMBED_MODEL (e.g. nomic-embed-text)"},
	"embedKind":       {"SCHEMABOT_EMBEDDER doit valoir hash, openai ou ollama, pas « %s »", "SCHEMABOT_EMBEDDER must be hash, openai or ollama, not %q"},
	"indexOpen":       {"impossible d'ouvrir l'index de recherche dans %s", "cannot open the search index in %s"},
	"indexStore":      {"impossible d'enregistrer l'index dans %s", "could not store the index in %s"},
	"indexProgress":   {"%d/%d passages", "%d/%d chunks"},
	"indexRebuilt":    {"Index reconstruit : %d documents, %d passages, plongements %s, en %s (%s)", "Index rebuilt: %d documents, %d chunks, embedder %s, in %s (%s)"},

	// Documents (corpus.FileError).
	"fileUnreadable":   {"impossible de lire %s : %s", "cannot read %s: %s"},
	"fileNoDocument":   {"aucun document %[2]s dans %[1]s", "no %[2]s document in %[1]s"},
	"fileType":         {"%s : type de document non pris en charge « %s » (utilisez .md, .txt, .pdf, .csv, .docx, .odt ou .html)", "%s: unsupported document type %q (use .md, .txt, .pdf, .csv, .docx, .odt or .html)"},
	"fileDuplicateID":  {"%s : l'identifiant de document « %s » est pris deux fois", "%s: document id %q is used twice"},
	"fileNotRegular":   {"%s : %s", "%s: %s"},
	"fileTooLarge":     {"%s : %.1f Mo, plus que les %d Mo qu'un document peut avoir", "%s: %.1f MB is more than the %d MB a document may have"},
	"fileTooLargeRead": {"%s : plus que les %d Mo qu'un fichier de document peut avoir", "%s: more than the %d MB a document file may have"},
	"fileEmpty":        {"%s : le document est vide", "%s: the document is empty"},
	"fileBinary":       {"%s : contenu binaire (octet nul à la position %d) ; attendu du texte UTF-8 (.md ou .txt)", "%s: binary content (NUL byte at offset %d); expected UTF-8 text (.md or .txt)"},
	"fileNotUTF8":      {"%s:%d : UTF-8 invalide à l'octet %d ; convertissez le fichier en UTF-8", "%s:%d: invalid UTF-8 at byte %d; convert the file to UTF-8"},
	"fileNoPdftotext":  {"%s : lire un PDF demande pdftotext, qui n'est pas installé (Debian/Ubuntu : apt-get install poppler-utils)", "%s: reading PDF needs pdftotext, which is not installed (Debian/Ubuntu: apt-get install poppler-utils)"},
	"filePdftotext":    {"%s : pdftotext a échoué : %s", "%s: pdftotext failed: %s"},
	"fileDamaged":      {"%s : fichier abîmé, ou pas du format que dit son nom", "%s: damaged, or not the format its name says"},

	// check.
	"checkArgument":      {"argument inattendu « %s » (utilisez --corpus DIR pour vérifier d'autres documents)", "unexpected argument %q (use --corpus DIR to check other documents)"},
	"checkSummary":       {"%s, dont %d sans rien d'utilisable.", "%s, %d with nothing usable."},
	"checkedDocuments":   {"document vérifié|documents vérifiés", "document checked|documents checked"},
	"nothingUsable":      {"rien d'utilisable dans %s", "nothing usable in %s"},
	"checkTitle":         {"Titre", "Title"},
	"checkNoTitle":       {"(aucun trouvé)", "(none found)"},
	"checkDepartement":   {"Département", "Département"},
	"checkNoDepartement": {"(inconnu : ni le texte ni le nom du fichier ne le disent)", "(unknown: neither the text nor the file name says)"},
	"checkPeriod":        {"Période", "Period"},
	"checkNoPeriod":      {"(inconnue : nommez le fichier comme isere-2020-2024.md)", "(unknown: name the file like isere-2020-2024.md)"},
	"checkAdopted":       {"Adoption", "Adopted"},
	"checkNoAdopted":     {"(non trouvée)", "(not found)"},
	"checkSignatory":     {"Signataire", "Signatory"},
	"checkNoSignatory":   {"(non trouvé)", "(not found)"},
	"checkAxes":          {"Axes", "Axes"},
	"checkFiches":        {"Fiches", "Fiches"},
	"checkFichesDetail":  {"%d : %d avec pilotes, %d avec partenaires, %d avec échéances datées", "%d: %d with pilots, %d with partners, %d with dated milestones"},
	"checkFichesTOC":     {" ; %d seulement dans le sommaire", "; %d only in the table of contents"},
	"checkCalendar":      {"Calendrier", "Calendar"},
	"checkNoEntry":       {"aucune entrée", "no entry"},
	"entries":            {"entrée|entrées", "entry|entries"},
	"checkAllDated":      {"%s, toutes datées", "%s, all dated"},
	"checkSomeUndated":   {"%s, %d datées ; %d illisibles :", "%s, %d dated; %d could not be read:"},
	"checkMoreUndated":   {"… et %d de plus (--json les liste toutes)", "… and %d more (--json lists them all)"},
	"checkUndated":       {"fiche %s, ligne %d : « %s »", "fiche %s, line %d: %q"},
	"checkGlossary":      {"Glossaire", "Glossary"},
	"checkSections":      {"Sections", "Sections"},
	"checkSectionsText":  {"%d (%d avec du texte)", "%d (%d with text)"},
	"checkWarnings":      {"Alertes", "Warnings"},
	"checkNoWarning":     {"aucune", "none"},
	"checkUnusable": {"  RIEN D'UTILISABLE : ni fiche, ni axe, ni section avec du texte n'ont été trouvés ;\n  le bot ne pourrait pas répondre à partir de ce document. Est-ce bien le schéma converti ?",
		"  NOTHING USABLE: no fiche, no axis and no section with text were found;\n  the bot could not answer from this document. Is it the converted schéma?"},

	// eval.
	"evalArgs":               {"donnez un fichier de questions, p. ex. schemabot eval ../shared/eval/dev.jsonl", "give one question file, e.g. schemabot eval ../shared/eval/dev.jsonl"},
	"evalOpen":               {"impossible d'ouvrir le jeu de questions %s", "cannot open the question set %s"},
	"evalRead":               {"impossible de lire le jeu de questions %s", "cannot read the question set %s"},
	"evalBadJSON":            {"%s:%d : ligne JSON illisible", "%s:%d"},
	"evalNoQuestionLine":     {"%s:%d : pas de question", "%s:%d: no question"},
	"evalEmpty":              {"%s : aucune question dans le fichier", "%s: no question in the file"},
	"evalBadFiche":           {"la fiche %s n'est ni un numéro ni un libellé", "fiche %s is neither a number nor a label"},
	"evalBelowMin":           {"le score %.3f est sous le minimum %.2f", "score %.3f is below the minimum %.2f"},
	"evalFail":               {"ÉCHEC", "FAIL"},
	"fitStep":                {"%-16s %v → %v   validation croisée : %.3f en gardant, %.3f en ajustant", "%-16s %v → %v   cross-validated: %.3f kept, %.3f fitted"},
	"fitResult":              {"paramètres ajustés (answer.DefaultParams) :", "fitted parameters (answer.DefaultParams):"},
	"evalFitArgs":            {"--fit prend un ou plusieurs jeux de questions", "--fit takes one or more question sets"},
	"evalAnswer":             {"réponse : ", "answer: "},
	"evalByKind":             {"par type :", "by kind:"},
	"evalByLang":             {"par langue :", "by language:"},
	"evalLatency":            {"latence : p50 %v, p90 %v, p99 %v, max %v", "latency: p50 %v, p90 %v, p99 %v, max %v"},
	"judgeFoundUnanswerable": {"found vaut true alors que les documents ne répondent pas à cela", "found is true but the documents do not answer this"},
	"judgeNotFound":          {"found vaut false", "found is false"},
	"judgeDocNotCited":       {"document non cité : %s", "document not cited: %s"},
	"judgeFicheNotCitedFor":  {"fiche %s non citée pour %s", "fiche %s not cited for %s"},
	"judgeFicheNotCited":     {"fiche %s non citée", "fiche %s not cited"},
	"judgeNoneOf":            {"rien de %s dans la réponse", "none of %s in the answer"},

	// ask and chat.
	"askArgs": {"donnez une question, ou « - » pour lire une question par ligne sur l'entrée standard\n  exemple : schemabot ask \"Qui pilote la fiche 12 ?\"",
		"give a question, or - to read one question per line from standard input\n  example: schemabot ask \"Qui pilote la fiche 12 ?\""},
	"askRead":        {"impossible de lire les questions", "read questions"},
	"askLineTooLong": {"la ligne %d fait plus de %d octets : sans réponse", "line %d is longer than %d bytes: not answered"},
	"askLineError":   {"erreur : %s", "error: %s"},
	"chatPrompt":     {"vous> ", "you> "},
	"chatGreeting":   {"Posez vos questions sur le schéma (Ctrl-D pour quitter).", "Ask your questions about the schéma (Ctrl-D to quit)."},

	// The state store and the done marks.
	"doneMarks":     {"impossible de lire les jalons faits", "read the done marks"},
	"stateDamaged":  {"la base d'état %[1]s est endommagée (%[2]s) : arrêtez schemabot, mettez-la de côté (mv %[1]s %[1]s.damaged) et lancez « schemabot state recover %[1]s.damaged » pour reprendre ses jalons faits, son journal des rappels et ses avis dans une nouvelle base", "state store %[1]s is damaged (%[2]s): stop schemabot, move it aside (mv %[1]s %[1]s.damaged) and run 'schemabot state recover %[1]s.damaged' to save its done marks, digest log and feedback into a new store"},
	"stateLocked":   {"la base d'état est verrouillée par un autre processus (un autre schemabot y écrit-il ?)", "the state store is locked by another process (is another schemabot writing?)"},
	"stateLockedAt": {"la base d'état %s est verrouillée par un autre processus (un autre schemabot y écrit-il ?)", "state store %s is locked by another process (is another schemabot writing?)"},
	"stateMissing":  {"pas de base d'état %s : rien n'a encore été enregistré (ou --data désigne un autre répertoire)", "no state store %s: nothing was recorded yet (or --data names another directory)"},
	"stateOpen":     {"impossible d'ouvrir la base d'état %s", "open state store %s"},
	"stateUsage": {`usage :
  schemabot state check              vérifie la base du répertoire de données
  schemabot state export [FICHIER]   écrit la base en JSON (sur la sortie standard sans FICHIER)
  schemabot state import FICHIER     ajoute à la base les entrées d'un export qui lui manquent
  schemabot state recover ENDOMMAGÉ  sauve ce qui se lit d'une base endommagée (mise de côté d'abord)
                                     dans la base du répertoire de données`,
		`usage:
  schemabot state check            check the store of the data directory
  schemabot state export [FILE]    write the store as JSON (to standard output without FILE)
  schemabot state import FILE      add the entries of an export the store lacks
  schemabot state recover DAMAGED  save what can be read of a damaged store file (moved aside first)
                                   into the store of the data directory`},
	"stateSound":          {"%s est saine : jalons faits %d, rappels %d, avis %d", "%s is sound: %d marks, %d digests, %d feedback"},
	"stateReadExport":     {"impossible de lire l'export %s", "read export %s"},
	"stateNotExport":      {"%s n'est pas un export de la base d'état", "%s is not a state export"},
	"stateWriteExport":    {"impossible d'écrire l'export %s", "write export %s"},
	"stateSalvage":        {"impossible de récupérer %s", "salvage %s"},
	"stateRecoverInPlace": {"mettez d'abord la base endommagée de côté (mv %[1]s %[1]s.damaged), puis lancez schemabot state recover %[1]s.damaged", "move the damaged store aside first (mv %[1]s %[1]s.damaged), then run schemabot state recover %[1]s.damaged"},
	"stateImported": {"Importé dans %[4]s : jalons faits %[1]d, rappels %[2]d, avis %[3]d (l'export en contient %[5]d, %[6]d et %[7]d ; les entrées déjà dans la base ont été gardées)",
		"imported %d marks, %d digests, %d feedback into %s (found %d marks, %d digests, %d feedback; entries already in the store were kept)"},
	"stateRecovered": {"Récupéré dans %[4]s : jalons faits %[1]d, rappels %[2]d, avis %[3]d (lus : %[5]d, %[6]d et %[7]d ; les entrées déjà dans la base ont été gardées)",
		"recovered %d marks, %d digests, %d feedback into %s (found %d marks, %d digests, %d feedback; entries already in the store were kept)"},

	// feedback.
	"feedbackUsage": {"usage : schemabot feedback [--data DIR] [--json], ou schemabot feedback purge [--data DIR] [--older-than 365d]",
		"schemabot feedback [--data dir] [--json], or schemabot feedback purge [--data dir] [--older-than 365d]"},
	"feedbackLockedNoOps": {"la base d'état est tenue par le bot en marche, et son adresse d'exploitation %s n'a pas répondu", "the state store is locked by the running bot, and its ops address %s did not answer"},
	"opsStatus":           {"réponse %s", "status %s"},
	"opsUnreadable":       {"avis illisibles", "unreadable feedback"},
	"feedbackNone":        {"Aucun avis enregistré.", "No feedback recorded."},
	"feedbackHeader":      {"DATE\tAVIS\tUTILISATEUR\tQUESTION\tRÉPONSE", "DATE\tVOTE\tUSER\tQUESTION\tANSWER"},
	"feedbackTotal":       {"%d avis : %d 👍, %d 👎", "%d feedback: %d 👍, %d 👎"},
	"retentionOf":         {"%s", "%s"},
	"retentionDays":       {"doit être un nombre de jours, p. ex. 180d, ou 0 pour garder les avis pour toujours (reçu « %s »)", "must be a number of days, e.g. 180d, or 0 to keep feedback forever (got %q)"},
	"retentionMin":        {"doit valoir au moins 1d, ou 0 pour garder les avis pour toujours (reçu « %s »)", "must be at least 1d, or 0 to keep feedback forever (got %q)"},
	"purgeForever":        {"Les avis sont gardés pour toujours (conservation 0) : rien n'est purgé.", "Feedback is kept forever (retention 0): nothing purged."},
	"purged":              {"Avis purgés : %d, plus anciens que %s (donnés avant le %s).", "Purged %d feedback older than %s (given before %s)."},
	"purgeNothing":        {"Aucun avis enregistré : rien n'est purgé.", "No feedback recorded: nothing purged."},

	// serve's configuration: it names the variable and the shape it
	// wants, never a token's value.
	"opsAddrEnv":       {"SCHEMABOT_OPS_ADDR doit être hôte:port, p. ex. 127.0.0.1:9464 (reçu « %s »)", "SCHEMABOT_OPS_ADDR must be host:port, e.g. 127.0.0.1:9464 (got %q)"},
	"slashAddrEnv":     {"SCHEMABOT_SLASH_ADDR doit être hôte:port, p. ex. 0.0.0.0:9465 (reçu « %s »)", "SCHEMABOT_SLASH_ADDR must be host:port, e.g. 0.0.0.0:9465 (got %q)"},
	"slashAddrSame":    {"SCHEMABOT_SLASH_ADDR doit être différente de SCHEMABOT_OPS_ADDR : elle sert à tenir la commande slash à l'écart de l'adresse d'exploitation", "SCHEMABOT_SLASH_ADDR must differ from SCHEMABOT_OPS_ADDR: it exists to keep the slash command off the ops address"},
	"opsToken":         {"SCHEMABOT_OPS_TOKEN doit avoir au moins 16 caractères sans espace, p. ex. la sortie de openssl rand -hex 32", "SCHEMABOT_OPS_TOKEN must be at least 16 characters without spaces, e.g. the output of openssl rand -hex 32"},
	"reminderChannels": {"les entrées de SCHEMABOT_REMINDER_CHANNELS doivent être plateforme:canal[:document], p. ex. slack:C0123456 ou mattermost:abc123:isere-2020-2024 (reçu « %s »)", "SCHEMABOT_REMINDER_CHANNELS entries must be platform:channel[:document], e.g. slack:C0123456 or mattermost:abc123:isere-2020-2024 (got %q)"},
	"reminderCron":     {"SCHEMABOT_REMINDER_CRON « %s » n'est pas une planification cron valide à 5 champs (p. ex. 0 9 * * 1 pour le lundi à 9 h)", "SCHEMABOT_REMINDER_CRON %q is not a valid 5-field cron schedule (e.g. 0 9 * * 1 for Mondays at 09:00)"},
	"reminderDays":     {"SCHEMABOT_REMINDER_DAYS doit être un nombre de jours, p. ex. 30 (reçu « %s »)", "SCHEMABOT_REMINDER_DAYS must be a number of days, e.g. 30 (got %q)"},
	"noPlatform": {"aucune plateforme de discussion configurée : définissez SLACK_APP_TOKEN et SLACK_BOT_TOKEN, ou MATTERMOST_URL et MATTERMOST_TOKEN (voir .env.example)",
		"no chat platform configured: set SLACK_APP_TOKEN and SLACK_BOT_TOKEN, or MATTERMOST_URL and MATTERMOST_TOKEN (see .env.example)"},
	"reminderPlatform":      {"SCHEMABOT_REMINDER_CHANNELS nomme %s, qui n'est pas configuré", "SCHEMABOT_REMINDER_CHANNELS names %s, which is not configured"},
	"rateLimit":             {"SCHEMABOT_RATE_LIMIT doit être questions/durée, p. ex. 10/1m, avec 1 à %d questions par %s à %s (reçu « %s »)", "SCHEMABOT_RATE_LIMIT must be questions/duration, e.g. 10/1m, with 1 to %d questions per %s to %s (got %q)"},
	"rateNoSlash":           {"pas de /", "no /"},
	"rateCountNotNumber":    {"le nombre de questions n'est pas un entier dans les limites", "the number of questions is not a whole number in range"},
	"rateWindowNotDuration": {"la durée est illisible", "the duration does not parse"},
	"rateCountRange":        {"le nombre de questions est hors limites", "the number of questions is out of range"},
	"rateWindowRange":       {"la durée est hors limites", "the duration is out of range"},
	"reminders":             {"rappels", "reminders"},
	"listen":                {"impossible d'écouter sur %s %s", "listen on %s %s"},

	// planning.
	"planningNeedsOutput":  {"--output FICHIER est obligatoire (.pdf, .svg ou .png ; « - » : une image PNG sur la sortie standard)", "--output FILE is required (.pdf, .svg or .png; \"-\": one PNG image to standard output)"},
	"planningWrite":        {"impossible d'écrire %s", "write %s"},
	"nothingToPlot":        {"aucune échéance datée à dessiner : les documents choisis n'ont pas de calendrier aux dates lisibles", "no dated milestone to draw: the selected documents have no calendar with readable dates"},
	"fiches":               {"fiche|fiches", "fiche|fiches"},
	"datedMilestones":      {"échéance datée|échéances datées", "dated milestone|dated milestones"},
	"planningWritten":      {"Planning écrit dans %s : %s, %s.", "Planning written to %s: %s, %s."},
	"planningWrittenPDF":   {"Planning écrit dans %s, %d pages A4 : %s, %s.", "Planning written to %s, %d A4 pages: %s, %s."},
	"planningWrittenFiles": {"Planning écrit sur %d pages A4, une par fichier, de %s à %s : %s, %s.", "Planning written on %d A4 pages, one file each, %s to %s: %s, %s."},

	// version and healthcheck.
	"opsAddrShape":      {"l'adresse d'exploitation doit être hôte:port (reçu « %s »)", "the ops address must be host:port (got %q)"},
	"healthRequest":     {"contrôle de santé de %s", "health check of %s"},
	"healthUnreachable": {"contrôle de santé %s", "health check %s"},
	"healthStatus":      {"contrôle de santé %s : %s : %s", "health check %s: %s: %s"},
}

// nouns says n things: "1 entrée", "3 entrées". The message key holds the
// singular and the plural, separated by "|".
func nouns(l lang, n int, key string) string {
	one, many, _ := strings.Cut(say(l, key), "|")
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// warning says a document warning of the corpus package in l.
func warning(l lang, w string) string {
	if s, ok := translateForeign(l, w); ok {
		return s
	}
	return w
}

// specialFiles say what a path is instead of a document file.
var specialFiles = map[string]tr{
	"":           {"ce n'est pas un fichier ordinaire", "not a regular file"},
	"named pipe": {"un tube nommé, pas un fichier ordinaire", "a named pipe, not a regular file"},
	"device":     {"un périphérique, pas un fichier ordinaire", "a device, not a regular file"},
	"socket":     {"un socket, pas un fichier ordinaire", "a socket, not a regular file"},
	"directory":  {"un répertoire, pas un document", "a directory, not a document"},
}

// damageReasons translate the reasons bot/state gives for a damaged store;
// SQLite's own messages are shown as they are.
var damageReasons = map[string]tr{
	"not a regular file":                          {"ce n'est pas un fichier ordinaire", "not a regular file"},
	"the file is empty, as a full disk leaves it": {"le fichier est vide, comme le laisse un disque plein", "the file is empty, as a full disk leaves it"},
	"not an SQLite database":                      {"ce n'est pas une base SQLite", "not an SQLite database"},
	"file is not a database":                      {"ce n'est pas une base de données", "file is not a database"},
	"database disk image is malformed":            {"l'image disque de la base est malformée", "database disk image is malformed"},
}

// reason is why the system refused an operation.
type reason struct {
	err  error
	text tr
}

// systemReasons say the system's errors, most specific first (see
// explain_errno.go for those with an errno).
var systemReasons = append([]reason{
	{fs.ErrNotExist, tr{"fichier ou répertoire introuvable", "no such file or directory"}},
	{fs.ErrPermission, tr{"permission refusée", "permission denied"}},
	{fs.ErrExist, tr{"le fichier existe déjà", "file exists"}},
	{context.DeadlineExceeded, tr{"délai dépassé", "deadline exceeded"}},
	{context.Canceled, tr{"interrompu", "canceled"}},
}, errnoReasons...)

// foreignMessages translate the messages of the packages that return plain
// English text. Each pattern matches a whole message (or one of the
// problems of a message "a; b"); its French may use the groups.
var foreignMessages = func() []foreignMessage {
	var out []foreignMessage
	for _, m := range []struct{ re, fr string }{
		// The flag package.
		{`^flag provided but not defined: (.+)$`, "option inconnue : $1"},
		{`^flag needs an argument: (.+)$`, "cette option attend une valeur : $1"},
		{`^invalid boolean value ("[^"]*") for (.+): parse error$`, "valeur booléenne invalide $1 pour l'option $2"},
		{`^invalid value ("[^"]*") for flag (.+): parse error$`, "valeur invalide $1 pour l'option $2 : illisible"},
		{`^invalid value ("[^"]*") for flag (.+): value out of range$`, "valeur invalide $1 pour l'option $2 : hors limites"},
		{`^invalid value ("[^"]*") for flag (.+): (.+)$`, "valeur invalide $1 pour l'option $2 : $3"},
		// bot/slack: names the variable, never the token.
		{`^(SLACK_\w+) must be an app-level token starting with ("[^"]*") \(it is not set\)$`, "$1 doit être un jeton d'application commençant par $2 (la variable n'est pas définie)"},
		{`^(SLACK_\w+) must be a bot token starting with ("[^"]*") \(it is not set\)$`, "$1 doit être un jeton de bot commençant par $2 (la variable n'est pas définie)"},
		{`^(SLACK_\w+) must be an app-level token starting with ("[^"]*") \(it holds a bot token: are the two Slack tokens swapped\?\)$`, "$1 doit être un jeton d'application commençant par $2 (la variable contient un jeton de bot : les deux jetons Slack sont-ils inversés ?)"},
		{`^(SLACK_\w+) must be a bot token starting with ("[^"]*") \(it holds an app-level token: are the two Slack tokens swapped\?\)$`, "$1 doit être un jeton de bot commençant par $2 (la variable contient un jeton d'application : les deux jetons Slack sont-ils inversés ?)"},
		{`^(SLACK_\w+) must be an app-level token starting with ("[^"]*")$`, "$1 doit être un jeton d'application commençant par $2"},
		{`^(SLACK_\w+) must be a bot token starting with ("[^"]*")$`, "$1 doit être un jeton de bot commençant par $2"},
		// bot/mattermost: the address is not repeated (it may hold credentials).
		{`^MATTERMOST_URL is not set: .*$`, "MATTERMOST_URL n'est pas définie : attendu l'adresse http(s) du serveur, p. ex. https://chat.example.org"},
		{`^MATTERMOST_URL is malformed: .*$`, "MATTERMOST_URL est malformée : attendu l'adresse http(s) du serveur, p. ex. https://chat.example.org"},
		{`^MATTERMOST_TOKEN is not set: .*$`, "MATTERMOST_TOKEN n'est pas défini : attendu le jeton d'accès du compte bot (26 lettres minuscules et chiffres)"},
		{`^MATTERMOST_TOKEN is malformed: .* \(got (\d+) characters\)$`, "MATTERMOST_TOKEN est malformé : attendu le jeton d'accès du compte bot, 26 lettres minuscules et chiffres (reçu $1 caractères)"},
		// bot/llm.
		{`^LLM_BASE_URL: want an http\(s\) URL such as (.+)$`, "LLM_BASE_URL : attendu une adresse http(s) comme $1"},
		{`^LLM_BASE_URL: want the API root without query or fragment, such as (.+)$`, "LLM_BASE_URL : attendu la racine de l'API sans requête ni fragment, comme $1"},
		{`^LLM_API_KEY: contains spaces or line breaks$`, "LLM_API_KEY : contient des espaces ou des retours à la ligne"},
		{`^LLM_MODEL: required when LLM_BASE_URL is set \(e\.g\. (.+)\)$`, "LLM_MODEL : obligatoire quand LLM_BASE_URL est définie (p. ex. $1)"},
		{`^(LLM_\w+): want a positive Go duration such as ("[^"]*"), got ("[^"]*")$`, "$1 : attendu une durée Go positive comme $2, reçu $3"},
		// bot/reminder and cron.
		{`^reminder schedule ("[^"]*") never fires \(no matching date in the next five years\)$`, "la planification $1 ne se déclenche jamais (aucune date dans les cinq ans à venir)"},
		{`^reminder schedule ("[^"]*"): expected exactly 5 fields, found (\d+): .*$`, "la planification $1 a $2 champs au lieu de 5"},
		{`^reminder schedule ("[^"]*"): (.+)$`, "la planification $1 est illisible : $2"},
		// bot/state messages without a type.
		{`^salvage (.+): nothing recoverable found$`, "rien de récupérable dans $1"},
		{`^salvage (.+): not a regular file$`, "$1 : ce n'est pas un fichier ordinaire"},
		{`^salvage (.+): (\d+) bytes is more than a state store holds$`, "$1 : $2 octets, plus qu'une base d'état n'en contient"},
		{`^state store (.+) has schema (\d+), newer than this schemabot \((\d+)\)$`, "la base d'état $1 a le schéma $2, plus récent que ce schemabot ($3) : mettez schemabot à jour"},
		{`^state store (.+) has schema (\d+), older than this schemabot \((\d+)\): open it once with 'schemabot serve' to update it$`, "la base d'état $1 a le schéma $2, plus ancien que ce schemabot ($3) : ouvrez-la une fois avec « schemabot serve » pour la mettre à jour"},
		{`^import into (.+): the store is open read-only$`, "import dans $1 : la base est ouverte en lecture seule"},
		{`(?s)^cannot reach PostgreSQL at (\S+): (.*)$`, "impossible de joindre PostgreSQL à $1 : $2"},
		// corpus document warnings.
		{`^(.+):(\d+): fiche (.+) has no pilot$`, "$1:$2 : la fiche $3 n'a pas de pilote"},
		{`^(.+): no fiche action found; the document is searched as text$`, "$1 : aucune fiche action trouvée ; le document est cherché comme du texte"},
		{`^(.+): fiches are numbered again under each axis; they are named axis\.number \(2\.1 is fiche 1 of axis 2\)$`, "$1 : les fiches sont renumérotées sous chaque axe ; elles sont nommées axe.numéro (2.1 est la fiche 1 de l'axe 2)"},
		{`^(.+): a review draft: (\d+) tracked changes? read as accepted, (\d+) comments? left out$`, "$1 : un projet en relecture ; modifications suivies lues comme acceptées : $2 ; commentaires laissés de côté : $3"},
		{`^(.+): a review draft: (\d+) tracked changes? read as accepted$`, "$1 : un projet en relecture ; modifications suivies lues comme acceptées : $2"},
		{`^(.+): a review draft: (\d+) comments? left out$`, "$1 : un projet en relecture ; commentaires laissés de côté : $2"},
		{`^(.+):(\d+): fiche (.+) is defined twice \(first at line (\d+)\); questions about fiche (.+) get the first$`, "$1:$2 : la fiche $3 est définie deux fois (d'abord ligne $4) ; les questions sur la fiche $5 obtiennent la première"},
	} {
		out = append(out, foreignMessage{re: regexp.MustCompile(m.re), fr: m.fr})
	}
	return out
}()
