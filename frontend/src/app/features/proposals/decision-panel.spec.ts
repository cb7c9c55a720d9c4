import { HttpTestingController } from '@angular/common/http/testing';
import { Component, inject } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { etagHeaders, pendingForApprover } from '../../../testing/proposals';
import { DecisionPanel } from './decision-panel';
import { ProposalSession } from './proposal-session';
import { Decision } from './proposals-api';

@Component({
  selector: 'cb-decision-host',
  imports: [DecisionPanel],
  providers: [ProposalSession],
  template: `<cb-decision-panel (decided)="decided.push($event)" />`,
})
class Host {
  readonly session = inject(ProposalSession);
  readonly decided: (Decision | null)[] = [];
}

const URL = '/api/proposals/p-1';

describe('DecisionPanel', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [Host], providers: provideTestEnvironment() });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'MANAGER' }));
    fixture = TestBed.createComponent(Host);
    fixture.componentInstance.session.load('p-1');
    const proposal = pendingForApprover();
    http.expectOne(URL).flush(proposal, etagHeaders(proposal));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const el = <T extends HTMLElement = HTMLElement>(id: string) =>
    byTestId<T>(fixture.nativeElement, id);
  const pause = () => new Promise((resolve) => setTimeout(resolve));

  it('approves with If-Match and an optional comment', async () => {
    el('decision-approve')!.click();
    await pause();
    const approve = http.expectOne({ method: 'POST', url: `${URL}/approve` });
    expect(approve.request.headers.get('If-Match')).toBe('"5"');
    expect(approve.request.body).toEqual({});
    const approved = pendingForApprover({
      state: 'APPROVED',
      version: 6,
      mayDecide: false,
      actions: [],
    });
    approve.flush(approved, etagHeaders(approved));
    await fixture.whenStable();

    expect(fixture.componentInstance.decided).toEqual(['APPROVE']);
    expect(fixture.componentInstance.session.proposal()!.state).toBe('APPROVED');
  });

  it('asks for a comment before requesting changes, and sends it', async () => {
    el('decision-request-changes')!.click();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Say what should change');
    await pause();
    http.expectNone(`${URL}/request-changes`);

    typeInto(el('decision-comment'), '  Mention the bank portal.  ');
    el('decision-request-changes')!.click();
    await pause();
    const request = http.expectOne({ method: 'POST', url: `${URL}/request-changes` });
    expect(request.request.body).toEqual({ comment: 'Mention the bank portal.' });
    const changes = pendingForApprover({ state: 'CHANGES_REQUESTED', version: 6, actions: [] });
    request.flush(changes, etagHeaders(changes));
    await fixture.whenStable();
    expect(el<HTMLTextAreaElement>('decision-comment')!.value).toBe('');
  });

  it('confirms a rejection, naming the job', async () => {
    typeInto(el('decision-comment'), 'Not our kind of work.');
    el('decision-reject')!.click();
    await fixture.whenStable();
    expect(
      byTestId(document, 'confirm-dialog-message')!.closest('mat-dialog-container')!.textContent,
    ).toContain('Reject the proposal for “Angular developer for a fintech dashboard”?');
    byTestId(document, 'confirm-dialog-confirm')!.click();
    await fixture.whenStable();
    await pause();
    const reject = http.expectOne({ method: 'POST', url: `${URL}/reject` });
    expect(reject.request.body).toEqual({ comment: 'Not our kind of work.' });
    const rejected = pendingForApprover({ state: 'REJECTED', version: 6, actions: [] });
    reject.flush(rejected, etagHeaders(rejected));
  });

  it('reloads and says so when someone decided meanwhile', async () => {
    el('decision-approve')!.click();
    await pause();
    const decided = problem(409, 'already-decided', {
      detail: 'This proposal is no longer waiting.',
    });
    http.expectOne(`${URL}/approve`).flush(decided.body, decided.options);
    await fixture.whenStable();
    const reloaded = pendingForApprover({
      state: 'APPROVED',
      version: 7,
      mayDecide: false,
      actions: [],
    });
    http.expectOne({ method: 'GET', url: URL }).flush(reloaded, etagHeaders(reloaded));
    await fixture.whenStable();

    expect(el('decision-problem')!.textContent).toContain(
      'Someone decided on this proposal meanwhile',
    );
    expect(fixture.componentInstance.session.proposal()!.state).toBe('APPROVED');
    expect(fixture.componentInstance.decided).toEqual([null]);
  });

  it('shows why the server refused (the author may not approve their own proposal)', async () => {
    el('decision-approve')!.click();
    await pause();
    const refused = problem(403, 'self-approval', {
      detail: 'You cannot decide on your own proposal; another approver has to.',
    });
    http.expectOne(`${URL}/approve`).flush(refused.body, refused.options);
    await fixture.whenStable();
    expect(el('decision-problem')!.textContent).toContain('You cannot decide on your own proposal');
  });
});
