package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// scriptedCore stands in for bot.Core where the real engine cannot show the
// behaviour yet (streaming, hostile or huge answers, slow answers).
type scriptedCore struct {
	handle func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error)

	mu   sync.Mutex
	msgs []chat.Message
}

func (c *scriptedCore) HandleStream(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
	c.mu.Lock()
	c.msgs = append(c.msgs, m)
	c.mu.Unlock()
	return c.handle(ctx, m, partial)
}

func (c *scriptedCore) Command(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
	return chat.Reply{}, errors.New("no commands here")
}

func (c *scriptedCore) Act(ctx context.Context, ev bot.ActionEvent) (chat.Reply, error) {
	return chat.Reply{}, errors.New("no actions here")
}

func (c *scriptedCore) received() []chat.Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]chat.Message(nil), c.msgs...)
}

func TestQuestionIsAnsweredInItsThread(t *testing.T) {
	const question = "Qui pilote la fiche 3 ?"
	tests := []struct {
		name       string
		event      map[string]any
		channel    string
		wantThread string
	}{
		{"mention at the top of a channel", mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> "+question),
			"C1", "1700000100.000100"},
		{"mention inside a thread", mentionEvent("C1", "UALICE", "1700000200.000200", "1700000150.000150", "<@UBOT|schemabot> "+question),
			"C1", "1700000150.000150"},
		{"direct message", dmEvent("D1", "UALICE", "1700000300.000300", question),
			"D1", "1700000300.000300"},
	}
	want := expectedAnswer(t, question)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, realCore(t))
			h.sendAndWaitAck(eventsEnvelope(fmt.Sprintf("env-%d", i), 0, tt.event))
			waitFor(t, "the reply", 5*time.Second, func() bool { return len(h.slack.callsOf("chat.postMessage")) > 0 })
			h.stop()

			posts := h.slack.callsOf("chat.postMessage")
			if len(posts) != 1 {
				t.Fatalf("got %d posts, want 1", len(posts))
			}
			p := posts[0]
			if p.Form.Get("channel") != tt.channel || p.Form.Get("thread_ts") != tt.wantThread {
				t.Errorf("reply posted in channel %q thread %q, want %q thread %q",
					p.Form.Get("channel"), p.Form.Get("thread_ts"), tt.channel, tt.wantThread)
			}
			if got, wantText := strings.Join(sections(t, p), "\n\n"), strings.Join(splitText(mrkdwn(want.Text), maxTextRunes), "\n\n"); got != wantText {
				t.Errorf("answer blocks = %q, want the engine's answer %q", got, wantText)
			}
			if p.text() == "" {
				t.Error("no plain-text fallback")
			}
			if p.Form.Has("link_names") {
				t.Error("link_names is set")
			}
			var ids []string
			for _, b := range buttons(t, p) {
				ids = append(ids, b.ActionID)
				if b.Value == "" {
					t.Errorf("button %s has no value", b.ActionID)
				}
			}
			if strings.Join(ids, ",") != bot.ActionFeedbackUp+","+bot.ActionFeedbackDown {
				t.Errorf("buttons = %v, want the feedback buttons", ids)
			}
			if n := h.metric("schemabot_questions_total", map[string]string{"platform": "slack"}); n != 1 {
				t.Errorf("questions metric = %v, want 1", n)
			}
			if n := h.metric("schemabot_answer_seconds", map[string]string{"platform": "slack"}); n != 1 {
				t.Errorf("latency samples = %v, want 1", n)
			}
		})
	}
}

