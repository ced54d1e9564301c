package libmodel

// github.com/coreos/go-oidc/v3/oidc: a verifier built from a provider (or
// a key set) and an oidc.Config verifies ID tokens with the provider's
// keys under the algorithms of its discovery document (never HS*), and
// checks aud (Config.ClientID), iss and exp (missing exp counts as
// expired), unless the Config's Skip* flags switch them off.
// InsecureSkipSignatureCheck skips the signature; InsecureIssuerURLContext
// accepts a discovery document whose issuer differs from the URL.

func init() {
	const p = "github.com/coreos/go-oidc/v3/oidc"
	l := &Library{
		ID: p, Name: "coreos/go-oidc v3", Path: p, Pkg: "oidc",
		AlgPinned: true, ExpIfPresent: true, Checks: []string{"aud", "iss", "exp"},
		KeySource: "OIDC provider's keys (issuer discovery, JWKS)",
		ClaimRemedies: map[string]string{
			"aud": "remove SkipClientIDCheck and set ClientID", "iss": "remove SkipIssuerCheck",
			"exp": "remove SkipExpiryCheck",
		},
		ClaimRemedySep: "; ",
		EnableTime:     "remove SkipExpiryCheck",
		Unverified:     "a verifier without InsecureSkipSignatureCheck",
	}
	register(l)
	addAPI(methodName(p, "*IDTokenVerifier", "Verify"), NewAPI(l, "(*oidc.IDTokenVerifier).Verify", configRecv, tokenArg(1), errResult(1)))
	configCtors[methodName(p, "*Provider", "Verifier")] = ConfigCtor{ConfigArg: 0, KeySetArg: -1}
	configCtors[methodName(p, "*Provider", "VerifierContext")] = ConfigCtor{ConfigArg: 1, KeySetArg: -1}
	configCtors[funcName(p, "NewVerifier")] = ConfigCtor{ConfigArg: 2, KeySetArg: 1}
	configType(p, "Config")
	field(p, "Config", "ClientID", FieldNeutral)
	field(p, "Config", "SupportedSigningAlgs", FieldValidMethods)
	field(p, "Config", "SkipClientIDCheck", FieldAudienceOff)
	field(p, "Config", "SkipExpiryCheck", FieldExpOff)
	field(p, "Config", "SkipIssuerCheck", FieldIssuerOff)
	field(p, "Config", "InsecureSkipSignatureCheck", FieldSkipSignature)
	field(p, "Config", "Now", FieldNeutral)
	algNames(p)
	source(p, methodName(p, "*IDToken", "Claims"), allOf(PartClaim, 0))
	riskyCalls[funcName(p, "InsecureIssuerURLContext")] = RiskyCall{Check: "jwtclaims", BoolArg: -1,
		Message: "oidc.InsecureIssuerURLContext accepts a discovery document whose issuer differs from the URL, so tokens of another issuer can verify; use the issuer URL the provider announces"}
}
