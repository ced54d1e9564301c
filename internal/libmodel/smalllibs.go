package libmodel

// kataras/jwt and cristalhq/jwt: the caller names the algorithm (and, for
// cristalhq, builds a verifier bound to it), so a parse pins it. kataras
// checks exp/nbf/iat when present and aud/iss only with jwt.Expected;
// cristalhq checks no claim at all, the code must call its RegisteredClaims
// methods.

func init() {
	const kat = "github.com/kataras/jwt"
	lk := &Library{ID: kat, Name: "kataras/jwt", Path: kat, Pkg: "jwt", AlgPinned: true, ExpIfPresent: true,
		ClaimRemedies: map[string]string{
			"aud": "jwt.Expected{Audience: ...}", "iss": "jwt.Expected{Issuer: ...}", "sub": "jwt.Expected{Subject: ...}",
			"exp": "reject tokens without Expiry",
		},
		ClaimRemedyPrefix: "pass ", ClaimRemedySep: ", ",
		Unverified: "jwt.Verify(alg, key, token)",
	}
	register(lk)
	addAPI(funcName(kat, "Verify"), NewAPI(lk, "jwt.Verify", algArg(0), keyArg(1), tokenArg(2), optionsArg(3), errResult(1)))
	addAPI(funcName(kat, "VerifyWithHeaderValidator"), NewAPI(lk, "jwt.VerifyWithHeaderValidator", algArg(0), keyArg(1), tokenArg(2), optionsArg(4), errResult(1)))
	addAPI(funcName(kat, "Decode"), NewAPI(lk, "jwt.Decode", tokenArg(0), unverified, errResult(1)))
	configType(kat, "Expected")
	field(kat, "Expected", "Issuer", FieldExpectIssuer)
	field(kat, "Expected", "Audience", FieldExpectAudience)
	field(kat, "Expected", "Subject", FieldExpectSubject)
	for _, f := range []string{"ID", "NotBefore", "IssuedAt", "Expiry", "OriginID"} {
		field(kat, "Expected", f, FieldNeutral)
	}
	option(funcName(kat, "Leeway"), OptLeeway, 0)
	option(funcName(kat, "Future"), OptNeutral)
	algNames(kat, "NONE")
	source(kat, methodName(kat, "*VerifiedToken", "Claims"), allOf(PartClaim, 0))
	source(kat, methodName(kat, "*UnverifiedToken", "Claims"), allOf(PartClaim, 0))

	const cr = "github.com/cristalhq/jwt/v4"
	lc := &Library{ID: cr, Name: "cristalhq/jwt v4", Path: cr, Pkg: "jwt", AlgPinned: true,
		ClaimRemedies: map[string]string{
			"aud": "claims.IsForAudience(...)", "iss": "claims.IsIssuer(...)", "sub": "claims.IsSubject(...)",
			"exp": "reject tokens without ExpiresAt, and claims.IsValidAt(time.Now())",
		},
		ClaimRemedyPrefix: "reject unless ", ClaimRemedySep: ", ",
		EnableTime: "reject unless claims.IsValidAt(time.Now())",
		Unverified: "jwt.Parse(raw, verifier)",
	}
	register(lc)
	addAPI(funcName(cr, "Parse"), NewAPI(lc, "jwt.Parse", tokenArg(0), verifierArg(1), errResult(1)))
	addAPI(funcName(cr, "ParseClaims"), NewAPI(lc, "jwt.ParseClaims", tokenArg(0), verifierArg(1), outArg(2), errResult(0)))
	addAPI(funcName(cr, "ParseNoVerify"), NewAPI(lc, "jwt.ParseNoVerify", tokenArg(0), unverified, errResult(1)))
	for _, v := range []struct {
		name string
		kind KeyKind
	}{{"NewVerifierHS", KeyHMAC}, {"NewVerifierRS", KeyRSA}, {"NewVerifierPS", KeyRSA}, {"NewVerifierES", KeyECDSA}} {
		verifierCtors[funcName(cr, v.name)] = VerifierCtor{AlgArg: 0, Kind: v.kind, KeyArg: 1}
	}
	verifierCtors[funcName(cr, "NewVerifierEdDSA")] = VerifierCtor{AlgArg: -1, Alg: "EdDSA", Kind: KeyEd25519, KeyArg: 0}
	algNames(cr)
	source(cr, methodName(cr, "*Token", "Claims"), allOf(PartClaim, -1))
	source(cr, methodName(cr, "*Token", "DecodeClaims"), allOf(PartClaim, 0))
	source(cr, methodName(cr, "*Token", "Header"), allOf(PartHeader, -1))
	for name, claim := range map[string]string{"IsForAudience": "aud", "IsIssuer": "iss", "IsSubject": "sub", "IsID": "jti"} {
		claimVerifiers[methodName(cr, "*RegisteredClaims", name)] = ClaimVerifier{Claim: claim, RequiredArg: -1}
	}
	for _, name := range []string{"IsValidAt", "IsValidExpiresAt"} {
		claimVerifiers[methodName(cr, "*RegisteredClaims", name)] = ClaimVerifier{Claim: "exp", RequiredArg: -1, Time: true}
	}
	claimVerifiers[methodName(cr, "*RegisteredClaims", "IsValidNotBefore")] = ClaimVerifier{Claim: "nbf", RequiredArg: -1, Time: true}
}
