/** What the console reads from an access token's payload (it never verifies it: the server does). */
export interface TokenClaims {
  tenant?: string;
  user: string;
  roles: string[];
  expiresAt: number;
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The one organization alias of Keycloak's `organization` claim (a list of aliases, or an object keyed by them). */
function organizationOf(claim: unknown): string | undefined {
  const aliases = Array.isArray(claim) ? claim : claim && typeof claim === 'object' ? Object.keys(claim) : [];
  return aliases.length === 1 && typeof aliases[0] === 'string' ? aliases[0] : undefined;
}

/**
 * The claims of a JWT; `roles` from the platform's `roles` claim or Keycloak's `realm_access.roles`, the tenant from
 * `tenant` or Keycloak's `organization`.
 */
export function readClaims(token: string): TokenClaims {
  const parts = token.split('.');
  if (parts.length < 2) throw new Error('not a JWT');
  const payload = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
  const realmRoles = (payload.realm_access as { roles?: string[] } | undefined)?.roles ?? [];
  const roles = Array.isArray(payload.roles) ? (payload.roles as string[]) : realmRoles;
  return {
    tenant: typeof payload.tenant === 'string' ? payload.tenant : organizationOf(payload.organization),
    user: String(payload.preferred_username ?? payload.sub ?? ''),
    roles,
    expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : Number.MAX_SAFE_INTEGER,
  };
}
