import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { JobFeed } from './job-feed';
import { jobSummary, page } from './jobs-testing';

describe('JobFeed', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string, role: 'FREELANCER' | 'VIEWER' = 'FREELANCER') {
    TestBed.configureTestingModule({
      providers: provideTestEnvironment([{ path: 'jobs', component: JobFeed }]),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http
      .expectOne('/api/jobs/categories')
      .flush([{ id: '531770282580668418', label: 'Web, Mobile & Software Dev' }]);
  }

  function expectSearch(query: string): TestRequest {
    return http.expectOne((r) => r.method === 'GET' && r.urlWithParams === `/api/jobs?${query}`);
  }

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('shows the cached results for the criteria in the URL, with highlights', async () => {
    await open('/jobs?keywords=angular&jobType=HOURLY');

    expectSearch('keywords=angular&jobType=HOURLY&sort=relevance&page=0&size=20').flush(
      page([jobSummary()]),
    );
    harness.detectChanges();

    expect(byTestId(root(), 'jobs-count')?.textContent).toContain('Jobs found: 1');
    const card = byTestId(root(), 'job-card')!;
    expect(card.querySelector('mark')?.textContent).toBe('Angular');
    expect(byTestId(card, 'job-pay')?.textContent).toContain('Hourly');
    expect(byTestId(root(), 'jobs-fetching')).toBeNull();
  });

  it('asks Upwork on search, shows progress, then reloads the cache', async () => {
    await open('/jobs');
    expectSearch('sort=relevance&page=0&size=20').flush(page([]));
    harness.detectChanges();
    typeInto(byTestId(root(), 'jobs-keywords'), 'flutter');

    byTestId(root(), 'jobs-search')!.click();
    await harness.fixture.whenStable();
    harness.detectChanges();

    const fetch = http.expectOne('/api/jobs/fetches');
    expect(fetch.request.body).toEqual({ keywords: 'flutter' });
    expectSearch('keywords=flutter&sort=relevance&page=0&size=20').flush(page([]));
    harness.detectChanges();
    expect(byTestId(root(), 'jobs-fetching')).not.toBeNull();

    fetch.flush({ pages: 3, jobs: 30, upworkTotal: 120, morePages: true, fetchedAt: 'x' });
    expectSearch('keywords=flutter&sort=relevance&page=0&size=20').flush(page([jobSummary()]));
    harness.detectChanges();
    expect(byTestId(root(), 'jobs-fetching')).toBeNull();
    expect(byTestId(root(), 'jobs-fetched')?.textContent).toContain('Upwork sent 30 jobs');
    expect(byTestId(root(), 'jobs-count')?.textContent).toContain('Jobs found: 1');
  });

  it('lets the member cancel waiting for Upwork', async () => {
    await open('/jobs');
    expectSearch('sort=relevance&page=0&size=20').flush(page([]));
    byTestId(root(), 'jobs-search')!.click();
    await harness.fixture.whenStable();
    harness.detectChanges();
    const fetch = http.expectOne('/api/jobs/fetches');

    byTestId(root(), 'jobs-fetch-cancel')!.click();
    harness.detectChanges();

    expect(fetch.cancelled).toBe(true);
    expect(byTestId(root(), 'jobs-fetching')).toBeNull();
  });

  it('explains an unlinked account and links to the Upwork account page', async () => {
    await open('/jobs');
    expectSearch('sort=relevance&page=0&size=20').flush(page([]));
    byTestId(root(), 'jobs-search')!.click();
    await harness.fixture.whenStable();

    const refused = problem(409, 'upwork-not-linked', {
      detail: 'Link your Upwork account first.',
    });
    http.expectOne('/api/jobs/fetches').flush(refused.body, refused.options);
    harness.detectChanges();

    const banner = byTestId(root(), 'jobs-link-required')!;
    expect(banner.textContent).toContain('Link your Upwork account first');
    expect(byTestId(banner, 'jobs-link-upwork')?.getAttribute('href')).toBe('/upwork/account');
  });

  it('keeps filters and sort in the URL and searches only the cache for them', async () => {
    await open('/jobs');
    expectSearch('sort=relevance&page=0&size=20').flush(page([jobSummary()]));
    harness.detectChanges();

    await TestBed.inject(Router).navigateByUrl('/jobs?budgetMin=500&sort=budget,desc');
    harness.detectChanges();

    expectSearch('budgetMin=500&sort=budget,desc&page=0&size=20').flush(page([]));
    harness.detectChanges();
    expect(byTestId(root(), 'jobs-empty')?.textContent).toContain('No jobs match');
  });

  it('lets a viewer read the cache without asking Upwork or marking jobs', async () => {
    await open('/jobs', 'VIEWER');
    expectSearch('sort=relevance&page=0&size=20').flush(page([jobSummary()]));
    harness.detectChanges();

    byTestId(root(), 'jobs-search')!.click();
    await harness.fixture.whenStable();
    harness.detectChanges();

    http.expectNone('/api/jobs/fetches');
    expect(byTestId(root(), 'job-favorite')).toBeNull();
    expect(byTestId(root(), 'jobs-save-search')).toBeNull();
  });

  it('marks a favourite from the results', async () => {
    await open('/jobs');
    expectSearch('sort=relevance&page=0&size=20').flush(page([jobSummary()]));
    harness.detectChanges();

    byTestId(root(), 'job-favorite')!.click();
    const put = http.expectOne('/api/jobs/1790000000000000001/favorite');
    expect(put.request.method).toBe('PUT');
    put.flush(null);
    harness.detectChanges();

    expect(byTestId(root(), 'job-favorite')?.getAttribute('aria-pressed')).toBe('true');
  });
});
