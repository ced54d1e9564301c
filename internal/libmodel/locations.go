package libmodel

import "go/types"

// Locations: calls that send a request to a URL, fetch a key set or an
// identity provider's discovery document from one, or open a file at a
// path. jwtheader follows token header values and unverified claims into
// their location arguments (SSRF, keys chosen by the token, path
// traversal), and reports a network fetch of keys that runs on every call
// of a key function (a download per token).

// LocationKind says what a call does with the location it is given.
type LocationKind uint8

const (
	// LocURL: an HTTP request to the URL.
	LocURL LocationKind = iota + 1
	// LocKeys: a key set (JWKS), a certificate or an identity provider's
	// discovery document fetched from the URL, or a client that will.
	LocKeys
	// LocPath: a file opened or read at the path.
	LocPath
)

// LocationSink models one call that takes a location. Argument indices
// count declared parameters, receiver excluded.
type LocationSink struct {
	Kind LocationKind
	// Display names the call in messages ("jwk.Fetch").
	Display string
	// Args are the location arguments: a string, a *url.URL, or a slice of
	// URLs whose elements are locations (keyfunc.NewDefault). Empty for a
	// call that fetches a location given earlier ((*http.Client).Do).
	Args []int
	// Fetch: the call downloads over the network each time it runs (it
	// reads no cache); inside a key function that is a download per token.
	Fetch bool
	// Cache says how to fetch once and keep the keys fresh instead.
	Cache string
}

var locationSinks = map[string]*LocationSink{}

func location(key string, s LocationSink) {
	c := s
	locationSinks[key] = &c
}

// Remedies for fetches made on every call, by library.
const (
	cacheHTTP   = "fetch the key set once and keep it fresh in the background (lestrrat-go/jwx jwk.Cache, MicahParks/keyfunc) outside the key function"
	cacheOIDC   = "create the provider (or key set) once at start-up and keep it: its key set caches the keys and refetches on an unknown kid"
	cacheJwkset = "create the storage once at start-up and share it"
)

