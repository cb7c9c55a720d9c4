import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { Router } from '@angular/router';
import { fakeEventSources } from '../../../testing/fake-event-source';
import { notification } from '../../../testing/notifications';
import {
  byTestId,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { EVENT_SOURCE } from './notification-center';
import { NotificationBell } from './notification-bell';

describe('NotificationBell', () => {
  let fixture: ComponentFixture<NotificationBell>;
  let http: HttpTestingController;
  let streams: ReturnType<typeof fakeEventSources>;

  beforeEach(async () => {
    streams = fakeEventSources();
    TestBed.configureTestingModule({
      imports: [NotificationBell],
      providers: [
        ...provideTestEnvironment([{ path: '**', children: [] }]),
        { provide: EVENT_SOURCE, useValue: streams.factory },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    fixture = TestBed.createComponent(NotificationBell);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function bell(): HTMLElement {
    return byTestId(fixture.nativeElement, 'notification-bell')!;
  }

  async function openPanel(): Promise<MatMenuHarness> {
    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatMenuHarness);
    await menu.open();
    return menu;
  }

  it('says in its label how many are unread, and shows the badge only then', async () => {
    expect(bell().getAttribute('aria-label')).toBe('Notifications, none unread');
    expect(fixture.nativeElement.querySelector('.mat-badge-hidden')).not.toBeNull();

    streams.latest().emit('unread-count', { unreadCount: 3 });
    await fixture.whenStable();

    expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(fixture.nativeElement.querySelector('.mat-badge-hidden')).toBeNull();
    expect(fixture.nativeElement.querySelector('.mat-badge-content').textContent).toContain('3');
  });

  it('announces a notification that arrives live, as text', async () => {
    streams.latest().emit('notification', {
      notification: notification({
        params: { jobTitle: '<b>Logo</b>', actorName: 'Mateo' },
      }),
      unreadCount: 1,
    });
    await fixture.whenStable();

    const announcer = byTestId(fixture.nativeElement, 'notification-announcer')!;
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent!.replace(/\s+/g, ' ')).toContain(
      'New notification: Mateo approved your proposal for “<b>Logo</b>”.',
    );
    expect(announcer.querySelector('b')).toBeNull();
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 1 unread');
  });

  it('loads the newest when opened; a click marks it read and opens its link', async () => {
    await openPanel();
    const unread = notification({ link: '/proposals/p-42' });
    http
      .expectOne((r) => r.urlWithParams === '/api/notifications?page=0&size=8')
      .flush({ items: [unread], page: 0, size: 8, totalItems: 1 });
    await fixture.whenStable();

    const item = byTestId(document.body, 'notification-item')!;
    expect(item.textContent).toContain(
      'Olena Koval approved your proposal for “Shopify storefront”',
    );
    expect(item.textContent).toContain('Unread');
    item.click();
    http
      .expectOne({ method: 'POST', url: `/api/notifications/${unread.id}/read` })
      .flush({ ...unread, readAt: '2026-11-23T11:00:00Z' });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/proposals/p-42');
  });

  it('marks all read from the panel', async () => {
    streams.latest().emit('unread-count', { unreadCount: 2 });
    await openPanel();
    http
      .expectOne((r) => r.url === '/api/notifications')
      .flush({ items: [notification(), notification()], page: 0, size: 8, totalItems: 2 });
    await fixture.whenStable();

    byTestId<HTMLButtonElement>(document.body, 'notification-mark-all')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/notifications/read-all' })
      .flush({ marked: 2, unreadCount: 0 });
    await fixture.whenStable();

    expect(bell().getAttribute('aria-label')).toBe('Notifications, none unread');
    expect(document.body.textContent).not.toContain('Unread');
  });

  it('explains an empty panel and links to all notifications and the preferences', async () => {
    await openPanel();
    http
      .expectOne((r) => r.url === '/api/notifications')
      .flush({ items: [], page: 0, size: 8, totalItems: 0 });
    await fixture.whenStable();

    expect(byTestId(document.body, 'notification-panel-empty')!.textContent).toContain(
      'Nothing new',
    );
    expect(byTestId(document.body, 'notification-see-all')!.getAttribute('href')).toBe(
      '/notifications',
    );
    expect(byTestId(document.body, 'notification-preferences')!.getAttribute('href')).toBe(
      '/notifications/preferences',
    );
  });
});
