import { describe, expect, it } from 'vitest';
import { authorizeUrl, challengeOf, newVerifier } from './pkce';
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
        { issuer: 'https://id.example', clientId: 'console', scope: 'openid' }, 'https://app/console/callback', 's1', 'c1'),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code', client_id: 'console', redirect_uri: 'https://app/console/callback', scope: 'openid',
      state: 's1', code_challenge: 'c1', code_challenge_method: 'S256',
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
});
