// Package jwtheader defines an Analyzer that reports token header values
// and claims of a token not verified yet that choose where keys are
// fetched from, where a request goes or which file is read.
//
// A JWT names its key with header values: kid (a key ID), jku (the URL of
// a key set), x5u (the URL of a certificate), x5c and jwk (a certificate
// chain or a key embedded in the header). Whoever makes the token writes
// them, and the token is verified with the key they lead to, so code that
// follows them lets the token choose its own key: a jku fetched with
// jwk.Fetch serves the forger's keys and makes the server request any URL
// (server-side request forgery); a kid joined into a file path reads any
// file ("../../../etc/passwd", path traversal). The same holds for claims
// read before the signature is checked: the iss of ParseUnverified, or of
// the token a key function is given, used to discover the provider whose
// keys then verify the token (the "trust the iss" multi-tenant pattern).
//
// Sources: header values of every modelled library (golang-jwt's
// token.Header["kid"], jwx's jws.Headers accessors KeyID, JWKSetURL,
// X509URL, go-jose's Headers[i].KeyID and ExtraHeaders, cristalhq's
// Header().KeyID, the header kataras/jwt's header validators decode), read
// before or after verification: the signer's kid is no file name either,
// and a key fetched from the token's jku may be what verified it. Claims
// are sources only when the token is not verified: the results of
// ParseUnverified, jwx ParseInsecure and jws.Parse, go-jose
// UnsafeClaimsWithoutVerification, kataras Decode, cristalhq ParseNoVerify,
// a parse whose error is not checked (see jwtverify), and the token a key
// function (golang-jwt Keyfunc, jwx key provider) is given.
//
// Sinks: the URL of an HTTP request (net/http Get, Head, Post, PostForm,
// the same methods of *http.Client, NewRequest, NewRequestWithContext); the
// URL of a key-set fetch (jwx jwk.Fetch, jwk.Cache Register, Get, Lookup,
// Refresh, CachedSet, jwk.NewCachedSet, v1's AutoRefresh; keyfunc.Get of
// MicahParks/keyfunc v1 and v2, keyfunc.NewDefault, NewDefaultCtx and
// NewDefaultOverrideCtx of v3; jwkset's HTTP storages; go-oidc's
// oidc.NewProvider issuer and oidc.NewRemoteKeySet URL; auth0's
// jwks.NewProvider issuer); and the path of a file (os.Open, os.OpenFile,
// os.ReadFile, os.Create, ioutil.ReadFile, tls.LoadX509KeyPair,
// jwk.ReadFile). Values are followed through string building,
// filepath.Join and the other pure standard functions, struct fields,
// containers and calls, across packages: a helper such as
// func FetchKey(url string) around http.Get is found by itself and the
// finding is reported where the header value is handed to it. Header
// values reaching SQL text are jwtsql's finding.
//
// Not reported (the correct patterns, and guards after which the value
// can no longer choose a location):
//
//   - a kid used as a key of a map or key set (keys[kid],
//     set.LookupKeyID(kid)): the lookup is the correct pattern;
//   - a location compared with, or looked up among, values that are not
//     token data: constants, a configured JWKS URL or issuer, a map or
//     slice of trusted values however it was filled (jku != cfg.JWKSURL
//     rejected, trusted[iss] looked up with its ok tested,
//     slices.Contains(cfg.Issuers, iss));
//   - a URL whose host (url.Parse, then u.Host or u.Hostname()) is compared
//     with such values;
//   - strings.HasPrefix(jku, prefix) with a constant prefix naming the
//     scheme, the host and the slash after the host (https, "://",
//     idp.example.com, "/"). A prefix without that slash (one ending in
//     idp.example.com admits idp.example.com.evil.net) or known only at
//     run time is no guard. For the same reason a value pasted after such
//     a constant ("https://login.idp.example/" + tenant + "/v2.0") only
//     chooses a path on a host the code names, and is not reported;
//   - for paths: a kid that filepath.IsLocal admits, that contains no "/"
//     or ".." (strings.Contains, ContainsAny, ContainsRune), that
//     filepath.Base reduced to one element, or a cleaned path
//     (filepath.Join, Clean, Abs) that starts with the key directory;
//   - a value matching an anchored regular expression (^...$, \A...\z)
//     all of whose characters are letters, digits or . _ - ~ + =, such as
//     ^[A-Za-z0-9_-]{1,64}$: it is a single path element and names no
//     host. An unanchored pattern, or one admitting "/" or ":", is no
//     guard;
//   - a value escaped with url.PathEscape or url.QueryEscape into a URL.
//
// Key functions that download keys on every call are reported too: a key
// function runs once per token, so a jwk.Fetch, an http request, a
// keyfunc.Get or keyfunc.NewDefault, an oidc.NewProvider or
// oidc.NewRemoteKeySet on every successful path of it (directly, or
// through a helper that always downloads, in any package) fetches the key
// set for every token, and tokens sent in bulk make the server hammer the
// identity provider. A download made only on some paths (after a cache
// miss) or inside sync.Once is a cache and is not reported; neither is a
// download where the token chooses the URL, which is reported as above.
// auth0's non-caching jwks.Provider KeyFunc given to validator.New is
// reported at that call. The remedy: fetch once at start-up and keep the
// set fresh in the background (jwk.Cache, keyfunc.NewDefault,
// keyfunc.Get with a refresh interval, a provider created once,
// jwks.NewCachingProvider).
//
// Finally, jwx's WithVerifyAuto (jwt or jws), which makes the library
// fetch the key set named by the token's jku, is reported when its fetch
// options admit every URL (jwk.WithFetchWhitelist of jwk.InsecureWhitelist
// or jwk.NewInsecureWhitelist()). Without a whitelist jwx fetches nothing;
// a map or pattern whitelist of the issuer's URLs is an allow-list.
//
// Findings are reported at the call that requests, fetches or opens (or
// at the call of the helper that does); related information points at the
// header or claim read, the parse, and the step that built the location.
// The message names what the token chooses and how to fix it: pin the JWKS
// URL in configuration, look the kid up in a key set, allow-list kids or
// issuers.
//
// Bad:
//
//	func keyFunc(t *jwt.Token) (any, error) {
//		set, err := jwk.Fetch(ctx, t.Header["jku"].(string))
//		...
//		pem, err := os.ReadFile(filepath.Join("keys", t.Header["kid"].(string)+".pem"))
//
// Good:
//
//	func (v *Verifier) keyFunc(t *jwt.Token) (any, error) {
//		set, err := v.cache.Get(ctx, v.cfg.JWKSURL) // registered at start-up
//		...
//		key, ok := set.LookupKeyID(t.Header["kid"].(string))
package jwtheader
