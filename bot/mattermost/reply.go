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
	"schemabot/bot/chat"
	"schemabot/bot/understand"
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

// answer asks the core about m and posts the reply in m's thread. When
// nothing could be posted, the core forgets m so that the next catch-up
// answers it; when the reply was posted, the core marks m delivered so that
// no catch-up takes it over. received is when the bot learnt of m: the
// latency metric counts the wait for a worker too.
func (a *Adapter) answer(ctx context.Context, me *identity, m chat.Message, received time.Time) {
	st := &stream{a: a, ctx: ctx, channel: m.Channel, root: m.Thread, lang: understand.DetectLang(m.Text)}
	reply, err := a.handle(ctx, m, st.partial)
	streamed := st.finish()
	switch {
	case errors.Is(err, bot.ErrDuplicate), errors.Is(err, bot.ErrIgnored):
		return
	case err != nil:
		a.log.Error("mattermost: no answer", "post", m.ID, "err", err)
		a.countError("answer")
		reply = chat.Reply{Answer: chat.Answer{Text: sorry, Lang: chat.French}}
	default:
		if a.metrics != nil {
			a.metrics.Questions.WithLabelValues(platform).Inc()
			if m.CatchUp {
				a.metrics.CaughtUp.WithLabelValues(platform).Inc()
			}
		}
	}
	posted := a.deliver(ctx, me, m, reply, streamed)
	if a.core != nil {
		if len(posted) == 0 {
			a.core.Release(context.WithoutCancel(ctx), m)
		} else {
			a.core.Delivered(context.WithoutCancel(ctx), m)
		}
	}
	if len(posted) == 0 && a.metrics != nil {
		a.metrics.Lost.WithLabelValues(platform).Inc()
	}
	if a.metrics != nil && err == nil {
		a.metrics.Latency.WithLabelValues(platform).Observe(time.Since(received).Seconds())
	}
}

// deliver posts reply in m's thread: the text with its citations, split in
// posts Mattermost accepts, the image attached to the first post, and the
// feedback reactions. streamed is the placeholder post shown while the
// answer was generated, "" when there was none; the reply replaces its
// text. A reply meant for the asker only goes to a direct message: bots
// may not post ephemeral messages, and a public post would be wrong. It
// returns the ids of the posts made.
func (a *Adapter) deliver(ctx context.Context, me *identity, m chat.Message, reply chat.Reply, streamed string) []string {
	text := chat.Defuse(a.format(reply))
	channel, root := m.Channel, m.Thread
	if reply.Ephemeral && !m.Direct {
		if streamed != "" {
			// Never leave the placeholder: the private text replaces
			// nothing public.
			_ = a.deletePost(ctx, streamed)
			streamed = ""
		}
		dm, err := a.directChannel(ctx, me, m.User)
		if err != nil {
			a.log.Warn("mattermost: private reply not sent", "user", m.User, "err", err)
			return nil
		}
		channel, root = dm, ""
	}
	var files []string
	if len(reply.Image) > 0 {
		files = a.upload(ctx, channel, reply.Image, reply.ImageName)
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
			// The placeholder must not stay: it is removed and the
			// answer posted anew.
			_ = a.deletePost(ctx, streamed)
			streamed = ""
		}
		p := &model.Post{ChannelId: channel, RootId: root, Message: c}
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
		if id, err := a.createPost(ctx, &model.Post{ChannelId: channel, RootId: root, FileIds: files}); err == nil {
			posted = append(posted, id)
		}
	}
	if len(posted) == 0 || !wantsFeedback(reply) || me == nil {
		return posted
	}
	for _, id := range posted {
		a.remember(id, reply.ID)
		if a.core != nil {
			a.core.LinkPost(ctx, postKey(id), reply.ID)
		}
	}
	for _, emoji := range []string{emojiUp, emojiDown} {
		r := &model.Reaction{UserId: me.id, PostId: posted[0], EmojiName: emoji}
		// Saving a reaction is idempotent: a blip is retried.
		if err := a.retry(ctx, "reaction", func(ctx context.Context) (*model.Response, error) {
			_, resp, err := a.api.SaveReaction(ctx, r)
			return resp, err
		}); err != nil {
			a.log.Warn("mattermost: feedback reaction not added", "post", posted[0], "emoji", emoji, "err", err)
		}
	}
	return posted
}

