import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { withComponentInputBinding } from '@angular/router';
import { provideRouter } from '@angular/router';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { JobDetail } from './job-detail';
import { noCollisions } from '../../../testing/proposals';
import { jobDetail } from './jobs-testing';

const COLLISIONS = '/api/proposals/collisions?jobId=1790000000000000001';

describe('JobDetail', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(role: 'FREELANCER' | 'VIEWER' = 'FREELANCER') {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestEnvironment(),
        provideRouter([{ path: 'jobs/:jobId', component: JobDetail }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/jobs/1790000000000000001');
  }

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('shows the description, the client history, the screening questions and the Upwork link', async () => {
    await open();
    http.expectOne('/api/jobs/1790000000000000001').flush(jobDetail());
    http.expectOne(COLLISIONS).flush(noCollisions());
    harness.detectChanges();

    expect(byTestId(root(), 'job-detail-title')?.textContent).toContain('Angular developer');
    expect(byTestId(root(), 'job-description')?.textContent).toContain(
      'You will work with Angular',
    );
    const questions = byTestId(root(), 'job-questions')!.querySelectorAll('li');
    expect(Array.from(questions).map((q) => q.textContent?.trim())).toEqual([
      'Describe a similar project',
      'How many hours a week can you commit?',
    ]);
    const client = byTestId(root(), 'job-client')!;
    expect(client.textContent).toContain('Payment verified');
    expect(client.textContent).toContain('Berlin, Germany');
    expect(client.textContent).toContain('4.8 of 5 (12 reviews)');
    const link = byTestId<HTMLAnchorElement>(root(), 'job-upwork-link')!;
    expect(link.href).toBe('https://www.upwork.com/jobs/~01abc');
    expect(link.rel).toContain('noopener');
  });

  it('says when the screening questions are not fetched yet', async () => {
    await open('VIEWER');
    http
      .expectOne('/api/jobs/1790000000000000001')
      .flush(jobDetail({ screeningQuestions: null, upworkUrl: null }));
    harness.detectChanges();

    expect(byTestId(root(), 'job-questions-unknown')).not.toBeNull();
    expect(byTestId(root(), 'job-upwork-link')).toBeNull();
    expect(byTestId(root(), 'job-detail-favorite')).toBeNull();
    expect(byTestId(root(), 'job-draft-proposal')).toBeNull();
  });

  it('toggles the favourite', async () => {
    await open();
    http.expectOne('/api/jobs/1790000000000000001').flush(jobDetail());
    http.expectOne(COLLISIONS).flush(noCollisions());
    harness.detectChanges();

    byTestId(root(), 'job-detail-favorite')!.click();
    http.expectOne('/api/jobs/1790000000000000001/favorite').flush(null);
    harness.detectChanges();

    expect(byTestId(root(), 'job-detail-favorite')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('offers to link the account when the job must come from Upwork', async () => {
    await open();
    const refused = problem(409, 'upwork-relink-required');
    http.expectOne('/api/jobs/1790000000000000001').flush(refused.body, refused.options);
    harness.detectChanges();

    const state = byTestId(root(), 'job-link-required')!;
    expect(state.textContent).toContain('Link it again');
    expect(state.querySelector('a')?.getAttribute('href')).toBe('/upwork/account');
  });

  it('says when Upwork has no such job', async () => {
    await open();
    const gone = problem(404, 'not-found');
    http.expectOne('/api/jobs/1790000000000000001').flush(gone.body, gone.options);
    harness.detectChanges();

    expect(byTestId(root(), 'job-not-found')).not.toBeNull();
  });

  it('offers to draft a proposal for the job, warning that a colleague bids on it', async () => {
    await open();
    http.expectOne('/api/jobs/1790000000000000001').flush(jobDetail());
    http.expectOne(COLLISIONS).flush({
      ...noCollisions(),
      colleagues: [
        {
          memberId: 'u-9',
          memberName: 'Mateo <b>Fernández</b>',
          state: 'PENDING_APPROVAL',
          since: '2026-11-22T09:00:00Z',
          proposalId: null,
        },
      ],
    });
    harness.detectChanges();

    const draft = byTestId<HTMLAnchorElement>(root(), 'job-draft-proposal')!;
    expect(draft.getAttribute('href')).toBe('/proposals/new?jobId=1790000000000000001');
    const warning = byTestId(root(), 'job-collision')!;
    expect(warning.textContent).toContain('Mateo <b>Fernández</b> is already bidding on this job');
    expect(warning.textContent).toContain('Waiting for approval');
    expect(warning.querySelector('b')).toBeNull();
  });

  it("leads to the member's own proposal when they bid on the job already", async () => {
    await open();
    http.expectOne('/api/jobs/1790000000000000001').flush(jobDetail());
    http
      .expectOne(COLLISIONS)
      .flush({ ...noCollisions(), mine: { proposalId: 'p-4', state: 'DRAFT' } });
    harness.detectChanges();

    expect(byTestId(root(), 'job-draft-proposal')).toBeNull();
    expect(byTestId(root(), 'job-open-proposal')!.getAttribute('href')).toBe('/proposals/p-4');
    expect(byTestId(root(), 'job-my-proposal')!.textContent).toContain('your proposal is Draft');
  });
});
