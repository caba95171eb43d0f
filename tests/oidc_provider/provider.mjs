// A real OpenID provider set up like ID-porten, for the tests only (tests/oidc_provider/__init__.py
// starts it): pushed authorization requests and PKCE required, private_key_jwt, acr levels, a
// `pid` claim, RP-initiated and back-channel logout. People sign in on a scripted page by
// identity number. A person may be set up to get a lower level, or an ID token that is expired
// or signed with a key the provider does not publish, so the client's refusals can be tested.
//
// Usage: node provider.mjs <config.json>; prints "listening <port>" once it answers.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const people = new Map(config.people.map((person) => [person.pid, person]));

function rsaKey(kid) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
}

const signingKey = rsaKey('samplan-test-provider');
// Same kid as the real key, never published: a token signed with it must be refused.
const impostorKey = rsaKey(signingKey.kid);

const base64url = (value) => Buffer.from(value).toString('base64url');

function resign(idToken, key, change) {
  const [header, payload] = idToken.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url')));
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(change(payload)))}`;
  const signature = createSign('RSA-SHA256').update(input).sign({ key, format: 'jwk' });
  return `${input}.${signature.toString('base64url')}`;
}

const tamperings = {
  expired: (token) => resign(token, signingKey, (claims) => ({ ...claims, iat: claims.iat - 7200, exp: claims.iat - 3600 })),
  'wrong-key': (token) => resign(token, impostorKey, (claims) => claims),
};

function tokenClaims(idToken) {
  return JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url'));
}

const page = (title, body, lang = 'nb') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

const provider = new Provider(config.issuer, {
  clients: [config.client],
  jwks: { keys: [signingKey] },
  acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
  claims: { openid: ['sub', 'pid'], profile: ['name'] },
  conformIdTokenClaims: false,
  cookies: { keys: ['test-provider-only'] },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: true },
    backchannelLogout: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource(ctx, form) {
        ctx.body = page('Logg ut fra ID-porten', `${form}<button form="op.logoutForm" name="logout" value="yes">Logg ut</button>`);
      },
      postLogoutSuccessSource(ctx) {
        ctx.body = page('Du er logget ut', '');
      },
    },
  },
  ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
  // The test's Samplan is on loopback, which the default fetch refuses (SSRF protection).
  fetch: (url, { dispatcher, ...options }) => globalThis.fetch(url, options),
  async findAccount(ctx, pid) {
    const person = people.get(pid);
    return person && { accountId: pid, claims: () => ({ sub: `person-${person.pid.slice(-5)}`, pid, name: person.name }) };
  },
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    // Like ID-porten: no consent page, the client may have what it asks for.
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    grant.addOIDCClaims(['pid', 'name']);
    await grant.save();
    return grant;
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('Feil hos ID-porten', `<p>${out.error}</p>`);
  },
});

async function formBody(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

async function interaction(ctx) {
  const [, uid, action] = ctx.path.match(/^\/interaction\/([^/]+)\/?(login|abort)?$/);
  if (action === 'abort') {
    return provider.interactionFinished(ctx.req, ctx.res, { error: 'access_denied', error_description: 'Avbrutt' }, { mergeWithLastSubmission: false });
  }
  if (action === 'login' && ctx.method === 'POST') {
    const person = people.get((await formBody(ctx.req)).get('pid'));
    if (!person) {
      ctx.status = 400;
      ctx.body = page('Ukjent person', '');
      return undefined;
    }
    const login = { accountId: person.pid, acr: person.acr || 'idporten-loa-high', amr: ['TestID'] };
    return provider.interactionFinished(ctx.req, ctx.res, { login }, { mergeWithLastSubmission: false });
  }
  const { params } = await provider.interactionDetails(ctx.req, ctx.res);
  ctx.type = 'html';
  ctx.body = page('Logg inn med TestID', `<form method="post" action="/interaction/${uid}/login">
<label for="pid">Fødselsnummer</label><input id="pid" name="pid" autocomplete="off">
<button type="submit">Logg inn</button></form><p><a href="/interaction/${uid}/abort">Avbryt</a></p>`, params.ui_locales);
  return undefined;
}

provider.use(async (ctx, next) => {
  if (ctx.path.startsWith('/interaction/')) return interaction(ctx);
  await next();
  if (ctx.path === '/token' && ctx.body?.id_token) {
    const tampering = tamperings[people.get(tokenClaims(ctx.body.id_token).pid)?.tamper];
    if (tampering) ctx.body = { ...ctx.body, id_token: tampering(ctx.body.id_token) };
  }
  return undefined;
});

const server = createServer(provider.callback());
server.listen(config.port, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => process.exit(0));
