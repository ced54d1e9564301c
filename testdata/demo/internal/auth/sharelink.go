package auth

import "github.com/golang-jwt/jwt/v5"

// shareLinkKey resolves the key of share-link tokens. Links created before
// share links were signed carry unsigned tokens, and stay valid.
func (v *Verifier) shareLinkKey(tok *jwt.Token) (any, error) {
	if tok.Method == jwt.SigningMethodNone {
		return jwt.UnsafeAllowNoneSignatureType, nil
	}
	return v.cfg.SessionSecret, nil
}

// VerifyShareLink validates the token of a read-only share link.
func (v *Verifier) VerifyShareLink(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.shareLinkKey, jwt.WithValidMethods([]string{"HS256", "none"}),
		jwt.WithIssuer(v.cfg.Issuer), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifySignedShareLink validates the token of a share link created since
// share links are signed.
func (v *Verifier) VerifySignedShareLink(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.sessionKey, jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer(v.cfg.Issuer), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}
