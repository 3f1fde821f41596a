package answer

import (
	"fmt"
	"reflect"
	"schemabot/bot/understand"
	"strconv"
	"strings"
)

// Params are the numbers that tune answering: how much evidence an answer
// needs and how scores are weighed. They live in one place so that they can
// be fitted together on every question set with cross-validation
// (`schemabot eval --fit`), and so that no threshold hides in the code.
// Shares are of the question's weighed words (see coverage).
type Params struct {
	// PassageFound is the share a narrative passage must hold to be an
	// answer; below it the bot says it did not find.
	PassageFound float64 `fit:"0.45,0.5,0.55,0.6,0.65"`
	// FicheCover is the share a fiche must hold to answer a field asked
	// by topic ("who leads the CRIP guide?").
	FicheCover float64 `fit:"0.4,0.45,0.5,0.55,0.6"`
	// LeadCover and LeadRatio let a fiche with less of the question answer
	// when it is that far ahead of the next one.
	LeadCover float64 `fit:"0.3,0.35,0.4,0.45,0.5"`
	LeadRatio float64 `fit:"1.3,1.5,1.7,2,2.5"`
	// TitleRecall and TitleLead let a fiche the question names by most of
	// its title's words answer, ahead of the next one by TitleLead, however
	// many other words surround them ("… la démarche petits pas, c qui ?").
	TitleRecall float64 `fit:"0.4,0.5,0.6,0.7,1.1"`
	TitleLead   float64 `fit:"1,1.2,1.4,1.7"`
	// TitleCover is the share of the question a listed fiche's title must
	// hold, when no other listed title holds half of it, for a question
	// asking for one fiche to point that one out among those listed.
	TitleCover float64 `fit:"0.6,0.7,0.75,0.8,0.9"`
	// TitleAbout is how much of a question "what does the plan do for…"
	// a fiche's title must hold for a passage of that fiche (its title,
	// its indicators) to stand for the fiche's actions.
	TitleAbout float64 `fit:"0.3,0.4,0.5,0.6,1.1"`
	// CounterpartTitle is the share of a fiche's title words that the
	// title of a fiche of another schéma must hold to be its counterpart
	// ("is there a similar fiche in Isère?") when its text is not far
	// ahead of the others'.
	CounterpartTitle float64 `fit:"0.15,0.2,0.25,0.3,1.1"`
	// OtherSchema is the score, relative to the best fiche, of the best
	// fiche of another schéma that a question naming no schéma is also
	// answered from.
	OtherSchema float64 `fit:"0.5,0.6,0.7,0.8,0.9,1.01"`
	// PassageOverFiche is how much more of the question a passage must hold
	// than the best fiche to answer instead of it.
	PassageOverFiche float64 `fit:"0.05,0.1,0.15,0.2,0.3"`
	// SeeAlso is the score, relative to the first, of a second fiche the
	// answer mentions ("voir aussi").
	SeeAlso float64 `fit:"0.75,0.8,0.85,0.9,0.95"`
	// ListScore and ListCover are what a fiche needs, relative to the
	// best and of the question, to be listed as treating a topic.
	ListScore float64 `fit:"0.4,0.5,0.55,0.6,0.7"`
	ListCover float64 `fit:"0.4,0.45,0.5,0.55,0.6"`
	// AxisTopic is the share an axis title must hold to be the axis a
	// question names by its topic.
	AxisTopic float64 `fit:"0.3,0.4,0.5,0.6"`
	// SentenceOwn is the weight of a sentence's own words against its
	// passage's in a sentence's score.
	SentenceOwn float64 `fit:"0.5,0.6,0.65,0.7,0.8"`
	// FieldBoost multiplies a search hit in the field asked.
	FieldBoost float64 `fit:"1,1.15,1.3,1.5,1.8"`
	// ContextWeight multiplies the words of the sentences after the one
	// that asks ("…? on voudrait associer des boîtes privées").
	ContextWeight float64 `fit:"0.25,0.5,0.75,1"`
	// UnknownWeight is the weight of the words of a question no document
	// uses, relative to the rarest word the documents use: what makes the
	// bot say it did not find ("le maire", "un numéro de téléphone").
	UnknownWeight float64 `fit:"0.5,0.75,1,1.25,1.5"`
	// CoverWeight is how much the share of the question a fiche holds
	// moves the fiche's rank, against its search score.
	CoverWeight float64 `fit:"0.6,1,1.3,1.6,1.9"`
	// TitleWeight is how much the share of the question a fiche's title
	// holds moves the fiche's rank when one field is asked: of two fiches
	// that hold a topic, the one whose title names it is about it, more
	// than one that lists it among its partners or actions.
	TitleWeight float64 `fit:"0.2,0.5,0.8,1.2,1.6"`
	// PhraseWeight is how much two words of the question side by side in
	// a fiche's text count, against side by side in its title, to rank it
	// when one field is asked.
	PhraseWeight float64 `fit:"0,0.25,0.5,0.75,1"`
	// MilestoneWeight is how much the share of the question a fiche's
	// closest milestone holds moves the fiche's rank when a date is asked.
	MilestoneWeight float64 `fit:"0.5,1,1.5,2"`
	// EntityCover is the share of the question's words naming bodies that
	// a pilot or partner must hold to be the body asked about.
	EntityCover float64 `fit:"0.6,0.7,0.75,0.8,0.9"`
	// NounWeight is how much a fiche whose title holds the word a question
	// names it by beside "fiche" ("la fiche innovation") gains in rank.
	NounWeight float64 `fit:"0,0.5,1,2"`
	// CueWeak, CueTitled and CueLater weigh the phrases that ask for a
	// fiche's field against each other (understand.Weights): a phrase that
	// may also describe a topic, one a fiche's title holds, one said late.
	CueWeak   float64 `fit:"0.3,0.4,0.5,0.6,0.7"`
	CueTitled float64 `fit:"0.4,0.5,0.6,0.7,0.8,1"`
	CueLater  float64 `fit:"0,0.1,0.2,0.3,0.4"`
	// KindCue and KindSupport weigh the readings of a question about a
	// topic against each other (arbitrate): how strongly the question
	// asks for a kind of answer, and how much of the question the answer
	// holds.
	KindCue     float64 `fit:"0,0.25,0.5,1"`
	KindSupport float64 `fit:"0,0.25,0.5,1"`
	// KindMargin is how much more a reading less preferred must score to
	// answer instead of one more preferred.
	KindMargin float64 `fit:"0.1,0.2,0.3,0.5,2"`
	// TargetAsCount scales a fiche's objective as the answer to a figure
	// asked of what is, not of what the schéma aims at.
	TargetAsCount float64 `fit:"0.5,0.7,0.8,0.9,1"`
	// RateAsCount is how close a sentence that gives a count must score
	// to one that gives only a rate or a share ("27 % des enfants
	// confiés…") to answer "how many" in its place.
	RateAsCount float64 `fit:"0.5,0.7,0.8,0.9,1"`
	// AskingSearch weighs the search for the sentence that asks, in a
	// message that tells something before it, against the search for the
	// whole message.
	AskingSearch float64 `fit:"0,0.5,1,2"`
}

