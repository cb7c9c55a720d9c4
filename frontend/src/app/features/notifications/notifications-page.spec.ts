import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { Router } from '@angular/router';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';
import { fakeEventSources } from '../../../testing/fake-event-source';
import { notification } from '../../../testing/notifications';
import {
  byTestId,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { EVENT_SOURCE } from './notification-center';
import { NotificationsPage } from './notifications-page';
import { AppNotification } from './notifications-api';

describe('NotificationsPage', () => {
  let fixture: ComponentFixture<NotificationsPage>;
  let http: HttpTestingController;
  let streams: ReturnType<typeof fakeEventSources>;

  function expectList(query: string): TestRequest {
    return http.expectOne((r) => r.urlWithParams === `/api/notifications?${query}`);
  }

  function page(items: AppNotification[], totalItems = items.length, pageIndex = 0) {
    return { items, page: pageIndex, size: 20, totalItems };
  }

  function rows(): HTMLElement[] {
    return Array.from(fixture.nativeElement.querySelectorAll('[data-testid="notification-row"]'));
  }

  beforeEach(() => {
    streams = fakeEventSources();
    TestBed.configureTestingModule({
      imports: [NotificationsPage],
      providers: [
        ...provideTestEnvironment([{ path: '**', children: [] }]),
        { provide: EVENT_SOURCE, useValue: streams.factory },
        { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    fixture = TestBed.createComponent(NotificationsPage);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  it('lists notifications as sentences, unread ones marked in words', async () => {
    expectList('page=0&size=20').flush(
      page([
        notification(),
        notification({
          topic: 'proposal-outcome-changed',
          params: { jobTitle: 'Landing page', outcome: 'HIRED' },
          readAt: '2026-11-23T12:00:00Z',
        }),
        notification({ topic: 'something-new', params: {} }),
      ]),
    );
    await fixture.whenStable();

    const [approved, outcome, unknown] = rows();
    expect(approved.textContent).toContain(
      'Olena Koval approved your proposal for “Shopify storefront”.',
    );
    expect(approved.textContent).toContain('Unread');
    expect(outcome.textContent).toContain('The proposal for “Landing page” won the job.');
    expect(outcome.textContent).not.toContain('Unread');
    expect(unknown.textContent).toContain('Something happened in your agency');
  });

  it('pages on the server and filters to unread ones', async () => {
    expectList('page=0&size=20').flush(page([notification()], 45));
    await fixture.whenStable();
    const paginator =
      await TestbedHarnessEnvironment.loader(fixture).getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    expectList('page=1&size=20').flush(page([notification()], 45, 1));
    await fixture.whenStable();

    byTestId<HTMLElement>(fixture.nativeElement, 'notifications-filter-unread')!
      .querySelector('button')!
      .click();
    expectList('page=0&size=20&unread=true').flush(page([]));
    await fixture.whenStable();

    const empty = byTestId(fixture.nativeElement, 'notifications-empty')!;
    expect(empty.textContent).toContain('You are all caught up');
    (empty.querySelector('button') as HTMLButtonElement).click();
    expectList('page=0&size=20').flush(page([notification()]));
  });

  it('marks a notification read when opened and goes to its link', async () => {
    const unread = notification({ link: '/proposals/p-7' });
    expectList('page=0&size=20').flush(page([unread]));
    await fixture.whenStable();

    rows()[0].click();
    http
      .expectOne({ method: 'POST', url: `/api/notifications/${unread.id}/read` })
      .flush({ ...unread, readAt: '2026-11-23T11:00:00Z' });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/proposals/p-7');
  });

  it('explains what appears here when there is nothing yet and offers the preferences', async () => {
    expectList('page=0&size=20').flush(page([]));
    await fixture.whenStable();

    const empty = byTestId(fixture.nativeElement, 'notifications-empty')!;
    expect(empty.textContent).toContain('No notifications yet');
    expect(empty.querySelector('a')!.getAttribute('href')).toBe('/notifications/preferences');
  });

  it('marks all read and reloads', async () => {
    streams.latest().emit('unread-count', { unreadCount: 1 });
    expectList('page=0&size=20').flush(page([notification()]));
    await fixture.whenStable();

    byTestId<HTMLButtonElement>(fixture.nativeElement, 'notifications-mark-all')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/notifications/read-all' })
      .flush({ marked: 1, unreadCount: 0 });
    expectList('page=0&size=20').flush(page([notification({ readAt: '2026-11-23T11:00:00Z' })]));
    await fixture.whenStable();

    expect(rows()[0].textContent).not.toContain('Unread');
    expect(
      byTestId<HTMLButtonElement>(fixture.nativeElement, 'notifications-mark-all')!.disabled,
    ).toBe(true);
  });

  it('shows a notification arriving live on the first page', async () => {
    expectList('page=0&size=20').flush(page([]));
    await fixture.whenStable();

    const arrived = notification();
    streams.latest().emit('notification', { notification: arrived, unreadCount: 1 });
    await fixture.whenStable();

    expectList('page=0&size=20').flush(page([arrived]));
    await fixture.whenStable();
    expect(rows()).toHaveLength(1);
  });
});
