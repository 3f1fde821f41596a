package mattermost

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"
)

// fakeServer speaks the parts of Mattermost's wire protocol the adapter
// uses: GET /api/v4/users/me, the /api/v4/websocket event stream, posts,
// patches, ephemeral posts, reactions and file uploads. Like the real
// server, it echoes the bot's own posts and reactions on the WebSocket. It
// records what the adapter sent.
type fakeServer struct {
	t     *testing.T
	srv   *httptest.Server
	token string
	bot   *model.User
	conns chan *fakeConn // every authenticated WebSocket connection

	mu             sync.Mutex
	posts          []*model.Post // created posts, in order
	postAttempts   []time.Time   // every POST /api/v4/posts, refused ones included
	patches        []fakePatch
	ephemeral      []*model.PostEphemeral
	reactions      []*model.Reaction
	uploads        []fakeUpload
	wsAttempts     []time.Time
	wsQueries      []url.Values
	sessions       map[string]*fakeSession
	live           map[*fakeConn]bool
	channelTypes   map[string]string // channel id -> "O", "D"…
	limitPosts     int               // refuse this many next posts with 429
	refuseWS       int               // refuse this many next WebSocket connections
	meStatus       int               // status of GET /users/me when not 0
	allowEphemeral bool
	others         []*model.Post     // posts of people, readable through the API
	deleted        []string          // ids of deleted posts
	failReactions  int               // answer this many next reactions with 503
	reactionTries  int               // every POST /api/v4/reactions
	directs        map[string]string // direct channel id -> the user the bot talks to
}

type fakePatch struct {
	ID      string
	Message string
	At      time.Time
}

type fakeUpload struct {
	ID, Channel, Name string
	Data              []byte
}

// fakeConn is one WebSocket connection of the adapter.
type fakeConn struct {
	c    *websocket.Conn
	mu   sync.Mutex
	sess *fakeSession
}

// fakeSession is the server side of a reliable WebSocket: its id, its event
// sequence, and the events sent so far, to replay when the client resumes.
type fakeSession struct {
	id   string
	mu   sync.Mutex
	sent [][]byte // by sequence number
}

func newFakeServer(t *testing.T, token string) *fakeServer {
	t.Helper()
	f := &fakeServer{
		t:            t,
		token:        token,
		bot:          &model.User{Id: model.NewId(), Username: "schemabot", IsBot: true},
		conns:        make(chan *fakeConn, 16),
		live:         map[*fakeConn]bool{},
		channelTypes: map[string]string{},
		sessions:     map[string]*fakeSession{},
		directs:      map[string]string{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v4/users/me", f.auth(f.getMe))
	mux.HandleFunc("GET /api/v4/websocket", f.websocket)
	mux.HandleFunc("POST /api/v4/posts", f.auth(f.createPost))
	mux.HandleFunc("POST /api/v4/posts/ephemeral", f.auth(f.createEphemeral))
	mux.HandleFunc("PUT /api/v4/posts/{id}/patch", f.auth(f.patchPost))
	mux.HandleFunc("POST /api/v4/reactions", f.auth(f.saveReaction))
	mux.HandleFunc("POST /api/v4/files", f.auth(f.uploadFile))
	mux.HandleFunc("GET /api/v4/channels/{id}/posts", f.auth(f.channelPosts))
	mux.HandleFunc("GET /api/v4/users/{id}/channels", f.auth(f.userChannels))
	mux.HandleFunc("POST /api/v4/channels/direct", f.auth(f.createDirect))
	mux.HandleFunc("DELETE /api/v4/posts/{id}", f.auth(f.deletePost))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("fake mattermost: unexpected request %s %s", r.Method, r.URL.Path)
		appError(w, http.StatusNotFound, "api.context.404.app_error")
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.close)
	return f
}

func (f *fakeServer) close() {
	f.mu.Lock()
	for c := range f.live {
		_ = c.c.NetConn().Close()
	}
	f.mu.Unlock()
	f.srv.Close()
}

// auth checks the bot's token as the real server does.
func (f *fakeServer) auth(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		scheme, tok, _ := strings.Cut(r.Header.Get(model.HeaderAuth), " ")
		if !strings.EqualFold(scheme, "bearer") || tok != f.token {
			appError(w, http.StatusUnauthorized, "api.context.session_expired.app_error")
			return
		}
		h(w, r)
	}
}