// directChannel returns the id of the bot's direct message channel with
// user, creating it when needed.
func (a *Adapter) directChannel(ctx context.Context, me *identity, user string) (string, error) {
	if me == nil || user == "" {
		return "", errors.New("no bot identity or user for a direct message")
	}
	a.mu.Lock()
	id := a.dms[user]
	a.mu.Unlock()
	if id != "" {
		return id, nil
	}
	err := a.retry(ctx, "direct_channel", func(ctx context.Context) (*model.Response, error) {
		ch, resp, err := a.api.CreateDirectChannel(ctx, me.id, user)
		if err == nil && ch != nil {
			id = ch.Id
		}
		return resp, err
	})
	if err != nil {
		return "", fmt.Errorf("open a direct channel: %w", err)
	}
	a.mu.Lock()
	a.dms[user] = id
	a.mu.Unlock()
	return id, nil
}

// retry runs an idempotent request through call, and retries it with
// exponential backoff and jitter when the server blipped: no response, a
// timeout or a 5xx. Other refusals are final.
func (a *Adapter) retry(ctx context.Context, kind string, fn func(context.Context) (*model.Response, error)) error {
	wait := a.retryBase
	for attempt := 0; ; attempt++ {
		resp, err := a.call(ctx, kind, fn)
		if err == nil {
			return nil
		}
		if attempt >= a.blipRetries || !transient(resp) || ctx.Err() != nil {
			return err
		}
		a.log.Info("mattermost: retrying after a server blip", "request", kind, "attempt", attempt+1)
		if !sleep(ctx, jitter(wait)) {
			return err
		}
		wait = min(2*wait, 10*time.Second)
	}
}

// transient reports whether a failed request may succeed if tried again.
func transient(resp *model.Response) bool {
	if resp == nil || resp.StatusCode == 0 {
		return true
	}
	return resp.StatusCode == http.StatusRequestTimeout || resp.StatusCode >= 500
}

// wantsFeedback reports whether the core offers feedback on reply.
func wantsFeedback(r chat.Reply) bool {
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
	return a.retry(ctx, "patch", func(ctx context.Context) (*model.Response, error) {
		_, resp, err := a.api.PatchPost(ctx, postID, &model.PostPatch{Message: &text})
		return resp, err
	})
}

func (a *Adapter) deletePost(ctx context.Context, postID string) error {
	return a.retry(ctx, "delete", func(ctx context.Context) (*model.Response, error) {
		return a.api.DeletePost(ctx, postID)
	})
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

// stream shows that an answer is being written. The text a language model
// streams has not passed the grounding check yet, so it is never posted:
// the first partial text only makes a placeholder post, which the checked
// answer (or the offline one) replaces.
type stream struct {
	a       *Adapter
	ctx     context.Context
	channel string
	root    string
	lang    string

	once   sync.Once
	done   chan struct{}
	postID string // written by the goroutine, read after done
}

// placeholder is the text of the post shown while an answer is generated.
func placeholder(lang string) string {
	if lang == chat.English {
		return "⏳ _Writing the answer…_"
	}
	return "⏳ _Rédaction de la réponse…_"
}

// partial receives the draft generated so far; it never blocks on the
// network and never shows the draft.
func (s *stream) partial(text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	s.once.Do(func() {
		s.done = make(chan struct{})
		go func() {
			defer close(s.done)
			id, err := s.a.createPost(s.ctx, &model.Post{ChannelId: s.channel, RootId: s.root, Message: placeholder(s.lang)})
			if err == nil {
				s.postID = id
			}
		}()
	})
}

// finish waits for the placeholder and returns its id, "" when nothing was
// posted.
func (s *stream) finish() string {
	started := false
	s.once.Do(func() {}) // no placeholder after this point
	if s.done != nil {
		started = true
		<-s.done
	}
	if !started {
		return ""
	}
	return s.postID
}

// format writes a reply as Markdown: the answer, then its sources.
func (a *Adapter) format(r chat.Reply) string {
	text := strings.TrimSpace(r.Text)
	// One citation: the text says its sources, or they follow it.
	if len(r.Citations) == 0 || chat.NamesSources(text) {
		return text
	}
	var b strings.Builder
	b.WriteString(text)
	if r.Lang == chat.English {
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
func (a *Adapter) citation(c chat.Citation, lang string) string {
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
		if lang == chat.English {
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
