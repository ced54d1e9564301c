package libmodel

// github.com/lestrrat-go/jwx (v1, v2, v3): jwt.Parse and its siblings
// verify with the keys their options give (WithKey pins the algorithm;
// WithKeySet uses keys that carry theirs, unless the algorithm is inferred
// from the token) and validate exp/nbf/iat when present; aud and iss only
// with options. v1 verifies only when a key option is given and validates
// only with WithValidate(true). A failed parse returns no token.

var jwxLibs = []struct {
	root string
	name string
	v1   bool
}{
	{"github.com/lestrrat-go/jwx/v3", "lestrrat-go/jwx v3", false},
	{"github.com/lestrrat-go/jwx/v2", "lestrrat-go/jwx v2", false},
	{"github.com/lestrrat-go/jwx", "lestrrat-go/jwx v1", true},
}

func init() {
	for _, j := range jwxLibs {
		p := j.root + "/jwt"
		l := &Library{
			ID: p, Name: j.name, Path: p, Pkg: "jwt",
			ExpIfPresent: !j.v1,
			PinOption:    "%s.WithKey(jwa.%s, key)",
			PinParser:    "verify with jwt.WithKey(jwa.%s, key), or with keys that carry their algorithm",
			ClaimRemedies: map[string]string{
				"aud": "jwt.WithAudience(...)", "iss": "jwt.WithIssuer(...)", "sub": "jwt.WithSubject(...)",
				"exp": "jwt.WithRequiredClaim(jwt.ExpirationKey)", "nbf": "jwt.WithRequiredClaim(jwt.NotBeforeKey)",
			},
			ClaimRemedyPrefix: "pass ", ClaimRemedySep: ", ",
			EnableTime: "remove jwt.WithValidate(false) and jwt.WithResetValidators(true)",
			Unverified: "jwt.Parse with jwt.WithKey(alg, key)",
		}
		if j.v1 {
			l.EnableTime = "pass jwt.WithValidate(true)"
			l.VerifyOptIn = true
		}
		register(l)
		parse := func(name string, roles ...Role) {
			addAPI(funcName(p, name), NewAPI(l, "jwt."+name, append(roles, errResult(1))...))
		}
		parse("Parse", tokenArg(0), optionsArg(1))
		parse("ParseString", tokenArg(0), optionsArg(1))
		parse("ParseReader", tokenArg(0), optionsArg(1))
		parse("ParseRequest", optionsArg(1))
		parse("ParseHeader", optionsArg(2))
		parse("ParseForm", optionsArg(2))
		parse("ParseCookie", optionsArg(2))
		parse("ReadFile", optionsArg(1))
		if !j.v1 {
			parse("ParseInsecure", tokenArg(0), optionsArg(1), unverified)
			claimsValidators[funcName(p, "Validate")] = ClaimsValidator{ClaimsArg: 0, ExpectedArg: -1, OptionsArg: 1, Time: true}
		}

		// Keys and algorithms.
		if j.v1 {
			option(funcName(p, "WithVerify"), OptKey, 0, 1)
			option(funcName(p, "WithKeySet"), OptKeySet, 0)
			option(funcName(p, "WithVerifyAuto"), OptVerifyAuto, 0)
		} else {
			option(funcName(p, "WithKey"), OptKey, 0, 1)
			option(funcName(p, "WithKeySet"), OptKeySet, 0, -1, 1)
			option(funcName(p, "WithKeyProvider"), OptKeyProvider)
			option(funcName(p, "WithVerifyAuto"), OptVerifyAuto)
			option(funcName(p, "WithVerify"), OptVerify, 0)
			ws := j.root + "/jws"
			option(funcName(ws, "WithInferAlgorithmFromKey"), OptInferAlgorithm, 0)
			for _, f := range []string{"WithRequireKid", "WithUseDefault", "WithMultipleKeysPerKeyID"} {
				option(funcName(ws, f), OptNeutral)
			}
		}
		// Claims.
		option(funcName(p, "WithValidate"), OptValidate, 0)
		option(funcName(p, "WithAudience"), OptAudience)
		option(funcName(p, "WithIssuer"), OptIssuer)
		option(funcName(p, "WithSubject"), OptSubject)
		option(funcName(p, "WithRequiredClaim"), OptRequiredClaim, 0)
		option(funcName(p, "WithAcceptableSkew"), OptLeeway, 0)
		option(funcName(p, "WithResetValidators"), OptResetValidators, 0)
		option(funcName(p, "WithValidator"), OptClaimsUnknown)
		for _, f := range []string{"WithHeaderKey", "WithFormKey", "WithCookieKey", "WithContext", "WithClock",
			"WithJwtID", "WithClaimValue", "WithFetchWhitelist", "WithTruncation", "WithPedantic", "WithToken",
			"WithTypedClaim", "WithCompactOnly", "WithMaxDelta", "WithMinDelta"} {
			option(funcName(p, f), OptNeutral)
		}

		// Algorithms: v2 (and v1) constants, v3 functions.
		wa := j.root + "/jwa"
		if j.root == "github.com/lestrrat-go/jwx/v3" {
			for _, fam := range []string{"HS", "RS", "PS", "ES"} {
				for _, bits := range []string{"256", "384", "512"} {
					algFuncs[funcName(wa, fam+bits)] = fam + bits
				}
			}
			algFuncs[funcName(wa, "EdDSA")] = "EdDSA"
			algFuncs[funcName(wa, "NoSignature")] = "none"
		} else {
			algNames(wa, "NoSignature")
		}

		// jws.Parse hands out a message whose payload is not verified;
		// jws.Verify verifies a compact or JSON serialization.
		ws := j.root + "/jws"
		if !j.v1 {
			lj := &Library{ID: ws, Name: j.name + " (jws)", Path: ws, Pkg: "jws", Claimless: true, Unverified: "jws.Verify with jws.WithKey(alg, key)"}
			register(lj)
			addAPI(funcName(ws, "Parse"), NewAPI(lj, "jws.Parse", tokenArg(0), unverified, errResult(1)))
			addAPI(funcName(ws, "ParseString"), NewAPI(lj, "jws.ParseString", tokenArg(0), unverified, errResult(1)))
			addAPI(funcName(ws, "ParseReader"), NewAPI(lj, "jws.ParseReader", tokenArg(0), unverified, errResult(1)))
			addAPI(funcName(ws, "Verify"), NewAPI(lj, "jws.Verify", tokenArg(0), optionsArg(1), errResult(1)))
			option(funcName(ws, "WithKey"), OptKey, 0, 1)
			option(funcName(ws, "WithKeySet"), OptKeySet, 0, -1, 1)
			option(funcName(ws, "WithKeyProvider"), OptKeyProvider)
			option(funcName(ws, "WithVerifyAuto"), OptVerifyAuto)
		}
	}
}
