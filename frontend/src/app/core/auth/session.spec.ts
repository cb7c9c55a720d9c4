import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestEnvironment, sessionInfo } from '../../../testing/providers';
import { ANONYMOUS, Session } from './session';

describe('Session', () => {
  let session: Session;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestEnvironment() });
    session = TestBed.inject(Session);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('starts signed out', () => {
    expect(session.authenticated()).toBe(false);
    expect(session.homeUrl()).toBe('/sign-in');
  });

  it('loads an agency member and sends them to the agency', () => {
    session.load().subscribe();
    http
      .expectOne({ method: 'GET', url: '/api/auth/session' })
      .flush(sessionInfo({ role: 'MANAGER' }));

    expect(session.authenticated()).toBe(true);
    expect(session.user()?.email).toBe('olena@acme.test');
    expect(session.agency()?.name).toBe('Acme Studio');
    expect(session.canManageAgency()).toBe(true);
    expect(session.isPlatformAdmin()).toBe(false);
    expect(session.homeUrl()).toBe('/agency');
  });

  it('sends platform admins to the console', () => {
    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo({ role: null, platformAdmin: true }));

    expect(session.isPlatformAdmin()).toBe(true);
    expect(session.homeUrl()).toBe('/admin/agencies');
  });

  it('does not let freelancers or viewers manage the agency', () => {
    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo({ role: 'VIEWER' }));

    expect(session.canManageAgency()).toBe(false);
  });

  it('treats an unreachable server as signed out', () => {
    let result: unknown;
    session.load().subscribe((info) => (result = info));
    http.expectOne('/api/auth/session').flush(null, { status: 500, statusText: 'Server Error' });

    expect(result).toEqual(ANONYMOUS);
    expect(session.authenticated()).toBe(false);
  });

  it('signs in with a form-encoded body and the CSRF header', () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';

    session.signIn('olena@acme.test', 'p&ss word').subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/sign-in' });

    expect(request.request.body.toString()).toBe('email=olena@acme.test&password=p%26ss%20word');
    expect(request.request.headers.get('X-XSRF-TOKEN')).toBe('token-1');
    request.flush(sessionInfo());
    expect(session.authenticated()).toBe(true);
  });

  it('fetches the session first when there is no CSRF cookie yet', () => {
    session.signIn('olena@acme.test', 'secret').subscribe();

    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(ANONYMOUS);
    http.expectOne({ method: 'POST', url: '/api/auth/sign-in' }).flush(sessionInfo());
    expect(session.authenticated()).toBe(true);
  });

  it('leaves the user signed out and reports the error when sign-in fails', () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    let failed = false;

    session.signIn('olena@acme.test', 'wrong').subscribe({ error: () => (failed = true) });
    http
      .expectOne('/api/auth/sign-in')
      .flush(
        { type: '/problems/invalid-credentials' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(failed).toBe(true);
    expect(session.authenticated()).toBe(false);
  });

  it('signs out and reloads the anonymous session for a fresh CSRF cookie', () => {
    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo());

    let done = false;
    session.signOut().subscribe(() => (done = true));
    http
      .expectOne({ method: 'POST', url: '/api/auth/sign-out' })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(session.authenticated()).toBe(false);
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(ANONYMOUS);

    expect(done).toBe(true);
  });

  it('renames the current agency locally after a profile save', () => {
    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo());

    session.agencyRenamed('Acme Design');

    expect(session.agency()?.name).toBe('Acme Design');
    expect(session.info().memberships[0].name).toBe('Acme Design');
  });

  it('keeps a half-signed-in user apart from signed-in ones and sends them to the code step', () => {
    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo({ mfaPending: true }));

    expect(session.authenticated()).toBe(false);
    expect(session.mfaPending()).toBe(true);
    expect(session.homeUrl()).toBe('/sign-in/mfa');
  });

  it('completes sign-in with a second factor', () => {
    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo({ mfaPending: true }));

    session.verifySecondFactor({ backupCode: 'abcd-efgh' }).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/mfa' });
    expect(request.request.body).toEqual({ backupCode: 'abcd-efgh' });
    request.flush(sessionInfo({ role: 'MANAGER' }));

    expect(session.authenticated()).toBe(true);
    expect(session.mfaPending()).toBe(false);
    expect(session.homeUrl()).toBe('/agency');
  });

  it('sends people who owe MFA set-up there, and people without an agency to onboarding', () => {
    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo({ mfaEnrollmentRequired: true }));
    expect(session.homeUrl()).toBe('/security/mfa-setup');

    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo({ role: null }));
    expect(session.homeUrl()).toBe('/onboarding');
  });

  it('switches agency on the server and takes the answer', () => {
    session.load().subscribe();
    http.expectOne('/api/auth/session').flush(sessionInfo());

    session.switchAgency('t-2').subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/agency' });
    expect(request.request.body).toEqual({ tenantId: 't-2' });
    request.flush({
      ...sessionInfo({ role: 'VIEWER' }),
      agency: { tenantId: 't-2', name: 'Globex', slug: 'globex', role: 'VIEWER' },
    });

    expect(session.agency()?.name).toBe('Globex');
    expect(session.canManageAgency()).toBe(false);
  });
});