func appError(w http.ResponseWriter, status int, id string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(model.NewAppError("fake", id, nil, "", status))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (f *fakeServer) getMe(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	status := f.meStatus
	f.mu.Unlock()
	if status != 0 {
		appError(w, status, "api.context.session_expired.app_error")
		return
	}
	writeJSON(w, http.StatusOK, f.bot)
}

var upgrader = websocket.Upgrader{}

func (f *fakeServer) websocket(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f.mu.Lock()
	f.wsAttempts = append(f.wsAttempts, time.Now())
	f.wsQueries = append(f.wsQueries, q)
	refuse := f.refuseWS > 0
	if refuse {
		f.refuseWS--
	}
	sess := f.sessions[q.Get("connection_id")]
	f.mu.Unlock()
	if refuse {
		appError(w, http.StatusServiceUnavailable, "api.server.unavailable")
		return
	}
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("fake mattermost: upgrade: %v", err)
		return
	}
	conn := &fakeConn{c: c}
	defer c.Close()

	// The client's first message is the authentication challenge.
	var req model.WebSocketRequest
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if err := c.ReadJSON(&req); err != nil {
		f.t.Errorf("fake mattermost: reading the authentication challenge: %v", err)
		return
	}
	_ = c.SetReadDeadline(time.Time{})
	if req.Action != string(model.WebsocketAuthenticationChallenge) || req.Data["token"] != f.token {
		f.t.Errorf("fake mattermost: first websocket message is %q, want the authentication challenge with the token", req.Action)
		_ = c.WriteJSON(model.NewWebSocketError(req.Seq, model.NewAppError("fake", "api.web_socket_router.not_authenticated.app_error", nil, "", http.StatusUnauthorized)))
		return
	}
	conn.write(map[string]any{"status": "OK", "seq_reply": req.Seq})
	// A client that gives a known connection id and a sequence number the
	// server still has gets the events it missed; any other starts a new
	// session with "hello", as Mattermost's reliable websockets do.
	next, err := strconv.Atoi(q.Get("sequence_number"))
	if sess != nil && err == nil && next >= 0 && sess.replay(conn, next) {
		conn.sess = sess
	} else {
		conn.sess = &fakeSession{id: model.NewId()}
		f.mu.Lock()
		f.sessions[conn.sess.id] = conn.sess
		f.mu.Unlock()
		conn.event("hello", map[string]any{"connection_id": conn.sess.id, "server_version": "10.11.0.fake"},
			map[string]any{"omit_users": nil, "user_id": f.bot.Id, "channel_id": "", "team_id": ""})
	}

	f.mu.Lock()
	f.live[conn] = true
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		delete(f.live, conn)
		f.mu.Unlock()
	}()
	f.conns <- conn
	for {
		if _, _, err := c.NextReader(); err != nil {
			return
		}
	}
}

// write sends one JSON message on the connection.
func (c *fakeConn) write(v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	_ = c.c.WriteJSON(v)
}

// event sends an event shaped like the server's, with the session's next
// sequence number.
func (c *fakeConn) event(name string, data, broadcast map[string]any) {
	c.queue(name, data, broadcast, true)
}

// queue numbers an event and keeps it for replay; it writes it to the
// connection when send is true, and otherwise simulates an event lost on
// the way.
func (c *fakeConn) queue(name string, data, broadcast map[string]any, send bool) {
	s := c.sess
	s.mu.Lock()
	defer s.mu.Unlock()
	raw, err := json.Marshal(map[string]any{"event": name, "data": data, "broadcast": broadcast, "seq": len(s.sent)})
	if err != nil {
		panic(err)
	}
	s.sent = append(s.sent, raw)
	if send {
		c.mu.Lock()
		defer c.mu.Unlock()
		_ = c.c.WriteMessage(websocket.TextMessage, raw)
	}
}