func init() {
	// net/http: requests.
	for _, f := range []string{"Get", "Head", "Post", "PostForm"} {
		location(funcName("net/http", f), LocationSink{Kind: LocURL, Display: "http." + f, Args: []int{0}, Fetch: true, Cache: cacheHTTP})
		location(methodName("net/http", "*Client", f), LocationSink{Kind: LocURL, Display: "(*http.Client)." + f, Args: []int{0}, Fetch: true, Cache: cacheHTTP})
	}
	location(methodName("net/http", "*Client", "Do"), LocationSink{Kind: LocURL, Display: "(*http.Client).Do", Fetch: true, Cache: cacheHTTP})
	location(funcName("net/http", "NewRequest"), LocationSink{Kind: LocURL, Display: "http.NewRequest", Args: []int{1}})
	location(funcName("net/http", "NewRequestWithContext"), LocationSink{Kind: LocURL, Display: "http.NewRequestWithContext", Args: []int{2}})

	// Files.
	for _, f := range []string{"Open", "OpenFile", "ReadFile", "Create"} {
		location(funcName("os", f), LocationSink{Kind: LocPath, Display: "os." + f, Args: []int{0}})
	}
	location(funcName("io/ioutil", "ReadFile"), LocationSink{Kind: LocPath, Display: "ioutil.ReadFile", Args: []int{0}})
	location(funcName("crypto/tls", "LoadX509KeyPair"), LocationSink{Kind: LocPath, Display: "tls.LoadX509KeyPair", Args: []int{0, 1}})

	// lestrrat-go/jwx jwk: Fetch downloads; the caches download in the
	// background (Refresh forces a download now).
	for _, root := range []string{"github.com/lestrrat-go/jwx", "github.com/lestrrat-go/jwx/v2", "github.com/lestrrat-go/jwx/v3"} {
		p := root + "/jwk"
		cache := "register the URL once with a jwk.Cache at start-up and read the set with Cache.Get"
		switch root {
		case "github.com/lestrrat-go/jwx":
			cache = "configure the URL once with a jwk.AutoRefresh at start-up and read the set with AutoRefresh.Fetch"
		case "github.com/lestrrat-go/jwx/v3":
			cache = "register the URL once with a jwk.Cache at start-up and read the set with Cache.Lookup (or Cache.CachedSet)"
		}
		location(funcName(p, "Fetch"), LocationSink{Kind: LocKeys, Display: "jwk.Fetch", Args: []int{1}, Fetch: true, Cache: cache})
		location(funcName(p, "ReadFile"), LocationSink{Kind: LocPath, Display: "jwk.ReadFile", Args: []int{0}})
		switch root {
		case "github.com/lestrrat-go/jwx":
			location(methodName(p, "*AutoRefresh", "Configure"), LocationSink{Kind: LocKeys, Display: "(*jwk.AutoRefresh).Configure", Args: []int{0}})
			location(methodName(p, "*AutoRefresh", "Fetch"), LocationSink{Kind: LocKeys, Display: "(*jwk.AutoRefresh).Fetch", Args: []int{1}})
			location(methodName(p, "*AutoRefresh", "Refresh"), LocationSink{Kind: LocKeys, Display: "(*jwk.AutoRefresh).Refresh", Args: []int{1}, Fetch: true, Cache: cache})
		case "github.com/lestrrat-go/jwx/v2":
			location(methodName(p, "*Cache", "Register"), LocationSink{Kind: LocKeys, Display: "(*jwk.Cache).Register", Args: []int{0}})
			location(methodName(p, "*Cache", "Get"), LocationSink{Kind: LocKeys, Display: "(*jwk.Cache).Get", Args: []int{1}})
			location(methodName(p, "*Cache", "Refresh"), LocationSink{Kind: LocKeys, Display: "(*jwk.Cache).Refresh", Args: []int{1}, Fetch: true, Cache: cache})
			location(funcName(p, "NewCachedSet"), LocationSink{Kind: LocKeys, Display: "jwk.NewCachedSet", Args: []int{1}})
		case "github.com/lestrrat-go/jwx/v3":
			location(methodName(p, "*Cache", "Register"), LocationSink{Kind: LocKeys, Display: "(*jwk.Cache).Register", Args: []int{1}})
			location(methodName(p, "*Cache", "Lookup"), LocationSink{Kind: LocKeys, Display: "(*jwk.Cache).Lookup", Args: []int{1}})
			location(methodName(p, "*Cache", "LookupResource"), LocationSink{Kind: LocKeys, Display: "(*jwk.Cache).LookupResource", Args: []int{1}})
			location(methodName(p, "*Cache", "CachedSet"), LocationSink{Kind: LocKeys, Display: "(*jwk.Cache).CachedSet", Args: []int{0}})
			location(methodName(p, "*Cache", "Refresh"), LocationSink{Kind: LocKeys, Display: "(*jwk.Cache).Refresh", Args: []int{1}, Fetch: true, Cache: cache})
			location(methodName(p, "*CachedFetcher", "Fetch"), LocationSink{Kind: LocKeys, Display: "(*jwk.CachedFetcher).Fetch", Args: []int{1}})
		}
		if root != "github.com/lestrrat-go/jwx" {
			// Any fetcher, jwk.Fetch wrapped in a FetchFunc among them.
			location(methodName(p, "Fetcher", "Fetch"), LocationSink{Kind: LocKeys, Display: "(jwk.Fetcher).Fetch", Args: []int{1}, Fetch: true, Cache: cache})
			location(methodName(p, "FetchFunc", "Fetch"), LocationSink{Kind: LocKeys, Display: "(jwk.FetchFunc).Fetch", Args: []int{1}, Fetch: true, Cache: cache})
		}
	}

	// MicahParks/keyfunc: a JWKS client that downloads the set when it is
	// made and refreshes it in the background.
	for _, p := range []string{"github.com/MicahParks/keyfunc", "github.com/MicahParks/keyfunc/v2"} {
		location(funcName(p, "Get"), LocationSink{Kind: LocKeys, Display: "keyfunc.Get", Args: []int{0}, Fetch: true,
			Cache: "call keyfunc.Get once at start-up (Options.RefreshInterval keeps the keys fresh) and pass its Keyfunc to every parse"})
	}
	const kf3 = "github.com/MicahParks/keyfunc/v3"
	kf3Cache := "create the key function once at start-up with keyfunc.NewDefault (it refreshes the keys in the background) and pass its Keyfunc to every parse"
	location(funcName(kf3, "NewDefault"), LocationSink{Kind: LocKeys, Display: "keyfunc.NewDefault", Args: []int{0}, Fetch: true, Cache: kf3Cache})
	location(funcName(kf3, "NewDefaultCtx"), LocationSink{Kind: LocKeys, Display: "keyfunc.NewDefaultCtx", Args: []int{1}, Fetch: true, Cache: kf3Cache})
	location(funcName(kf3, "NewDefaultOverrideCtx"), LocationSink{Kind: LocKeys, Display: "keyfunc.NewDefaultOverrideCtx", Args: []int{1}, Fetch: true, Cache: kf3Cache})
	const jwkset = "github.com/MicahParks/jwkset"
	location(funcName(jwkset, "NewDefaultHTTPClient"), LocationSink{Kind: LocKeys, Display: "jwkset.NewDefaultHTTPClient", Args: []int{0}, Fetch: true, Cache: cacheJwkset})
	location(funcName(jwkset, "NewDefaultHTTPClientCtx"), LocationSink{Kind: LocKeys, Display: "jwkset.NewDefaultHTTPClientCtx", Args: []int{1}, Fetch: true, Cache: cacheJwkset})
	location(funcName(jwkset, "NewStorageFromHTTP"), LocationSink{Kind: LocKeys, Display: "jwkset.NewStorageFromHTTP", Args: []int{0}, Fetch: true, Cache: cacheJwkset})
	location(funcName(jwkset, "DefaultGetX5U"), LocationSink{Kind: LocKeys, Display: "jwkset.DefaultGetX5U", Args: []int{0}, Fetch: true, Cache: cacheJwkset})

	// coreos/go-oidc: discovery and remote key sets. A provider or key set
	// made per call keeps no keys between calls.
	const oidc = "github.com/coreos/go-oidc/v3/oidc"
	location(funcName(oidc, "NewProvider"), LocationSink{Kind: LocKeys, Display: "oidc.NewProvider", Args: []int{1}, Fetch: true, Cache: cacheOIDC})
	location(funcName(oidc, "NewRemoteKeySet"), LocationSink{Kind: LocKeys, Display: "oidc.NewRemoteKeySet", Args: []int{1}, Fetch: true, Cache: cacheOIDC})

	// auth0/go-jwt-middleware's JWKS providers: their URL comes from
	// the issuer (discovery) or the custom JWKS URI.
	const auth0 = "github.com/auth0/go-jwt-middleware/v2/jwks"
	location(funcName(auth0, "NewProvider"), LocationSink{Kind: LocKeys, Display: "jwks.NewProvider", Args: []int{0}})
	location(funcName(auth0, "NewCachingProvider"), LocationSink{Kind: LocKeys, Display: "jwks.NewCachingProvider", Args: []int{0}})
	location(funcName(auth0, "WithCustomJWKSURI"), LocationSink{Kind: LocKeys, Display: "jwks.WithCustomJWKSURI", Args: []int{0}})
	uncachedKeyfuncs[methodName(auth0, "*Provider", "KeyFunc")] = UncachedKeyfunc{
		Display: "(*jwks.Provider).KeyFunc",
		Cache:   "use jwks.NewCachingProvider(issuerURL, ttl), whose KeyFunc reads a cache",
	}
}

