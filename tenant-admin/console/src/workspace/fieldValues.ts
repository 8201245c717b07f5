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

/** An entry of the timeline as the summary needs it. */
interface TimelineLike {
  type: string;
  actor: string;
  summary?: string | null;
}

/**
 * The line under a timeline entry in the reader's language. What staff or the consumer wrote (a note, a reason, a
 * message) is shown as written; the few summaries the server writes itself, in English for API users, are said again
 * here from their parts, or left out where the entry's type and changed fields already say it all.
 */
export function timelineSummary(e: TimelineLike, t: TFunction): string | undefined {
  const summary = e.summary ?? undefined;
  if (!summary) return undefined;
  if (e.type.startsWith('SLA_') || e.type === 'RESOLVED') return undefined;
  const received = e.type === 'RECEIVED' && /^received via (\S+)$/.exec(summary);
  if (received) return t('timeline.receivedVia', { channel: t(`channel.${received[1]}`, { defaultValue: received[1] }) });
  const routed = e.type === 'TRANSFERRED' && e.actor === 'system' && /^routed by rule (.+)$/.exec(summary);
  if (routed) return t('timeline.routedBy', { rule: routed[1] });
  const followUp = e.type === 'FOLLOW_UP_RECORDED' && /^([A-Z_]+)( \(closed: not reachable\))?(?:: ([\s\S]*))?$/.exec(summary);
  if (followUp) {
    const outcome = t(`outcome.${followUp[1]}`, { defaultValue: followUp[1] });
    return [outcome, followUp[2] ? t('timeline.closedUnreachable') : '', followUp[3] ?? ''].filter(Boolean).join(' · ');
  }
  return summary;
}
