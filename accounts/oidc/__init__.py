"""Sign-in through an OpenID provider: ID-porten for everyone, and a municipality's own provider
for its staff, with the same code (README, "Innlogging med ID-porten").

providers: which providers are configured (settings only); client: the protocol, over
requests-oauth2client; backend: which account a verified person is; views: the thin Django side.
"""
