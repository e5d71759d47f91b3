// OpenID Connect sign-in with openid-client: authorization code with PKCE, `state` and `nonce`
// kept server-side (one row per sign-in in flight, used once), the ID token checked by the
// library (signature through the provider's JWKS, refetched when a new key id appears; issuer,
// audience, expiry, nonce), then Herald's own session. Who the person becomes is decided in
// ./signInPerson.ts.
import * as client from 'openid-client';
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { hashSecret } from '../../store/credentials.js';
import type { AppContext } from '../context.js';
import { findProvider, fromRow, OPERATORS_KEY, type SignInProvider } from './providers.js';

/** A sign-in that cannot go on; the routes show it as a page saying why. */
export class SignInProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'SignInProblem';
  }
}

const LOGIN_MINUTES = 10;
const DISCOVERY_CACHE_MS = 10 * 60_000;

export const callbackUrl = (ctx: AppContext): string => `${ctx.config.publicUrl}/auth/oidc/callback`;

// Discovery documents per provider; openid-client keeps each one's JWKS cache inside the
// Configuration, so a key rotation at the provider is picked up on the first unknown `kid`.
const configurations = new Map<
  string,
  { at: number; issuer: string; clientId: string; config: client.Configuration }
>();

/** Plain http only to a loopback provider (tests, a provider on the same host). */
function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

export async function clientConfiguration(ctx: AppContext, provider: SignInProvider): Promise<client.Configuration> {
  const now = ctx.now().getTime();
  const cached = configurations.get(provider.key);
  if (
    cached &&
    cached.issuer === provider.issuer &&
    cached.clientId === provider.clientId &&
    now - cached.at < DISCOVERY_CACHE_MS
  )
    return cached.config;
  const issuer = new URL(provider.issuer);
  try {
    const config = await client.discovery(
      issuer,
      provider.clientId,
      { client_secret: provider.clientSecret },
      client.ClientSecretPost(provider.clientSecret),
      {
        ...(isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 10,
      },
    );
    configurations.set(provider.key, { at: now, issuer: provider.issuer, clientId: provider.clientId, config });
    return config;
  } catch (error) {
    throw new SignInProblem(
      502,
      'Your identity provider cannot be reached',
      `${provider.name} (${provider.issuer}) did not answer (${(error as Error).message}). Try again in a few minutes; if it stays down, ask your administrator. Herald does not fall back to a password for accounts that sign in through it.`,
    );
  }
}

/** The provider's URL to send the browser to, with a fresh state, nonce and PKCE verifier. */
export async function startSignIn(ctx: AppContext, providerKey: string, loginHint?: string): Promise<URL> {
  const provider = await findProvider(ctx, providerKey);
  if (!provider)
    throw new SignInProblem(
      404,
      'Unknown identity provider',
      'This sign-in link names no identity provider Herald knows. Start again from the sign-in page.',
    );
  const config = await clientConfiguration(ctx, provider);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const expiresAt = new Date(ctx.now().getTime() + LOGIN_MINUTES * 60_000).toISOString();
  const db = ctx.database.db;
  // Sign-ins that were never finished are of no use to anyone.
  await db.deleteFrom('oidc_login').where('expires_at', '<', ctx.now().toISOString()).execute();
  await db
    .insertInto('oidc_login')
    .values({
      state_hash: hashSecret(state),
      provider_key: provider.key,
      code_verifier: codeVerifier,
      nonce,
      expires_at: expiresAt,
    })
    .execute();
  return client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(ctx),
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
}

export interface VerifiedSignIn {
  provider: SignInProvider;
  claims: client.IDToken;
}

/**
 * The provider sent the browser back: the `state` must be one we issued and not yet used, the
 * code is exchanged once, and the ID token must carry our nonce. Anything else is refused.
 */
export async function verifyCallback(ctx: AppContext, currentUrl: URL): Promise<VerifiedSignIn> {
  const state = currentUrl.searchParams.get('state');
  if (!state)
    throw new SignInProblem(
      400,
      'Sign-in could not be completed',
      'The answer from the identity provider carries no state. Start again from the sign-in page.',
    );
  const db = ctx.database.db;
  const login = await db
    .selectFrom('oidc_login')
    .selectAll()
    .where('state_hash', '=', hashSecret(state))
    .executeTakeFirst();
  // Deleting first makes the state single-use even when two callbacks race.
  const taken = login
    ? await db.deleteFrom('oidc_login').where('state_hash', '=', login.state_hash).executeTakeFirst()
    : null;
  if (!login || Number(taken?.numDeletedRows ?? 0n) !== 1 || login.expires_at <= ctx.now().toISOString()) {
    throw new SignInProblem(
      400,
      'Sign-in could not be completed',
      'This sign-in is unknown, was already used or took too long. Start again from the sign-in page.',
    );
  }
  const error = currentUrl.searchParams.get('error');
  if (error) {
    throw new SignInProblem(
      403,
      'The identity provider refused the sign-in',
      `It answered "${error}": ${currentUrl.searchParams.get('error_description') ?? 'no reason given'}.`,
    );
  }
  const provider = await findProvider(ctx, login.provider_key);
  if (!provider)
    throw new SignInProblem(
      400,
      'Sign-in could not be completed',
      'The identity provider of this sign-in was removed meanwhile.',
    );
  const config = await clientConfiguration(ctx, provider);
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: login.code_verifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    return { provider, claims };
  } catch (error) {
    // openid-client wraps oauth4webapi's error, which names the claim at fault (nonce, aud, exp …).
    const cause = (error as { cause?: { message?: unknown } }).cause?.message;
    const why = `${(error as Error).message}${typeof cause === 'string' && cause !== (error as Error).message ? ` (${cause})` : ''}`;
    throw new SignInProblem(
      403,
      'The identity provider’s answer was refused',
      `Herald could not verify the sign-in from ${provider.name}: ${why}. Start again from the sign-in page.`,
    );
  }
}

