/** One server-sent event: its name (`message` when the server gave none), data, and id when it had one. */
export interface ServerEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * Parses a text/event-stream as it arrives in chunks (the WHATWG rules): lines `field: value`, comments starting with
 * `:`, an event dispatched at a blank line, `data` lines joined with newlines, `id` remembered across events.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private eventName = '';
  private lastId: string | undefined;
  private sawData = false;
  retryMillis: number | undefined;

  constructor(private readonly onEvent: (e: ServerEvent) => void) {}

  get lastEventId(): string | undefined {
    return this.lastId;
  }

  push(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.nextLineEnd()) >= 0) {
      let line = this.buffer.slice(0, newline);
      const skip = this.buffer[newline] === '\r' && this.buffer[newline + 1] === '\n' ? 2 : 1;
      this.buffer = this.buffer.slice(newline + skip);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      this.line(line);
    }
  }

  private nextLineEnd(): number {
    const n = this.buffer.indexOf('\n');
    const r = this.buffer.indexOf('\r');
    if (r >= 0 && (n < 0 || r < n)) {
      // a lone \r at the very end may still be followed by \n in the next chunk
      return r === this.buffer.length - 1 ? -1 : r;
    }
    return n;
  }

  private line(line: string): void {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        this.sawData = true;
        break;
      case 'event':
        this.eventName = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retryMillis = Number(value);
        break;
      default:
        break;
    }
  }

  private dispatch(): void {
    if (this.sawData) {
      this.onEvent({ event: this.eventName || 'message', data: this.data.join('\n'), id: this.lastId });
    }
    this.data = [];
    this.eventName = '';
    this.sawData = false;
  }
}
