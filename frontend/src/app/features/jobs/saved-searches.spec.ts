import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { savedSearch, page } from './jobs-testing';
import { SavedSearches } from './saved-searches';

describe('SavedSearches', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open() {
    TestBed.configureTestingModule({
      providers: provideTestEnvironment([{ path: 'saved', component: SavedSearches }]),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/saved');
  }

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function expectList() {
    return http.expectOne('/api/saved-searches?page=0&size=100');
  }

  afterEach(() => http.verify());

  it('lists searches with their interval, last error and new-match badge', async () => {
    await open();
    expectList().flush(
      page([
        savedSearch(),
        savedSearch({
          id: 's-2',
          name: 'By hand',
          refreshMinutes: null,
          newMatches: 0,
          lastErrorType: 'upwork-not-linked',
          lastError: 'Link your Upwork account first.',
        }),
      ]),
    );
    harness.detectChanges();

    const [first, second] = Array.from(root().querySelectorAll('[data-testid="saved-search"]'));
    expect(byTestId(first, 'saved-search-new')?.textContent).toContain('New: 3');
    expect(byTestId(first, 'saved-search-interval')?.textContent).toContain('Every hour');
    expect(first.textContent).toContain('“angular” · Hourly · Expert');
    expect(byTestId(second, 'saved-search-new')).toBeNull();
    expect(byTestId(second, 'saved-search-interval')?.textContent).toContain('Only when I run it');
    expect(byTestId(second, 'saved-search-last-error')?.textContent).toContain(
      'Link your Upwork account first.',
    );
    expect(byTestId<HTMLAnchorElement>(first, 'saved-search-feed')?.getAttribute('href')).toBe(
      '/jobs?keywords=angular&jobType=HOURLY&experienceLevel=EXPERT',
    );
  });

  it('runs a search now and shows what it found', async () => {
    await open();
    expectList().flush(page([savedSearch()]));
    harness.detectChanges();

    byTestId(root(), 'saved-search-run')!.click();
    http.expectOne('/api/saved-searches/s-1/run').flush({
      search: savedSearch({ newMatches: 5 }),
      fetch: { pages: 3, jobs: 30, upworkTotal: 80, morePages: true, fetchedAt: 'x' },
      newMatches: 2,
    });
    expectList().flush(page([savedSearch({ newMatches: 5 })]));
    harness.detectChanges();

    expect(byTestId(root(), 'saved-search-new')?.textContent).toContain('New: 5');
  });

  it('explains a broken link when running', async () => {
    await open();
    expectList().flush(page([savedSearch()]));
    harness.detectChanges();

    byTestId(root(), 'saved-search-run')!.click();
    const refused = problem(409, 'upwork-relink-required');
    http.expectOne('/api/saved-searches/s-1/run').flush(refused.body, refused.options);
    expectList().flush(page([savedSearch({ lastErrorType: 'upwork-relink-required' })]));
    harness.detectChanges();

    expect(byTestId(root(), 'saved-link-required')?.querySelector('a')?.getAttribute('href')).toBe(
      '/upwork/account',
    );
  });

  it('invites to search first when there is none', async () => {
    await open();
    expectList().flush(page([]));
    harness.detectChanges();

    const empty = byTestId(root(), 'saved-empty')!;
    expect(empty.textContent).toContain('No saved searches yet');
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('/jobs');
  });
});