// Each provider's key set for logout tokens, refetched by jose when a new key id appears.
const keySets = new Map<string, { jwksUri: string; keys: JWTVerifyGetKey }>();

const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/** The provider a logout token claims to come from: its issuer and our client id at it. */
async function logoutTokenProvider(ctx: AppContext, logoutToken: string): Promise<SignInProvider> {
  let claimed: { iss?: string; aud?: string | string[] };
  try {
    claimed = decodeJwt(logoutToken);
  } catch {
    throw new SignInProblem(400, 'Logout refused', 'The logout token is not a JWT.');
  }
  const audiences = Array.isArray(claimed.aud) ? claimed.aud : claimed.aud ? [claimed.aud] : [];
  const operators = await findProvider(ctx, OPERATORS_KEY);
  if (operators && operators.issuer === claimed.iss && audiences.includes(operators.clientId)) return operators;
  const row =
    claimed.iss && audiences.length
      ? await ctx.database.db
          .selectFrom('identity_provider')
          .selectAll()
          .where('issuer', '=', claimed.iss)
          .where('client_id', 'in', audiences)
          .executeTakeFirst()
      : undefined;
  if (!row) throw new SignInProblem(400, 'Logout refused', 'The logout token names no identity provider Herald knows.');
  return fromRow(ctx, row);
}

/**
 * Verifies an OpenID Connect Back-Channel Logout token (signature by the provider's keys, issuer,
 * audience, age, the logout event, no nonce); returns whose provider session ended.
 */
export async function verifyLogoutToken(
  ctx: AppContext,
  logoutToken: string,
): Promise<{ provider: SignInProvider; sid: string | null; sub: string | null }> {
  const provider = await logoutTokenProvider(ctx, logoutToken);
  const config = await clientConfiguration(ctx, provider);
  const jwksUri = config.serverMetadata().jwks_uri;
  if (!jwksUri) throw new SignInProblem(400, 'Logout refused', 'The provider publishes no keys.');
  let keySet = keySets.get(provider.key);
  if (!keySet || keySet.jwksUri !== jwksUri) {
    keySet = { jwksUri, keys: createRemoteJWKSet(new URL(jwksUri)) };
    keySets.set(provider.key, keySet);
  }
  try {
    const { payload } = await jwtVerify(logoutToken, keySet.keys, {
      issuer: config.serverMetadata().issuer,
      audience: provider.clientId,
      currentDate: ctx.now(),
      maxTokenAge: '5 minutes',
    });
    const events = payload.events as Record<string, unknown> | undefined;
    if (!events || typeof events !== 'object' || !(BACKCHANNEL_EVENT in events))
      throw new Error('events claim is missing the back-channel logout event');
    if ('nonce' in payload) throw new Error('a logout token must not carry a nonce');
    const sid = typeof payload.sid === 'string' ? payload.sid : null;
    const sub = typeof payload.sub === 'string' ? payload.sub : null;
    if (!sid && !sub) throw new Error('neither sid nor sub');
    return { provider, sid, sub };
  } catch (error) {
    throw new SignInProblem(400, 'Logout refused', `The logout token is not valid: ${(error as Error).message}`);
  }
}
