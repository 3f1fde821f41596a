package slack

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/slackutilsx"

	"schemabot/bot"
	"schemabot/bot/chat"
	"schemabot/bot/understand"
)

// message translates an Events API event into a question for the core. It
// reports false for what the bot must not answer: anything but a mention or
// a direct message, its own messages, other bots' and edits or deletions
// (any message subtype).
func (a *Adapter) message(ev slackevents.EventsAPIEvent) (chat.Message, bool) {
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.User == a.botUser {
			return chat.Message{}, false
		}
		direct := slackutilsx.DetectChannelType(e.Channel) == slackutilsx.CTypeDM
		return a.toMessage(e.Channel, e.TimeStamp, e.ThreadTimeStamp, e.User, e.Text, direct), true
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" || e.User == a.botUser {
			return chat.Message{}, false
		}
		return a.toMessage(e.Channel, e.TimeStamp, e.ThreadTimeStamp, e.User, e.Text, true), true
	}
	return chat.Message{}, false
}

func (a *Adapter) toMessage(channel, ts, threadTS, user, text string, direct bool) chat.Message {
	thread := threadTS
	if thread == "" {
		thread = ts
	}
	if a.botUser != "" {
		if i := strings.Index(text, "<@"+a.botUser); i >= 0 {
			text = chat.FromLine(text, i)
		}
		text = strings.ReplaceAll(text, "<@"+a.botUser+">", " ")
		// A mention may carry the name: <@U123|schemabot>.
		for {
			i := strings.Index(text, "<@"+a.botUser+"|")
			if i < 0 {
				break
			}
			j := strings.IndexByte(text[i:], '>')
			if j < 0 {
				break
			}
			text = text[:i] + " " + text[i+j+1:]
		}
	}
	return chat.Message{
		Platform: platform,
		ID:       channel + ":" + ts,
		Channel:  channel,
		Thread:   thread,
		User:     user,
		Text:     strings.TrimSpace(text),
		Direct:   direct,
	}
}

// answer asks the core and posts its reply in the question's thread. When
// the core streams, a placeholder is posted at once (the streamed text is a
// draft the grounding check may still reject, so it is never shown); the
// final reply replaces it.
func (a *Adapter) answer(ctx context.Context, m chat.Message, received time.Time) {
	st := &stream{a: a, ctx: ctx, channel: m.Channel, thread: m.Thread, lang: understand.DetectLang(m.Text), wake: make(chan struct{}, 1),
		done: make(chan struct{}), stopped: make(chan struct{})}
	reply, err := a.core.HandleStream(ctx, m, st.partial)
	ts := st.stop()
	if errors.Is(err, bot.ErrDuplicate) || errors.Is(err, bot.ErrIgnored) {
		if ts != "" { // cannot happen with the core, which checks first
			a.log.Warn("partial answer posted for a message the core ignored", "channel", m.Channel)
		}
		return
	}
	if a.metrics != nil {
		a.metrics.Questions.WithLabelValues(platform).Inc()
	}
	if err != nil {
		a.fail("core", "core failed on a slack message", err)
		reply = chat.Reply{Answer: chat.Answer{Text: sorry}}
	}
	msgs := renderNamed(reply, a.docName)
	delivered := false
	switch {
	case ts != "" && len(msgs) > 0:
		// The streamed message becomes the first part of the final reply.
		if err := a.update(ctx, m.Channel, ts, msgs[0]); err != nil {
			a.log.Error("slack: could not replace the streamed answer", "err", err)
		} else {
			delivered = true
		}
		msgs = msgs[1:]
		delivered = a.postAll(ctx, m.Channel, m.Thread, msgs) && delivered
	case reply.Ephemeral && !m.Direct:
		delivered = true
		for _, msg := range msgs {
			if err := a.postEphemeral(ctx, m.Channel, m.User, m.Thread, msg); err != nil {
				delivered = false
				break
			}
		}
	default:
		delivered = a.postAll(ctx, m.Channel, m.Thread, msgs)
	}
	if len(reply.Image) > 0 {
		a.upload(ctx, m.Channel, m.Thread, reply)
	}
	a.settle(ctx, m, delivered)
	if a.metrics != nil {
		// From the event's arrival: the time spent waiting for a worker
		// counts, as the asker waits it too.
		a.metrics.Latency.WithLabelValues(platform).Observe(time.Since(received).Seconds())
	}
}

// settle tells the core whether the answer to m was posted: a delivered
// claim is never taken over, an undelivered one is released so that a
// redelivery answers it, and counted as lost.
func (a *Adapter) settle(ctx context.Context, m chat.Message, delivered bool) {
	ctx = context.WithoutCancel(ctx)
	if delivered {
		if d, ok := a.core.(interface {
			Delivered(context.Context, chat.Message)
		}); ok {
			d.Delivered(ctx, m)
		}
		return
	}
	if a.metrics != nil {
		a.metrics.Lost.WithLabelValues(platform).Inc()
	}
	if r, ok := a.core.(interface {
		Release(context.Context, chat.Message)
	}); ok {
		r.Release(ctx, m)
	}
}

// postAll posts messages in order, stopping at the first failure so that a
// later part never appears without the earlier ones; it reports whether all
// were posted.
func (a *Adapter) postAll(ctx context.Context, channel, thread string, msgs []outMsg) bool {
	for _, msg := range msgs {
		if _, err := a.post(ctx, channel, thread, msg); err != nil {
			return false
		}
	}
	return true
}

// stream posts a placeholder while the core generates an answer.
type stream struct {
	a       *Adapter
	ctx     context.Context
	channel string
	thread  string
	lang    string

	once    sync.Once
	mu      sync.Mutex
	text    string // latest partial text
	wake    chan struct{}
	done    chan struct{}
	stopped chan struct{}
	ts      string // the posted message, owned by run until stopped
	started bool
}

// partial is the core's streaming callback; it never blocks on Slack. The
// draft it receives is not checked yet: only a placeholder is shown.
func (s *stream) partial(text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	s.mu.Lock()
	s.text = placeholder(s.lang)
	s.mu.Unlock()
	s.once.Do(func() {
		s.mu.Lock()
		s.started = true
		s.mu.Unlock()
		go s.run()
	})
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *stream) run() {
	defer close(s.stopped)
	var posted string
	var last time.Time
	for {
		select {
		case <-s.wake:
		case <-s.done:
			return
		}
		select {
		case <-s.done: // the final reply is ready: no more partials
			return
		default:
		}
		if s.ts != "" {
			if wait := s.a.updateEvery - time.Since(last); wait > 0 {
				t := time.NewTimer(wait)
				select {
				case <-t.C:
				case <-s.done:
					t.Stop()
					return
				}
			}
		}
		s.mu.Lock()
		text := s.text
		s.mu.Unlock()
		if text == posted {
			continue
		}
		msg := partialMsg(text)
		if s.ts == "" {
			ts, err := s.a.post(s.ctx, s.channel, s.thread, msg)
			if err != nil {
				return
			}
			s.ts = ts
		} else if err := s.a.update(s.ctx, s.channel, s.ts, msg); err != nil {
			return
		}
		posted, last = text, time.Now()
	}
}

// stop ends the streaming and returns the posted message's ts, or "".
func (s *stream) stop() string {
	close(s.done)
	s.mu.Lock()
	started := s.started
	s.mu.Unlock()
	if !started {
		return ""
	}
	<-s.stopped
	return s.ts
}

// placeholder is the text shown while an answer is generated.
func placeholder(lang string) string {
	if lang == chat.English {
		return "⏳ _Writing the answer…_"
	}
	return "⏳ _Rédaction de la réponse…_"
}
