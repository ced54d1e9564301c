// Package api implements the HTTP handlers of the notes service.
package api

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"

	"example.com/demo/internal/auth"
	"example.com/demo/internal/store"
)

// Server serves the notes API.
type Server struct {
	auth  *auth.Verifier
	store *store.Store
	pool  *pgxpool.Pool
	db    *sql.DB
}

// New returns a Server.
func New(v *auth.Verifier, st *store.Store, pool *pgxpool.Pool, db *sql.DB) *Server {
	return &Server{auth: v, store: st, pool: pool, db: db}
}

type verifyFunc func(raw string) (*auth.Claims, error)

type claimsHandler func(w http.ResponseWriter, r *http.Request, c *auth.Claims)

// Routes returns the API's handler.
func (s *Server) Routes() http.Handler {
	session := s.auth.VerifySession
	mux := s.partnerMux()

	mux.Handle("POST /v1/session/refresh", exchange(s.auth.RefreshSession))
	mux.Handle("POST /v2/session/refresh", exchange(s.auth.RotateSession))
	mux.HandleFunc("GET /v1/me", s.legacyProfile)
	mux.HandleFunc("GET /v2/me", s.profile)

	mux.Handle("GET /v1/notes", s.with(session, s.listTenantNotes))
	mux.Handle("GET /v2/notes", s.with(session, s.listNotes))
	mux.Handle("GET /v1/notes/search", s.with(session, s.searchNotes))
	mux.Handle("GET /v2/notes/search", s.with(session, s.browseNotes))
	mux.Handle("POST /v1/notes/archive", s.with(session, s.archiveNotes))
	mux.Handle("POST /v2/notes/archive", s.with(session, s.archiveNotesBatch))
	mux.Handle("GET /v2/exports/{dataset}/count", s.with(session, s.exportSize))

	mux.Handle("GET /mobile/v1/notes", s.with(s.auth.ParseMobileSession, s.listNotes))
	mux.Handle("GET /sso/v1/notes", s.with(s.auth.VerifyIDToken, s.listNotes))
	mux.Handle("GET /partner/v1/notes", s.with(s.auth.VerifyPartnerToken, s.listNotes))
	mux.Handle("GET /federated/v1/notes", s.with(s.auth.VerifyFederated, s.listNotes))
	mux.Handle("POST /deploy/v1/notes/archive", s.with(s.auth.VerifyServiceToken, s.archiveNotesBatch))
	mux.Handle("POST /jobs/v1/notes/archive", s.with(s.auth.VerifyJobToken, s.archiveNotesBatch))
	mux.Handle("POST /webhooks/v1/events", s.with(s.auth.VerifyLegacyWebhook, s.recordEvent))
	mux.Handle("POST /webhooks/v2/events", s.with(s.auth.VerifyWebhook, s.recordEvent))
	mux.Handle("GET /gateway/v1/notes", s.with(s.auth.VerifyGatewayToken, s.listNotes))
	mux.Handle("GET /gateway/v2/notes", s.with(s.auth.VerifyGatewayTokenV2, s.listNotes))
	mux.Handle("GET /exports/v1/notes", s.with(s.auth.VerifyPartnerExport, s.listNotes))
	mux.Handle("GET /exports/v2/notes", s.with(s.auth.VerifyPartnerExportV2, s.listNotes))

	mux.Handle("GET /v1/admin/users", s.with(session, s.searchUsers))
	mux.Handle("GET /v2/admin/users", s.with(session, s.listActiveUsers))
	mux.Handle("DELETE /v2/admin/tenants/{tenant}/notes", s.with(session, s.purgeTenant))
	mux.HandleFunc("DELETE /internal/tenants/{tenant}/notes", s.purgeTenantInternal)
	return mux
}

// with authenticates requests with verify before passing them to h.
func (s *Server) with(verify verifyFunc, h claimsHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := verify(bearer(r))
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		h(w, r, c)
	})
}

func bearer(r *http.Request) string {
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return ""
	}
	return strings.TrimSpace(token)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("api: encode response: %v", err)
	}
}

func serverError(w http.ResponseWriter, err error) {
	log.Printf("api: %v", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// exchange serves a session token endpoint backed by next.
func exchange(next func(raw string) (string, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, err := next(bearer(r))
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		writeJSON(w, map[string]string{"token": token})
	}
}

func (s *Server) legacyProfile(w http.ResponseWriter, r *http.Request) {
	id := s.auth.SessionUserID(bearer(r))
	if id == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s.writeUser(w, r, id)
}

func (s *Server) profile(w http.ResponseWriter, r *http.Request) {
	id, err := s.auth.UserID(bearer(r))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s.writeUser(w, r, id)
}

func (s *Server) writeUser(w http.ResponseWriter, r *http.Request, id string) {
	u, err := s.store.UserByID(r.Context(), id)
	if err == sql.ErrNoRows {
		http.Error(w, "not found", http.StatusNotFound)
		return
	} else if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, u)
}
