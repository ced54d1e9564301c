package api

import (
	"context"
	"net/http"

	"github.com/golang-jwt/jwt/v5"

	"example.com/demo/internal/auth"
)

const isTenantAdmin = `SELECT EXISTS (
	SELECT 1 FROM tenant_admins WHERE user_id = $1 AND tenant_id = $2 AND revoked_at IS NULL)`

// isStaff reports whether c belongs to support staff, writing 403 if not.
func isStaff(w http.ResponseWriter, c *auth.Claims) bool {
	if c.Role != "support" && c.Role != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return false
	}
	return true
}

func (s *Server) searchUsers(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	if !isStaff(w, c) {
		return
	}
	users, err := s.store.FindUsers(r.Context(), "email = '"+r.URL.Query().Get("email")+"'")
	if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, users)
}

func (s *Server) listActiveUsers(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	if !isStaff(w, c) {
		return
	}
	users, err := s.store.FindUsers(r.Context(), "deleted_at IS NULL")
	if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, users)
}

// purgeTenantInternal serves the internal admin route. Requests reach it only
// through the API gateway, which authenticates them first.
func (s *Server) purgeTenantInternal(w http.ResponseWriter, r *http.Request) {
	tok, _, err := jwt.NewParser().ParseUnverified(bearer(r), &auth.Claims{})
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	c := tok.Claims.(*auth.Claims)
	if c.Role != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	tenant := r.PathValue("tenant")
	var allowed bool
	if err := s.pool.QueryRow(r.Context(), isTenantAdmin, c.Subject, tenant).Scan(&allowed); err != nil {
		serverError(w, err)
		return
	}
	if !allowed {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	s.deleteTenantNotes(r.Context(), w, tenant)
}

func (s *Server) purgeTenant(w http.ResponseWriter, r *http.Request, c *auth.Claims) {
	if c.Role != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	tenant := r.PathValue("tenant")
	var allowed bool
	if err := s.pool.QueryRow(r.Context(), isTenantAdmin, c.Subject, tenant).Scan(&allowed); err != nil {
		serverError(w, err)
		return
	}
	if !allowed {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	s.deleteTenantNotes(r.Context(), w, tenant)
}

func (s *Server) deleteTenantNotes(ctx context.Context, w http.ResponseWriter, tenant string) {
	tag, err := s.pool.Exec(ctx, "DELETE FROM notes WHERE tenant_id = $1", tenant)
	if err != nil {
		serverError(w, err)
		return
	}
	writeJSON(w, map[string]int64{"deleted": tag.RowsAffected()})
}
