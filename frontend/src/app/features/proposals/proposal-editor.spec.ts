import { Clipboard } from '@angular/cdk/clipboard';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
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
import { etagHeaders, pendingForApprover, proposalDetail } from '../../../testing/proposals';
import { ProposalEditor } from './proposal-editor';
import { AUTOSAVE_TIMING, ProposalSession } from './proposal-session';
import { ProposalDetail, ProposalEdit } from './proposals-api';

@Component({
  selector: 'cb-editor-host',
  imports: [ProposalEditor],
  providers: [ProposalSession],
  template: `<cb-proposal-editor />`,
})
class Host {
  readonly session = inject(ProposalSession);
}

/** Lets timers of the given length pass in real time. */
function pause(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('ProposalEditor', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;

  async function open(proposal: ProposalDetail = proposalDetail()): Promise<void> {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [
        provideTestEnvironment(),
        { provide: AUTOSAVE_TIMING, useValue: { delayMs: 5, retryDelaysMs: [5] } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    fixture = TestBed.createComponent(Host);
    fixture.componentInstance.session.load(proposal.id);
    http.expectOne(`/api/proposals/${proposal.id}`).flush(proposal, etagHeaders(proposal));
    await fixture.whenStable();
  }

  const el = <T extends HTMLElement = HTMLElement>(id: string) =>
    byTestId<T>(fixture.nativeElement, id);

  /** Waits for the autosave pause, then returns the save it sent. */
  async function nextSave(): Promise<TestRequest> {
    await pause(10);
    return http.expectOne({ method: 'PUT', url: '/api/proposals/p-1' });
  }

  function saved(request: TestRequest, overrides: Partial<ProposalDetail> = {}): void {
    const body = request.request.body as ProposalEdit;
    const answer = proposalDetail({
      version: Number(String(request.request.headers.get('If-Match')).replace(/"/g, '')) + 1,
      coverLetter: body.coverLetter,
      ...overrides,
    });
    request.flush(answer, etagHeaders(answer));
  }

  afterEach(() => http.verify());

  it('shows the draft: the template and its version, the letter, answers with suggestions, bid, Connects', async () => {
    await open();

    expect(el('proposal-template')!.textContent).toContain(
      'From the template “Web app intro”, version 2',
    );
    expect(el<HTMLTextAreaElement>('proposal-cover-letter')!.value).toBe(
      'Hi Fintech GmbH,\nI can help.',
    );
    expect(el<HTMLTextAreaElement>('proposal-answer-1')!.value).toBe('A bank portal.');
    expect(el('proposal-answer-suggested-1')!.textContent).toContain('Suggested from the template');
    expect(el('proposal-answer-suggested-2')).toBeNull();
    expect(el<HTMLInputElement>('proposal-bid-amount')!.value).toBe('1500.00');
    expect(el('proposal-bid-preview')!.textContent).toContain('$1,500');
    expect(fixture.nativeElement.textContent).toContain('Crewbid’s estimate: 12');
    expect(el('proposal-connects-basis')!.textContent).toContain(
      'Estimated from the budget of 1500.00 USD',
    );
    expect(el('save-status')!.textContent!.trim()).toBe('');
  });

  it('saves the whole content after a pause, with If-Match, and says so', async () => {
    await open();

    typeInto(el('proposal-cover-letter'), 'Hi,\nI built a bank portal.');
    await fixture.whenStable();
    expect(el('save-status')!.textContent).toContain('Saving…');

    const save = await nextSave();
    expect(save.request.headers.get('If-Match')).toBe('"3"');
    expect(save.request.body).toEqual({
      coverLetter: 'Hi,\nI built a bank portal.',
      answers: [
        { position: 1, answer: 'A bank portal.' },
        { position: 2, answer: '' },
      ],
      bid: {
        type: 'FIXED',
        amount: { amount: '1500.00', currency: 'USD' },
        milestones: [],
      },
      estimatedDuration: 'ONE_TO_THREE_MONTHS',
      connects: null,
    });
    saved(save);
    await fixture.whenStable();
    expect(el('save-status')!.textContent).toContain('Saved');

    typeInto(el('proposal-answer-2'), '20 hours');
    const second = await nextSave();
    expect(second.request.headers.get('If-Match')).toBe('"4"');
    expect((second.request.body as ProposalEdit).answers[1]).toEqual({
      position: 2,
      answer: '20 hours',
    });
    saved(second);
  });

  it('says it retries when a save fails for a passing reason, and saves the text then', async () => {
    await open();

    typeInto(el('proposal-cover-letter'), 'Offline text');
    (await nextSave()).flush(null, { status: 0, statusText: 'Unknown Error' });
    await fixture.whenStable();
    expect(el('save-status')!.textContent).toContain('Couldn’t save, retrying');

    const retry = await nextSave();
    expect((retry.request.body as ProposalEdit).coverLetter).toBe('Offline text');
    saved(retry);
    await fixture.whenStable();
    expect(el('save-status')!.textContent).toContain('Saved');
  });

  it('saves again on the new version when only the state moved meanwhile (a decision)', async () => {
    await open();

    typeInto(el('proposal-cover-letter'), 'My edit');
    const stale = problem(412, 'stale-version');
    (await nextSave()).flush(stale.body, stale.options);
    const decided = proposalDetail({ version: 5, state: 'CHANGES_REQUESTED' });
    http
      .expectOne({ method: 'GET', url: '/api/proposals/p-1' })
      .flush(decided, etagHeaders(decided));

    const again = http.expectOne({ method: 'PUT', url: '/api/proposals/p-1' });
    expect(again.request.headers.get('If-Match')).toBe('"5"');
    expect((again.request.body as ProposalEdit).coverLetter).toBe('My edit');
    saved(again, { state: 'CHANGES_REQUESTED' });
    await fixture.whenStable();
    expect(el('save-status')!.textContent).toContain('Saved');
    expect(el('proposal-conflict')).toBeNull();
  });

  it('keeps the member’s text on a real conflict and saves it over the newer version on request', async () => {
    await open();

    typeInto(el('proposal-cover-letter'), 'Mine, typed here');
    const stale = problem(412, 'stale-version');
    (await nextSave()).flush(stale.body, stale.options);
    const elsewhere = proposalDetail({ version: 6, coverLetter: 'Written <b>in another tab</b>' });
    http
      .expectOne({ method: 'GET', url: '/api/proposals/p-1' })
      .flush(elsewhere, etagHeaders(elsewhere));
    await fixture.whenStable();

    expect(el('save-status')!.textContent).toContain('Not saved: changed elsewhere');
    expect(el('proposal-conflict-theirs')!.textContent).toContain('Written <b>in another tab</b>');
    expect(el('proposal-conflict-theirs')!.querySelector('b')).toBeNull();
    expect(el<HTMLTextAreaElement>('proposal-cover-letter')!.value).toBe('Mine, typed here');
    await pause(20);
    http.expectNone({ method: 'PUT', url: '/api/proposals/p-1' });

    el('proposal-conflict-keep-mine')!.click();
    const overwrite = http.expectOne({ method: 'PUT', url: '/api/proposals/p-1' });
    expect(overwrite.request.headers.get('If-Match')).toBe('"6"');
    expect((overwrite.request.body as ProposalEdit).coverLetter).toBe('Mine, typed here');
    saved(overwrite);
    await fixture.whenStable();
    expect(el('proposal-conflict')).toBeNull();
  });

  it('shows the newer version when chosen, keeping the member’s text aside to copy', async () => {
    await open();
    const copy = vi.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);

    typeInto(el('proposal-cover-letter'), 'Mine, typed here');
    const stale = problem(412, 'stale-version');
    (await nextSave()).flush(stale.body, stale.options);
    const elsewhere = proposalDetail({ version: 6, coverLetter: 'Written elsewhere' });
    http
      .expectOne({ method: 'GET', url: '/api/proposals/p-1' })
      .flush(elsewhere, etagHeaders(elsewhere));
    await fixture.whenStable();

    el('proposal-conflict-take-theirs')!.click();
    await fixture.whenStable();

    expect(el<HTMLTextAreaElement>('proposal-cover-letter')!.value).toBe('Written elsewhere');
    expect(el('proposal-earlier-text')!.textContent).toContain('Mine, typed here');
    el('proposal-earlier-text')!.querySelector('button')!.click();
    expect(copy).toHaveBeenCalledWith('Mine, typed here');
    await pause(20);
    http.expectNone({ method: 'PUT', url: '/api/proposals/p-1' });
  });

  it('checks that milestones add up, and keeps the saved bid until they do', async () => {
    await open();

    el('proposal-milestone-add')!.click();
    await fixture.whenStable();
    typeInto(el('proposal-milestone-description-0'), 'Design');
    typeInto(el('proposal-milestone-amount-0'), '500');
    await fixture.whenStable();

    expect(el('proposal-milestones-sum')!.getAttribute('role')).toBe('alert');
    expect(el('proposal-milestones-sum')!.textContent).toContain(
      'The milestones add up to US$500, not US$1,500',
    );
    const partial = await nextSave();
    expect((partial.request.body as ProposalEdit).bid).toEqual({
      type: 'FIXED',
      amount: { amount: '1500.00', currency: 'USD' },
      milestones: [],
    });
    saved(partial);

    el('proposal-milestone-add')!.click();
    await fixture.whenStable();
    typeInto(el('proposal-milestone-description-1'), 'Build');
    typeInto(el('proposal-milestone-due-1'), '2026-12-31');
    typeInto(el('proposal-milestone-amount-1'), '1000,00');
    await fixture.whenStable();
    expect(el('proposal-milestones-sum')!.textContent).toContain(
      'The milestones add up to US$1,500, the fixed price',
    );
    const complete = await nextSave();
    expect((complete.request.body as ProposalEdit).bid!.milestones).toEqual([
      { description: 'Design', dueDate: null, amount: { amount: '500.00', currency: 'USD' } },
      {
        description: 'Build',
        dueDate: '2026-12-31',
        amount: { amount: '1000.00', currency: 'USD' },
      },
    ]);
    saved(complete);
  });

  it('asks an hourly rate for an hourly job, and Connects return to the estimate', async () => {
    await open(
      proposalDetail({
        job: {
          ...proposalDetail().job,
          type: 'HOURLY',
          budget: null,
          hourlyMin: { amount: '30.00', currency: 'EUR' },
          hourlyMax: { amount: '50.00', currency: 'EUR' },
        },
        bid: null,
        connects: { value: 20, source: 'MEMBER', estimate: 6, basis: 'Estimated from the rate' },
      }),
    );
    expect(el('proposal-milestones')).toBeNull();
    expect(fixture.nativeElement.textContent).toContain('EUR/h');
    expect(el<HTMLInputElement>('proposal-connects')!.value).toBe('20');

    typeInto(el('proposal-bid-amount'), '45');
    el('proposal-connects-estimate')!.click();
    const save = await nextSave();
    expect((save.request.body as ProposalEdit).bid).toEqual({
      type: 'HOURLY',
      amount: { amount: '45.00', currency: 'EUR' },
      milestones: [],
    });
    expect((save.request.body as ProposalEdit).connects).toBeNull();
    saved(save);
  });

  it('shows the server’s refusal at the field and in words', async () => {
    await open();

    typeInto(el('proposal-answer-2'), 'x'.repeat(10));
    const refused = problem(400, 'validation', {
      detail: 'Some fields are not valid.',
      errors: [{ field: 'answers[1].answer', message: 'Say how many hours.' }],
    });
    (await nextSave()).flush(refused.body, refused.options);
    await fixture.whenStable();

    expect(el('save-status')!.textContent).toContain('Couldn’t save');
    expect(fixture.nativeElement.textContent).toContain('Say how many hours.');
  });

  it('is read-only where the member may not edit', async () => {
    await open(pendingForApprover());
    expect(el<HTMLTextAreaElement>('proposal-cover-letter')!.disabled).toBe(true);
    expect(el('proposal-milestone-add')).toBeNull();
    expect(el('save-status')).toBeNull();
  });
});
