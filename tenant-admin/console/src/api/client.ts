import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { ApiError, toProblem } from './problem';

export type Schemas = components['schemas'];
export type ComplaintView = Schemas['ComplaintView'];
export type ComplaintSummary = Schemas['ComplaintSummary'];
export type Workspace = Schemas['Workspace'];
export type CaseAction = ComplaintView['allowedActions'][number];

/** What the API client needs from the session: the token, the reader's language, and what to do on a 401. */
export interface ApiSession {
  token(): string | undefined;
  language(): string;
  onUnauthorized(): void;
}

/** The typed API client (generated from the server's OpenAPI document) with the session's token and language. */
export function createApi(session: ApiSession) {
  const client = createClient<paths>({ baseUrl: '' });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = session.token();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', session.language());
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) session.onUnauthorized();
      return response;
    },
  };
  client.use(auth);
  return client;
}

export type Api = ReturnType<typeof createApi>;

/** The data of an openapi-fetch answer, or an {@link ApiError} with the server's problem details. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result;
  try {
    result = await call;
  } catch (e) {
    throw new ApiError({ status: 0, title: e instanceof Error ? e.message : String(e) });
  }
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(toProblem(result.response.status, result.error));
  }
  return result.data as T;
}

/** The `If-Match` header of a case at the version the reader saw. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}
