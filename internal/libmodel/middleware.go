package libmodel

// The framework middlewares: a constructor takes a configuration that
// decides how every request's token is verified; the constructor call is
// where that configuration is judged. echo-jwt and gin-jwt pin the
// algorithm of their default key function (SigningMethod /
// SigningAlgorithm, HS256 by default), but not of a custom KeyFunc;
// gofiber's contrib/jwt checks the algorithm only when SigningKey.JWTAlg
// is set. None checks aud or iss; gin-jwt requires exp. auth0's validator
// pins one algorithm and requires iss and aud; its middleware can let
// requests without a token through.

func init() {
	// labstack/echo-jwt (golang-jwt v5).
	const echo = "github.com/labstack/echo-jwt/v4"
	le := middleware(echo, "labstack/echo-jwt v4", "echojwt", "HS256",
		"set Config.SigningMethod and no KeyFunc, or reject unexpected token.Method in KeyFunc (%q)")
	addAPI(funcName(echo, "WithConfig"), NewAPI(le, "echojwt.WithConfig", configArg(0), configure))
	addAPI(funcName(echo, "JWT"), NewAPI(le, "echojwt.JWT", keyArg(0), configure))
	addAPI(methodName(echo, "Config", "ToMiddleware"), NewAPI(le, "(echojwt.Config).ToMiddleware", configure, configRecv, errResult(1)))
	configType(echo, "Config")
	field(echo, "Config", "SigningKey", FieldKey)
	field(echo, "Config", "SigningKeys", FieldKeys)
	field(echo, "Config", "SigningMethod", FieldPinAlg)
	field(echo, "Config", "KeyFunc", FieldKeyfunc)
	field(echo, "Config", "ParseTokenFunc", FieldCustomParse)
	field(echo, "Config", "ErrorHandler", FieldErrorHandler)
	field(echo, "Config", "ContinueOnIgnoredError", FieldContinueOnError)
	field(echo, "Config", "NewClaimsFunc", FieldClaimsFactory)
	for _, f := range []string{"Skipper", "BeforeFunc", "SuccessHandler", "ContextKey", "TokenLookup", "TokenLookupFuncs"} {
		field(echo, "Config", f, FieldNeutral)
	}

	// appleboy/gin-jwt (golang-jwt v4).
	const gin = "github.com/appleboy/gin-jwt/v2"
	lg := middleware(gin, "appleboy/gin-jwt v2", "jwt", "HS256",
		"leave KeyFunc unset (the default key function checks SigningAlgorithm) or reject unexpected token.Method in it (%q)")
	lg.Checks = []string{"exp"}
	// Claims reach the code as a map: no claims type to validate them in.
	lg.ClaimRemedies = map[string]string{
		"aud": `check jwt.ExtractClaims(c)["aud"] in Authorizator`, "iss": `check jwt.ExtractClaims(c)["iss"] in Authorizator`,
	}
	addAPI(funcName(gin, "New"), NewAPI(lg, "jwt.New", configArg(0), configure, errResult(1)))
	configType(gin, "GinJWTMiddleware")
	field(gin, "GinJWTMiddleware", "Key", FieldKey)
	field(gin, "GinJWTMiddleware", "KeyFunc", FieldKeyfunc)
	field(gin, "GinJWTMiddleware", "SigningAlgorithm", FieldPinAlg)
	field(gin, "GinJWTMiddleware", "ParseOptions", FieldParserOptions)
	field(gin, "GinJWTMiddleware", "PubKeyFile", FieldPublicKey)
	field(gin, "GinJWTMiddleware", "PubKeyBytes", FieldPublicKey)
	// What the middleware verified, handed to the handlers.
	source(gin, funcName(gin, "ExtractClaims"), verifiedClaims("jwt.ExtractClaims"))
	source(gin, funcName(gin, "ExtractClaimsFromToken"), verifiedClaims("jwt.ExtractClaimsFromToken"))
	source(gin, funcName(gin, "GetToken"), TokenSource{Kind: SourceParse, NameArg: -1, OutArg: -1, Display: "jwt.GetToken"})

	// gofiber/contrib/jwt (golang-jwt v5).
	const fiber = "github.com/gofiber/contrib/jwt"
	lf := middleware(fiber, "gofiber/contrib/jwt", "jwtware", "",
		"set SigningKey.JWTAlg to %q (without it any algorithm is accepted for the key)")
	addAPI(funcName(fiber, "New"), NewAPI(lf, "jwtware.New", configArg(0), configure))
	configType(fiber, "Config")
	configType(fiber, "SigningKey")
	field(fiber, "Config", "SigningKey", FieldNested)
	field(fiber, "SigningKey", "Key", FieldKey)
	field(fiber, "SigningKey", "JWTAlg", FieldPinAlg)
	field(fiber, "Config", "SigningKeys", FieldKeys)
	field(fiber, "Config", "KeyFunc", FieldKeyfunc)
	field(fiber, "Config", "JWKSetURLs", FieldKeySetURLs)
	field(fiber, "Config", "Claims", FieldClaimsValue)
	for _, f := range []string{"Filter", "SuccessHandler", "ErrorHandler", "ContextKey", "TokenLookup",
		"TokenProcessorFunc", "AuthScheme"} {
		field(fiber, "Config", f, FieldNeutral)
	}

	// auth0/go-jwt-middleware: the validator and the middleware.
	const auth0 = "github.com/auth0/go-jwt-middleware/v2"
	la := &Library{ID: auth0 + "/validator", Name: "auth0/go-jwt-middleware v2", Path: auth0 + "/validator", Pkg: "validator",
		AlgPinned: true, ExpIfPresent: true, Checks: []string{"aud", "iss"},
		ClaimRemedies: map[string]string{"exp": "reject tokens without exp in the claims' Validate method"}}
	register(la)
	addAPI(funcName(auth0+"/validator", "New"), NewAPI(la, "validator.New", keyfuncArg(0), algArg(1), optionsArg(4), configure, errResult(1)))
	option(funcName(auth0+"/validator", "WithAllowedClockSkew"), OptLeeway, 0)
	option(funcName(auth0+"/validator", "WithCustomClaims"), OptNeutral)
	algNames(auth0 + "/validator")
	lm := &Library{ID: auth0, Name: "auth0/go-jwt-middleware v2", Path: auth0, Pkg: "jwtmiddleware", AlgPinned: true, Delegates: true}
	register(lm)
	addAPI(funcName(auth0, "New"), NewAPI(lm, "jwtmiddleware.New", optionsArg(1), configure))
	option(funcName(auth0, "WithCredentialsOptional"), OptCredentialsOptional, 0)
	option(funcName(auth0, "WithValidateOnOptions"), OptSkipPreflight, 0)
	for _, f := range []string{"WithErrorHandler", "WithTokenExtractor", "WithExclusionUrls"} {
		option(funcName(auth0, f), OptNeutral)
	}
}

// middleware describes a framework middleware built on golang-jwt.
func middleware(path, name, pkg, defaultAlg, pin string) *Library {
	l := &Library{
		ID: path, Name: name, Path: path, Pkg: pkg, TokenOnError: false, ExpIfPresent: true,
		DefaultAlg: defaultAlg, PinParser: pin, ValidateMethod: "Validate",
		ClaimRemedies: map[string]string{
			"aud": "check aud in the claims type's Validate method", "iss": "check iss in the claims type's Validate method",
			"exp": "require exp in the claims type's Validate method",
		},
		ClaimRemedySep: "; ",
	}
	register(l)
	return l
}
