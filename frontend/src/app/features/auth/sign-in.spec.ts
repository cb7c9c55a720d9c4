import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { problem, provideTestEnvironment, sessionInfo } from '../../../testing/providers';
import { SignIn } from './sign-in';

@Component({ template: '' })
class Blank {}

describe('SignIn', () => {
  let fixture: ComponentFixture<SignIn>;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    TestBed.configureTestingModule({
      imports: [SignIn],
      providers: provideTestEnvironment([
        { path: 'agency', component: Blank },
        { path: 'agency/audit', component: Blank },
        { path: 'admin/agencies', component: Blank },
        { path: 'sign-in/mfa', component: Blank },
        { path: 'security/mfa-setup', component: Blank },
        { path: 'onboarding', component: Blank },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(SignIn);
    // Outside the demo the server has no mailbox.
    const { body, options } = problem(404, 'not-found');
    http.expectOne('/demo/mailbox/messages').flush(body, options);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  function el<T extends HTMLElement>(testId: string): T {
    return fixture.nativeElement.querySelector(`[data-testid="${testId}"]`);
  }

  async function submit(email: string, password: string): Promise<void> {
    for (const [testId, value] of [
      ['sign-in-email', email],
      ['sign-in-password', password],
    ]) {
      const input = el<HTMLInputElement>(testId);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    el<HTMLButtonElement>('sign-in-submit').click();
    await fixture.whenStable();
  }

  async function answer(status: number, kind: string, detail?: string): Promise<void> {
    const { body, options } = problem(status, kind, { detail });
    http.expectOne({ method: 'POST', url: '/api/auth/sign-in' }).flush(body, options);
    await fixture.whenStable();
  }

  it('labels its controls', () => {
    const labels = Array.from(fixture.nativeElement.querySelectorAll('mat-label')).map((l) =>
      (l as HTMLElement).textContent?.trim(),
    );
    expect(labels).toEqual(['E-mail', 'Password']);
    expect(el('sign-in-submit').textContent?.trim()).toBe('Sign in');
  });

  it('offers Sign in with Upwork first, as a full-page navigation', () => {
    const upwork = el<HTMLAnchorElement>('sign-in-upwork');
    expect(upwork.getAttribute('href')).toBe('/oauth2/authorization/upwork');
    expect(upwork.textContent).toContain('Sign in with Upwork');
    expect(
      upwork.compareDocumentPosition(el('sign-in-email')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(el<HTMLAnchorElement>('forgot-password-link').getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('explains a failed Sign in with Upwork from the query parameters', async () => {
    fixture.componentRef.setInput('error', 'upwork');
    fixture.componentRef.setInput('reason', 'access_denied');
    await fixture.whenStable();

    expect(el('sign-in-error').textContent).toContain('Sign in with Upwork failed');
    expect(el('sign-in-error').textContent).toContain('access_denied');
  });

  it('links no demo mailbox where the server has none', () => {
    expect(el('demo-mailbox')).toBeNull();
  });

  it('explains each refusal the server sends back after Sign in with Upwork', async () => {
    for (const [error, text] of [
      ['suspended', 'All agencies of this account are suspended'],
      ['upwork-admin-account', 'belongs to a Crewbid platform admin account'],
      ['upwork-account-exists', 'already exists and cannot be linked here'],
    ]) {
      fixture.componentRef.setInput('error', error);
      await fixture.whenStable();

      expect(el('sign-in-error').textContent).toContain(text);
    }
  });

  it('explains a locked account from the query parameters', async () => {
    fixture.componentRef.setInput('error', 'locked');
    await fixture.whenStable();

    expect(el('sign-in-error').textContent).toContain('Your account is locked');
  });

  it('shows the lock detail and when to retry on 423', async () => {
    await submit('olena@acme.test', 'secret');
    const { body, options } = problem(423, 'account-locked', {
      detail: 'Too many failed sign-ins.',
      retryAfter: '600',
    });
    http.expectOne('/api/auth/sign-in').flush(body, options);
    await fixture.whenStable();

    expect(el('sign-in-error').textContent).toContain('Too many failed sign-ins.');
    expect(el('sign-in-error').textContent).toContain('about 10 min');
  });

  it('goes to the code step when the second factor is owed, keeping the return URL', async () => {
    fixture.componentRef.setInput('returnUrl', '/agency/audit');
    await submit('olena@acme.test', 'secret');
    http.expectOne('/api/auth/sign-in').flush(sessionInfo({ mfaPending: true }));
    await fixture.whenStable();

    expect(router.url).toBe('/sign-in/mfa?returnUrl=%2Fagency%2Faudit');
  });

  it('goes to the MFA set-up when policy requires it', async () => {
    fixture.componentRef.setInput('returnUrl', '/agency/audit');
    await submit('olena@acme.test', 'secret');
    http.expectOne('/api/auth/sign-in').flush(sessionInfo({ mfaEnrollmentRequired: true }));
    await fixture.whenStable();

    expect(router.url).toBe('/security/mfa-setup');
  });

  it('does not call the server with an empty form', async () => {
    await submit('', '');

    http.expectNone('/api/auth/sign-in');
    expect(fixture.nativeElement.textContent).toContain('This field is required.');
  });

  it('says only "invalid e-mail or password" on 401, whatever the server detail', async () => {
    await submit('olena@acme.test', 'wrong');
    await answer(401, 'invalid-credentials', 'No user olena@acme.test');

    expect(el('sign-in-error').textContent?.trim()).toBe('Invalid e-mail or password.');
    expect(el<HTMLInputElement>('sign-in-password').value).toBe('');
  });

  it('explains a suspended agency on 403', async () => {
    await submit('olena@acme.test', 'secret');
    await answer(403, 'agency-suspended', 'Agency acme-studio is suspended');

    expect(el('sign-in-error').textContent).toContain('Your agency has been suspended');
  });

  it('asks to wait when rate-limited', async () => {
    await submit('olena@acme.test', 'secret');
    const { body, options } = problem(429, 'too-many-attempts');
    http
      .expectOne('/api/auth/sign-in')
      .flush(body, { ...options, headers: { ...options.headers, 'Retry-After': '60' } });
    await fixture.whenStable();

    expect(el('sign-in-error').textContent).toContain('try again in 60 seconds');
  });

  it('sends agency members to the agency', async () => {
    await submit('olena@acme.test', 'secret');
    http.expectOne('/api/auth/sign-in').flush(sessionInfo({ role: 'VIEWER' }));
    await fixture.whenStable();

    expect(router.url).toBe('/agency');
  });

  it('sends platform admins to the console', async () => {
    await submit('admin@crewbid.test', 'secret');
    http.expectOne('/api/auth/sign-in').flush(sessionInfo({ role: null, platformAdmin: true }));
    await fixture.whenStable();

    expect(router.url).toBe('/admin/agencies');
  });

  it('returns to the page the user came from, but never to another site', async () => {
    fixture.componentRef.setInput('returnUrl', '/agency/audit');
    await submit('olena@acme.test', 'secret');
    http.expectOne('/api/auth/sign-in').flush(sessionInfo());
    await fixture.whenStable();
    expect(router.url).toBe('/agency/audit');
  });

  it('ignores a return URL pointing elsewhere', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.test/phish');
    await submit('olena@acme.test', 'secret');
    http.expectOne('/api/auth/sign-in').flush(sessionInfo());
    await fixture.whenStable();
    expect(router.url).toBe('/agency');
  });
});

describe('SignIn in the demo', () => {
  it('links the demo mailbox with how many messages it holds, in a new tab', async () => {
    TestBed.configureTestingModule({ imports: [SignIn], providers: provideTestEnvironment() });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SignIn);
    http
      .expectOne('/demo/mailbox/messages')
      .flush({ mailCaptured: true, mail: [{}, {}], texts: [{}] });
    await fixture.whenStable();

    const link = fixture.nativeElement.querySelector('[data-testid="demo-mailbox-link"]');
    expect(link.getAttribute('href')).toBe('/demo/mailbox');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(
      fixture.nativeElement.querySelector('[data-testid="demo-mailbox"]').textContent,
    ).toContain('(3)');
    http.verify();
  });
});
