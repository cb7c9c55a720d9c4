import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { AgencyRole } from '../../core/auth/session';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { ExternalNavigation } from './external-navigation';
import { MyUpworkAccount, SYNC_POLL_MS } from './my-upwork-account';
import { UpworkLink, UpworkProfile } from './upwork-api';

const LINKED: UpworkLink = {
  memberId: 'u-1',
  state: 'LINKED',
  upworkUserId: '1638473311920246784',
  upworkUserName: 'Priya R.',
  organization: null,
  linkedAt: '2026-11-20T09:00:00Z',
  lastSyncAt: '2026-11-20T09:01:00Z',
  lastError: null,
  lastErrorAt: null,
  relinkRequestedAt: null,
  profileSync: { state: 'SUCCEEDED', startedAt: '2026-11-20T09:00:30Z', progressPercent: 100 },
  version: 3,
};
const NEVER: UpworkLink = {
  ...LINKED,
  state: 'NEVER_LINKED',
  upworkUserId: null,
  upworkUserName: null,
  linkedAt: null,
  lastSyncAt: null,
  profileSync: { state: 'NEVER', startedAt: null, progressPercent: 0 },
  version: 0,
};
const PROFILE: UpworkProfile = {
  memberId: 'u-1',
  upworkUserId: LINKED.upworkUserId!,
  fullName: 'Priya Raman',
  title: 'Data Engineer | Python, dbt',
  overview: 'I build reliable data pipelines.',
  hourlyRate: { amount: '55.00', currency: 'USD' },
  city: 'Bengaluru',
  country: 'India',
  skills: ['Python', 'dbt'],
  portfolio: [
    {
      upworkId: 'p1',
      title: 'Retail analytics warehouse',
      description: 'Snowflake warehouse',
      projectUrl: 'https://portfolio.example/retail',
      completedOn: '2025-01-10',
      skills: ['Snowflake'],
    },
  ],
  workHistory: [
    {
      upworkId: 'e1',
      companyName: 'Flipkart',
      jobTitle: 'Data Engineer',
      startedOn: '2015-07-01',
      endedOn: '2018-10-31',
      description: 'Pipelines',
    },
  ],
  syncedAt: '2026-11-20T09:01:00Z',
};
const ORGANIZATIONS = {
  items: [{ id: 'org-lviv', name: 'Lviv Codeworks', type: 'BUSINESS' }],
  page: 0,
  size: 1,
  totalItems: 1,
};

