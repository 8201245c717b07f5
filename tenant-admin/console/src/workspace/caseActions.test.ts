import { describe, expect, it, vi } from 'vitest';
import { changedFields, perform } from './caseActions';
import type { Api, ComplaintView } from '../api/client';

const base = {
  id: 'c1', version: 3, status: 'IN_PROGRESS', category: 'OTHER', complexity: 'GENERAL', urgency: 'NORMAL',
  departmentId: 'd1', assigneeUserId: 'bob', waitingKind: null, resolution: null, round: 1,
  progress: [], solutions: [{ id: 's1', status: 'REJECTED' }, { id: 's2', status: 'PROPOSED' }],
  handovers: [{ id: 'h1', pending: false }, { id: 'h2', pending: true }], attachments: [],
} as unknown as ComplaintView;

function fakeApi() {
  const POST = vi.fn().mockResolvedValue({ data: base, response: new Response('{}', { status: 200 }) });
  return { api: { POST } as unknown as Api, POST };
}

describe('perform', () => {
  it('sends the version the agent saw as If-Match', async () => {
    const { api, POST } = fakeApi();
    await perform(api, base, 'RECORD_PROGRESS', { message: '已联系' });
    expect(POST).toHaveBeenCalledWith('/api/v1/complaints/{id}/progress',
      { params: { path: { id: 'c1' }, header: { 'If-Match': '"3"' } }, body: { message: '已联系' } });
  });

  it('acknowledges the pending handover and answers the open solution', async () => {
    const { api, POST } = fakeApi();
    await perform(api, base, 'ACKNOWLEDGE', {});
    expect(POST.mock.calls[0][1].params.path).toEqual({ id: 'c1', transferId: 'h2' });
    await perform(api, base, 'RECORD_SOLUTION_ANSWER', { answer: 'REJECTED', reason: 'too little' });
    expect(POST.mock.calls[1][0]).toBe('/api/v1/complaints/{id}/solutions/{solutionId}/reject');
    expect(POST.mock.calls[1][1].params.path).toEqual({ id: 'c1', solutionId: 's2' });
  });

  it('leaves blank optional texts out and an unreachable follow-up without answers', async () => {
    const { api, POST } = fakeApi();
    await perform(api, base, 'TRANSFER', { toDepartmentId: 'd2', toUserId: '  ', note: '' });
    expect(POST.mock.calls[0][1].body).toEqual({ toDepartmentId: 'd2', toUserId: undefined, note: undefined });
    await perform(api, base, 'FOLLOW_UP', { outcome: 'UNREACHABLE', satisfaction: 4, problemSolved: true });
    expect(POST.mock.calls[1][1].body).toEqual({ outcome: 'UNREACHABLE', satisfaction: undefined, problemSolved: undefined, comment: undefined });
  });

  it('turns a refusal into the problem the server sent', async () => {
    const POST = vi.fn().mockResolvedValue({ error: { status: 412, type: 'https://x/problems/stale-version', title: 'Stale' },
      response: new Response('', { status: 412 }) });
    await expect(perform({ POST } as unknown as Api, base, 'RESUME', {})).rejects.toMatchObject({ status: 412, kind: 'stale-version' });
  });
});

describe('changedFields', () => {
  it('names what someone else changed', () => {
    const after = { ...base, status: 'SOLUTION_PROPOSED', version: 4, progress: [{}] } as unknown as ComplaintView;
    expect(changedFields(base, after)).toEqual([
      { field: 'status', before: 'IN_PROGRESS', after: 'SOLUTION_PROPOSED' },
      { field: 'progress', before: 0, after: 1 },
    ]);
  });
});
