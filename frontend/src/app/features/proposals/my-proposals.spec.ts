import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSortHarness } from '@angular/material/sort/testing';
import { Router } from '@angular/router';
import { AgencyRole } from '../../core/auth/session';
import { fakeEventSources } from '../../../testing/fake-event-source';
import { notification } from '../../../testing/notifications';
import {
  Blank,
  byTestId,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { MANAGER, proposalSummary } from '../../../testing/proposals';
import { page } from '../../../testing/templates';
import { EVENT_SOURCE } from '../notifications/notification-center';
import { MyProposals } from './my-proposals';
import { PROPOSAL_LIST_REFRESH_MS } from './proposal-updates';

const LIST_REFRESH_MS = 20;

function afterListRefresh(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, LIST_REFRESH_MS * 3));
}

describe('MyProposals', () => {
  let fixture: ComponentFixture<MyProposals>;
  let http: HttpTestingController;
  let streams: ReturnType<typeof fakeEventSources>;

  async function open(role: AgencyRole): Promise<void> {
    streams = fakeEventSources();
    TestBed.configureTestingModule({
      imports: [MyProposals],
      providers: [
        provideTestEnvironment([{ path: '**', component: Blank }]),
        { provide: EVENT_SOURCE, useValue: streams.factory },
        { provide: PROPOSAL_LIST_REFRESH_MS, useValue: LIST_REFRESH_MS },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(MyProposals);
    await fixture.whenStable();
  }

  function list(): TestRequest {
    return http.expectOne((r) => r.method === 'GET' && r.url === '/api/proposals');
  }

  const el = <T extends HTMLElement = HTMLElement>(id: string) =>
    byTestId<T>(fixture.nativeElement, id);

  afterEach(() => http.verify());

  it('explains an empty list and offers to find jobs', async () => {
    await open('FREELANCER');
    const first = list();
    expect(first.request.params.get('page')).toBe('0');
    first.flush(page([]));
    await fixture.whenStable();

    const empty = el('proposals-empty')!;
    expect(empty.textContent).toContain('Proposals start from a job');
    expect(byTestId(empty, 'proposals-empty-find-jobs')!.getAttribute('href')).toBe('/jobs');
    expect(el('proposals-member')).toBeNull();
  });

  it('shows a freelancer’s proposals with state chips, bids in the locale’s way, and opens one', async () => {
    await open('FREELANCER');
    list().flush(
      page([
        proposalSummary(),
        proposalSummary({
          id: 'p-2',
          state: 'SENT',
          bid: { type: 'HOURLY', amount: { amount: '45.00', currency: 'USD' } },
          approval: null,
          sentAt: '2026-11-24T09:00:00Z',
        }),
      ]),
    );
    await fixture.whenStable();

    const rows = fixture.nativeElement.querySelectorAll('[data-testid="proposal-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Angular developer for a fintech dashboard');
    expect(rows[0].textContent).toContain('Waiting for approval');
    expect(rows[0].querySelector('mat-icon').textContent).toContain('pending_actions');
    expect(rows[0].textContent).toContain('US$1,500');
    expect(rows[0].textContent).toContain('1 of 2 approvals');
    expect(rows[1].textContent).toContain('US$45 per hour');
    expect(rows[1].textContent).not.toContain('Olena Koval');

    (rows[1] as HTMLElement).click();
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/proposals/p-2');
  });

  it('filters by state chips and search, and sorts', async () => {
    await open('FREELANCER');
    list().flush(page([proposalSummary()]));
    await fixture.whenStable();

    el('proposals-state-DRAFT')!.querySelector('button')!.click();
    await fixture.whenStable();
    const byState = list();
    expect(byState.request.params.getAll('state')).toEqual(['DRAFT']);
    byState.flush(page([]));
    await fixture.whenStable();
    expect(el('proposals-no-matches')).not.toBeNull();
    expect(el('proposals-empty')).toBeNull();

    typeInto(el('proposals-search'), 'shopify');
    el('proposals-search-apply')!.click();
    const bySearch = list();
    expect(bySearch.request.params.get('q')).toBe('shopify');
    expect(bySearch.request.params.getAll('state')).toEqual(['DRAFT']);
    bySearch.flush(page([proposalSummary()]));
    await fixture.whenStable();

    const sort = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSortHarness);
    const [job] = await sort.getSortHeaders({ label: 'Job' });
    await job.click();
    const sorted = list();
    expect(sorted.request.params.get('sort')).toBe('jobTitle,asc');
    sorted.flush(page([proposalSummary()]));

    el('proposals-clear')!.click();
    const cleared = list();
    expect(cleared.request.params.has('state')).toBe(false);
    expect(cleared.request.params.has('q')).toBe(false);
    cleared.flush(page([proposalSummary()]));
  });

  it('lets managers see everyone’s proposals and filter by member', async () => {
    await open('MANAGER');
    list().flush(page([proposalSummary({ author: MANAGER })]));
    http.expectOne('/api/agency/members').flush(
      page([
        {
          userId: 'u-2',
          email: 'mateo@acme.test',
          displayName: 'Mateo Fernández',
          role: 'MANAGER',
          joinedAt: '2026-01-01T00:00:00Z',
          mfaEnabled: false,
        },
      ]),
    );
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('h1').textContent).toContain('Proposals');
    expect(el('proposal-row')!.textContent).toContain('Mateo Fernández');

    el('proposals-member')!.click();
    await fixture.whenStable();
    (Array.from(document.querySelectorAll('mat-option')) as HTMLElement[])
      .find((o) => o.textContent!.includes('Mateo'))!
      .click();
    await fixture.whenStable();
    expect(list().request.params.get('authorId')).toBe('u-2');
  });

  it('reloads when a notification about a proposal arrives', async () => {
    await open('FREELANCER');
    list().flush(page([proposalSummary()]));
    TestBed.tick();
    streams.latest().emit('notification', {
      notification: notification({ topic: 'proposal-approved', link: '/proposals/p-1' }),
      unreadCount: 1,
    });
    TestBed.tick();
    await afterListRefresh();
    list().flush(page([proposalSummary({ state: 'APPROVED' })]));
    await fixture.whenStable();
    expect(el('proposal-row')!.textContent).toContain('Approved');
  });

  it('reloads on a proposal-changed signal from the live stream', async () => {
    await open('FREELANCER');
    list().flush(page([proposalSummary()]));
    TestBed.tick();
    streams
      .latest()
      .emit('proposal-changed', { proposalId: 'p-1', state: 'PENDING_APPROVAL', version: '5' });
    TestBed.tick();
    await afterListRefresh();
    list().flush(page([proposalSummary({ state: 'PENDING_APPROVAL' })]));
    await fixture.whenStable();
    expect(el('proposal-row')!.textContent).toContain('Waiting for approval');
  });

  it('reloads once for a burst of live changes, quietly, keeping the rows until the new ones are there', async () => {
    await open('FREELANCER');
    list().flush(page([proposalSummary()]));
    await fixture.whenStable();

    for (const version of ['5', '6', '7']) {
      streams
        .latest()
        .emit('proposal-changed', { proposalId: 'p-1', state: 'PENDING_APPROVAL', version });
    }
    TestBed.tick();
    await afterListRefresh();
    const reload = list();
    await fixture.whenStable();
    expect(el('proposal-row')!.textContent).toContain('Waiting for approval');
    expect(el('proposals-empty')).toBeNull();
    expect(fixture.nativeElement.querySelector('mat-progress-bar')).toBeNull();

    reload.flush(page([proposalSummary({ state: 'APPROVED' })]));
    await fixture.whenStable();
    expect(el('proposal-row')!.textContent).toContain('Approved');
  });

  it('reloads live what it shows, not a search typed but not applied yet', async () => {
    await open('FREELANCER');
    list().flush(page([proposalSummary()]));
    await fixture.whenStable();
    typeInto(el('proposals-search'), 'dashboard');
    await fixture.whenStable();

    streams
      .latest()
      .emit('proposal-changed', { proposalId: 'p-1', state: 'APPROVED', version: '6' });
    TestBed.tick();
    await afterListRefresh();
    const live = list();
    expect(live.request.params.has('q')).toBe(false);
    live.flush(page([proposalSummary({ state: 'APPROVED' })]));
    await fixture.whenStable();

    el('proposals-search-apply')!.click();
    await fixture.whenStable();
    const search = list();
    expect(search.request.params.get('q')).toBe('dashboard');
    search.flush(page([]));
  });
});
