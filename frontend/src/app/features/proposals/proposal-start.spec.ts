import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  Blank,
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { etagHeaders, noCollisions, proposalDetail } from '../../../testing/proposals';
import { SUMMARY, page } from '../../../testing/templates';
import { jobDetail } from '../jobs/jobs-testing';
import { ProposalStart } from './proposal-start';

const JOB = '1790000000000000001';

describe('ProposalStart', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestEnvironment(),
        provideRouter(
          [
            { path: 'proposals/new', component: ProposalStart },
            { path: 'proposals/:id', component: Blank },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/proposals/new?jobId=${JOB}`);
    http
      .expectOne((r) => r.url === '/api/proposal-templates')
      .flush(page([SUMMARY, { ...SUMMARY, id: 't-2', name: 'Old', archived: true }]));
  }

  const el = <T extends HTMLElement = HTMLElement>(id: string) =>
    byTestId<T>(harness.routeNativeElement as HTMLElement, id);

  afterEach(() => http.verify());

  it('shows the job beside the templates with their versions, previews one for the job, and creates the draft', async () => {
    await open();
    http.expectOne(`/api/jobs/${JOB}`).flush(jobDetail());
    http.expectOne(`/api/proposals/collisions?jobId=${JOB}`).flush(noCollisions());
    await harness.fixture.whenStable();

    expect(el('proposal-job-title')!.textContent).toContain('Angular developer');
    const templates = el('proposal-start-templates')!;
    expect(templates.textContent).toContain('Web app intro');
    expect(templates.textContent).toContain('v2');
    expect(templates.textContent).not.toContain('Old');

    el('proposal-start-template-t-1')!.querySelector('input')!.click();
    await harness.fixture.whenStable();
    const preview = http.expectOne('/api/proposal-templates/t-1/preview');
    expect(preview.request.body).toEqual({ jobId: JOB });
    preview.flush({
      rendered: { text: 'Hi <b>client</b>', screeningAnswers: [], missing: [], versionNumber: 2 },
      fromJob: true,
      fromProfile: true,
    });
    await harness.fixture.whenStable();
    expect(el('proposal-start-preview')!.textContent).toContain('Hi <b>client</b>');

    el('proposal-start-create')!.click();
    const create = http.expectOne({ method: 'POST', url: '/api/proposals' });
    expect(create.request.body).toEqual({ jobId: JOB, templateId: 't-1' });
    const created = proposalDetail({ id: 'p-7' });
    create.flush(created, etagHeaders(created));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/proposals/p-7');
  });

  it('starts without a template, and goes to the member’s proposal when one exists already', async () => {
    await open();
    http.expectOne(`/api/jobs/${JOB}`).flush(jobDetail());
    http.expectOne(`/api/proposals/collisions?jobId=${JOB}`).flush({
      ...noCollisions(),
      colleagues: [
        {
          memberId: 'u-5',
          memberName: 'Jonas Becker',
          state: 'SENT',
          since: '2026-11-21T10:00:00Z',
          proposalId: null,
        },
      ],
    });
    await harness.fixture.whenStable();
    expect(el('proposal-collision')!.textContent).toContain('Jonas Becker is already bidding');

    el('proposal-start-create')!.click();
    const create = http.expectOne({ method: 'POST', url: '/api/proposals' });
    expect(create.request.body).toEqual({ jobId: JOB });
    const exists = problem(409, 'proposal-exists');
    create.flush({ ...exists.body, existingProposalId: 'p-3', state: 'DRAFT' }, exists.options);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/proposals/p-3');
  });

  it('opens the member’s own proposal at once when they bid on the job already', async () => {
    await open();
    http.expectOne(`/api/jobs/${JOB}`).flush(jobDetail());
    http
      .expectOne(`/api/proposals/collisions?jobId=${JOB}`)
      .flush({ ...noCollisions(), mine: { proposalId: 'p-5', state: 'APPROVED' } });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/proposals/p-5');
  });

  it('asks to link Upwork when the job must be fetched and the link does not work', async () => {
    await open();
    const refused = problem(409, 'upwork-not-linked');
    http.expectOne(`/api/jobs/${JOB}`).flush(refused.body, refused.options);
    http.expectOne(`/api/proposals/collisions?jobId=${JOB}`).flush(noCollisions());
    await harness.fixture.whenStable();
    const state = el('proposal-start-link-required')!;
    expect(state.querySelector('a')!.getAttribute('href')).toBe('/upwork/account');
    expect(el('proposal-start-create')).toBeNull();
  });
});
