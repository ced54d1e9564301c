package libmodel

// go-jose (github.com/go-jose/go-jose v3 and v4, gopkg.in/square/go-jose.v2
// and gopkg.in/go-jose/go-jose.v2): jwt.ParseSigned decodes a token object
// (v4 with a mandatory algorithm list, v2/v3 with none), and
// tok.Claims(key, &dest...) verifies the signature with the key (whose
// type decides the algorithm family) and fills the destinations only on
// success. No claim is checked unless the code calls
// Claims.Validate(jwt.Expected{...}), which checks exp/nbf/iat when present
// (v2: only when the expectation has a Time).

var goJoseLibs = []struct {
	root, name string
	algList    bool // ParseSigned takes the accepted algorithms
	timeUnset  bool // an Expected without Time skips the time checks
}{
	{"github.com/go-jose/go-jose/v4", "go-jose v4", true, false},
	{"github.com/go-jose/go-jose/v3", "go-jose v3", false, false},
	{"gopkg.in/square/go-jose.v2", "square/go-jose v2", false, true},
	{"gopkg.in/go-jose/go-jose.v2", "go-jose v2", false, true},
}

func init() {
	for _, g := range goJoseLibs {
		p := g.root + "/jwt"
		l := &Library{
			ID: p, Name: g.name, Path: p, Pkg: "jwt",
			AlgRequired: g.algList,
			PinParser:   "pass the accepted algorithms to jwt.ParseSigned (go-jose v4) or reject tokens whose tok.Headers[0].Algorithm is not %q before verifying",
			ClaimRemedies: map[string]string{
				"aud": "jwt.Expected{AnyAudience: ...}", "iss": "jwt.Expected{Issuer: ...}", "sub": "jwt.Expected{Subject: ...}",
				"exp": "reject tokens whose Expiry is nil", "nbf": "reject tokens whose NotBefore is nil",
			},
			ClaimRemedyPrefix: "call claims.Validate with ", ClaimRemedySep: ", ",
			EnableTime: "call claims.Validate(jwt.Expected{...}.WithTime(time.Now()))",
			Unverified: "tok.Claims(key, &claims)",
		}
		if !g.algList {
			l.ClaimRemedies["aud"] = "jwt.Expected{Audience: ...}"
		}
		register(l)
		if g.algList {
			addAPI(funcName(p, "ParseSigned"), NewAPI(l, "jwt.ParseSigned", tokenArg(0), algsArg(1), step, errResult(1)))
		} else {
			addAPI(funcName(p, "ParseSigned"), NewAPI(l, "jwt.ParseSigned", tokenArg(0), step, errResult(1)))
		}
		addAPI(methodName(p, "*JSONWebToken", "Claims"), NewAPI(l, "(*jwt.JSONWebToken).Claims", tokenOfRecv, keyArg(0), outArg(1), errResult(0)))
		addAPI(methodName(p, "*JSONWebToken", "UnsafeClaimsWithoutVerification"),
			NewAPI(l, "(*jwt.JSONWebToken).UnsafeClaimsWithoutVerification", tokenOfRecv, outArg(0), unverified, errResult(0)))

		claimsValidators[methodName(p, "Claims", "Validate")] = ClaimsValidator{ClaimsArg: -1, ExpectedArg: 0, OptionsArg: -1, Time: true}
		claimsValidators[methodName(p, "Claims", "ValidateWithLeeway")] = ClaimsValidator{ClaimsArg: -1, ExpectedArg: 0, OptionsArg: -1, Time: true}
		configType(p, "Expected")
		field(p, "Expected", "Issuer", FieldExpectIssuer)
		field(p, "Expected", "Subject", FieldExpectSubject)
		field(p, "Expected", "AnyAudience", FieldExpectAudience)
		field(p, "Expected", "Audience", FieldExpectAudience)
		field(p, "Expected", "ID", FieldNeutral)
		field(p, "Expected", "Time", FieldExpectTime)
		if g.timeUnset {
			timeExpectations[p+".Expected"] = true
		}

		// The JWS layer: jose.ParseSigned, then Verify or an unverified payload.
		jose := g.root
		lj := &Library{ID: jose, Name: g.name + " (jose)", Path: jose, Pkg: "jose", AlgRequired: g.algList, Claimless: true,
			PinParser:  l.PinParser,
			Unverified: "jws.Verify(key)"}
		register(lj)
		for _, f := range []string{"ParseSigned", "ParseSignedCompact", "ParseSignedJSON"} {
			if g.algList {
				addAPI(funcName(jose, f), NewAPI(lj, "jose."+f, tokenArg(0), algsArg(1), step, errResult(1)))
			} else if f == "ParseSigned" {
				addAPI(funcName(jose, f), NewAPI(lj, "jose."+f, tokenArg(0), step, errResult(1)))
			}
		}
		addAPI(methodName(jose, "JSONWebSignature", "Verify"), NewAPI(lj, "(jose.JSONWebSignature).Verify", tokenOfRecv, keyArg(0), errResult(1)))
		addAPI(methodName(jose, "JSONWebSignature", "UnsafePayloadWithoutVerification"),
			NewAPI(lj, "(jose.JSONWebSignature).UnsafePayloadWithoutVerification", tokenOfRecv, unverified))
		algNames(jose)
		headerFields[jose+".Header.Algorithm"] = "alg"
		headerFields[jose+".Header.JSONWebKey"] = "jwk"
	}
}
