import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
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
} from '../../../testing/providers';
import { proposalSummary } from '../../../testing/proposals';
import { page } from '../../../testing/templates';
import { EVENT_SOURCE } from '../notifications/notification-center';
import { ApprovalQueue } from './approval-queue';
import { PROPOSAL_LIST_REFRESH_MS } from './proposal-updates';

const QUEUE = '/api/proposals/approval-queue';
const LIST_REFRESH_MS = 20;

function afterListRefresh(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, LIST_REFRESH_MS * 3));
}

describe('ApprovalQueue', () => {
  let fixture: ComponentFixture<ApprovalQueue>;
  let http: HttpTestingController;
  let streams: ReturnType<typeof fakeEventSources>;

  async function open(role: AgencyRole = 'MANAGER'): Promise<void> {
    streams = fakeEventSources();
    TestBed.configureTestingModule({
      imports: [ApprovalQueue],
      providers: [
        provideTestEnvironment([{ path: '**', component: Blank }]),
        { provide: EVENT_SOURCE, useValue: streams.factory },
        { provide: PROPOSAL_LIST_REFRESH_MS, useValue: LIST_REFRESH_MS },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(ApprovalQueue);
    await fixture.whenStable();
  }

  const el = (id: string) => byTestId(fixture.nativeElement, id);
  afterEach(() => http.verify());

  it('explains an empty queue and points managers to the policy', async () => {
    await open();
    http.expectOne((r) => r.url === QUEUE).flush(page([]));
    await fixture.whenStable();
    expect(el('queue-empty')!.textContent).toContain('Nothing waits for your decision');
    expect(el('queue-policy')!.getAttribute('href')).toBe('/agency/policies');
  });

  it('lists what waits for the member’s decision with the rule and approvals, and opens a review', async () => {
    await open();
    const request = http.expectOne((r) => r.url === QUEUE);
    expect(request.request.params.get('page')).toBe('0');
    request.flush(page([proposalSummary()]));
    await fixture.whenStable();

    const row = el('queue-row')!;
    expect(row.textContent).toContain('Angular developer for a fintech dashboard');
    expect(row.textContent).toContain('Olena Koval');
    expect(row.textContent).toContain('Big bids');
    expect(row.textContent).toContain('1 of 2 approvals');
    expect(row.textContent).toContain('US$1,500');
    expect(el('queue-link')!.getAttribute('href')).toBe('/approvals/p-1');

    row.click();
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/approvals/p-1');
  });

  it('refreshes live when a proposal notification arrives', async () => {
    await open('FREELANCER');
    http.expectOne((r) => r.url === QUEUE).flush(page([proposalSummary()]));
    TestBed.tick();
    streams.latest().emit('notification', {
      notification: notification({ topic: 'proposal-awaiting-approval', link: '/proposals/p-2' }),
      unreadCount: 1,
    });
    TestBed.tick();
    await afterListRefresh();
    http.expectOne((r) => r.url === QUEUE).flush(page([]));
    await fixture.whenStable();
    expect(el('queue-empty')).not.toBeNull();
    expect(el('queue-policy')).toBeNull();
  });

  it('refreshes live on a proposal-changed signal, which comes whatever the notification preferences', async () => {
    await open('FREELANCER');
    http.expectOne((r) => r.url === QUEUE).flush(page([proposalSummary()]));
    TestBed.tick();
    streams
      .latest()
      .emit('proposal-changed', { proposalId: 'p-1', state: 'APPROVED', version: '9' });
    TestBed.tick();
    await afterListRefresh();
    http.expectOne((r) => r.url === QUEUE).flush(page([]));
    await fixture.whenStable();
    expect(el('queue-empty')).not.toBeNull();
  });

  it('reloads once for a burst of live changes, keeping what it shows until the new rows are there', async () => {
    await open();
    http.expectOne((r) => r.url === QUEUE).flush(page([]));
    await fixture.whenStable();
    expect(el('queue-empty')).not.toBeNull();

    for (const id of ['p-1', 'p-2', 'p-3']) {
      streams
        .latest()
        .emit('proposal-changed', { proposalId: id, state: 'PENDING_APPROVAL', version: '2' });
    }
    streams.latest().emit('proposal-changed', {
      kind: 'comment',
      proposalId: 'p-4',
      state: 'DRAFT',
      version: '1',
    });
    TestBed.tick();
    await afterListRefresh();
    const reload = http.expectOne((r) => r.url === QUEUE);
    await fixture.whenStable();
    expect(el('queue-empty')).not.toBeNull();
    expect(fixture.nativeElement.querySelector('mat-progress-bar')).toBeNull();

    reload.flush(page([proposalSummary()]));
    await fixture.whenStable();
    expect(el('queue-row')).not.toBeNull();

    streams
      .latest()
      .emit('proposal-changed', { proposalId: 'p-1', state: 'APPROVED', version: '3' });
    TestBed.tick();
    await afterListRefresh();
    const again = http.expectOne((r) => r.url === QUEUE);
    await fixture.whenStable();
    expect(el('queue-row')!.textContent).toContain('Olena Koval');
    expect(fixture.nativeElement.querySelector('mat-progress-bar')).toBeNull();
    again.flush(page([]));
    await fixture.whenStable();
    expect(el('queue-empty')).not.toBeNull();
  });
});
