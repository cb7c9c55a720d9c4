import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { withComponentInputBinding, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  byTestId,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { jobSummary, page } from './jobs-testing';
import { MarkedJobs } from './marked-jobs';

describe('MarkedJobs', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(kind: 'favorites' | 'hidden') {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestEnvironment(),
        provideRouter(
          [{ path: 'marked', component: MarkedJobs, data: { kind } }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/marked');
  }

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('shows cached favourites as cards and purged ones as a line that opens them again', async () => {
    await open('favorites');
    http.expectOne('/api/jobs/favorites?page=0&size=20').flush(
      page([
        { jobId: '1790000000000000001', markedAt: '2026-11-23T10:00:00Z', job: jobSummary() },
        { jobId: '1790000000000000002', markedAt: '2026-11-20T10:00:00Z', job: null },
      ]),
    );
    harness.detectChanges();

    const [cached, purged] = Array.from(root().querySelectorAll('[data-testid="marked-job"]'));
    expect(byTestId(cached, 'job-card')).not.toBeNull();
    expect(byTestId(purged, 'marked-job-expired')?.textContent).toContain('left Crewbid');
    expect(purged.querySelector('a')?.getAttribute('href')).toBe('/jobs/1790000000000000002');
  });

  it('shows a hidden job again and reloads the list', async () => {
    await open('hidden');
    http
      .expectOne('/api/jobs/hidden?page=0&size=20')
      .flush(
        page([{ jobId: '1790000000000000001', markedAt: 'x', job: jobSummary({ hidden: true }) }]),
      );
    harness.detectChanges();

    byTestId(root(), 'marked-job-unmark')!.click();
    const unhide = http.expectOne('/api/jobs/1790000000000000001/hidden');
    expect(unhide.request.method).toBe('DELETE');
    unhide.flush(null);
    http.expectOne('/api/jobs/hidden?page=0&size=20').flush(page([]));
    harness.detectChanges();

    expect(byTestId(root(), 'marked-empty')?.textContent).toContain('No hidden jobs');
  });
});
