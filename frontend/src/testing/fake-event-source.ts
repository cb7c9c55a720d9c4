import { EventSourceFactory } from '../app/features/notifications/notification-center';

/**
 * Stands in for the browser's EventSource (jsdom has none): records what was opened and lets a
 * spec play the server's events, a dropped connection or a refusal.
 */
export class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;

  readyState = FakeEventSource.CONNECTING;
  closed = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  removeEventListener(): void {
    // Not needed by the app.
  }

  close(): void {
    this.closed = true;
    this.readyState = FakeEventSource.CLOSED;
  }

  /** The connection opened. */
  open(): void {
    this.readyState = FakeEventSource.OPEN;
    this.dispatch('open', new Event('open'));
  }

  /** The server sent an event with JSON data. */
  emit(type: string, data: unknown): void {
    this.dispatch(type, new MessageEvent(type, { data: JSON.stringify(data) }));
  }

  /** The connection failed; `gaveUp` as when the server refused it (the browser stops retrying). */
  fail(gaveUp: boolean): void {
    this.readyState = gaveUp ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.dispatch('error', new Event('error'));
  }

  private dispatch(type: string, event: Event): void {
    for (const listener of this.listeners.get(type) ?? []) {
      listener(event);
    }
  }
}

/** The streams an app opened, newest last, and the factory that opens them. */
export function fakeEventSources(): {
  readonly opened: FakeEventSource[];
  readonly factory: EventSourceFactory;
  latest(): FakeEventSource;
} {
  const opened: FakeEventSource[] = [];
  return {
    opened,
    factory: (url) => {
      const source = new FakeEventSource(url);
      opened.push(source);
      return source as unknown as EventSource;
    },
    latest: () => {
      const last = opened.at(-1);
      if (!last) {
        throw new Error('No event stream was opened');
      }
      return last;
    },
  };
}