describe('MyUpworkAccount', () => {
  let fixture: ComponentFixture<MyUpworkAccount>;
  let http: HttpTestingController;
  let navigatedTo: string[];

  async function render(link: UpworkLink, role: AgencyRole = 'FREELANCER'): Promise<void> {
    navigatedTo = [];
    TestBed.configureTestingModule({
      imports: [MyUpworkAccount],
      providers: [
        ...provideTestEnvironment(),
        { provide: ExternalNavigation, useValue: { go: (url: string) => navigatedTo.push(url) } },
        { provide: SYNC_POLL_MS, useValue: 1 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(MyUpworkAccount);
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: '/api/me/upwork-account' }).flush(link);
    await fixture.whenStable();
  }

  const el = (id: string) => byTestId(fixture.nativeElement, id);

  afterEach(() => http.verify());

  /** Lets the page's next poll come due. */
  const nextPoll = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('explains linking to a member who never linked and sends them to Upwork', async () => {
    await render(NEVER);
    http.expectNone('/api/me/upwork-account/profile');

    expect(el('upwork-not-linked')!.textContent).toContain('not linked here');
    el('upwork-link')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/me/upwork-account/link' })
      .flush({ authorizationUrl: 'http://localhost/upwork-sandbox/authorize?state=s' });

    expect(navigatedTo).toEqual(['http://localhost/upwork-sandbox/authorize?state=s']);
  });

  it('lets viewers see the state but not link', async () => {
    await render(NEVER, 'VIEWER');
    expect(el('upwork-link')).toBeNull();
    expect(el('upwork-viewer-note')).not.toBeNull();
  });

  it('shows a linked account, its organization choice and the imported profile', async () => {
    await render(LINKED);
    http.expectOne('/api/me/upwork-account/profile').flush(PROFILE);
    http.expectOne('/api/me/upwork-account/organizations').flush(ORGANIZATIONS);
    await fixture.whenStable();

    const state = el('link-state')!;
    expect(state.textContent).toContain('Linked');
    expect(state.querySelector('mat-icon')).not.toBeNull();
    expect(el('upwork-organization')!.textContent).toContain('My personal account');
    expect(el('upwork-profile-title')!.textContent).toContain('Data Engineer');
    expect(el('upwork-profile-rate')!.textContent).toContain('$55.00');
    expect(
      Array.from(
        fixture.nativeElement.querySelectorAll('[data-testid="upwork-profile-skill"]'),
      ).map((chip) => (chip as HTMLElement).textContent!.trim()),
    ).toEqual(['Python', 'dbt']);
    expect(el('upwork-profile-project')!.textContent).toContain('Retail analytics warehouse');
    expect(el('upwork-profile-job')!.textContent).toContain('Flipkart');
  });

  it('saves the chosen organization with the version it was read at', async () => {
    await render(LINKED);
    http.expectOne('/api/me/upwork-account/profile').flush(PROFILE);
    http.expectOne('/api/me/upwork-account/organizations').flush(ORGANIZATIONS);
    await fixture.whenStable();
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatSelectHarness.with({ selector: '[data-testid="upwork-organization-select"]' }),
    );
    await select.open();
    await select.clickOptions({ text: /Lviv Codeworks/ });
    el('upwork-organization-save')!.click();

    const request = http.expectOne({ method: 'PUT', url: '/api/me/upwork-account/organization' });
    expect(request.request.body).toEqual({ organizationId: 'org-lviv' });
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    request.flush({
      ...LINKED,
      organization: ORGANIZATIONS.items[0],
      version: 4,
    });
    await fixture.whenStable();

    expect(el('upwork-organization')!.textContent).toContain('Lviv Codeworks');
  });

  it('shows the progress of an import and the profile once it is done', async () => {
    await render(LINKED);
    http.expectOne('/api/me/upwork-account/profile').flush(PROFILE);
    http.expectOne('/api/me/upwork-account/organizations').flush(ORGANIZATIONS);

    el('upwork-sync')!.click();
    http.expectOne({ method: 'POST', url: '/api/me/upwork-account/profile-sync' }).flush({
      ...LINKED,
      profileSync: { state: 'RUNNING', startedAt: '2026-11-21T10:00:00Z', progressPercent: 40 },
    });
    fixture.detectChanges();
    expect(el('upwork-sync-progress')!.getAttribute('aria-valuenow')).toBe('40');
    expect(el('upwork-sync-state')!.textContent).toContain('Importing');

    await nextPoll();
    http.expectOne({ method: 'GET', url: '/api/me/upwork-account' }).flush({
      ...LINKED,
      lastSyncAt: '2026-11-21T10:00:05Z',
    });
    http
      .expectOne('/api/me/upwork-account/profile')
      .flush({ ...PROFILE, title: 'Senior Data Engineer' });
    fixture.detectChanges();

    expect(el('upwork-sync-progress')).toBeNull();
    expect(el('upwork-profile-title')!.textContent).toContain('Senior Data Engineer');
  });

  it('asks Upwork again when the link needs it, naming why', async () => {
    await render({
      ...LINKED,
      state: 'NEEDS_RELINK',
      lastError: 'Upwork refused the refresh token (invalid_grant)',
      relinkRequestedAt: '2026-11-22T08:00:00Z',
    });
    http.expectOne('/api/me/upwork-account/profile').flush(PROFILE);

    expect(el('upwork-needs-relink')!.textContent).toContain('invalid_grant');
    expect(el('upwork-relink-requested')).not.toBeNull();
    expect(el('upwork-sync')).toBeNull();
    el('upwork-relink')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/me/upwork-account/link' })
      .flush({ authorizationUrl: 'http://upwork.example/authorize' });
    expect(navigatedTo).toEqual(['http://upwork.example/authorize']);
  });

  it('unlinks only after a confirmation that names the account', async () => {
    await render(LINKED);
    http.expectOne('/api/me/upwork-account/profile').flush(PROFILE);
    http.expectOne('/api/me/upwork-account/organizations').flush(ORGANIZATIONS);

    el('upwork-unlink')!.click();
    const dialog =
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getText()).toContain('Priya R.');
    await (
      await dialog.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="confirm-dialog-confirm"]' }),
      )
    ).click();
    http.expectOne({ method: 'DELETE', url: '/api/me/upwork-account' }).flush(null);
    http
      .expectOne({ method: 'GET', url: '/api/me/upwork-account' })
      .flush({ ...LINKED, state: 'UNLINKED' });
    await fixture.whenStable();

    expect(el('upwork-not-linked')).not.toBeNull();
  });

  it('shows why an import could not start', async () => {
    await render(LINKED);
    http.expectOne('/api/me/upwork-account/profile').flush(PROFILE);
    http.expectOne('/api/me/upwork-account/organizations').flush(ORGANIZATIONS);

    el('upwork-sync')!.click();
    const refused = problem(409, 'upwork-relink-required', {
      detail: 'Upwork no longer accepts your linked account. Link your Upwork account again.',
    });
    http.expectOne('/api/me/upwork-account/profile-sync').flush(refused.body, refused.options);
    http
      .expectOne({ method: 'GET', url: '/api/me/upwork-account' })
      .flush({ ...LINKED, state: 'NEEDS_RELINK' });
    await fixture.whenStable();

    expect(el('upwork-account-error')!.textContent).toContain('Link your Upwork account again');
    expect(el('upwork-needs-relink')).not.toBeNull();
  });
});
