package mattermost

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/mattermost/mattermost/server/public/model"

	"schemabot/bot"
)

// maxRunes is the longest message Mattermost accepts in one post.
const maxRunes = model.PostMessageMaxRunesV2

// Emoji names of the feedback reactions the bot puts under its answers.
const (
	emojiUp   = "+1"
	emojiDown = "-1"
)

// sorry is posted when the core failed to answer.
const sorry = "Désolé, je n'ai pas pu répondre à cette question. Réessayez dans un instant."

// answer asks the core about m and posts the reply in m's thread.
func (a *Adapter) answer(ctx context.Context, me *identity, m bot.Message) {
	start := time.Now()
	st := &stream{a: a, ctx: ctx, channel: m.Channel, root: m.Thread}
	reply, err := a.handle(ctx, m, st.partial)
	streamed := st.finish()
	switch {
	case errors.Is(err, bot.ErrDuplicate), errors.Is(err, bot.ErrIgnored):
		return
	case err != nil:
		a.log.Error("mattermost: no answer", "post", m.ID, "err", err)
		a.countError("answer")
		reply = bot.Reply{Answer: bot.Answer{Text: sorry, Lang: bot.French}}
	default:
		if a.metrics != nil {
			a.metrics.Questions.WithLabelValues(platform).Inc()
		}
	}
	a.deliver(ctx, me, m, reply, streamed)
	if a.metrics != nil && err == nil {
		a.metrics.Latency.WithLabelValues(platform).Observe(time.Since(start).Seconds())
	}
}

// deliver posts reply in m's thread: the text with its citations, split in
// posts Mattermost accepts, the image attached to the first post, and the
// feedback reactions. streamed is the post that showed the answer as it was
// generated, "" when there was none; the reply replaces its text.
func (a *Adapter) deliver(ctx context.Context, me *identity, m bot.Message, reply bot.Reply, streamed string) {
	text := bot.Defuse(a.format(reply))
	if reply.Ephemeral && !m.Direct && streamed == "" && len(reply.Image) == 0 {
		// Ephemeral posts need a permission bots seldom have: fall back to
		// a post in the thread.
		if a.postEphemeral(ctx, m, truncate(text, maxRunes)) == nil {
			return
		}
	}
	var files []string
	if len(reply.Image) > 0 {
		files = a.upload(ctx, m.Channel, reply.Image, reply.ImageName)
	}
	chunks := split(text, maxRunes)
	if len(chunks) == 0 && len(files) > 0 {
		chunks = []string{""}
	}
	var posted []string
	for i, c := range chunks {
		if i == 0 && streamed != "" {
			if a.patch(ctx, streamed, c) == nil {
				posted = append(posted, streamed)
				continue
			}
		}
		p := &model.Post{ChannelId: m.Channel, RootId: m.Thread, Message: c}
		if i == 0 && streamed == "" {
			p.FileIds = files
			files = nil
		}
		id, err := a.createPost(ctx, p)
		if err != nil {
			break // later parts would read out of order
		}
		posted = append(posted, id)
	}
	if len(files) > 0 { // the first post was the streamed one
		if id, err := a.createPost(ctx, &model.Post{ChannelId: m.Channel, RootId: m.Thread, FileIds: files}); err == nil {
			posted = append(posted, id)
		}
	}
	if len(posted) == 0 || !wantsFeedback(reply) || me == nil {
		return
	}
	for _, id := range posted {
		a.remember(id, reply.ID)
	}
	for _, emoji := range []string{emojiUp, emojiDown} {
		r := &model.Reaction{UserId: me.id, PostId: posted[0], EmojiName: emoji}
		_, _ = a.call(ctx, "reaction", func(ctx context.Context) (*model.Response, error) {
			_, resp, err := a.api.SaveReaction(ctx, r)
			return resp, err
		})
	}
}

// wantsFeedback reports whether the core offers feedback on reply.
func wantsFeedback(r bot.Reply) bool {
	for _, b := range r.Buttons {
		if b.ID == bot.ActionFeedbackUp && b.Value == r.ID && r.ID != "" {
			return true
		}
	}
	return false
}

func (a *Adapter) createPost(ctx context.Context, p *model.Post) (string, error) {
	var id string
	_, err := a.call(ctx, "post", func(ctx context.Context) (*model.Response, error) {
		created, resp, err := a.api.CreatePost(ctx, p)
		if err == nil && created != nil {
			id = created.Id
		}
		return resp, err
	})
	return id, err
}

