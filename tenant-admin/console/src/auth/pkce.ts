/** OpenID Connect authorization code flow with PKCE (RFC 7636) for a public client: the helpers that need no DOM. */

function base64Url(bytes: Uint8Array): string {
  let s = '';
  bytes.forEach((b) => (s += String.fromCharCode(b)));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh code verifier: 32 random bytes, base64url (43 characters). */
export function newVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier. */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

export interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

/** The issuer's endpoints from its discovery document. */
export async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`OpenID discovery failed: HTTP ${response.status}`);
  return (await response.json()) as Discovery;
}

/** The URL that starts a sign-in at the issuer; `uiLocales` asks its login page for the console's language. */
export function authorizeUrl(d: Discovery, s: OidcSettings, redirectUri: string, state: string, challenge: string,
  uiLocales?: string): string {
  const url = new URL(d.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: s.clientId,
    redirect_uri: redirectUri,
    scope: s.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...(uiLocales ? { ui_locales: uiLocales } : {}),
  }).toString();
  return url.toString();
}

/** What the token endpoint answers. */
export interface TokenSet {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in?: number;
}

async function tokenRequest(d: Discovery, form: Record<string, string>, what: string): Promise<TokenSet> {
  const response = await fetch(d.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  if (!response.ok) throw new Error(`${what} failed: HTTP ${response.status}`);
  return (await response.json()) as TokenSet;
}

/** Exchanges the authorization code for tokens at the token endpoint. */
export function exchangeCode(d: Discovery, s: OidcSettings, redirectUri: string, code: string, verifier: string) {
  return tokenRequest(d, {
    grant_type: 'authorization_code', client_id: s.clientId, redirect_uri: redirectUri, code, code_verifier: verifier,
  }, 'token exchange');
}

/** A new access token for the refresh token (which the issuer may rotate: use the one answered next time). */
export function refresh(d: Discovery, s: OidcSettings, refreshToken: string) {
  return tokenRequest(d, { grant_type: 'refresh_token', client_id: s.clientId, refresh_token: refreshToken }, 'token refresh');
}

/** When to refresh a token of that lifetime, issued `elapsed` ms ago: at four fifths of it, but at least 5 s ahead. */
export function refreshDelay(lifetime: number, elapsed: number): number {
  return Math.max(0, Math.min(lifetime * 0.8, lifetime - 5_000) - elapsed);
}

/** The URL that ends the session at the issuer (RP-initiated logout) and comes back to the console. */
export function endSessionUrl(d: Discovery, clientId: string, idToken: string, back: string): string {
  const url = new URL(d.end_session_endpoint ?? '');
  url.search = new URLSearchParams({ client_id: clientId, id_token_hint: idToken, post_logout_redirect_uri: back }).toString();
  return url.toString();
}
