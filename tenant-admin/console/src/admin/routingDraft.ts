import type { Schemas } from '../api/client';

export type Rule = Schemas['RoutingRule'];
export type Condition = Schemas['Condition'];
export type Field = Condition['field'];

/** A rule being edited: the server's rule, with a key that stays the same while the list is reordered. */
export type DraftRule = Rule & { key: string };

export const FIELDS: Field[] = ['KEYWORDS', 'CATEGORY', 'PRODUCT', 'SUBJECT_TYPE', 'REGION', 'CHANNEL', 'URGENCY'];

/** The values a field may take, where the platform knows them (the others are typed freely). */
export const FIELD_VALUES: Partial<Record<Field, { values: string[]; i18n: string }>> = {
  CATEGORY: { values: ['PRODUCT_QUALITY', 'PRODUCT_PERFORMANCE', 'SERVICE_ATTITUDE', 'SERVICE_PROCESS', 'LEGAL_DISPUTE', 'OTHER'], i18n: 'category' },
  SUBJECT_TYPE: { values: ['PRODUCT', 'SERVICE'], i18n: 'subjectType' },
  CHANNEL: { values: ['phone', 'web', 'email', 'onsite'], i18n: 'channel' },
  URGENCY: { values: ['NORMAL', 'URGENT'], i18n: 'urgency' },
};

let counter = 0;
function key(): string {
  counter += 1;
  return `rule-${counter}`;
}

export function toDraft(rules: Rule[]): DraftRule[] {
  return rules.map((r) => ({ ...r, key: r.id ?? key() }));
}

export function newRule(name: string, departmentId: string): DraftRule {
  return { key: key(), id: undefined as unknown as string, name, enabled: true, match: 'ALL',
    conditions: [{ field: 'KEYWORDS', values: [] }], targetDepartmentId: departmentId,
    targetUserId: undefined as unknown as string, priority: undefined as unknown as string };
}

/** The list as the API takes it: no editor keys, no empty optional fields. */
export function toRules(draft: DraftRule[]): Rule[] {
  return draft.map(({ key: _key, ...r }) => ({ ...r, id: r.id || (undefined as unknown as string),
    targetUserId: r.targetUserId || (undefined as unknown as string), priority: r.priority?.trim() || (undefined as unknown as string) }));
}

/** Moves the rule at {@code from} to {@code to}, the others keeping their order. */
export function move<T>(list: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list;
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** The server's field errors ("[1].conditions[0].values") by rule index and the field within the rule. */
export function errorsByRule(fields: Record<string, string>): Map<number, Record<string, string>> {
  const byRule = new Map<number, Record<string, string>>();
  for (const [field, message] of Object.entries(fields)) {
    const m = /^(?:rules)?\[(\d+)]\.?(.*)$/.exec(field);
    if (!m) continue;
    const index = Number(m[1]);
    byRule.set(index, { ...byRule.get(index), [m[2] || 'rule']: message });
  }
  return byRule;
}
