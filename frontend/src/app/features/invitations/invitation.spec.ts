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
import { Session } from '../../core/auth/session';
import { Invitation } from './invitation';
import { InvitationPreview } from './invitation-api';

const PREVIEW: InvitationPreview = {
  agencyName: 'Acme Studio',
  role: 'FREELANCER',
  email: 'taras@example.test',
  expiresAt: '2026-11-30T10:00:00Z',
  status: 'PENDING',
  accountExists: false,
};

describe('Invitation', () => {
  let fixture: ComponentFixture<Invitation>;
  let http: HttpTestingController;

  function setUp(signedIn: boolean, email = 'taras@example.test') {
    TestBed.configureTestingModule({
      imports: [Invitation],
      providers: provideTestEnvironment([
        { path: 'agency', component: Blank },
        { path: 'sign-in', component: Blank },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    if (signedIn) {
      signInAs(sessionInfo({ role: null, email }));
    }
    fixture = TestBed.createComponent(Invitation);
    fixture.componentRef.setInput('token', 'tok-1');
  }

  async function show(answer: InvitationPreview | ReturnType<typeof problem>) {
    fixture.detectChanges();
    const request = http.expectOne({ method: 'GET', url: '/api/invitations/tok-1' });
    if ('body' in answer) {
      request.flush(answer.body, answer.options);
    } else {
      request.flush(answer);
    }
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const el = <T extends HTMLElement>(testId: string) =>
    byTestId<T>(fixture.nativeElement, testId) as T;

  it('shows what the invitation is for', async () => {
    setUp(false);
    await show(PREVIEW);

    expect(el('invitation-agency').textContent).toContain('Acme Studio');
    expect(el('invitation-role').textContent).toContain('Freelancer');
    expect(el('invitation-email').textContent).toContain('taras@example.test');
    expect(el('invitation-status').textContent).toContain('Open');
  });

  it('creates an account and signs in when the visitor has none', async () => {
    setUp(false);
    await show(PREVIEW);
    expect(el('password-hints')).not.toBeNull();

    typeInto(el('invitation-display-name'), 'Taras');
    typeInto(el('invitation-password'), 'violet harbour lantern');
    el<HTMLButtonElement>('invitation-create-account').click();
    await fixture.whenStable();

    const accept = http.expectOne({ method: 'POST', url: '/api/invitations/tok-1/accept' });
    expect(accept.request.body).toEqual({
      displayName: 'Taras',
      password: 'violet harbour lantern',
    });
    accept.flush(sessionInfo({ role: 'FREELANCER', email: 'taras@example.test' }));
    await fixture.whenStable();

    expect(TestBed.inject(Session).authenticated()).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/agency');
  });

  it('refuses a short password before calling the server', async () => {
    setUp(false);
    await show(PREVIEW);
    typeInto(el('invitation-display-name'), 'Taras');
    typeInto(el('invitation-password'), 'short');
    el<HTMLButtonElement>('invitation-create-account').click();
    await fixture.whenStable();

    http.expectNone('/api/invitations/tok-1/accept');
    expect(fixture.nativeElement.textContent).toContain('Use at least 12 characters.');
  });

  it('asks people with an account to sign in first and come back', async () => {
    setUp(false);
    await show({ ...PREVIEW, accountExists: true });

    expect(el('invitation-form')).toBeNull();
    expect(el<HTMLAnchorElement>('invitation-sign-in').getAttribute('href')).toBe(
      '/sign-in?returnUrl=%2Finvitations%2Ftok-1',
    );
  });

  it('joins with no body when signed in', async () => {
    setUp(true);
    await show({ ...PREVIEW, accountExists: true });

    el<HTMLButtonElement>('invitation-accept').click();
    await fixture.whenStable();
    const accept = http.expectOne('/api/invitations/tok-1/accept');
    expect(accept.request.body).toBeNull();
    accept.flush(sessionInfo({ role: 'FREELANCER', email: 'taras@example.test' }));
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/agency');
  });

  it('offers someone signed in as another address to sign out instead of accepting', async () => {
    setUp(true, 'someone.else@example.test');
    await show(PREVIEW);

    expect(el('invitation-accept')).toBeNull();
    expect(el('invitation-other-account').textContent).toContain(
      'This invitation is for taras@example.test, but you are signed in as someone.else@example.test',
    );
    el<HTMLButtonElement>('invitation-sign-out').click();
    http.expectOne({ method: 'POST', url: '/api/auth/sign-out' }).flush(null);
    http.expectOne('/api/auth/session').flush(null);
    await fixture.whenStable();

    expect(el('invitation-other-account')).toBeNull();
    expect(el('invitation-form')).not.toBeNull();
    http.expectNone('/api/invitations/tok-1/accept');
  });

  it('shows the server refusing an invitation for another address', async () => {
    setUp(true);
    await show(PREVIEW);
    el<HTMLButtonElement>('invitation-accept').click();
    await fixture.whenStable();
    const { body, options } = problem(403, 'invitation-email-mismatch', {
      detail: 'This invitation is for taras@example.test, but you are signed in as t@x.test.',
    });
    http.expectOne('/api/invitations/tok-1/accept').flush(body, options);
    await fixture.whenStable();

    expect(el('invitation-accept-error').textContent).toContain('This invitation is for');
  });

  it('explains an expired link (410) instead of offering to accept', async () => {
    setUp(false);
    await show(problem(410, 'link-expired'));

    expect(el('invitation-expired').textContent).toContain('has expired or has already been used');
    expect(el('invitation-form')).toBeNull();
  });

  it('explains an invitation that was withdrawn', async () => {
    setUp(false);
    await show({ ...PREVIEW, status: 'REVOKED' });

    expect(el('invitation-expired').textContent).toContain('withdrawn');
    expect(el('invitation-form')).toBeNull();
  });

  it('shows a conflict from the server, e.g. already a member', async () => {
    setUp(true);
    await show(PREVIEW);
    el<HTMLButtonElement>('invitation-accept').click();
    await fixture.whenStable();
    const { body, options } = problem(409, 'already-member', {
      detail: 'You are already a member of Acme Studio.',
    });
    http.expectOne('/api/invitations/tok-1/accept').flush(body, options);
    await fixture.whenStable();

    expect(el('invitation-accept-error').textContent).toContain('already a member');
  });
});
