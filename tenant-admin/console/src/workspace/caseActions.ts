import type { Api, CaseAction, ComplaintView } from '../api/client';
import { ifMatch, must } from '../api/client';

/** The values an action's form collects (each action reads its own). */
export type ActionValues = Record<string, unknown>;

/** The actions taken in a dialog, in the order the case page offers them. */
export const DIALOG_ACTIONS: CaseAction[] = ['ACKNOWLEDGE', 'TRIAGE', 'RESOLVE', 'TRANSFER', 'RECORD_PROGRESS',
  'PROPOSE_SOLUTION', 'RECORD_SOLUTION_ANSWER', 'FOLLOW_UP', 'PAUSE', 'RESUME', 'ASSIGN', 'MERGE', 'REOPEN', 'REJECT',
  'WITHDRAW'];

/** The most important action first: what the case is waiting for. */
export const PRIMARY: CaseAction[] = ['ACKNOWLEDGE', 'TRIAGE', 'PROPOSE_SOLUTION', 'RECORD_SOLUTION_ANSWER', 'FOLLOW_UP'];

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/** Sends an action for the case at the version the agent saw (If-Match); answers the case after it. */
export function perform(api: Api, c: ComplaintView, action: CaseAction, v: ActionValues): Promise<ComplaintView> {
  const path = { id: c.id };
  const headers = ifMatch(c.version);
  switch (action) {
    case 'TRIAGE':
      return must(api.POST('/api/v1/complaints/{id}/triage', { params: { path, header: headers }, body: {
        category: v.category as never, complexity: v.complexity as never, urgency: v.urgency as never,
        urgencyReason: text(v.urgencyReason) } }));
    case 'RESOLVE':
      return must(api.POST('/api/v1/complaints/{id}/resolve', { params: { path, header: headers },
        body: { resolution: text(v.resolution) } }));
    case 'TRANSFER':
      return must(api.POST('/api/v1/complaints/{id}/transfers', { params: { path, header: headers },
        body: { toDepartmentId: v.toDepartmentId as string, toUserId: text(v.toUserId), note: text(v.note) } }));
    case 'ACKNOWLEDGE': {
      const pending = c.handovers.find((h) => h.pending);
      return must(api.POST('/api/v1/complaints/{id}/transfers/{transferId}/acknowledge', {
        params: { path: { id: c.id, transferId: pending?.id ?? '' }, header: headers } }));
    }
    case 'RECORD_PROGRESS':
      return must(api.POST('/api/v1/complaints/{id}/progress', { params: { path, header: headers },
        body: { message: text(v.message) } }));
    case 'PROPOSE_SOLUTION':
      return must(api.POST('/api/v1/complaints/{id}/solutions', { params: { path, header: headers },
        body: { text: text(v.text) } }));
    case 'RECORD_SOLUTION_ANSWER': {
      const solutionId = [...c.solutions].reverse().find((s) => s.status === 'PROPOSED')?.id ?? '';
      const solution = { id: c.id, solutionId };
      return v.answer === 'ACCEPTED'
        ? must(api.POST('/api/v1/complaints/{id}/solutions/{solutionId}/accept', { params: { path: solution, header: headers } }))
        : must(api.POST('/api/v1/complaints/{id}/solutions/{solutionId}/reject', { params: { path: solution, header: headers },
          body: { reason: text(v.reason) } }));
    }
    case 'FOLLOW_UP':
      return must(api.POST('/api/v1/complaints/{id}/follow-ups', { params: { path, header: headers }, body: {
        outcome: v.outcome as never, satisfaction: v.outcome === 'UNREACHABLE' ? undefined : (v.satisfaction as number | undefined),
        problemSolved: v.outcome === 'UNREACHABLE' ? undefined : (v.problemSolved as boolean | undefined),
        comment: text(v.comment) } }));
    case 'PAUSE':
      return must(api.POST('/api/v1/complaints/{id}/pause', { params: { path, header: headers },
        body: { kind: v.kind as never, reason: text(v.reason) } }));
    case 'RESUME':
      return must(api.POST('/api/v1/complaints/{id}/resume', { params: { path, header: headers } }));
    case 'ASSIGN':
      return must(api.POST('/api/v1/complaints/{id}/assignment', { params: { path, header: headers },
        body: { userId: text(v.userId) } }));
    case 'MERGE':
      return must(api.POST('/api/v1/complaints/{id}/merge', { params: { path, header: headers },
        body: { primaryId: v.primaryId as string, reason: text(v.reason) } }));
    case 'REOPEN':
      return must(api.POST('/api/v1/complaints/{id}/reopen', { params: { path, header: headers }, body: { reason: text(v.reason) } }));
    case 'REJECT':
      return must(api.POST('/api/v1/complaints/{id}/reject', { params: { path, header: headers }, body: { reason: text(v.reason) } }));
    case 'WITHDRAW':
      return must(api.POST('/api/v1/complaints/{id}/withdraw', { params: { path, header: headers }, body: { reason: text(v.reason) } }));
    default:
      throw new Error(`not an action of a dialog: ${action}`);
  }
}

/** What differs between the case the agent saw and the case now, field by field (for the stale-edit view). */
export function changedFields(before: ComplaintView, after: ComplaintView): { field: string; before: unknown; after: unknown }[] {
  const fields = ['status', 'category', 'complexity', 'urgency', 'departmentId', 'assigneeUserId', 'waitingKind',
    'resolution', 'round'] as const;
  const out = fields.filter((f) => before[f] !== after[f]).map((f) => ({ field: f as string, before: before[f], after: after[f] }));
  const added = (name: string, a: unknown[], b: unknown[]) => {
    if (b.length > a.length) out.push({ field: name, before: a.length, after: b.length });
  };
  added('progress', before.progress, after.progress);
  added('solutions', before.solutions, after.solutions);
  added('handovers', before.handovers, after.handovers);
  added('attachments', before.attachments, after.attachments);
  return out;
}
