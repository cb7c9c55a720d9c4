import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  Blank,
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { MfaStep } from './mfa-step';

describe('MfaStep', () => {
  let fixture: ComponentFixture<MfaStep>;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MfaStep],
      providers: provideTestEnvironment([
        { path: 'agency', component: Blank },
        { path: 'agency/team', component: Blank },
        { path: 'sign-in', component: Blank },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    signInAs(sessionInfo({ mfaPending: true }));
    fixture = TestBed.createComponent(MfaStep);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const el = <T extends HTMLElement>(testId: string) =>
    byTestId<T>(fixture.nativeElement, testId) as T;

  async function submit(): Promise<void> {
    el<HTMLButtonElement>('mfa-submit').click();
    await fixture.whenStable();
  }

  it('asks for a 6-digit code the way one-time codes are typed', () => {
    const code = el<HTMLInputElement>('mfa-code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
  });

  it('does not send something that is not six digits', async () => {
    typeInto(el('mfa-code'), '12ab');
    await submit();

    http.expectNone('/api/auth/mfa');
    expect(fixture.nativeElement.textContent).toContain('Enter the 6 digits');
  });

  it('sends the code and goes home, or back where the user was going', async () => {
    fixture.componentRef.setInput('returnUrl', '/agency/team');
    typeInto(el('mfa-code'), '123456');
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/auth/mfa' });
    expect(request.request.body).toEqual({ code: '123456' });
    request.flush(sessionInfo());
    await fixture.whenStable();

    expect(router.url).toBe('/agency/team');
  });

  it('accepts a backup code instead', async () => {
    el<HTMLButtonElement>('mfa-toggle-backup').click();
    await fixture.whenStable();
    expect(el('mfa-code')).toBeNull();

    typeInto(el('mfa-backup-code'), ' abcd-1234 ');
    await submit();

    const request = http.expectOne('/api/auth/mfa');
    expect(request.request.body).toEqual({ backupCode: 'abcd-1234' });
    request.flush(sessionInfo());
    await fixture.whenStable();
    expect(router.url).toBe('/agency');
  });

  it('says so inline when the code is wrong, and clears it', async () => {
    typeInto(el('mfa-code'), '000000');
    await submit();
    const { body, options } = problem(401, 'invalid-mfa-code', { detail: 'Invalid code' });
    http.expectOne('/api/auth/mfa').flush(body, options);
    await fixture.whenStable();

    expect(el('mfa-error').textContent).toContain('That code is not valid');
    expect(el<HTMLInputElement>('mfa-code').value).toBe('');
    expect(router.url).toBe('/');
  });

  it('asks to wait when rate-limited', async () => {
    typeInto(el('mfa-code'), '000000');
    await submit();
    const { body, options } = problem(429, 'too-many-requests', { retryAfter: '30' });
    http.expectOne('/api/auth/mfa').flush(body, options);
    await fixture.whenStable();

    expect(el('mfa-error').textContent).toContain('try again in 30 seconds');
  });
  it('offers no text message when the person has no verified phone', () => {
    expect(byTestId(fixture.nativeElement, 'mfa-send-sms')).toBeNull();
  });

  it('texts a code on request and signs in with it', async () => {
    signInAs({ ...sessionInfo({ mfaPending: true }), mfaSmsAvailable: true });
    fixture.detectChanges();
    await fixture.whenStable();

    el<HTMLButtonElement>('mfa-send-sms').click();
    http.expectOne('/api/auth/mfa/sms').flush(null, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('text message');
    typeInto(el('mfa-code'), '482913');
    await submit();

    const verify = http.expectOne('/api/auth/mfa');
    expect(verify.request.body).toEqual({ smsCode: '482913' });
    verify.flush(sessionInfo({ role: 'OWNER' }));
    await fixture.whenStable();
    expect(router.url).toBe('/agency');
  });
});
