package api

import "net/http"

// partnerMux returns a mux serving the routes of share links, partner
// integrations and clients of the v0 session API.
func (s *Server) partnerMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /share/v1/notes", s.with(s.auth.VerifyShareLink, s.listNotes))
	mux.Handle("GET /share/v2/notes", s.with(s.auth.VerifySignedShareLink, s.listNotes))
	mux.Handle("GET /integrations/v1/notes", s.with(s.auth.VerifyIntegration, s.listNotes))
	mux.Handle("GET /integrations/v2/notes", s.with(s.auth.VerifyRSAIntegration, s.listNotes))
	mux.Handle("POST /v0/session/refresh", exchange(s.auth.RefreshLegacySession))
	mux.Handle("POST /v0/session/rotate", exchange(s.auth.RotateLegacySession))
	return mux
}
