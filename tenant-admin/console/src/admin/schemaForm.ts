/** A plugin's settings schema (JSON Schema, the subset plugins use) turned into form fields, and back. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  items?: JsonSchema;
  default?: unknown;
  description?: string;
  title?: string;
  format?: string;
  writeOnly?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export type FieldKind = 'text' | 'textarea' | 'secret' | 'number' | 'boolean' | 'select' | 'tags';

export interface SchemaField {
  key: string;
  kind: FieldKind;
  required: boolean;
  schema: JsonSchema;
}

/** The form fields of a settings schema, in the schema's order. */
export function fieldsOf(schema: JsonSchema | undefined): SchemaField[] {
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([key, s]) => ({ key, required: required.has(key), schema: s, kind: kindOf(s) }));
}

function kindOf(s: JsonSchema): FieldKind {
  if (s.writeOnly) return 'secret';
  if (s.enum) return 'select';
  if (s.type === 'integer' || s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'array') return 'tags';
  return (s.maxLength ?? 0) > 500 && !s.format ? 'textarea' : 'text';
}

/** The form's first values: the instance's settings, else the schema's defaults; secrets are never there. */
export function initialValues(fields: SchemaField[], settings: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => f.kind !== 'secret')
    .map((f) => [f.key, settings[f.key] ?? f.schema.default ?? (f.kind === 'tags' ? [] : undefined)]));
}

/**
 * The settings to send: empty fields left out (the plugin's default applies); a secret left empty is left out too,
 * which keeps the value the server holds.
 */
export function toSettings(fields: SchemaField[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0 && !f.required)) continue;
    out[f.key] = typeof v === 'string' && f.kind !== 'secret' ? v.trim() : v;
  }
  return out;
}

/** "timeoutSeconds" → "Timeout seconds", for a field the console has no words of its own for. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