// replay sends the events from sequence number next on, and reports false
// when the session does not reach next.
func (s *fakeSession) replay(c *fakeConn, next int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if next > len(s.sent) {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, raw := range s.sent[next:] {
		_ = c.c.WriteMessage(websocket.TextMessage, raw)
	}
	return true
}

// next is the sequence number the session's next event gets.
func (s *fakeSession) next() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sent)
}

// posted sends a "posted" event for p, in a channel of the given type.
func (c *fakeConn) posted(p *model.Post, channelType, sender string) {
	c.postedMaybeLost(p, channelType, sender, true)
}

func (c *fakeConn) postedMaybeLost(p *model.Post, channelType, sender string, send bool) {
	raw, err := json.Marshal(p)
	if err != nil {
		panic(err)
	}
	c.queue("posted", map[string]any{
		"channel_display_name": "Protection de l'enfance",
		"channel_name":         "protection-enfance",
		"channel_type":         channelType,
		"post":                 string(raw),
		"sender_name":          "@" + sender,
		"set_online":           true,
		"team_id":              "teamid0000000000000000000a",
	}, map[string]any{"omit_users": nil, "user_id": "", "channel_id": p.ChannelId, "team_id": ""}, send)
}

// reaction sends a "reaction_added" event.
func (c *fakeConn) reaction(r *model.Reaction, channel string) {
	raw, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	c.event("reaction_added", map[string]any{"reaction": string(raw)},
		map[string]any{"omit_users": nil, "user_id": "", "channel_id": channel, "team_id": ""})
}

// drop cuts the connection without a close frame, as a network failure does.
func (c *fakeConn) drop() { _ = c.c.NetConn().Close() }

// broadcast sends an event to every live connection, as the server does
// for the bot's own posts and reactions.
func (f *fakeServer) broadcast(send func(*fakeConn)) {
	f.mu.Lock()
	conns := make([]*fakeConn, 0, len(f.live))
	for c := range f.live {
		conns = append(conns, c)
	}
	f.mu.Unlock()
	for _, c := range conns {
		send(c)
	}
}

func (f *fakeServer) createPost(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.postAttempts = append(f.postAttempts, time.Now())
	limited := f.limitPosts > 0
	if limited {
		f.limitPosts--
	}
	f.mu.Unlock()
	if limited {
		// What Mattermost's rate limiter answers: plain text, not JSON.
		w.Header().Set("Retry-After", "1")
		w.Header().Set("X-Ratelimit-Limit", "10")
		w.Header().Set("X-Ratelimit-Remaining", "0")
		w.Header().Set("X-Ratelimit-Reset", "1")
		http.Error(w, "limit exceeded", http.StatusTooManyRequests)
		return
	}
	var p model.Post
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	if p.ChannelId == "" || len([]rune(p.Message)) > model.PostMessageMaxRunesV2 {
		appError(w, http.StatusBadRequest, "model.post.is_valid.msg.app_error")
		return
	}
	p.Id = model.NewId()
	p.UserId = f.bot.Id
	p.CreateAt = model.GetMillis()
	p.AddProp(model.PostPropsFromBot, "true")
	f.mu.Lock()
	f.posts = append(f.posts, &p)
	channelType := f.channelTypes[p.ChannelId]
	out := p.Clone() // p may be patched while the copies are written
	f.mu.Unlock()
	if channelType == "" {
		channelType = "O"
	}
	writeJSON(w, http.StatusCreated, out)
	f.broadcast(func(c *fakeConn) { c.posted(out, channelType, f.bot.Username) })
}

