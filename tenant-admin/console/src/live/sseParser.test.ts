import { describe, expect, it } from 'vitest';
import { SseParser, type ServerEvent } from './sseParser';

function parse(...chunks: string[]): { events: ServerEvent[]; parser: SseParser } {
  const events: ServerEvent[] = [];
  const parser = new SseParser((e) => events.push(e));
  chunks.forEach((c) => parser.push(c));
  return { events, parser };
}

describe('SseParser', () => {
  it('dispatches named events with their id at a blank line', () => {
    const { events, parser } = parse('id: 17\nevent: change\ndata: {"a":1}\n\n');
    expect(events).toEqual([{ event: 'change', data: '{"a":1}', id: '17' }]);
    expect(parser.lastEventId).toBe('17');
  });

  it('joins data lines and survives chunks split anywhere, CRLF included', () => {
    const { events } = parse('data: one\r', '\ndata: two\r\n', '\r\n', 'da', 'ta:three\n\n');
    expect(events).toEqual([
      { event: 'message', data: 'one\ntwo', id: undefined },
      { event: 'message', data: 'three', id: undefined },
    ]);
  });

  it('ignores comments (heartbeats) and events without data', () => {
    const { events } = parse(':heartbeat\n\n', 'event: reset\n\n', 'event: reset\ndata: {}\n\n');
    expect(events).toEqual([{ event: 'reset', data: '{}', id: undefined }]);
  });

  it('keeps the last id for the next events and reads retry', () => {
    const { events, parser } = parse('id: 5\nretry: 2000\ndata: x\n\ndata: y\n\n');
    expect(events.map((e) => e.id)).toEqual(['5', '5']);
    expect(parser.retryMillis).toBe(2000);
  });
});