func (a *Adapter) patch(ctx context.Context, postID, text string) error {
	_, err := a.call(ctx, "patch", func(ctx context.Context) (*model.Response, error) {
		_, resp, err := a.api.PatchPost(ctx, postID, &model.PostPatch{Message: &text})
		return resp, err
	})
	return err
}

func (a *Adapter) postEphemeral(ctx context.Context, m bot.Message, text string) error {
	_, err := a.call(ctx, "ephemeral", func(ctx context.Context) (*model.Response, error) {
		_, resp, err := a.api.CreatePostEphemeral(ctx, &model.PostEphemeral{UserID: m.User,
			Post: &model.Post{ChannelId: m.Channel, RootId: m.Thread, Message: text}})
		return resp, err
	})
	return err
}

// upload sends an image to the channel and returns its file ids, none when
// the upload failed (the answer is still posted).
func (a *Adapter) upload(ctx context.Context, channel string, data []byte, name string) []string {
	if name == "" {
		name = "image.png"
	}
	var ids []string
	_, _ = a.call(ctx, "upload", func(ctx context.Context) (*model.Response, error) {
		res, resp, err := a.api.UploadFile(ctx, data, channel, name)
		if err == nil && res != nil {
			ids = ids[:0]
			for _, fi := range res.FileInfos {
				ids = append(ids, fi.Id)
			}
		}
		return resp, err
	})
	return ids
}

// call runs one API request with a time limit, retrying when the server
// answers 429 after the delay its Retry-After header asks for (bounded by
// ctx). Other failures are logged, counted and returned.
func (a *Adapter) call(ctx context.Context, kind string, fn func(context.Context) (*model.Response, error)) (*model.Response, error) {
	for attempt := 0; ; attempt++ {
		rctx, cancel := context.WithTimeout(ctx, a.requestTimeout)
		resp, err := fn(rctx)
		cancel()
		if err == nil {
			return resp, nil
		}
		if resp != nil && resp.StatusCode == http.StatusTooManyRequests && attempt < a.maxRetries {
			wait := retryAfter(resp.Header, time.Now())
			a.log.Warn("mattermost: rate limited, waiting", "request", kind, "wait", wait)
			if !sleep(ctx, wait) {
				return resp, ctx.Err()
			}
			continue
		}
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		a.log.Error("mattermost: request failed", "request", kind, "status", status, "err", err)
		a.countError(kind)
		return resp, fmt.Errorf("mattermost %s: %w", kind, err)
	}
}

// maxRetryAfter bounds how long a 429 can make the bot wait.
const maxRetryAfter = time.Minute

// retryAfter reads how long the server asks to wait: Retry-After in seconds
// or as a date, else X-Ratelimit-Reset, else one second.
func retryAfter(h http.Header, now time.Time) time.Duration {
	d := time.Second
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if s, err := strconv.Atoi(v); err == nil {
			d = time.Duration(s) * time.Second
		} else if t, err := http.ParseTime(v); err == nil {
			d = t.Sub(now)
		}
	} else if v := strings.TrimSpace(h.Get("X-Ratelimit-Reset")); v != "" {
		if s, err := strconv.Atoi(v); err == nil {
			d = time.Duration(s) * time.Second
		}
	}
	return min(max(d, 0), maxRetryAfter)
}

// stream shows an answer while it is generated: the first partial text
// creates a post, later ones edit it at most once per patchInterval.
type stream struct {
	a       *Adapter
	ctx     context.Context
	channel string
	root    string

	mu      sync.Mutex
	latest  string
	dirty   bool
	started bool
	kick    chan struct{}
	stop    chan struct{}
	done    chan struct{}
	postID  string // written by the loop, read after done
}

