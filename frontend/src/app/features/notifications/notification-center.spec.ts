import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ANONYMOUS, Session } from '../../core/auth/session';
import { fakeEventSources } from '../../../testing/fake-event-source';
import { notification } from '../../../testing/notifications';
import { provideTestEnvironment, sessionInfo, signInAs } from '../../../testing/providers';
import {
  EVENT_SOURCE,
  LiveSignal,
  MAX_RECONNECT_DELAY_MS,
  NotificationCenter,
} from './notification-center';

describe('NotificationCenter', () => {
  let streams: ReturnType<typeof fakeEventSources>;
  let http: HttpTestingController;
  let center: NotificationCenter;

  beforeEach(() => {
    streams = fakeEventSources();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestEnvironment(),
        { provide: EVENT_SOURCE, useValue: streams.factory },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    center = TestBed.inject(NotificationCenter);
  });

  afterEach(() => {
    vi.useRealTimers();
    http.verify();
  });

  function flushEffects(): void {
    TestBed.tick();
  }

  it('opens no stream for someone without an agency', () => {
    signInAs(sessionInfo({ role: null, platformAdmin: true }));
    flushEffects();
    expect(streams.opened).toEqual([]);
  });

  it('opens the stream for a member and follows its unread count and arrivals', () => {
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    flushEffects();
    const stream = streams.latest();
    expect(stream.url).toBe('/api/notifications/stream');

    stream.open();
    stream.emit('unread-count', { unreadCount: 4 });
    expect(center.unreadCount()).toBe(4);
    expect(center.connected()).toBe(true);

    const arrived = notification();
    stream.emit('notification', { notification: arrived, unreadCount: 5 });
    expect(center.unreadCount()).toBe(5);
    expect(center.latest()).toEqual([arrived]);
    expect(center.arrival()).toEqual(arrived);
  });

  it('passes live signals on without storing or counting them, and ignores unreadable ones', () => {
    signInAs(sessionInfo({ role: 'VIEWER' }));
    flushEffects();
    const stream = streams.latest();
    stream.open();
    stream.emit('unread-count', { unreadCount: 2 });
    const signals: LiveSignal[] = [];
    center.signals.subscribe((s) => signals.push(s));

    stream.emit('proposal-changed', { proposalId: 'p-1', state: 'SENT', version: '4' });
    stream.emit('proposal-changed', 'not an object');
    stream.emit('something-else', { proposalId: 'p-2' });

    expect(signals).toEqual([
      { event: 'proposal-changed', data: { proposalId: 'p-1', state: 'SENT', version: '4' } },
    ]);
    expect(center.unreadCount()).toBe(2);
    expect(center.latest()).toEqual([]);
    expect(center.arrival()).toBeNull();
  });

  it('switches the stream with the agency and closes it at sign-out', () => {
    signInAs(sessionInfo({ role: 'OWNER' }));
    flushEffects();
    const first = streams.latest();
    first.emit('unread-count', { unreadCount: 2 });

    TestBed.inject(Session).update({
      ...sessionInfo({ role: 'FREELANCER' }),
      agency: { tenantId: 't-2', name: 'Globex', slug: 'globex', role: 'FREELANCER' },
    });
    flushEffects();
    expect(first.closed).toBe(true);
    expect(streams.opened).toHaveLength(2);
    expect(center.unreadCount()).toBe(0);

    TestBed.inject(Session).update(ANONYMOUS);
    flushEffects();
    expect(streams.latest().closed).toBe(true);
    expect(streams.opened).toHaveLength(2);
  });

  it('keeps the stream while the browser reconnects by itself', () => {
    signInAs(sessionInfo({ role: 'OWNER' }));
    flushEffects();
    streams.latest().fail(false);
    expect(streams.opened).toHaveLength(1);
    expect(streams.latest().closed).toBe(false);
  });

  it('reconnects with growing pauses after the stream is refused, checking the session first', () => {
    vi.useFakeTimers();
    signInAs(sessionInfo({ role: 'OWNER' }));
    flushEffects();

    streams.latest().fail(true);
    vi.advanceTimersByTime(999);
    http.expectNone('/api/notifications/unread-count');
    vi.advanceTimersByTime(1);
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 3 });
    expect(center.unreadCount()).toBe(3);
    expect(streams.opened).toHaveLength(2);

    streams.latest().fail(true);
    vi.advanceTimersByTime(1999);
    http.expectNone('/api/notifications/unread-count');
    vi.advanceTimersByTime(1);
    http
      .expectOne('/api/notifications/unread-count')
      .flush(null, { status: 503, statusText: 'Unavailable' });
    // Still failing: the next try waits twice as long again, never more than the maximum.
    vi.advanceTimersByTime(3999);
    http.expectNone('/api/notifications/unread-count');
    vi.advanceTimersByTime(1);
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 0 });
    expect(streams.opened).toHaveLength(3);
    expect(MAX_RECONNECT_DELAY_MS).toBeGreaterThan(4000);
  });

  it('marks read on the server and lowers the count', () => {
    signInAs(sessionInfo({ role: 'OWNER' }));
    flushEffects();
    const unread = notification();
    streams.latest().emit('notification', { notification: unread, unreadCount: 1 });

    center.markRead(unread);
    http
      .expectOne({ method: 'POST', url: `/api/notifications/${unread.id}/read` })
      .flush({ ...unread, readAt: '2026-11-23T11:00:00Z' });

    expect(center.unreadCount()).toBe(0);
    expect(center.latest()[0].readAt).toBe('2026-11-23T11:00:00Z');
  });
});
