/** An RFC 9457 problem detail as the platform answers errors, with the field list of a validation error. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
  [key: string]: unknown;
}

/** A failed API call: its HTTP status and the problem the server sent (or one made up for a network failure). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }

  get status(): number {
    return this.problem.status;
  }

  /** The problem's type name, the last segment of its URI (e.g. `stale-version`). */
  get kind(): string | undefined {
    return this.problem.type?.split('/').pop();
  }

  /** Field errors by field name, for a form. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.field] = out[e.field] ? `${out[e.field]}; ${e.message}` : e.message;
    return out;
  }

  /**
   * The field errors as a form's `setFields` takes them (antd's Form), each under the form's name for the API's field
   * (`rename`, when the form names a field otherwise, e.g. `consumer.phone` → `phone`).
   */
  formFields<N = string>(rename: (field: string) => N = (field) => field as N): { name: N; errors: string[] }[] {
    return Object.entries(this.fieldErrors()).map(([field, message]) => ({ name: rename(field), errors: [message] }));
  }
}

/** Turns a response body into a problem, whatever the server sent. */
export function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && 'status' in body) return body as Problem;
  return { status, title: typeof body === 'string' && body ? body.slice(0, 200) : `HTTP ${status}` };
}
