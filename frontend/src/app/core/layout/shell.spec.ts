import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { ANONYMOUS, SessionInfo } from '../auth/session';
import {
  Blank,
  byTestId,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let http: HttpTestingController;

  async function render(info: SessionInfo): Promise<void> {
    TestBed.configureTestingModule({
      imports: [Shell],
      providers: provideTestEnvironment([{ path: '**', component: Blank }]),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(info);
    fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
  }

  function navTestIds(): (string | null)[] {
    return Array.from(fixture.nativeElement.querySelectorAll('nav a')).map((a) =>
      (a as HTMLElement).getAttribute('data-testid'),
    );
  }

  afterEach(() => http.verify());

  it('shows owners the agency pages, the approval queue, policies, linked accounts, agency security, the audit log and the workspace', async () => {
    await render(sessionInfo({ role: 'OWNER' }));
    expect(navTestIds()).toEqual([
      'nav-agency',
      'nav-approvals',
      'nav-team',
      'nav-templates',
      'nav-policies',
      'nav-agency-security',
      'nav-linked-accounts',
      'nav-audit',
      'nav-jobs',
      'nav-saved-searches',
      'nav-proposals',
      'nav-favorites',
      'nav-upwork-account',
      'nav-security',
    ]);
    expect(
      fixture.nativeElement.querySelector('[data-testid="toolbar-agency-name"]').textContent,
    ).toContain('Acme Studio');
  });

  it('shows managers the approval queue, the policies, linked accounts and the audit log but not agency security', async () => {
    await render(sessionInfo({ role: 'MANAGER' }));
    expect(navTestIds()).toEqual([
      'nav-agency',
      'nav-approvals',
      'nav-team',
      'nav-templates',
      'nav-policies',
      'nav-linked-accounts',
      'nav-audit',
      'nav-jobs',
      'nav-saved-searches',
      'nav-proposals',
      'nav-favorites',
      'nav-upwork-account',
      'nav-security',
    ]);
  });

  it('shows freelancers the approval queue (they may be named approvers) but hides the policies, the audit log and linked accounts; they get the jobs workspace, their proposals and their Upwork account', async () => {
    await render(sessionInfo({ role: 'FREELANCER' }));
    expect(navTestIds()).toEqual([
      'nav-agency',
      'nav-approvals',
      'nav-team',
      'nav-templates',
      'nav-jobs',
      'nav-saved-searches',
      'nav-proposals',
      'nav-favorites',
      'nav-upwork-account',
      'nav-security',
    ]);
  });

  it("shows viewers the jobs feed and the agency's proposals: they neither act at Upwork nor save searches", async () => {
    await render(sessionInfo({ role: 'VIEWER' }));
    expect(navTestIds()).toEqual([
      'nav-agency',
      'nav-team',
      'nav-templates',
      'nav-jobs',
      'nav-proposals',
      'nav-security',
    ]);
  });

  it('offers onboarding to someone without an agency', async () => {
    await render(sessionInfo({ role: null }));
    expect(navTestIds()).toEqual(['nav-onboarding', 'nav-security']);
  });

  it('shows only the set-up banner while MFA enrolment is owed', async () => {
    await render(sessionInfo({ role: 'OWNER', mfaEnrollmentRequired: true }));
    expect(navTestIds()).toEqual([]);
    expect(
      fixture.nativeElement.querySelector('[data-testid="mfa-required-banner"]').textContent,
    ).toContain('Two-factor authentication is required');
  });

  it('shows platform admins the console', async () => {
    await render(sessionInfo({ role: null, platformAdmin: true }));
    expect(navTestIds()).toEqual([
      'nav-security',
      'nav-admin-agencies',
      'nav-admin-users',
      'nav-admin-alerts',
      'nav-admin-audit',
    ]);
  });

  it('asks a person whose address is not confirmed to confirm it, and sends a new link', async () => {
    await render(sessionInfo({ role: 'OWNER', emailVerified: false, email: 'mateo@upwork.test' }));
    const banner = fixture.nativeElement.querySelector('[data-testid="verify-email-banner"]');
    expect(banner.textContent).toContain('Please confirm your e-mail address mateo@upwork.test');

    fixture.nativeElement.querySelector('[data-testid="verify-email-resend"]').click();
    http.expectOne({ method: 'POST', url: '/api/auth/email-verification' }).flush(null);
    await fixture.whenStable();

    expect(
      fixture.nativeElement.querySelector('[data-testid="verify-email-resend"]').disabled,
    ).toBe(true);
  });

  it('shows no confirmation banner for confirmed addresses or Upwork placeholders', async () => {
    await render(
      sessionInfo({ role: 'OWNER', emailVerified: false, email: '42@users.upwork.invalid' }),
    );
    expect(fixture.nativeElement.querySelector('[data-testid="verify-email-banner"]')).toBeNull();
  });

  it('shows the user and agency in the account menu and signs out from there', async () => {
    await render(sessionInfo({ role: 'MANAGER' }));
    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatMenuHarness.with({ selector: '[data-testid="user-menu-button"]' }),
    );
    await menu.open();

    const panel = document.querySelector('.mat-mdc-menu-panel')!;
    expect(panel.querySelector('[data-testid="user-menu-email"]')!.textContent).toContain(
      'olena@acme.test',
    );
    expect(panel.querySelector('[data-testid="user-menu-agency"]')!.textContent).toContain(
      'Acme Studio · Manager',
    );

    await menu.clickItem({ text: /Sign out/ });
    http.expectOne({ method: 'POST', url: '/api/auth/sign-out' }).flush(null);
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(ANONYMOUS);
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });

  it('switches agency from the account menu and goes home', async () => {
    await render(
      sessionInfo({
        role: 'OWNER',
        otherMemberships: [{ tenantId: 't-2', name: 'Globex', slug: 'globex', role: 'FREELANCER' }],
      }),
    );
    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatMenuHarness.with({ selector: '[data-testid="user-menu-button"]' }),
    );
    await menu.open();
    await menu.clickItem({ text: /Globex/ });

    const request = http.expectOne({ method: 'POST', url: '/api/auth/agency' });
    expect(request.request.body).toEqual({ tenantId: 't-2' });
    request.flush({
      ...sessionInfo({ role: 'FREELANCER' }),
      agency: { tenantId: 't-2', name: 'Globex', slug: 'globex', role: 'FREELANCER' },
    });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/agency');
    expect(
      fixture.nativeElement.querySelector('[data-testid="toolbar-agency-name"]').textContent,
    ).toContain('Globex');
  });

  it('shows members the notification bell', async () => {
    await render(sessionInfo({ role: 'VIEWER' }));
    expect(byTestId(fixture.nativeElement, 'notification-bell')).not.toBeNull();
  });

  it('shows no notification bell to someone without an agency', async () => {
    await render(sessionInfo({ role: null, platformAdmin: true }));
    expect(byTestId(fixture.nativeElement, 'notification-bell')).toBeNull();
  });

  it('offers no switcher with a single agency', async () => {
    await render(sessionInfo({ role: 'OWNER' }));
    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatMenuHarness.with({ selector: '[data-testid="user-menu-button"]' }),
    );
    await menu.open();
    expect(document.querySelector('[data-testid="switch-agency"]')).toBeNull();
  });

  it("names the proposals after whose they are: a freelancer's own, everyone's for a manager", async () => {
    await render(sessionInfo({ role: 'FREELANCER' }));
    expect(byTestId(fixture.nativeElement, 'nav-proposals')!.textContent).toContain('My proposals');
    TestBed.resetTestingModule();
    await render(sessionInfo({ role: 'MANAGER' }));
    expect(byTestId(fixture.nativeElement, 'nav-proposals')!.textContent).toContain('Proposals');
    expect(byTestId(fixture.nativeElement, 'nav-proposals')!.textContent).not.toContain('My');
    expect(byTestId(fixture.nativeElement, 'nav-approvals')!.textContent).toContain('Approvals');
  });
});
