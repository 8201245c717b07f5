import type { TFunction } from 'i18next';

/** The enum fields whose values have their own texts (`status.X`, `category.X`, …). */
const ENUMS: Record<string, string> = {
  status: 'status', category: 'category', complexity: 'complexity', urgency: 'urgency', waitingKind: 'waiting',
  metric: 'metric', state: 'clockState', channel: 'channel',
};

/**
 * A changed field's value as a person reads it: enum values in their words, departments by name, instants in the
 * tenant's zone, anything else as it is; no value is a dash.
 */
export function fieldValue(field: string, value: unknown, t: TFunction, departmentName: (id: string) => string,
                           formatTime: (iso: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = String(value);
  if (ENUMS[field]) return t(`${ENUMS[field]}.${text}`, { defaultValue: text });
  if (field === 'departmentId') return departmentName(text);
  if (field.endsWith('At') && /^\d{4}-\d{2}-\d{2}T/.test(text)) return formatTime(text);
  return text;
}
