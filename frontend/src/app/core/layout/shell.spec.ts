import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { ANONYMOUS, SessionInfo } from '../auth/session';
import { provideTestEnvironment, sessionInfo, signInAs } from '../../../testing/providers';
import { Shell } from './shell';

@Component({ template: '' })
class Blank {}

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

  it('shows owners the agency pages and the audit log', async () => {
    await render(sessionInfo({ role: 'OWNER' }));
    expect(navTestIds()).toEqual(['nav-agency', 'nav-audit']);
    expect(
      fixture.nativeElement.querySelector('[data-testid="toolbar-agency-name"]').textContent,
    ).toContain('Acme Studio');
  });

  it('hides the audit log from freelancers', async () => {
    await render(sessionInfo({ role: 'FREELANCER' }));
    expect(navTestIds()).toEqual(['nav-agency']);
  });

  it('shows platform admins the console', async () => {
    await render(sessionInfo({ role: null, platformAdmin: true }));
    expect(navTestIds()).toEqual(['nav-admin-agencies']);
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
});
