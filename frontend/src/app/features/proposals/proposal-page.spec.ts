import { Clipboard } from '@angular/cdk/clipboard';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { fakeEventSources } from '../../../testing/fake-event-source';
import { notification } from '../../../testing/notifications';
import {
  Blank,
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { MANAGER, etagHeaders, proposalDetail, threadEntry } from '../../../testing/proposals';
import { jobDetail } from '../jobs/jobs-testing';
import { EVENT_SOURCE } from '../notifications/notification-center';
import { ProposalPage, clipboardText } from './proposal-page';
import { AUTOSAVE_TIMING } from './proposal-session';
import { ProposalDetail, ProposalEdit } from './proposals-api';

const URL = '/api/proposals/p-1';

function pause(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const APPROVED: Partial<ProposalDetail> = {
  state: 'APPROVED',
  version: 8,
  approval: {
    state: 'APPROVED',
    round: 1,
    autoApproved: true,
    rule: null,
    reason: 'No enabled rule of the approval policy applies, so it is approved automatically.',
    approvalsNeeded: 0,
    approvalsGiven: 0,
    approvers: null,
    decisions: [],
    openedAt: '2026-11-23T11:00:00Z',
  },
  actions: ['EDIT', 'WITHDRAW', 'SEND', 'MARK_SENT', 'COMMENT'],
};

describe('ProposalPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let streams: ReturnType<typeof fakeEventSources>;

  async function open(proposal: ProposalDetail = proposalDetail(), url = '/proposals/p-1') {
    streams = fakeEventSources();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestEnvironment(),
        provideRouter(
          [
            { path: 'proposals', component: Blank },
            { path: 'proposals/:proposalId', component: ProposalPage },
            { path: 'approvals/:proposalId', component: ProposalPage, data: { from: 'approvals' } },
          ],
          withComponentInputBinding(),
        ),
        { provide: EVENT_SOURCE, useValue: streams.factory },
        { provide: AUTOSAVE_TIMING, useValue: { delayMs: 5, retryDelaysMs: [5] } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne({ method: 'GET', url: URL }).flush(proposal, etagHeaders(proposal));
    await harness.fixture.whenStable();
    http
      .expectOne(`/api/jobs/${proposal.job.id}`)
      .flush(jobDetail({ description: 'D'.repeat(700) }));
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    await harness.fixture.whenStable();
  }

  const el = <T extends HTMLElement = HTMLElement>(id: string) =>
    byTestId<T>(harness.routeNativeElement as HTMLElement, id);
  const inDocument = <T extends HTMLElement = HTMLElement>(id: string) => byTestId<T>(document, id);

  function answer(method: string, path: string, proposal: ProposalDetail) {
    const request = http.expectOne({ method, url: path });
    request.flush(proposal, etagHeaders(proposal));
    return request;
  }

  async function confirmDialog(): Promise<string> {
    await harness.fixture.whenStable();
    const message =
      inDocument('confirm-dialog-message')!.closest('mat-dialog-container')!.textContent!;
    inDocument('confirm-dialog-confirm')!.click();
    await harness.fixture.whenStable();
    return message;
  }

  afterEach(() => http.verify());

  it('shows the job beside the draft, a colleague bidding on it, and the history', async () => {
    await open(
      proposalDetail({
        collisions: [
          {
            memberId: 'u-3',
            memberName: 'Priya Raman',
            state: 'DRAFT',
            since: '2026-11-20T10:00:00Z',
            proposalId: null,
          },
        ],
      }),
    );

    expect(el('proposal-heading')!.textContent).toContain(
      'Proposal for “Angular developer for a fintech dashboard”',
    );
    expect(el('proposal-state')!.textContent).toContain('Draft');
    expect(el('proposal-job-pay')!.textContent).toContain('Fixed price');
    expect(el('proposal-job-client')!.textContent).toContain('Fintech GmbH');
    expect(el('proposal-job-questions')!.textContent).toContain('Describe a similar project');
    expect(el('proposal-job-description')!.textContent!.trim()).toHaveLength(601);
    el('proposal-job-description-toggle')!.click();
    await harness.fixture.whenStable();
    expect(el('proposal-job-description')!.textContent!.trim()).toHaveLength(700);
    expect(el('proposal-job-upwork')!.getAttribute('target')).toBe('_blank');
    expect(el('proposal-collision')!.textContent).toContain('Priya Raman is already bidding');
    expect(el('proposal-editor')).not.toBeNull();
    expect(el('history-entry')!.textContent).toContain('Olena Koval created the draft');
    expect(el('proposal-send')).toBeNull();
  });

  it('saves what waits before submitting, then shows the rule that applies', async () => {
    await open();

    typeInto(el('proposal-cover-letter'), 'Final text');
    el('proposal-submit')!.click();
    const save = http.expectOne({ method: 'PUT', url: URL });
    expect((save.request.body as ProposalEdit).coverLetter).toBe('Final text');
    save.flush(proposalDetail({ version: 4, coverLetter: 'Final text' }), {
      headers: { ETag: '"4"' },
    });
    await pause();

    const submit = http.expectOne({ method: 'POST', url: `${URL}/submit-for-approval` });
    expect(submit.request.headers.get('If-Match')).toBe('"4"');
    const pending = proposalDetail({
      state: 'PENDING_APPROVAL',
      version: 5,
      coverLetter: 'Final text',
      approval: {
        state: 'PENDING',
        round: 1,
        autoApproved: false,
        rule: { id: 'r-2', name: 'Big bids', kind: 'BID_AT_LEAST', position: 1 },
        reason: 'Rule 1 “Big bids” applies: the bid is at least US$1,000.',
        approvalsNeeded: 2,
        approvalsGiven: 0,
        approvers: { roles: ['OWNER'], people: [MANAGER] },
        decisions: [],
        openedAt: '2026-11-23T11:00:00Z',
      },
      actions: ['EDIT', 'WITHDRAW', 'COMMENT'],
    });
    submit.flush(pending, etagHeaders(pending));
    await harness.fixture.whenStable();
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    await harness.fixture.whenStable();

    expect(el('proposal-state')!.textContent).toContain('Waiting for approval');
    expect(el('approval-rule')!.textContent).toContain('Rule 1 “Big bids” applies');
    expect(el('approval-count')!.textContent).toContain('0 of 2 approvals');
    expect(el('approval-approvers')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'Owner, Mateo Fernández',
    );
    expect(document.body.textContent).toContain(
      'Submitted for approval: rule “Big bids” applies and needs 2 approval(s).',
    );
    expect(el('proposal-submit')).toBeNull();
  });

  it('says when the policy approved it automatically, and offers both ways to send', async () => {
    await open();

    el('proposal-submit')!.click();
    await pause();
    answer('POST', `${URL}/submit-for-approval`, proposalDetail(APPROVED));
    await harness.fixture.whenStable();
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    await harness.fixture.whenStable();

    expect(el('approval-auto')!.textContent).toContain('Approved automatically');
    expect(el('proposal-send')).not.toBeNull();
    expect(el('proposal-manual')).not.toBeNull();
  });

  it('shows what is missing when the proposal is not complete', async () => {
    await open();

    el('proposal-submit')!.click();
    await pause();
    const incomplete = problem(422, 'proposal-incomplete', {
      detail: 'The proposal is not complete.',
      errors: [{ field: 'answers[1].answer', message: 'Answer this screening question.' }],
    });
    http
      .expectOne({ method: 'POST', url: `${URL}/submit-for-approval` })
      .flush(incomplete.body, incomplete.options);
    await harness.fixture.whenStable();

    expect(el('proposal-action-error')!.textContent).toContain('not complete yet');
    expect(el('proposal-editor')!.textContent).toContain('Answer this screening question.');
  });

  it('sends through Upwork after a confirmation naming the job, with a new key per attempt', async () => {
    await open(proposalDetail(APPROVED));

    el('proposal-send')!.click();
    expect(await confirmDialog()).toContain(
      'Send the proposal for “Angular developer for a fintech dashboard”?',
    );
    await pause();
    const first = http.expectOne({ method: 'POST', url: `${URL}/send` });
    const firstKey = first.request.headers.get('Idempotency-Key');
    expect(firstKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.request.headers.get('If-Match')).toBe('"8"');
    const refused = problem(502, 'send-failed', {
      detail: 'Upwork refused the proposal: This job requires a cover letter.',
    });
    first.flush(refused.body, refused.options);
    await harness.fixture.whenStable();
    answer('GET', URL, proposalDetail({ ...APPROVED, version: 9 }));
    await harness.fixture.whenStable();

    const error = el('proposal-send-error')!;
    expect(error.textContent).toContain('This job requires a cover letter.');
    expect(error.textContent).toContain('still approved and nothing was lost');
    expect(el('proposal-state')!.textContent).toContain('Approved');

    el('proposal-send')!.click();
    await confirmDialog();
    await pause();
    const second = http.expectOne({ method: 'POST', url: `${URL}/send` });
    expect(second.request.headers.get('Idempotency-Key')).not.toBe(firstKey);
    expect(second.request.headers.get('If-Match')).toBe('"9"');
    const sent = proposalDetail({
      state: 'SENT',
      version: 10,
      actions: ['CHECK_UPWORK', 'CORRECT_OUTCOME', 'COMMENT'],
      sending: {
        apiSubmission: 'AVAILABLE',
        via: 'API',
        sentAt: '2026-11-23T12:00:00Z',
        sentBy: { id: 'u-1', name: 'Olena Koval' },
        upworkProposalId: '1234',
        lastAttempt: null,
      },
    });
    second.flush(sent, etagHeaders(sent));
    await harness.fixture.whenStable();
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    await harness.fixture.whenStable();

    expect(el('proposal-state')!.textContent).toContain('Sent');
    expect(el('proposal-sent-info')!.textContent).toContain('Sent through Upwork by Olena Koval');
    expect(el('proposal-content')).not.toBeNull();
    expect(el('proposal-send')).toBeNull();
  });

  it('shows an approved proposal read-only until the author explicitly edits it, after a warning', async () => {
    await open(
      proposalDetail({
        ...APPROVED,
        approval: {
          ...APPROVED.approval!,
          autoApproved: false,
          rule: { id: 'r-1', name: 'Every proposal', kind: 'ALWAYS', position: 1 },
        },
      }),
    );

    expect(el('proposal-editor')).toBeNull();
    expect(el('proposal-content')).not.toBeNull();
    expect(el('proposal-approved-locked')!.textContent).toContain('may need approval again');
    el('proposal-edit-approved')!.click();
    const warning = await confirmDialog();
    expect(warning).toContain('Edit the approved proposal');
    expect(warning).toContain('Under the rule “Every proposal”');
    expect(warning).toContain('cannot be sent until it is approved again');

    expect(el('proposal-editor')).not.toBeNull();
    expect(el('proposal-approved-locked')).toBeNull();
    typeInto(el('proposal-cover-letter'), 'Changed after approval');
    await pause(10);
    const save = http.expectOne({ method: 'PUT', url: URL });
    expect(save.request.headers.get('If-Match')).toBe('"8"');
    save.flush(
      proposalDetail({
        version: 9,
        state: 'PENDING_APPROVAL',
        coverLetter: 'Changed after approval',
        actions: ['EDIT', 'WITHDRAW', 'COMMENT'],
      }),
      { headers: { ETag: '"9"' } },
    );
    await harness.fixture.whenStable();
    http.match(`${URL}/comments`).forEach((r) => r.flush({ items: [] }));
    await harness.fixture.whenStable();

    expect(el('proposal-state')!.textContent).toContain('Waiting for approval');
    expect(el('proposal-editor')).not.toBeNull();
    expect(document.querySelector('mat-snack-bar-container')!.textContent).toContain(
      'Your edit needs approval again',
    );
  });

  it('locks the proposal again when it is approved again after an edit, live', async () => {
    await open(proposalDetail(APPROVED));

    el('proposal-edit-approved')!.click();
    await confirmDialog();
    typeInto(el('proposal-cover-letter'), 'Changed after approval');
    await pause(10);
    const pending = proposalDetail({
      version: 9,
      state: 'PENDING_APPROVAL',
      coverLetter: 'Changed after approval',
      actions: ['EDIT', 'WITHDRAW', 'COMMENT'],
    });
    answer('PUT', URL, pending);
    await harness.fixture.whenStable();
    http.match(`${URL}/comments`).forEach((r) => r.flush({ items: [] }));
    await harness.fixture.whenStable();
    expect(el('proposal-editor')).not.toBeNull();

    streams.latest().emit('proposal-changed', {
      kind: 'step',
      proposalId: 'p-1',
      state: 'APPROVED',
      version: '10',
    });
    await harness.fixture.whenStable();
    answer(
      'GET',
      URL,
      proposalDetail({ ...APPROVED, version: 10, coverLetter: 'Changed after approval' }),
    );
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    await harness.fixture.whenStable();

    expect(el('proposal-editor')).toBeNull();
    expect(el('proposal-approved-locked')!.textContent).toContain('may need approval again');
    el('proposal-edit-approved')!.click();
    expect(await confirmDialog()).toContain('Edit the approved proposal');
    expect(el('proposal-editor')).not.toBeNull();
    await pause(10);
    http.expectNone({ method: 'PUT', url: URL });
  });

  it('keeps an approved proposal read-only and saves nothing when the author cancels the warning', async () => {
    await open(proposalDetail(APPROVED));

    el('proposal-edit-approved')!.click();
    await harness.fixture.whenStable();
    expect(inDocument('confirm-dialog-message')!.textContent).toContain(
      'Depending on your agency’s approval policy',
    );
    inDocument('confirm-dialog-cancel')!.click();
    await harness.fixture.whenStable();
    await pause(10);

    expect(el('proposal-editor')).toBeNull();
    expect(el('proposal-edit-approved')).not.toBeNull();
    http.expectNone({ method: 'PUT', url: URL });
  });

  it('offers no edit of an approved proposal to anyone but its author', async () => {
    await open(proposalDetail({ ...APPROVED, actions: ['WITHDRAW', 'COMMENT'] }));

    expect(el('proposal-edit-approved')).toBeNull();
    expect(el('proposal-editor')).toBeNull();
  });

  it('sends nothing when the member cancels the confirmation', async () => {
    await open(proposalDetail(APPROVED));
    el('proposal-send')!.click();
    await harness.fixture.whenStable();
    inDocument('confirm-dialog-cancel')!.click();
    await harness.fixture.whenStable();
    await pause();
    http.expectNone({ method: 'POST', url: `${URL}/send` });
  });

  it('helps send by hand: copy the letter and answers, open the job on Upwork, mark it sent', async () => {
    await open(
      proposalDetail({
        ...APPROVED,
        sending: { ...proposalDetail().sending, apiSubmission: 'NOT_PERMITTED' },
        actions: ['EDIT', 'WITHDRAW', 'MARK_SENT', 'COMMENT'],
      }),
    );
    const copy = vi.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);

    expect(el('proposal-send')).toBeNull();
    expect(el('proposal-api-unavailable')!.textContent).toContain('does not let Crewbid send');
    el('proposal-copy')!.click();
    await pause();
    expect(copy).toHaveBeenCalledWith(
      'Hi Fintech GmbH,\nI can help.\n\nDescribe a similar project\nA bank portal.\n\n' +
        'How many hours a week can you commit?\n',
    );
    const upwork = el<HTMLAnchorElement>('proposal-open-upwork')!;
    expect(upwork.href).toBe('https://www.upwork.com/jobs/~01abc');
    expect(upwork.target).toBe('_blank');
    expect(upwork.rel).toContain('noopener');

    el('proposal-mark-sent')!.click();
    await harness.fixture.whenStable();
    typeInto(inDocument('mark-sent-upwork-id'), ' 1790000123 ');
    inDocument('mark-sent-confirm')!.click();
    await harness.fixture.whenStable();
    await pause();
    const marked = http.expectOne({ method: 'POST', url: `${URL}/mark-sent` });
    expect(marked.request.body).toEqual({ upworkProposalId: '1790000123' });
    expect(marked.request.headers.get('If-Match')).toBe('"8"');
    marked.flush(proposalDetail({ state: 'SENT', version: 9, actions: [] }), {
      headers: { ETag: '"9"' },
    });
    await harness.fixture.whenStable();
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    expect(el('proposal-state')!.textContent).toContain('Sent');
  });

  it('discards a draft after a confirmation naming the job, and goes to the list', async () => {
    await open();

    el('proposal-discard')!.click();
    expect(await confirmDialog()).toContain(
      'Discard the draft for “Angular developer for a fintech dashboard”?',
    );
    await pause();
    const discard = http.expectOne({ method: 'DELETE', url: URL });
    expect(discard.request.headers.get('If-Match')).toBe('"3"');
    discard.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/proposals');
  });

  it('withdraws after a confirmation naming the job', async () => {
    await open(proposalDetail(APPROVED));

    el('proposal-withdraw')!.click();
    expect(await confirmDialog()).toContain('Withdraw the proposal for “Angular developer');
    await pause();
    answer(
      'POST',
      `${URL}/withdraw`,
      proposalDetail({ state: 'WITHDRAWN', version: 9, actions: [] }),
    );
    await harness.fixture.whenStable();
    http.expectOne(`${URL}/comments`).flush({ items: [] });

    expect(el('proposal-state')!.textContent).toContain('Withdrawn');
  });

  it('reloads when the proposal changed meanwhile, saying so', async () => {
    await open(proposalDetail(APPROVED));

    el('proposal-withdraw')!.click();
    await confirmDialog();
    await pause();
    const stale = problem(412, 'stale-version');
    http.expectOne({ method: 'POST', url: `${URL}/withdraw` }).flush(stale.body, stale.options);
    await harness.fixture.whenStable();
    answer('GET', URL, proposalDetail({ ...APPROVED, version: 9 }));
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    await harness.fixture.whenStable();

    expect(el('proposal-action-error')!.textContent).toContain('changed meanwhile');
  });

  it('corrects the outcome of a sent proposal with a note', async () => {
    await open(
      proposalDetail({
        state: 'VIEWED',
        version: 12,
        actions: ['CORRECT_OUTCOME', 'CHECK_UPWORK'],
      }),
    );

    el('proposal-correct-outcome')!.click();
    await harness.fixture.whenStable();
    inDocument('outcome-confirm')!.click();
    await harness.fixture.whenStable();
    expect(document.body.textContent).toContain('This field is required.');

    inDocument<HTMLElement>('outcome-select')!.click();
    await harness.fixture.whenStable();
    inDocument('outcome-option-HIRED')!.click();
    typeInto(inDocument('outcome-note'), 'Hired by message');
    inDocument('outcome-confirm')!.click();
    await harness.fixture.whenStable();
    await pause();

    const correction = http.expectOne({ method: 'POST', url: `${URL}/outcome` });
    expect(correction.request.body).toEqual({ outcome: 'HIRED', note: 'Hired by message' });
    expect(correction.request.headers.get('If-Match')).toBe('"12"');
    correction.flush(proposalDetail({ state: 'HIRED', version: 13, actions: [] }), {
      headers: { ETag: '"13"' },
    });
    await harness.fixture.whenStable();
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    expect(el('proposal-state')!.textContent).toContain('Hired');
  });

  it('offers to check on Upwork when it is unclear whether the proposal arrived', async () => {
    await open(
      proposalDetail({
        state: 'SEND_UNKNOWN',
        version: 9,
        actions: ['CHECK_UPWORK', 'MARK_SENT', 'MARK_NOT_SENT'],
      }),
    );

    expect(el('proposal-send-unknown')!.textContent).toContain('never sent again by itself');
    el('proposal-check-upwork')!.click();
    const check = http.expectOne({ method: 'POST', url: `${URL}/check-upwork` });
    expect(check.request.headers.has('If-Match')).toBe(false);
    check.flush(proposalDetail({ state: 'SENT', version: 10, actions: [] }), {
      headers: { ETag: '"10"' },
    });
    await harness.fixture.whenStable();
    expect(el('proposal-state')!.textContent).toContain('Sent');
  });

  it('reloads the proposal and its thread when a notification about it arrives, keeping typed text', async () => {
    await open();

    typeInto(el('proposal-cover-letter'), 'Still typing');
    streams.latest().emit('notification', {
      notification: notification({ topic: 'proposal-commented', link: '/proposals/p-1' }),
      unreadCount: 1,
    });
    await harness.fixture.whenStable();

    answer('GET', URL, proposalDetail({ version: 3 }));
    http.expectOne(`${URL}/comments`).flush({ items: [threadEntry({ decision: null })] });
    await harness.fixture.whenStable();

    expect(el('comment-text')!.textContent).toContain('Mention the bank portal.');
    expect(el<HTMLTextAreaElement>('proposal-cover-letter')!.value).toBe('Still typing');
    const save = http.expectOne({ method: 'PUT', url: URL });
    save.flush(proposalDetail({ version: 4, coverLetter: 'Still typing' }), {
      headers: { ETag: '"4"' },
    });
  });

  it('reloads on a proposal-changed signal of a newer version, and not on its own version or another proposal', async () => {
    await open(proposalDetail({ version: 3 }));

    streams.latest().emit('proposal-changed', { proposalId: 'p-1', state: 'DRAFT', version: '3' });
    streams
      .latest()
      .emit('proposal-changed', { proposalId: 'p-2', state: 'APPROVED', version: '9' });
    await harness.fixture.whenStable();
    http.expectNone({ method: 'GET', url: URL });

    streams
      .latest()
      .emit('proposal-changed', { proposalId: 'p-1', state: 'PENDING_APPROVAL', version: '4' });
    await harness.fixture.whenStable();
    answer('GET', URL, proposalDetail({ version: 4, state: 'PENDING_APPROVAL' }));
    http.expectOne(`${URL}/comments`).flush({ items: [] });
    await harness.fixture.whenStable();
    expect(el('proposal-state')!.textContent).toContain('Waiting for approval');
  });

  it('reloads the thread alone on a comment signal, whatever its version, keeping typed text', async () => {
    await open(proposalDetail({ version: 3 }));

    typeInto(el('proposal-cover-letter'), 'Still typing');
    streams.latest().emit('proposal-changed', {
      kind: 'comment',
      proposalId: 'p-1',
      state: 'DRAFT',
      version: '3',
    });
    await harness.fixture.whenStable();
    http.expectOne(`${URL}/comments`).flush({ items: [threadEntry({ decision: null })] });
    await harness.fixture.whenStable();

    expect(el('comment-text')!.textContent).toContain('Mention the bank portal.');
    http.expectNone({ method: 'GET', url: URL });
    streams.latest().emit('proposal-changed', {
      kind: 'comment',
      proposalId: 'p-2',
      state: 'DRAFT',
      version: '9',
    });
    streams
      .latest()
      .emit('proposal-changed', { kind: 'step', proposalId: 'p-1', state: 'DRAFT', version: '3' });
    await harness.fixture.whenStable();
    http.expectNone(`${URL}/comments`);
    http.expectNone({ method: 'GET', url: URL });
    expect(el<HTMLTextAreaElement>('proposal-cover-letter')!.value).toBe('Still typing');
    await pause(10);
    const save = http.expectOne({ method: 'PUT', url: URL });
    save.flush(proposalDetail({ version: 4, coverLetter: 'Still typing' }), {
      headers: { ETag: '"4"' },
    });
  });

  it('guards unsaved text', async () => {
    await open();
    const page = harness.routeDebugElement!.componentInstance as ProposalPage;
    expect(page.hasUnsavedChanges()).toBe(false);
    typeInto(el('proposal-cover-letter'), 'New');
    expect(page.hasUnsavedChanges()).toBe(true);
    await pause(10);
    http
      .expectOne({ method: 'PUT', url: URL })
      .flush(proposalDetail({ version: 4, coverLetter: 'New' }), { headers: { ETag: '"4"' } });
    expect(page.hasUnsavedChanges()).toBe(false);
  });

  it('says when the proposal does not exist or is not the member’s to read', async () => {
    streams = fakeEventSources();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestEnvironment(),
        provideRouter(
          [{ path: 'proposals/:proposalId', component: ProposalPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/proposals/p-404');
    const missing = problem(404, 'not-found');
    http.expectOne('/api/proposals/p-404').flush(missing.body, missing.options);
    await harness.fixture.whenStable();

    expect(el('proposal-not-found')!.textContent).toContain('Proposal not found');
  });

  it('leads back to the approval queue when opened from it', async () => {
    await open(proposalDetail({ actions: [] }), '/approvals/p-1');
    expect(el('proposal-back')!.getAttribute('href')).toBe('/approvals');
    expect(el('proposal-back')!.textContent).toContain('Back to the approval queue');
  });

  it('puts the cover letter and each question with its answer on the clipboard', () => {
    expect(clipboardText(proposalDetail({ answers: [] }))).toBe('Hi Fintech GmbH,\nI can help.');
  });
});