// LocationSinkOf returns the model of fn if it takes a location.
func LocationSinkOf(fn *types.Func) *LocationSink { return locationSinks[FuncKey(fn)] }

// UncachedKeyfunc models a library method that is a key function fetching
// the keys on every call (auth0's non-caching JWKS provider).
type UncachedKeyfunc struct {
	Display, Cache string
}

var uncachedKeyfuncs = map[string]UncachedKeyfunc{}

// UncachedKeyfuncOf returns the model of fn if it is a key function that
// downloads the keys on every call.
func UncachedKeyfuncOf(fn *types.Func) (UncachedKeyfunc, bool) {
	u, ok := uncachedKeyfuncs[FuncKey(fn)]
	return u, ok
}

// Key functions: functions a library calls with a token it has not
// verified yet, to obtain the key that verifies it. Their token inputs are
// attacker-chosen: a claim read there is no more trustworthy than a header.

// keyProviderSinks are the key-sink parameter types of jwx key providers
// (FetchKeys(ctx, sink, sig, msg)): a function taking one is a key
// provider, whose signature and message parameters are the unverified token.
var keyProviderSinks = map[string]bool{
	"github.com/lestrrat-go/jwx/v2/jws.KeySink": true,
	"github.com/lestrrat-go/jwx/v3/jws.KeySink": true,
}

