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

/** The URL that starts a sign-in at the issuer. */
export function authorizeUrl(d: Discovery, s: OidcSettings, redirectUri: string, state: string, challenge: string): string {
  const url = new URL(d.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: s.clientId,
    redirect_uri: redirectUri,
    scope: s.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

/** Exchanges the authorization code for tokens at the token endpoint. */
export async function exchangeCode(d: Discovery, s: OidcSettings, redirectUri: string, code: string, verifier: string) {
  const response = await fetch(d.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: s.clientId,
      redirect_uri: redirectUri,
      code,
      code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error(`token exchange failed: HTTP ${response.status}`);
  return (await response.json()) as { access_token: string; id_token?: string; expires_in?: number };
}
