import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { AgencyRole } from '../../core/auth/session';
import {
  Blank,
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { Team } from './team';
import { Invitation, Member } from './team-api';

const ME: Member = {
  userId: 'u-1',
  email: 'olena@acme.test',
  displayName: 'Olena Koval',
  role: 'OWNER',
  joinedAt: '2026-11-01T09:00:00Z',
  mfaEnabled: true,
};
const TARAS: Member = {
  userId: 'u-2',
  email: 'taras@acme.test',
  displayName: 'Taras Shevchuk',
  role: 'FREELANCER',
  joinedAt: '2026-11-10T09:00:00Z',
  mfaEnabled: false,
};
const INVITED: Invitation = {
  id: 'i-1',
  email: 'lesya@acme.test',
  role: 'VIEWER',
  invitedBy: 'olena@acme.test',
  createdAt: '2026-11-20T09:00:00Z',
  expiresAt: '2026-11-27T09:00:00Z',
  status: 'PENDING',
};

describe('Team', () => {
  let fixture: ComponentFixture<Team>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;

  const page = <T>(items: T[]) => ({
    items,
    page: 0,
    size: items.length,
    totalItems: items.length,
  });

  function expectMembers(): TestRequest {
    return http.expectOne({ method: 'GET', url: '/api/agency/members' });
  }

  function expectInvitations(): TestRequest {
    return http.expectOne({ method: 'GET', url: '/api/agency/invitations' });
  }

  async function render(role: AgencyRole, members = [ME, TARAS], invitations = [INVITED]) {
    TestBed.configureTestingModule({
      imports: [Team],
      providers: provideTestEnvironment([
        { path: 'onboarding', component: Blank },
        { path: 'agency', component: Blank },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(Team);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    fixture.detectChanges();
    expectMembers().flush(page(members.map((m) => (m.userId === 'u-1' ? { ...m, role } : m))));
    if (role === 'OWNER' || role === 'MANAGER') {
      expectInvitations().flush(page(invitations));
    }
    await fixture.whenStable();
  }

  function reloaded(members = [ME, TARAS], invitations = [INVITED]) {
    expectMembers().flush(page(members));
    expectInvitations().flush(page(invitations));
  }

  afterEach(() => http.verify());

  const rows = () =>
    Array.from(
      fixture.nativeElement.querySelectorAll('[data-testid="member-row"]'),
    ) as HTMLElement[];

  async function confirmDialog(text: string): Promise<void> {
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getText()).toContain(text);
    await (
      await dialog.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="confirm-dialog-confirm"]' }),
      )
    ).click();
  }

  it('lists members with role, join date and an MFA badge that is not colour alone', async () => {
    await render('OWNER');
    const [me, taras] = rows();
    expect(me.textContent).toContain('Olena Koval');
    expect(me.textContent).toContain('(you)');
    expect(me.querySelector('[data-testid="member-mfa"]')!.textContent).toContain('2FA on');
    expect(taras.querySelector('[data-testid="member-mfa"]')!.textContent).toContain('2FA off');
    expect(me.querySelector('[data-testid="member-remove"]')).toBeNull();
    expect(taras.querySelector('[data-testid="member-remove"]')).not.toBeNull();
  });

  it('changes a role without asking when ownership is not involved', async () => {
    await render('OWNER');
    const select = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="member-role-select"]' }),
    );
    await select.open();
    await select.clickOptions({ text: 'Manager' });

    const change = http.expectOne({ method: 'PATCH', url: '/api/agency/members/u-2' });
    expect(change.request.body).toEqual({ role: 'MANAGER' });
    change.flush({ ...TARAS, role: 'MANAGER' });
    reloaded([ME, { ...TARAS, role: 'MANAGER' }]);
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Taras Shevchuk is now Manager.');
  });

  it('asks before granting ownership', async () => {
    await render('OWNER');
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Owner' });
    await confirmDialog('Make Taras Shevchuk an owner?');

    http.expectOne('/api/agency/members/u-2').flush({ ...TARAS, role: 'OWNER' });
    reloaded();
  });

  it('explains the last-owner rule', async () => {
    await render('OWNER', [ME, { ...TARAS, role: 'OWNER' }]);
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Viewer' });
    await confirmDialog('Take ownership from Taras Shevchuk?');
    const { body, options } = problem(409, 'last-owner', { detail: 'last owner' });
    http.expectOne('/api/agency/members/u-2').flush(body, options);
    reloaded();
    await fixture.whenStable();

    expect(byTestId(fixture.nativeElement, 'team-error')!.textContent).toContain(
      'must keep at least one owner',
    );
  });

  it('lets managers give only non-owner roles and not touch owners', async () => {
    await render('MANAGER', [ME, TARAS, { ...TARAS, userId: 'u-3', role: 'OWNER', email: 'o@x' }]);
    const selects = await loader.getAllHarnesses(MatSelectHarness);
    expect(selects.length).toBe(1);
    await selects[0].open();
    const options = await selects[0].getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'Manager',
      'Freelancer',
      'Viewer',
    ]);
  });

  it('removes a member after a confirmation naming them', async () => {
    await render('OWNER');
    (rows()[1].querySelector('[data-testid="member-remove"]') as HTMLButtonElement).click();
    await confirmDialog('Remove Taras Shevchuk?');

    http.expectOne({ method: 'DELETE', url: '/api/agency/members/u-2' }).flush(null);
    reloaded([ME]);
    await fixture.whenStable();
    expect(rows().length).toBe(1);
  });

  it('lets a freelancer leave, then goes to their new home', async () => {
    await render('FREELANCER');
    expect(byTestId(fixture.nativeElement, 'invite-open')).toBeNull();
    expect(byTestId(fixture.nativeElement, 'invitations-table')).toBeNull();

    byTestId<HTMLButtonElement>(fixture.nativeElement, 'leave-agency')!.click();
    await confirmDialog('Leave “Acme Studio”?');
    http.expectOne({ method: 'DELETE', url: '/api/agency/members/u-1' }).flush(null);
    http.expectOne('/api/auth/session').flush(sessionInfo({ role: null }));
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/onboarding');
  });

  it('invites by e-mail; only owners may offer the owner role', async () => {
    await render('MANAGER');
    byTestId<HTMLButtonElement>(fixture.nativeElement, 'invite-open')!.click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    const role = await dialog.getHarness(MatSelectHarness);
    await role.open();
    expect(await Promise.all((await role.getOptions()).map((o) => o.getText()))).not.toContain(
      'Owner',
    );
    await role.clickOptions({ text: 'Viewer' });

    typeInto(document.querySelector('[data-testid="invite-email"]'), 'lesya@acme.test');
    document.querySelector<HTMLButtonElement>('[data-testid="invite-submit"]')!.click();
    const invite = http.expectOne({ method: 'POST', url: '/api/agency/invitations' });
    expect(invite.request.body).toEqual({ email: 'lesya@acme.test', role: 'VIEWER' });
    invite.flush(INVITED, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    reloaded();
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Invitation sent to lesya@acme.test.');
  });

  it('revokes an open invitation after confirming', async () => {
    await render('OWNER');
    const row = byTestId(fixture.nativeElement, 'invitation-row')!;
    expect(row.textContent).toContain('lesya@acme.test');
    expect(row.textContent).toContain('Open');
    byTestId<HTMLButtonElement>(row, 'invitation-revoke')!.click();
    await confirmDialog('Revoke the invitation for lesya@acme.test?');

    http.expectOne({ method: 'DELETE', url: '/api/agency/invitations/i-1' }).flush(null);
    reloaded([ME, TARAS], [{ ...INVITED, status: 'REVOKED' }]);
    await fixture.whenStable();
    expect(byTestId(fixture.nativeElement, 'invitation-revoke')).toBeNull();
  });
});