func (f *fakeServer) createEphemeral(w http.ResponseWriter, r *http.Request) {
	var pe model.PostEphemeral
	if err := json.NewDecoder(r.Body).Decode(&pe); err != nil || pe.Post == nil {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	f.mu.Lock()
	allowed := f.allowEphemeral
	if allowed {
		f.ephemeral = append(f.ephemeral, &pe)
	}
	f.mu.Unlock()
	if !allowed {
		// Bots lack the create_post_ephemeral permission by default.
		appError(w, http.StatusForbidden, "api.context.permissions.app_error")
		return
	}
	pe.Post.Id = model.NewId()
	writeJSON(w, http.StatusCreated, pe.Post)
}

func (f *fakeServer) patchPost(w http.ResponseWriter, r *http.Request) {
	var patch model.PostPatch
	if err := json.NewDecoder(r.Body).Decode(&patch); err != nil || patch.Message == nil {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	id := r.PathValue("id")
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range f.posts {
		if p.Id == id {
			f.patches = append(f.patches, fakePatch{ID: id, Message: *patch.Message, At: time.Now()})
			p.Message = *patch.Message
			p.EditAt = model.GetMillis()
			writeJSON(w, http.StatusOK, p.Clone())
			return
		}
	}
	appError(w, http.StatusNotFound, "app.post.get.app_error")
}

func (f *fakeServer) saveReaction(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.reactionTries++
	fail := f.failReactions > 0
	if fail {
		f.failReactions--
	}
	f.mu.Unlock()
	if fail {
		// A server blip: a restart, a proxy with no upstream.
		appError(w, http.StatusServiceUnavailable, "api.server.unavailable")
		return
	}
	var re model.Reaction
	if err := json.NewDecoder(r.Body).Decode(&re); err != nil || re.UserId != f.bot.Id || re.PostId == "" {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	re.CreateAt = model.GetMillis()
	f.mu.Lock()
	f.reactions = append(f.reactions, &re)
	channel := ""
	for _, p := range f.posts {
		if p.Id == re.PostId {
			channel = p.ChannelId
		}
	}
	f.mu.Unlock()
	writeJSON(w, http.StatusOK, &re)
	f.broadcast(func(c *fakeConn) { c.reaction(&re, channel) })
}

func (f *fakeServer) uploadFile(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(10 << 20); err != nil {
		appError(w, http.StatusBadRequest, "api.file.upload_file.parse.app_error")
		return
	}
	channel := r.FormValue("channel_id")
	fh := r.MultipartForm.File["files"]
	if channel == "" || len(fh) != 1 {
		appError(w, http.StatusBadRequest, "api.file.upload_file.incorrect_number_of_files.app_error")
		return
	}
	file, err := fh[0].Open()
	if err != nil {
		appError(w, http.StatusBadRequest, "api.file.upload_file.read_request.app_error")
		return
	}
	defer file.Close()
	data, _ := io.ReadAll(file)
	id := model.NewId()
	f.mu.Lock()
	f.uploads = append(f.uploads, fakeUpload{ID: id, Channel: channel, Name: fh[0].Filename, Data: data})
	f.mu.Unlock()
	writeJSON(w, http.StatusCreated, &model.FileUploadResponse{
		FileInfos: []*model.FileInfo{{Id: id, ChannelId: channel, Name: fh[0].Filename}},
		ClientIds: []string{},
	})
}

// Snapshots of what the adapter sent.

func (f *fakeServer) Posts() []*model.Post {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]*model.Post, len(f.posts))
	for i, p := range f.posts {
		out[i] = p.Clone()
	}
	return out
}

func (f *fakeServer) Reactions() []*model.Reaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*model.Reaction(nil), f.reactions...)
}

func (f *fakeServer) Patches() []fakePatch {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakePatch(nil), f.patches...)
}

func (f *fakeServer) Uploads() []fakeUpload {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeUpload(nil), f.uploads...)
}

func (f *fakeServer) Ephemeral() []*model.PostEphemeral {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*model.PostEphemeral(nil), f.ephemeral...)
}

func (f *fakeServer) PostAttempts() []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.postAttempts...)
}

