import { SseParser, type ServerEvent } from './sseParser';

export interface LiveChange {
  complaintId: string;
  caseNumber: string;
  type: string;
  status: string;
  version: number;
  departmentId: string | null;
  assigneeUserId: string | null;
  actor: string | null;
  at: string;
}

export interface LiveStreamOptions {
  url: string;
  token: () => string | undefined;
  onChange: (change: LiveChange) => void;
  onReset: () => void;
  onStatus: (connected: boolean) => void;
  onUnauthorized: () => void;
}

/**
 * Follows `GET /api/v1/events` with the reader's bearer token (an EventSource cannot send one): reads the stream,
 * reconnects after a drop with `Last-Event-ID` so the server replays what was missed, backing off up to 30 s.
 * Returns the function that stops it.
 */
export function followLiveStream(options: LiveStreamOptions): () => void {
  let stopped = false;
  let lastEventId: string | undefined;
  let controller: AbortController | undefined;
  let delay = 1000;

  const handle = (e: ServerEvent) => {
    if (e.event === 'change') options.onChange(JSON.parse(e.data) as LiveChange);
    else if (e.event === 'reset') options.onReset();
  };

  async function connect(): Promise<void> {
    while (!stopped) {
      const token = options.token();
      if (!token) return;
      controller = new AbortController();
      const parser = new SseParser(handle);
      try {
        const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
        if (lastEventId) headers['Last-Event-ID'] = lastEventId;
        const response = await fetch(options.url, { headers, signal: controller.signal, cache: 'no-store' });
        if (response.status === 401) {
          options.onStatus(false);
          options.onUnauthorized();
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        options.onStatus(true);
        delay = 1000;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(value);
          lastEventId = parser.lastEventId ?? lastEventId;
        }
      } catch {
        // dropped or refused: try again below
      }
      if (stopped) return;
      options.onStatus(false);
      await new Promise((resolve) => setTimeout(resolve, parser.retryMillis ?? delay));
      delay = Math.min(delay * 2, 30_000);
    }
  }

  void connect();
  return () => {
    stopped = true;
    controller?.abort();
  };
}