func TestQuestionTextReachesTheCoreWithoutTheMention(t *testing.T) {
	core := &scriptedCore{handle: func(ctx context.Context, m chat.Message, _ func(string)) (chat.Reply, error) {
		return chat.Reply{Answer: chat.Answer{Text: "ok"}}, nil
	}}
	h := start(t, nil, withFakeCore(core))
	h.sendAndWaitAck(eventsEnvelope("e1", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> qui pilote <@UBOB> ?")))
	h.sendAndWaitAck(eventsEnvelope("e2", 0, dmEvent("D9", "UALICE", "1700000200.000200", "bonjour")))
	h.stop()
	got := core.received()
	if len(got) != 2 {
		t.Fatalf("core got %d messages, want 2", len(got))
	}
	want := []chat.Message{
		{Platform: "slack", ID: "C1:1700000100.000100", Channel: "C1", Thread: "1700000100.000100",
			User: "UALICE", Text: "qui pilote <@UBOB> ?", Direct: false},
		{Platform: "slack", ID: "D9:1700000200.000200", Channel: "D9", Thread: "1700000200.000200",
			User: "UALICE", Text: "bonjour", Direct: true},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("message %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestAckComesBeforeTheAnswer(t *testing.T) {
	release := make(chan struct{})
	core := &scriptedCore{handle: func(ctx context.Context, m chat.Message, _ func(string)) (chat.Reply, error) {
		<-release
		return chat.Reply{Answer: chat.Answer{Text: "réponse"}}, nil
	}}
	h := start(t, nil, withFakeCore(core))
	// The core is stuck, yet both envelopes are acked at once.
	h.sendAndWaitAck(eventsEnvelope("slow-1", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> a")))
	h.sendAndWaitAck(eventsEnvelope("slow-2", 0, mentionEvent("C1", "UALICE", "1700000200.000200", "", "<@UBOT> b")))
	if n := len(h.slack.callsOf("chat.postMessage")); n != 0 {
		t.Fatalf("%d replies posted before the core answered", n)
	}
	close(release)
	waitFor(t, "both replies", 5*time.Second, func() bool { return len(h.slack.callsOf("chat.postMessage")) == 2 })
}

func TestRedeliveredEventGetsOneReply(t *testing.T) {
	h := start(t, realCore(t))
	ev := mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> Qui pilote la fiche 1 ?")
	h.sendAndWaitAck(eventsEnvelope("first", 0, ev))
	// Slack retries with a new envelope when it thinks the first was lost…
	h.sendAndWaitAck(eventsEnvelope("retry", 1, ev))
	// …and may send the very same envelope again.
	h.sendAndWaitAck(eventsEnvelope("first", 0, ev))
	h.stop() // waits for every answer in flight
	if n := len(h.slack.callsOf("chat.postMessage")); n != 1 {
		t.Errorf("got %d replies, want exactly 1", n)
	}
}

func TestReconnectAndRedeliveryGiveOneReply(t *testing.T) {
	h := start(t, realCore(t))
	ev := mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> Quels sont les objectifs de la fiche 2 ?")
	h.sendAndWaitAck(eventsEnvelope("before-drop", 0, ev))
	waitFor(t, "the reply", 5*time.Second, func() bool { return len(h.slack.callsOf("chat.postMessage")) == 1 })

	h.slack.drop()
	waitFor(t, "the reconnection", 10*time.Second, func() bool {
		return h.slack.connections() == 2 && h.adapter.Connected()
	})
	// After a reconnect Slack redelivers what it was not sure about.
	h.sendAndWaitAck(eventsEnvelope("after-drop", 1, ev))
	h.sendAndWaitAck(eventsEnvelope("new-question", 0,
		mentionEvent("C1", "UALICE", "1700000200.000200", "", "<@UBOT> Qui pilote la fiche 2 ?")))
	h.stop()

	posts := h.slack.callsOf("chat.postMessage")
	if len(posts) != 2 {
		t.Fatalf("got %d replies, want 2 (one per question)", len(posts))
	}
	if posts[0].Form.Get("thread_ts") != "1700000100.000100" || posts[1].Form.Get("thread_ts") != "1700000200.000200" {
		t.Errorf("replies in threads %q and %q", posts[0].Form.Get("thread_ts"), posts[1].Form.Get("thread_ts"))
	}
	if n := h.metric("schemabot_reconnects_total", map[string]string{"platform": "slack"}); n != 1 {
		t.Errorf("reconnects metric = %v, want 1", n)
	}
}

func TestIgnoresItselfAndOtherBots(t *testing.T) {
	h := start(t, realCore(t))
	withSubtype := func(e map[string]any, sub string) map[string]any { e["subtype"] = sub; return e }
	withBotID := func(e map[string]any) map[string]any { e["bot_id"] = "BOTHER"; return e }
	ignored := []map[string]any{
		dmEvent("D1", botUserID, "1700000001.000001", "Je n'ai pas trouvé cela dans le schéma."),
		withBotID(dmEvent("D1", "UOTHERBOT", "1700000002.000002", "hello")),
		withSubtype(withBotID(dmEvent("D1", "", "1700000003.000003", "bot says")), "bot_message"),
		withSubtype(dmEvent("D1", "UALICE", "1700000004.000004", "edited"), "message_changed"),
		withSubtype(dmEvent("D1", "UALICE", "1700000005.000005", ""), "message_deleted"),
		withBotID(mentionEvent("C1", "UOTHERBOT", "1700000006.000006", "", "<@UBOT> ping")),
		mentionEvent("C1", botUserID, "1700000007.000007", "", "<@UBOT> my own post"),
		func() map[string]any {
			e := dmEvent("C1", "UALICE", "1700000008.000008", "not for me")
			e["channel_type"] = "channel"
			return e
		}(),
	}
	for i, ev := range ignored {
		h.sendAndWaitAck(eventsEnvelope(fmt.Sprintf("ignored-%d", i), 0, ev))
	}
	// An event type slack-go cannot parse is still acked.
	h.sendAndWaitAck(eventsEnvelope("unknown", 0, map[string]any{"type": "no_such_event", "ts": "1"}))
	h.sendAndWaitAck(eventsEnvelope("legit", 0, dmEvent("D1", "UALICE", "1700000009.000009", "Qui pilote la fiche 1 ?")))
	h.stop()

	posts := h.slack.callsOf("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("got %d replies, want 1 (only to the person)", len(posts))
	}
	if posts[0].Form.Get("thread_ts") != "1700000009.000009" {
		t.Errorf("reply went to %q, want the person's message", posts[0].Form.Get("thread_ts"))
	}
}

// leaks lists what would notify people if Slack read it as markup.
var leaks = []string{"<!channel>", "<!here>", "<!everyone>", "<@U", "<!subteam", "@here", "@channel", "@everyone"}

func assertNoLeak(t *testing.T, calls []apiCall) {
	t.Helper()
	for _, c := range calls {
		var all []string
		for k, vs := range c.Form {
			if k == "token" {
				continue
			}
			all = append(all, vs...)
		}
		if c.JSON != nil {
			all = append(all, fmt.Sprint(c.JSON))
		}
		for _, s := range all {
			for _, l := range leaks {
				if strings.Contains(s, l) {
					t.Errorf("%s sends %q, which notifies people:\n%s", c.Method, l, s)
				}
			}
		}
		if c.Form.Has("link_names") {
			t.Errorf("%s sets link_names", c.Method)
		}
	}
}

func TestNoMentionLeaks(t *testing.T) {
	const hostile = "<!channel> <!here> @here @channel <@U123> <!subteam^S1|@team> Qui pilote la fiche 1 ?"
	t.Run("question through the real core", func(t *testing.T) {
		h := start(t, realCore(t))
		h.sendAndWaitAck(eventsEnvelope("q", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> "+hostile)))
		h.stop()
		if len(h.slack.callsOf("chat.postMessage")) != 1 {
			t.Fatal("no reply")
		}
		assertNoLeak(t, h.slack.allCalls())
	})
	t.Run("answer and citations that carry mentions and markup", func(t *testing.T) {
		fiche, page := "4", 12
		core := &scriptedCore{handle: func(ctx context.Context, m chat.Message, _ func(string)) (chat.Reply, error) {
			return chat.Reply{
				Answer: chat.Answer{
					Text: "Vous avez demandé : " + m.Text + "\nRéponse : <!channel> <!here> @here @everyone <@U123> " +
						"Tom & Jerry <b>gras</b> 3 < 4 > 2",
					Citations: []chat.Citation{{Doc: "doc <!here>", Fiche: &fiche, Section: "Pilotes @channel & co", Page: &page}},
				},
				Buttons: []chat.Button{{ID: bot.ActionFeedbackUp, Label: "👍", Value: "r1"}},
			}, nil
		}}
		h := start(t, nil, withFakeCore(core))
		h.sendAndWaitAck(eventsEnvelope("q", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> "+hostile)))
		h.stop()
		posts := h.slack.callsOf("chat.postMessage")
		if len(posts) != 1 {
			t.Fatal("no reply")
		}
		assertNoLeak(t, posts)
		body := strings.Join(sections(t, posts[0]), "\n")
		for _, want := range []string{"Tom &amp; Jerry", "&lt;b&gt;gras&lt;/b&gt;", "3 &lt; 4 &gt; 2"} {
			if !strings.Contains(body, want) {
				t.Errorf("answer %q lacks %q", body, want)
			}
			if !strings.Contains(posts[0].text(), want) {
				t.Errorf("fallback %q lacks %q", posts[0].text(), want)
			}
		}
		cites := strings.Join(contextTexts(t, posts[0]), "\n")
		for _, want := range []string{"doc &lt;", "fiche 4", "Pilotes", "&amp; co", "p. 12"} {
			if !strings.Contains(cites, want) {
				t.Errorf("citations %q lack %q", cites, want)
			}
		}
	})
}

func TestLongAnswerIsSplitWithinSlackLimits(t *testing.T) {
	var para []string
	for i := 0; i < 1500; i++ {
		para = append(para, fmt.Sprintf("Paragraphe %d : la fiche action décrit les **objectifs** & les moyens du schéma départemental.", i))
	}
	long := strings.Join(para, "\n\n") // ~150 000 characters: several messages
	fiche := "1"
	var cites []chat.Citation
	for i := 0; i < 14; i++ {
		cites = append(cites, chat.Citation{Doc: "isere-2020-2024", Fiche: &fiche, Section: fmt.Sprintf("Section %d", i)})
	}
	core := &scriptedCore{handle: func(ctx context.Context, m chat.Message, _ func(string)) (chat.Reply, error) {
		return chat.Reply{Answer: chat.Answer{Text: long, Citations: cites},
			Buttons: []chat.Button{{ID: bot.ActionFeedbackUp, Label: "👍", Value: "r1"}, {ID: bot.ActionFeedbackDown, Label: "👎", Value: "r1"}}}, nil
	}}
	h := start(t, nil, withFakeCore(core))
	h.sendAndWaitAck(eventsEnvelope("long", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> tout ?")))
	h.stop()

	posts := h.slack.callsOf("chat.postMessage")
	if len(posts) < 2 {
		t.Fatalf("got %d messages, want the answer split over several", len(posts))
	}
	var got []string
	for i, p := range posts {
		if p.Form.Get("thread_ts") != "1700000100.000100" {
			t.Errorf("part %d posted outside the thread", i)
		}
		blocks := p.blocks(t)
		if len(blocks) > 50 {
			t.Errorf("part %d has %d blocks, Slack allows 50", i, len(blocks))
		}
		if n := utf8.RuneCountInString(p.text()); n > 3000 || n == 0 {
			t.Errorf("part %d fallback text has %d characters", i, n)
		}
		for _, s := range sections(t, p) {
			if n := utf8.RuneCountInString(s); n > 3000 || n == 0 {
				t.Errorf("part %d has a section of %d characters, Slack allows 3000", i, n)
			}
			got = append(got, s)
		}
		last := i == len(posts)-1
		if hasButtons := len(buttons(t, p)) > 0; hasButtons != last {
			t.Errorf("part %d: buttons present = %v, want them on the last part only", i, hasButtons)
		}
		if hasCites := len(contextTexts(t, p)) > 0; hasCites != last {
			t.Errorf("part %d: citations present = %v, want them on the last part only", i, hasCites)
		}
	}
	// In order and complete: every paragraph once, in sequence.
	joined := strings.Join(got, "\n\n")
	if joined != mrkdwn(long) {
		t.Error("the parts put together are not the whole answer in order")
	}
	if n := len(contextTexts(t, posts[len(posts)-1])); n != 14 {
		t.Errorf("got %d citations, want 14", n)
	}
}

func TestRateLimitIsHonoured(t *testing.T) {
	h := start(t, realCore(t))
	h.slack.rateLimit("chat.postMessage", 1)
	h.sendAndWaitAck(eventsEnvelope("q", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> Qui pilote la fiche 1 ?")))
	waitFor(t, "the retried reply", 5*time.Second, func() bool { return len(h.slack.callsOf("chat.postMessage")) == 2 })
	h.stop()
	posts := h.slack.callsOf("chat.postMessage")
	if len(posts) != 2 || posts[0].Status != 429 || posts[1].Status != 200 {
		t.Fatalf("calls: %+v, want a 429 then a success", posts)
	}
	if gap := posts[1].At.Sub(posts[0].At); gap < time.Second {
		t.Errorf("retried after %v, want at least the 1s of Retry-After", gap)
	}
	if posts[0].Form.Get("blocks") != posts[1].Form.Get("blocks") {
		t.Error("the retry did not resend the same message")
	}
	if n := h.metric("schemabot_errors_total", map[string]string{"kind": "rate_limited"}); n != 1 {
		t.Errorf("rate-limited errors = %v, want 1", n)
	}
}

// memFeedback is a bot.FeedbackStore in memory.
type memFeedback struct {
	mu sync.Mutex
	fb []bot.Feedback
}

func (m *memFeedback) SaveFeedback(ctx context.Context, f bot.Feedback) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.fb = append(m.fb, f)
	return nil
}

func (m *memFeedback) all() []bot.Feedback {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]bot.Feedback(nil), m.fb...)
}

func TestFeedbackClickReachesTheCore(t *testing.T) {
	const question = "Qui pilote la fiche 5 ?"
	store := &memFeedback{}
	h := start(t, realCore(t, bot.WithFeedbackStore(store)))
	h.sendAndWaitAck(eventsEnvelope("q", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> "+question)))
	waitFor(t, "the reply", 5*time.Second, func() bool { return len(h.slack.callsOf("chat.postMessage")) == 1 })
	reply := h.slack.callsOf("chat.postMessage")[0]
	var up button
	for _, b := range buttons(t, reply) {
		if b.ActionID == bot.ActionFeedbackUp {
			up = b
		}
	}
	if up.Value == "" {
		t.Fatal("no 👍 button on the reply")
	}
	h.sendAndWaitAck(blockActionEnvelope("click", "C1", "UBOB", "1700000000.000001", "1700000100.000100", up.ActionID, up.Value))
	waitFor(t, "the thank-you", 5*time.Second, func() bool { return len(h.slack.callsOf("chat.postEphemeral")) == 1 })
	h.stop()

	fb := store.all()
	if len(fb) != 1 {
		t.Fatalf("store got %d feedbacks, want 1", len(fb))
	}
	want := expectedAnswer(t, question)
	if !fb[0].Useful || fb[0].Platform != "slack" || fb[0].User != "UBOB" || fb[0].Channel != "C1" {
		t.Errorf("feedback = %+v", fb[0])
	}
	if fb[0].Question != want.Question || fb[0].Answer != want.Text {
		t.Errorf("feedback kept question %q answer %q, want %q and %q", fb[0].Question, fb[0].Answer, want.Question, want.Text)
	}
	thanks := h.slack.callsOf("chat.postEphemeral")[0]
	if thanks.Form.Get("user") != "UBOB" || thanks.Form.Get("channel") != "C1" || thanks.Form.Get("thread_ts") != "1700000100.000100" {
		t.Errorf("thank-you sent to user %q in %q thread %q", thanks.Form.Get("user"), thanks.Form.Get("channel"), thanks.Form.Get("thread_ts"))
	}
	if got := strings.Join(sections(t, thanks), ""); got != "Merci pour votre retour." {
		t.Errorf("thank-you = %q", got)
	}
}

func TestSlashHelpIsEphemeral(t *testing.T) {
	core := realCore(t)
	help, err := realCore(t).Command(context.Background(), chat.Message{Platform: "slack"}, nil)
	if err != nil || !help.Ephemeral {
		t.Fatalf("the core's help: %+v, %v", help, err)
	}
	h := start(t, core)
	h.sendAndWaitAck(slashEnvelope("cmd", "C1", "UALICE", "", ""))
	waitFor(t, "the help", 5*time.Second, func() bool { return len(h.slack.callsOf("chat.postEphemeral")) == 1 })
	h.stop()
	c := h.slack.callsOf("chat.postEphemeral")[0]
	if c.Form.Get("user") != "UALICE" || c.Form.Get("channel") != "C1" {
		t.Errorf("help shown to %q in %q", c.Form.Get("user"), c.Form.Get("channel"))
	}
	if got, want := strings.Join(sections(t, c), "\n\n"), mrkdwn(help.Text); got != strings.TrimSpace(want) {
		t.Errorf("help = %q, want %q", got, want)
	}
	if n := len(h.slack.callsOf("chat.postMessage")); n != 0 {
		t.Errorf("help also posted %d public messages", n)
	}
}

func TestSlashReplyFallsBackToResponseURL(t *testing.T) {
	h := start(t, realCore(t))
	h.slack.failWith("chat.postEphemeral", "channel_not_found")
	h.sendAndWaitAck(slashEnvelope("cmd", "DOTHERS", "UALICE", "", h.slack.srv.URL+"/response/1"))
	waitFor(t, "the response_url reply", 5*time.Second, func() bool { return len(h.slack.callsOf("response_url")) == 1 })
	h.stop()
	c := h.slack.callsOf("response_url")[0]
	if c.JSON["response_type"] != "ephemeral" {
		t.Errorf("response_type = %v, want ephemeral", c.JSON["response_type"])
	}
	if !strings.Contains(c.text(), "Posez une question") {
		t.Errorf("response_url got %q, want the help", c.text())
	}
	assertNoLeak(t, h.slack.allCalls())
}

func TestSlashImageIsUploaded(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\nfake chart bytes")
	core := realCore(t)
	core.Register("planning", "planning [fiche] — le calendrier en image", func(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
		return chat.Reply{Answer: chat.Answer{Text: "Planning des fiches " + strings.Join(args, " ")}, Image: png, ImageName: "planning.png"}, nil
	})
	h := start(t, core)
	h.sendAndWaitAck(slashEnvelope("cmd", "C1", "UALICE", "planning 3", ""))
	waitFor(t, "the upload", 5*time.Second, func() bool { return len(h.slack.callsOf("files.completeUploadExternal")) == 1 })
	h.stop()

	posts := h.slack.callsOf("chat.postMessage")
	if len(posts) != 1 || posts[0].Form.Get("channel") != "C1" || strings.Join(sections(t, posts[0]), "") != "Planning des fiches 3" {
		t.Fatalf("posts = %+v, want the text in C1", posts)
	}
	get := h.slack.callsOf("files.getUploadURLExternal")
	if len(get) != 1 || get[0].Form.Get("filename") != "planning.png" || get[0].Form.Get("length") != fmt.Sprint(len(png)) {
		t.Fatalf("getUploadURLExternal = %+v", get)
	}
	up := h.slack.callsOf("upload")
	if len(up) != 1 || string(up[0].Body) != string(png) {
		t.Fatalf("uploaded %d files, want the chart's bytes", len(up))
	}
	done := h.slack.callsOf("files.completeUploadExternal")[0]
	if done.Form.Get("channel_id") != "C1" || !strings.Contains(done.Form.Get("files"), "F123") {
		t.Errorf("completeUploadExternal shared %q in %q", done.Form.Get("files"), done.Form.Get("channel_id"))
	}
}

// The streamed text is a draft the grounding check may still reject: the
// thread shows a placeholder at once, never the draft, and the final reply
// replaces it.
func TestStreamedDraftIsNeverPosted(t *testing.T) {
	final := "La fiche 3 est pilotée par la **Direction enfance famille**."
	core := &scriptedCore{handle: func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
		words := strings.Fields("Le pilote est Mickey Mouse [1] selon le brouillon")
		for i := range words {
			partial(strings.Join(words[:i+1], " "))
			time.Sleep(130 * time.Millisecond) // ~1 s of generation
		}
		return chat.Reply{Answer: chat.Answer{Text: final},
			Buttons: []chat.Button{{ID: bot.ActionFeedbackUp, Label: "👍", Value: "r1"}}}, nil
	}}
	h := start(t, nil, withFakeCore(core))
	sent := time.Now()
	h.sendAndWaitAck(eventsEnvelope("q", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> qui pilote ?")))
	h.stop()

	posts := h.slack.callsOf("chat.postMessage")
	updates := h.slack.callsOf("chat.update")
	if len(posts) != 1 {
		t.Fatalf("got %d posts, want 1 edited in place", len(posts))
	}
	if d := posts[0].At.Sub(sent); d > 500*time.Millisecond {
		t.Errorf("placeholder posted after %v, want it at once", d)
	}
	if got := posts[0].Form.Get("text"); !strings.Contains(got, "Rédaction de la réponse") || posts[0].Form.Get("thread_ts") != "1700000100.000100" {
		t.Errorf("first post = %q in thread %q, want the placeholder", got, posts[0].Form.Get("thread_ts"))
	}
	for _, c := range append(posts, updates...) {
		if strings.Contains(c.Form.Get("text"), "Mickey") || strings.Contains(strings.Join(sections(t, c), ""), "Mickey") {
			t.Errorf("the unchecked draft was shown: %q", c.Form.Get("text"))
		}
	}
	if len(updates) != 1 {
		t.Fatalf("got %d updates, want only the final one", len(updates))
	}
	last := updates[0]
	if last.Form.Get("ts") != posts[0].TS || last.Form.Get("channel") != "C1" {
		t.Errorf("final edit targets %q in %q, want the placeholder", last.Form.Get("ts"), last.Form.Get("channel"))
	}
	if got := strings.Join(sections(t, last), ""); got != "La fiche 3 est pilotée par la *Direction enfance famille*." {
		t.Errorf("final answer = %q", got)
	}
	if len(buttons(t, last)) != 1 {
		t.Error("the final edit lacks the buttons")
	}
}

// After a restart of the bot (a new adapter and core on the same handled
// store), Slack redelivers the events it was not sure about: they are not
// answered again, and new questions are.
func TestRedeliveryAfterRestartGetsNoSecondReply(t *testing.T) {
	handled := bot.NewMemoryHandled()
	ev := mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> Qui pilote la fiche 1 ?")
	dm := dmEvent("D1", "UALICE", "1700000150.000150", "Que veut dire ODPE ?")

	h1 := start(t, realCore(t, bot.WithHandledStore(handled)))
	h1.sendAndWaitAck(eventsEnvelope("first", 0, ev))
	h1.sendAndWaitAck(eventsEnvelope("dm", 0, dm))
	h1.stop()
	if n := len(h1.slack.callsOf("chat.postMessage")); n != 2 {
		t.Fatalf("before the restart: %d replies, want 2", n)
	}

	h2 := start(t, realCore(t, bot.WithHandledStore(handled)))
	tests := []struct {
		name string
		env  map[string]any
	}{
		{"same envelope again", eventsEnvelope("first", 1, ev)},
		{"new envelope for the same mention", eventsEnvelope("retry-after-restart", 2, ev)},
		{"direct message redelivered", eventsEnvelope("dm-retry", 1, dm)},
	}
	for _, tt := range tests {
		h2.sendAndWaitAck(tt.env)
	}
	h2.sendAndWaitAck(eventsEnvelope("new", 0, mentionEvent("C1", "UALICE", "1700000200.000200", "", "<@UBOT> Qui pilote la fiche 2 ?")))
	h2.stop()
	posts := h2.slack.callsOf("chat.postMessage")
	if len(posts) != 1 || posts[0].Form.Get("thread_ts") != "1700000200.000200" {
		var threads []string
		for _, p := range posts {
			threads = append(threads, p.Form.Get("thread_ts"))
		}
		t.Errorf("after the restart: replies in threads %q, want one, to the new question", threads)
	}
}

func TestShutdownFinishesAnswersInFlight(t *testing.T) {
	started := make(chan struct{})
	core := &scriptedCore{handle: func(ctx context.Context, m chat.Message, _ func(string)) (chat.Reply, error) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		return chat.Reply{Answer: chat.Answer{Text: "réponse complète"}}, nil
	}}
	h := start(t, nil, withFakeCore(core))
	h.sendAndWaitAck(eventsEnvelope("q", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> q")))
	<-started
	h.stop() // like SIGTERM while the answer is being written
	if n := len(h.slack.callsOf("chat.postMessage")); n != 1 {
		t.Errorf("got %d replies after shutdown, want the answer in flight posted", n)
	}
}

func TestShutdownIsBounded(t *testing.T) {
	core := &scriptedCore{handle: func(ctx context.Context, m chat.Message, _ func(string)) (chat.Reply, error) {
		<-ctx.Done() // a stuck answer: only cancellation ends it
		return chat.Reply{}, ctx.Err()
	}}
	h := start(t, nil, withFakeCore(core), withGrace(200*time.Millisecond))
	h.sendAndWaitAck(eventsEnvelope("q", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> q")))
	begin := time.Now()
	h.stop()
	if d := time.Since(begin); d > 2*time.Second {
		t.Errorf("Run took %v to return, want about the 200ms grace", d)
	}
}

func TestRunFailsOnRefusedToken(t *testing.T) {
	f := newFakeSlack(t)
	f.authErr = "invalid_auth"
	logs := &syncBuffer{}
	a := New(Config{AppToken: testAppToken, BotToken: testBotToken}, realCore(t),
		WithAPIURL(f.apiURL()), WithLogger(slog.New(slog.NewTextHandler(logs, nil))))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := a.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") {
		t.Fatalf("Run = %v, want an invalid_auth error naming SLACK_BOT_TOKEN", err)
	}
	if strings.Contains(err.Error(), testBotToken) || strings.Contains(logs.String(), testBotToken) {
		t.Error("the token leaked")
	}
}

func TestTooManyQuestionsGetAnEphemeralNotice(t *testing.T) {
	h := start(t, realCore(t, bot.WithRateLimit(1, time.Hour)))
	h.sendAndWaitAck(eventsEnvelope("q1", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> Qui pilote la fiche 1 ?")))
	h.sendAndWaitAck(eventsEnvelope("q2", 0, mentionEvent("C1", "UALICE", "1700000200.000200", "", "<@UBOT> Qui pilote la fiche 2 ?")))
	h.stop()
	if n := len(h.slack.callsOf("chat.postMessage")); n != 1 {
		t.Errorf("got %d public replies, want 1", n)
	}
	eph := h.slack.callsOf("chat.postEphemeral")
	if len(eph) != 1 {
		t.Fatalf("got %d ephemeral notices, want 1", len(eph))
	}
	if eph[0].Form.Get("user") != "UALICE" || eph[0].Form.Get("thread_ts") != "1700000200.000200" {
		t.Errorf("notice shown to %q in thread %q", eph[0].Form.Get("user"), eph[0].Form.Get("thread_ts"))
	}
	if !strings.Contains(strings.Join(sections(t, eph[0]), ""), "patienter") {
		t.Errorf("notice = %q", sections(t, eph[0]))
	}
}

func TestRunFailsOnRefusedAppToken(t *testing.T) {
	f := newFakeSlack(t)
	logs := &syncBuffer{}
	const wrongApp = "xapp-1-A111-222-revokedtoken"
	a := New(Config{AppToken: wrongApp, BotToken: testBotToken}, realCore(t),
		WithAPIURL(f.apiURL()), WithLogger(slog.New(slog.NewTextHandler(logs, nil))))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := a.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") || !strings.Contains(err.Error(), "SLACK_APP_TOKEN") {
		t.Fatalf("Run = %v, want an invalid_auth error naming SLACK_APP_TOKEN", err)
	}
	if ctx.Err() != nil {
		t.Error("Run kept retrying a refused token until the deadline")
	}
	if strings.Contains(err.Error(), wrongApp) || strings.Contains(logs.String(), wrongApp) {
		t.Error("the token leaked")
	}
}