func (f *fakeServer) WSQueries() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]url.Values(nil), f.wsQueries...)
}

func (f *fakeServer) WSAttempts() []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.wsAttempts...)
}

// postsIn returns the created posts of one thread.
func (f *fakeServer) postsIn(root string) []*model.Post {
	var out []*model.Post
	for _, p := range f.Posts() {
		if p.RootId == root {
			out = append(out, p)
		}
	}
	return out
}

// nextConn waits for the adapter's next WebSocket connection.
func (f *fakeServer) nextConn(t *testing.T) *fakeConn {
	t.Helper()
	select {
	case c := <-f.conns:
		return c
	case <-time.After(10 * time.Second):
		t.Fatal("the adapter did not connect to the websocket")
		return nil
	}
}

// channelPosts lists the posts of a channel, the bot's and people's, as
// Mattermost's GET /api/v4/channels/{id}/posts does; with ?since= it keeps
// those created from then on.
func (f *fakeServer) channelPosts(w http.ResponseWriter, r *http.Request) {
	since, _ := strconv.ParseInt(r.URL.Query().Get("since"), 10, 64)
	f.mu.Lock()
	list := model.NewPostList()
	for _, p := range append(append([]*model.Post(nil), f.posts...), f.others...) {
		if p.ChannelId == r.PathValue("id") && p.CreateAt >= since {
			list.AddPost(p.Clone())
			list.AddOrder(p.Id)
		}
	}
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(list)
}

// join makes the bot a member of a channel of the given type ("O", "D").
func (f *fakeServer) join(channel, typ string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.channelTypes[channel] = typ
}

// store keeps a person's post, as the server does whether or not the bot
// is connected to hear of it.
func (f *fakeServer) store(p *model.Post) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.others = append(f.others, p.Clone())
}

// userChannels lists the channels the bot is a member of.
func (f *fakeServer) userChannels(w http.ResponseWriter, r *http.Request) {
	if id := r.PathValue("id"); id != f.bot.Id && id != "me" {
		appError(w, http.StatusForbidden, "api.context.permissions.app_error")
		return
	}
	f.mu.Lock()
	var out []*model.Channel
	for id, typ := range f.channelTypes {
		out = append(out, &model.Channel{Id: id, Type: model.ChannelType(typ), Name: id})
	}
	f.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
}

// createDirect opens the direct channel of the bot and a user.
func (f *fakeServer) createDirect(w http.ResponseWriter, r *http.Request) {
	var ids []string
	if err := json.NewDecoder(r.Body).Decode(&ids); err != nil || len(ids) != 2 {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	other := ids[1]
	if other == f.bot.Id {
		other = ids[0]
	}
	id := model.GetDMNameFromIds(ids[0], ids[1])[:26]
	f.mu.Lock()
	f.channelTypes[id] = "D"
	f.directs[id] = other
	f.mu.Unlock()
	writeJSON(w, http.StatusCreated, &model.Channel{Id: id, Type: model.ChannelTypeDirect, Name: model.GetDMNameFromIds(ids[0], ids[1])})
}

func (f *fakeServer) deletePost(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, p := range f.posts {
		if p.Id == id {
			f.posts = append(f.posts[:i:i], f.posts[i+1:]...)
			f.deleted = append(f.deleted, id)
			writeJSON(w, http.StatusOK, map[string]string{"status": "OK"})
			return
		}
	}
	appError(w, http.StatusNotFound, "app.post.get.app_error")
}

// directWith returns the bot's posts in its direct channel with user.
func (f *fakeServer) directWith(user string) []*model.Post {
	f.mu.Lock()
	var chans []string
	for id, u := range f.directs {
		if u == user {
			chans = append(chans, id)
		}
	}
	f.mu.Unlock()
	var out []*model.Post
	for _, p := range f.Posts() {
		for _, c := range chans {
			if p.ChannelId == c {
				out = append(out, p)
			}
		}
	}
	return out
}
