import {
  DestroyRef,
  Injectable,
  InjectionToken,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { Session } from '../../core/auth/session';
import { AppNotification, NOTIFICATION_STREAM_URL, NotificationsApi } from './notifications-api';

/** Opens a server-sent event stream; null where the browser has none (tests, old browsers). */
export type EventSourceFactory = (url: string) => EventSource | null;

export const EVENT_SOURCE = new InjectionToken<EventSourceFactory>('EVENT_SOURCE', {
  providedIn: 'root',
  factory: () => (url) => (typeof EventSource === 'undefined' ? null : new EventSource(url)),
});

/**
 * Live events that are not notifications (nothing stored, whatever the member's preferences): the
 * server tells the pages a member may have open that something changed.
 */
export const LIVE_SIGNALS = ['proposal-changed'] as const;

export type LiveSignalName = (typeof LIVE_SIGNALS)[number];

/** One live signal: its name and its data (strings). */
export interface LiveSignal {
  readonly event: LiveSignalName;
  readonly data: Readonly<Record<string, string>>;
}

/** How many recent notifications the bell's panel shows. */
export const LATEST_SIZE = 8;

/** The longest wait between reconnection attempts. */
export const MAX_RECONNECT_DELAY_MS = 60_000;

const FIRST_RECONNECT_DELAY_MS = 1_000;

/** `EventSource.CLOSED`: the browser gave up on the stream and will not retry by itself. */
const CLOSED = 2;

/**
 * The signed-in member's notifications, live: one event stream per browser tab while a member works
 * in an agency, reopened with growing pauses when it drops, and switched with the agency.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(Session);
  private readonly openStream = inject(EVENT_SOURCE);

  private readonly unread = signal(0);
  private readonly recent = signal<readonly AppNotification[]>([]);
  private readonly lastArrival = signal<AppNotification | null>(null);
  private readonly live = signal(false);
  private readonly liveSignals = new Subject<LiveSignal>();

  /** Unread notifications of the member in the current agency. */
  readonly unreadCount = this.unread.asReadonly();
  /** The newest notifications, for the bell's panel (loaded when it opens, then kept live). */
  readonly latest = this.recent.asReadonly();
  /** The notification that arrived last over the stream, to announce. */
  readonly arrival = this.lastArrival.asReadonly();
  /** Whether the stream is open. */
  readonly connected = this.live.asReadonly();
  /** The live signals of the stream, as they arrive (every one, even two alike in a row). */
  readonly signals: Observable<LiveSignal> = this.liveSignals.asObservable();

  /** The agency the stream is for: a rename keeps it, a switch changes it. */
  private readonly tenant = computed(() =>
    this.session.authenticated() ? (this.session.agency()?.tenantId ?? null) : null,
  );

  private source: EventSource | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;

  constructor() {
    effect(() => {
      const tenant = this.tenant();
      untracked(() => {
        this.disconnect();
        if (tenant) {
          this.connect();
        }
      });
    });
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  /** Loads the newest notifications (the bell's panel calls this when it opens). */
  refreshLatest(): void {
    this.api.list({ page: 0, size: LATEST_SIZE }).subscribe({
      next: (page) => this.recent.set(page.items),
      error: () => undefined,
    });
  }

  /** Marks one read here and on the server; the unread count follows. */
  markRead(notification: AppNotification): void {
    if (notification.readAt) {
      return;
    }
    this.api.markRead(notification.id).subscribe({
      next: (read) => {
        this.replace(read);
        this.unread.update((n) => Math.max(0, n - 1));
      },
      error: () => undefined,
    });
  }

  markAllRead(): void {
    this.api.markAllRead().subscribe({
      next: (result) => {
        const now = new Date().toISOString();
        this.recent.update((list) => list.map((n) => (n.readAt ? n : { ...n, readAt: now })));
        this.unread.set(result.unreadCount);
      },
      error: () => undefined,
    });
  }

  /** Keeps the panel in step when a page marked a notification read. */
  replace(notification: AppNotification): void {
    this.recent.update((list) => list.map((n) => (n.id === notification.id ? notification : n)));
  }

  /** Takes a count read elsewhere (a page marked all read). */
  setUnreadCount(count: number): void {
    this.unread.set(count);
  }

  private connect(): void {
    this.closeSource();
    const source = this.openStream(NOTIFICATION_STREAM_URL);
    if (!source) {
      return;
    }
    this.source = source;
    source.addEventListener('open', () => {
      this.failures = 0;
      this.live.set(true);
    });
    source.addEventListener('unread-count', (event) => {
      const data = parse<{ unreadCount: number }>(event);
      if (data) {
        this.unread.set(data.unreadCount);
      }
    });
    source.addEventListener('notification', (event) => {
      const data = parse<{ notification: AppNotification; unreadCount: number }>(event);
      if (data) {
        this.unread.set(data.unreadCount);
        this.recent.update((list) =>
          [data.notification, ...list.filter((n) => n.id !== data.notification.id)].slice(
            0,
            LATEST_SIZE,
          ),
        );
        this.lastArrival.set(data.notification);
      }
    });
    for (const name of LIVE_SIGNALS) {
      source.addEventListener(name, (event) => {
        const data = parse<Record<string, string>>(event);
        if (data && typeof data === 'object') {
          this.liveSignals.next({ event: name, data });
        }
      });
    }
    source.addEventListener('error', () => {
      this.live.set(false);
      // While CONNECTING the browser retries by itself; CLOSED means it gave up (a refusal).
      if (source.readyState === CLOSED && this.source === source) {
        this.scheduleReconnect();
      }
    });
  }

  private scheduleReconnect(): void {
    this.closeSource();
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, FIRST_RECONNECT_DELAY_MS * 2 ** this.failures);
    this.failures++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      // Through HttpClient first: a session that ended shows as a 401 and signs the app out.
      this.api.unreadCount().subscribe({
        next: (count) => {
          this.unread.set(count.unreadCount);
          if (this.tenant()) {
            this.connect();
          }
        },
        error: () => {
          if (this.tenant()) {
            this.scheduleReconnect();
          }
        },
      });
    }, delay);
  }

  private disconnect(): void {
    if (this.reconnectTimer !== null) {
      clearTimeout(this.reconnectTimer);
      this.reconnectTimer = null;
    }
    this.closeSource();
    this.failures = 0;
    this.unread.set(0);
    this.recent.set([]);
    this.lastArrival.set(null);
  }

  private closeSource(): void {
    this.source?.close();
    this.source = null;
    this.live.set(false);
  }
}

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}