// keyProviderInputs are the types of a key provider's token parameters.
var keyProviderInputs = map[string]bool{
	"github.com/lestrrat-go/jwx/v2/jws.Signature": true, "github.com/lestrrat-go/jwx/v2/jws.Message": true,
	"github.com/lestrrat-go/jwx/v3/jws.Signature": true, "github.com/lestrrat-go/jwx/v3/jws.Message": true,
}

// headerValidatorResults are the first result types of header validators
// (kataras/jwt's HeaderValidator func(alg string, header []byte) (Alg,
// PublicKey, InjectFunc, error)): their second parameter is the decoded,
// unverified header.
var headerValidatorResults = map[string]bool{"github.com/kataras/jwt.Alg": true}

// KeyfuncInputs returns the indices (among sig's parameters, receiver
// excluded) of the parameters through which a key function receives the
// token before it is verified, or nil when sig is not a key function's:
// golang-jwt's func(*jwt.Token) (any, error), jwx's key providers, and
// kataras/jwt's header validators.
func KeyfuncInputs(sig *types.Signature) []int {
	if isKeyfunc(sig) {
		return []int{0}
	}
	params := sig.Params()
	var sink bool
	var inputs []int
	for i := range params.Len() {
		pkg, name, ok := TypeOrigin(params.At(i).Type())
		switch {
		case !ok:
		case keyProviderSinks[pkg+"."+name]:
			sink = true
		case keyProviderInputs[pkg+"."+name]:
			inputs = append(inputs, i)
		}
	}
	if sink {
		return inputs
	}
	if i, ok := KeyfuncHeaderInput(sig); ok {
		return []int{i}
	}
	return nil
}

// KeyfuncHeaderInput returns the parameter through which a key function
// receives the token's decoded header (kataras/jwt's header validators).
func KeyfuncHeaderInput(sig *types.Signature) (int, bool) {
	if sig.Results().Len() == 4 && sig.Params().Len() == 2 {
		if pkg, name, ok := TypeOrigin(sig.Results().At(0).Type()); ok && headerValidatorResults[pkg+"."+name] {
			return 1, true
		}
	}
	return -1, false
}

// isKeyfunc reports whether a function of signature sig can be given as a
// golang-jwt key function: func(*jwt.Token) (any, error), its key result
// an empty interface (a function returning *rsa.PublicKey is a helper a
// key function may call, not one).
func isKeyfunc(sig *types.Signature) bool {
	if !IsKeyfuncSignature(sig) {
		return false
	}
	it, ok := sig.Results().At(0).Type().Underlying().(*types.Interface)
	return ok && it.Empty()
}

// IsKeyfuncShape reports whether sig is a key function's (see KeyfuncInputs).
func IsKeyfuncShape(sig *types.Signature) bool {
	if isKeyfunc(sig) {
		return true
	}
	for i := range sig.Params().Len() {
		if pkg, name, ok := TypeOrigin(sig.Params().At(i).Type()); ok && keyProviderSinks[pkg+"."+name] {
			return true
		}
	}
	return KeyfuncInputs(sig) != nil
}

