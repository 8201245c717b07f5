import { describe, expect, it } from 'vitest';
import { authorizeUrl, challengeOf, endSessionUrl, newVerifier, refreshDelay } from './pkce';
import { readClaims } from './jwt';

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636, appendix B', async () => {
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 url-safe characters, each new', () => {
    const a = newVerifier();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newVerifier()).not.toBe(a);
  });

  it('asks the issuer for a code with the challenge', () => {
    const url = new URL(
      authorizeUrl({ authorization_endpoint: 'https://id.example/auth', token_endpoint: 'https://id.example/token' },
        { issuer: 'https://id.example', clientId: 'console', scope: 'openid' }, 'https://app/console/callback', 's1', 'c1', 'zh-CN'),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code', client_id: 'console', redirect_uri: 'https://app/console/callback', scope: 'openid',
      state: 's1', code_challenge: 'c1', code_challenge_method: 'S256', ui_locales: 'zh-CN',
    });
  });
});

describe('refresh and sign-out', () => {
  it('refreshes at four fifths of the lifetime, at least 5 s ahead, never in the past', () => {
    expect(refreshDelay(300_000, 0)).toBe(240_000);
    expect(refreshDelay(20_000, 0)).toBe(15_000);
    expect(refreshDelay(4_000, 0)).toBe(0);
    expect(refreshDelay(1_000, 5_000)).toBe(0);
  });

  it("ends the issuer's session and comes back to the console", () => {
    const url = new URL(endSessionUrl({ authorization_endpoint: 'a', token_endpoint: 't', end_session_endpoint: 'https://id.example/logout' },
      'console', 'id.1', 'https://app/console/'));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'console', id_token_hint: 'id.1', post_logout_redirect_uri: 'https://app/console/',
    });
  });
});

describe('readClaims', () => {
  const encode = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

  it('reads the platform claims', () => {
    const token = `x.${encode({ tenant: 'demo', sub: 'alice', roles: ['AGENT'], exp: 100 })}.y`;
    expect(readClaims(token)).toEqual({ tenant: 'demo', user: 'alice', roles: ['AGENT'], expiresAt: 100_000 });
  });

  it("falls back to Keycloak's realm roles and preferred username", () => {
    const token = `x.${encode({ preferred_username: 'bob', realm_access: { roles: ['SUPERVISOR'] } })}.y`;
    expect(readClaims(token)).toMatchObject({ user: 'bob', roles: ['SUPERVISOR'], tenant: undefined });
  });

  it("takes the tenant from Keycloak's organization claim, as a list or an object of aliases", () => {
    expect(readClaims(`x.${encode({ sub: 'u', organization: ['acme'] })}.y`).tenant).toBe('acme');
    expect(readClaims(`x.${encode({ sub: 'u', organization: { acme: { id: '1' } } })}.y`).tenant).toBe('acme');
    expect(readClaims(`x.${encode({ sub: 'u', organization: ['acme', 'globex'] })}.y`).tenant).toBeUndefined();
  });
});
