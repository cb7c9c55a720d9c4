import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { LinkedAccounts } from './linked-accounts';
import { LinkedAccount, UpworkLink } from './upwork-api';

const LINK: UpworkLink = {
  memberId: 'u-2',
  state: 'LINKED',
  upworkUserId: '1638473311920246784',
  upworkUserName: 'Priya R.',
  organization: { id: 'org-lviv', name: 'Lviv Codeworks', type: 'BUSINESS' },
  linkedAt: '2026-11-20T09:00:00Z',
  lastSyncAt: '2026-11-20T09:01:00Z',
  lastError: null,
  lastErrorAt: null,
  relinkRequestedAt: null,
  profileSync: { state: 'SUCCEEDED', startedAt: null, progressPercent: 100 },
  version: 2,
};
const PRIYA: LinkedAccount = {
  member: { id: 'u-2', displayName: 'Priya Raman', email: 'priya@acme.test', role: 'FREELANCER' },
  link: LINK,
};
const JONAS: LinkedAccount = {
  member: { id: 'u-3', displayName: 'Jonas Becker', email: 'jonas@acme.test', role: 'FREELANCER' },
  link: {
    ...LINK,
    memberId: 'u-3',
    state: 'NEEDS_RELINK',
    upworkUserName: 'Jonas B.',
    organization: null,
    lastError: 'Upwork refused the refresh token (invalid_grant)',
  },
};
const TARAS: LinkedAccount = {
  member: { id: 'u-4', displayName: 'Taras', email: 'taras@acme.test', role: 'MANAGER' },
  link: {
    ...LINK,
    memberId: 'u-4',
    state: 'NEVER_LINKED',
    upworkUserId: null,
    upworkUserName: null,
    organization: null,
    lastSyncAt: null,
  },
};

describe('LinkedAccounts', () => {
  let fixture: ComponentFixture<LinkedAccounts>;
  let http: HttpTestingController;

  const page = (items: LinkedAccount[]) => ({ items, page: 0, size: 20, totalItems: items.length });

  function expectList(): TestRequest {
    return http.expectOne((r) => r.method === 'GET' && r.url === '/api/agency/upwork-accounts');
  }

  async function render(items = [PRIYA, JONAS, TARAS]): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LinkedAccounts],
      providers: provideTestEnvironment(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'OWNER' }));
    fixture = TestBed.createComponent(LinkedAccounts);
    fixture.detectChanges();
    const request = expectList();
    expect(request.request.params.get('sort')).toBe('name,asc');
    request.flush(page(items));
    await fixture.whenStable();
  }

  const row = (email: string) =>
    fixture.nativeElement.querySelector(
      `[data-testid="linked-account-row"][data-email="${email}"]`,
    );

  afterEach(() => http.verify());

  it('shows every member with a state in words and icon, Upwork name, organization, sync and error', async () => {
    await render();

    const priya = row('priya@acme.test');
    expect(byTestId(priya, 'link-state')!.textContent).toContain('Linked');
    expect(byTestId(priya, 'link-state')!.querySelector('mat-icon')).not.toBeNull();
    expect(priya.textContent).toContain('Priya R.');
    expect(priya.textContent).toContain('Lviv Codeworks');
    expect(byTestId(priya, 'ask-to-relink')).toBeNull();
    const jonas = row('jonas@acme.test');
    expect(byTestId(jonas, 'link-state')!.textContent).toContain('Needs re-link');
    expect(byTestId(jonas, 'link-last-error')!.textContent).toContain('invalid_grant');
    const taras = row('taras@acme.test');
    expect(byTestId(taras, 'link-state')!.textContent).toContain('Never linked');
    expect(taras.textContent).toContain('never');
  });

  it('explains when nobody linked yet', async () => {
    await render([TARAS]);
    expect(byTestId(fixture.nativeElement, 'linked-accounts-none')).not.toBeNull();
  });

  it('sorts on the server', async () => {
    await render();
    const sort = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSortHarness);
    const [, , state] = await sort.getSortHeaders();
    await state.click();

    const request = expectList();
    expect(request.request.params.get('sort')).toBe('state,asc');
    request.flush(page([JONAS, PRIYA, TARAS]));
  });

  it('asks a member to re-link after a confirmation and shows when it was asked', async () => {
    await render();
    byTestId<HTMLButtonElement>(row('jonas@acme.test'), 'ask-to-relink')!.click();
    const dialog =
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getText()).toContain('Jonas Becker');
    await (
      await dialog.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="confirm-dialog-confirm"]' }),
      )
    ).click();

    http
      .expectOne({ method: 'POST', url: '/api/agency/upwork-accounts/u-3/relink-request' })
      .flush({ ...JONAS, link: { ...JONAS.link, relinkRequestedAt: '2026-11-23T10:00:00Z' } });
    expectList().flush(
      page([
        PRIYA,
        { ...JONAS, link: { ...JONAS.link, relinkRequestedAt: '2026-11-23T10:00:00Z' } },
      ]),
    );
    await fixture.whenStable();

    expect(byTestId(row('jonas@acme.test'), 'relink-requested-at')).not.toBeNull();
  });

  it('shows why asking failed', async () => {
    await render();
    byTestId<HTMLButtonElement>(row('taras@acme.test'), 'ask-to-relink')!.click();
    const dialog =
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    await (
      await dialog.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="confirm-dialog-confirm"]' }),
      )
    ).click();
    const refused = problem(404, 'not-found', { detail: 'The member was not found.' });
    http
      .expectOne('/api/agency/upwork-accounts/u-4/relink-request')
      .flush(refused.body, refused.options);
    expectList().flush(page([PRIYA, JONAS]));
    await fixture.whenStable();

    expect(byTestId(fixture.nativeElement, 'linked-accounts-error')!.textContent).toContain(
      'The member was not found.',
    );
  });
});