// partial receives the answer generated so far; it never blocks on the
// network.
func (s *stream) partial(text string) {
	s.mu.Lock()
	s.latest, s.dirty = text, true
	if !s.started {
		s.started = true
		s.kick = make(chan struct{}, 1)
		s.stop = make(chan struct{})
		s.done = make(chan struct{})
		go s.loop()
	}
	s.mu.Unlock()
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

func (s *stream) loop() {
	defer close(s.done)
	var last time.Time
	for {
		select {
		case <-s.kick:
		case <-s.stop:
			return
		}
		if wait := s.a.patchInterval - time.Since(last); !last.IsZero() && wait > 0 {
			if !sleepOr(s.stop, wait) {
				return
			}
		}
		s.mu.Lock()
		text, dirty := s.latest, s.dirty
		s.dirty = false
		s.mu.Unlock()
		if !dirty || strings.TrimSpace(text) == "" {
			continue
		}
		text = truncate(bot.Defuse(text), maxRunes)
		if s.postID == "" {
			id, err := s.a.createPost(s.ctx, &model.Post{ChannelId: s.channel, RootId: s.root, Message: text})
			if err == nil {
				s.postID = id
			}
		} else {
			_ = s.a.patch(s.ctx, s.postID, text)
		}
		last = time.Now()
	}
}

// finish stops the updates and returns the streamed post's id, "" when
// nothing was posted.
func (s *stream) finish() string {
	s.mu.Lock()
	started := s.started
	s.mu.Unlock()
	if !started {
		return ""
	}
	close(s.stop)
	<-s.done
	return s.postID
}

// sleepOr waits d and reports whether stop stayed open.
func sleepOr(stop <-chan struct{}, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-stop:
		return false
	}
}

// format writes a reply as Markdown: the answer, then its sources.
func (a *Adapter) format(r bot.Reply) string {
	text := strings.TrimSpace(r.Text)
	if len(r.Citations) == 0 {
		return text
	}
	var b strings.Builder
	b.WriteString(text)
	if r.Lang == bot.English {
		b.WriteString("\n\n**Sources:**")
	} else {
		b.WriteString("\n\n**Sources :**")
	}
	for _, c := range r.Citations {
		b.WriteString("\n- ")
		b.WriteString(a.citation(c, r.Lang))
	}
	return b.String()
}

// citation writes one source: document, fiche, section, page and a short
// quote.
func (a *Adapter) citation(c bot.Citation, lang string) string {
	parts := []string{"*" + escapeMarkdown(a.docTitle(c.Doc)) + "*"}
	if c.Fiche != nil {
		parts = append(parts, "fiche "+*c.Fiche)
	}
	if s := strings.TrimSpace(c.Section); s != "" {
		parts = append(parts, escapeMarkdown(oneLine(s)))
	}
	if c.Page != nil && *c.Page > 0 {
		parts = append(parts, "p. "+strconv.Itoa(*c.Page))
	}
	out := strings.Join(parts, ", ")
	if q := shorten(oneLine(c.Quote), 200); q != "" {
		if lang == bot.English {
			out += `: "` + escapeMarkdown(q) + `"`
		} else {
			out += " : « " + escapeMarkdown(q) + " »"
		}
	}
	return out
}

// docTitle names a document as a reader knows it: "Schéma Isère
// (2020-2024)", else its title, else its id.
func (a *Adapter) docTitle(id string) string {
	if a.core == nil || a.core.Engine() == nil || a.core.Engine().Library() == nil {
		return id
	}
	d := a.core.Engine().Library().Doc(id)
	switch {
	case d == nil:
		return id
	case d.Departement != "" && d.Period() != "":
		return "Schéma " + d.Departement + " (" + d.Period() + ")"
	case d.Departement != "":
		return "Schéma " + d.Departement
	case strings.TrimSpace(d.Title) != "":
		return oneLine(d.Title)
	}
	return id
}

// oneLine folds runs of white space, newlines included, into one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escapeMarkdown keeps quoted document text from turning into formatting.
func escapeMarkdown(s string) string {
	return strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`", "~", `\~`).Replace(s)
}

// shorten cuts s to at most n runes, at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// split cuts s into posts of at most n runes, preferring to cut between
// paragraphs, then lines, then words.
func split(s string, n int) []string {
	var out []string
	s = strings.TrimSpace(s)
	for utf8.RuneCountInString(s) > n {
		limit := byteOffset(s, n)
		head := s[:limit]
		cut := -1
		for _, sep := range []string{"\n\n", "\n", " "} {
			if i := strings.LastIndex(head, sep); i > len(head)/2 {
				cut = i
				break
			}
		}
		if cut < 0 {
			cut = limit
		}
		out = append(out, strings.TrimRight(s[:cut], " \n"))
		s = strings.TrimLeft(s[cut:], " \n")
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// byteOffset returns the byte offset of the n-th rune of s.
func byteOffset(s string, n int) int {
	i := 0
	for k := range s {
		if i == n {
			return k
		}
		i++
	}
	return len(s)
}