// headerStructs name the fields of libraries' decoded JOSE header structs
// that hold a header value: the header's name, or "" for a field holding
// other headers by name (go-jose's ExtraHeaders).
var headerStructs = map[string]string{}

// HeaderStructField returns the header a field of a decoded header struct
// holds: go-jose's jose.Header{KeyID, JSONWebKey, ...}, cristalhq's
// jwt.Header. ok is false for other fields.
func HeaderStructField(structType types.Type, f *types.Var) (name string, ok bool) {
	pkg, typ, isNamed := TypeOrigin(structType)
	if !isNamed || f == nil {
		return "", false
	}
	name, ok = headerStructs[pkg+"."+typ+"."+f.Name()]
	return name, ok
}

// Insecure fetch whitelists: jwx's WithVerifyAuto fetches the key set the
// token's jku header names, from the URLs its whitelist admits; these
// admit every URL.
var insecureWhitelists = map[string]bool{}

// VerifyAuto models jwx's WithVerifyAuto(fetcher, fetchOptions...).
type VerifyAuto struct {
	// Options is the index of the first fetch option.
	Options int
}

var verifyAutos = map[string]VerifyAuto{}

// whitelistOptions are jwk.WithFetchWhitelist: argument 0 is the whitelist.
var whitelistOptions = map[string]bool{}

// VerifyAutoOf returns the model of fn if it makes the library fetch the
// token's jku.
func VerifyAutoOf(fn *types.Func) (VerifyAuto, bool) {
	v, ok := verifyAutos[FuncKey(fn)]
	return v, ok
}

// IsWhitelistOption reports whether fn is jwk.WithFetchWhitelist.
func IsWhitelistOption(fn *types.Func) bool { return whitelistOptions[FuncKey(fn)] }

// IsInsecureWhitelist reports whether t (or *t) is a whitelist type that
// admits every URL.
func IsInsecureWhitelist(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && insecureWhitelists[pkg+"."+name]
}

// IsInsecureWhitelistCtor reports whether fn returns a whitelist admitting
// every URL (jwx v3's jwk.NewInsecureWhitelist).
func IsInsecureWhitelistCtor(fn *types.Func) bool {
	return fn != nil && fn.Signature().Results().Len() == 1 && IsInsecureWhitelist(fn.Signature().Results().At(0).Type()) &&
		fn.Pkg() != nil && (insecureWhitelistPkgs[fn.Pkg().Path()])
}

var insecureWhitelistPkgs = map[string]bool{}

func init() {
	for _, root := range []string{"github.com/go-jose/go-jose/v4", "github.com/go-jose/go-jose/v3",
		"gopkg.in/square/go-jose.v2", "gopkg.in/go-jose/go-jose.v2"} {
		for f, h := range map[string]string{"KeyID": "kid", "JSONWebKey": "jwk", "Algorithm": "alg", "Nonce": "nonce", "ExtraHeaders": ""} {
			headerStructs[root+".Header."+f] = h
		}
	}
	for f, h := range map[string]string{"KeyID": "kid", "Algorithm": "alg", "Type": "typ", "ContentType": "cty"} {
		headerStructs["github.com/cristalhq/jwt/v4.Header."+f] = h
	}

	for _, root := range []string{"github.com/lestrrat-go/jwx/v2", "github.com/lestrrat-go/jwx/v3"} {
		verifyAutos[funcName(root+"/jwt", "WithVerifyAuto")] = VerifyAuto{Options: 1}
		verifyAutos[funcName(root+"/jws", "WithVerifyAuto")] = VerifyAuto{Options: 1}
		whitelistOptions[funcName(root+"/jwk", "WithFetchWhitelist")] = true
		insecureWhitelistPkgs[root+"/jwk"] = true
	}
	insecureWhitelists["github.com/lestrrat-go/jwx/v2/jwk.InsecureWhitelist"] = true
	insecureWhitelists["github.com/lestrrat-go/jwx/jwk.InsecureWhitelist"] = true
	insecureWhitelists["github.com/lestrrat-go/httprc/v3.InsecureWhitelist"] = true
	insecureWhitelistPkgs["github.com/lestrrat-go/httprc/v3"] = true
}