// cues returns the weights of a question's cues in p.
func (p Params) cues() understand.Weights {
	return understand.Weights{WeakCue: p.CueWeak, TitledCue: p.CueTitled, LaterCue: p.CueLater}
}

// DefaultParams are the values kept by 5-fold cross-validation on the
// shipped documents' question sets (shared/eval/dev.jsonl and
// cmd/schemabot/testdata; see the README, "Fitted parameters").
var DefaultParams = Params{
	PassageFound:     0.55,
	FicheCover:       0.4,
	LeadCover:        0.3,
	LeadRatio:        1.7,
	TitleRecall:      0.4,
	TitleLead:        1.2,
	TitleCover:       0.75,
	TitleAbout:       0.5,
	CounterpartTitle: 0.25,
	OtherSchema:      0.7,
	PassageOverFiche: 0.15,
	SeeAlso:          0.85,
	ListScore:        0.4,
	ListCover:        0.4,
	AxisTopic:        0.4,
	SentenceOwn:      0.65,
	FieldBoost:       1,
	ContextWeight:    0.5,
	EntityCover:      0.75,
	UnknownWeight:    1,
	CoverWeight:      1,
	TitleWeight:      0.2,
	MilestoneWeight:  1,
	PhraseWeight:     0.5,
	NounWeight:       1,
	CueWeak:          understand.DefaultWeights.WeakCue,
	CueTitled:        understand.DefaultWeights.TitledCue,
	CueLater:         understand.DefaultWeights.LaterCue,
	KindCue:          0,
	KindSupport:      1,
	KindMargin:       2,
	TargetAsCount:    0.7,
	RateAsCount:      0.7,
	AskingSearch:     0.5,
}

// WithParams sets the tuning numbers (DefaultParams otherwise).
func WithParams(p Params) EngineOption { return func(c *engineConfig) { c.params = &p } }

// WithParams returns an engine that answers with p and shares everything
// else (documents, index) with e: fitting tries many Params without
// indexing again.
func (e *Engine) WithParams(p Params) *Engine {
	c := *e
	c.params = p
	return &c
}

// Params returns the engine's tuning numbers.
func (e *Engine) Params() Params { return e.params }

// ParamCandidates lists, for each field of Params, the values fitting
// tries (its `fit` tag), in declaration order.
func ParamCandidates() (names []string, values [][]float64) {
	t := reflect.TypeOf(Params{})
	for i := range t.NumField() {
		f := t.Field(i)
		var vs []float64
		for _, s := range strings.Split(f.Tag.Get("fit"), ",") {
			if v, err := strconv.ParseFloat(s, 64); err == nil {
				vs = append(vs, v)
			}
		}
		names, values = append(names, f.Name), append(values, vs)
	}
	return names, values
}

// Set returns p with the named field set to v.
func (p Params) Set(name string, v float64) (Params, error) {
	f := reflect.ValueOf(&p).Elem().FieldByName(name)
	if !f.IsValid() || f.Kind() != reflect.Float64 {
		return p, fmt.Errorf("no parameter %q", name)
	}
	f.SetFloat(v)
	return p, nil
}

// Get returns the named field of p.
func (p Params) Get(name string) float64 {
	f := reflect.ValueOf(p).FieldByName(name)
	if !f.IsValid() {
		return 0
	}
	return f.Float()
}
