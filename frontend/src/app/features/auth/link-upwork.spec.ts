import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  Blank,
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  typeInto,
} from '../../../testing/providers';
import { LinkUpwork } from './link-upwork';

describe('LinkUpwork', () => {
  let fixture: ComponentFixture<LinkUpwork>;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [LinkUpwork],
      providers: provideTestEnvironment([
        { path: 'sign-in', component: Blank },
        { path: 'sign-in/mfa', component: Blank },
        { path: 'agency', component: Blank },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(LinkUpwork);
  });

  afterEach(() => http.verify());

  async function waitingFor(email: string): Promise<void> {
    await fixture.whenStable();
    http.expectOne('/api/auth/upwork-link').flush({ email, upworkName: 'Amara O.' });
    await fixture.whenStable();
  }

  async function submit(password: string): Promise<void> {
    typeInto(byTestId(fixture.nativeElement, 'link-upwork-password'), password);
    byTestId(fixture.nativeElement, 'link-upwork-submit')!.click();
    await fixture.whenStable();
  }

  it('names the existing account and the Upwork account, and asks for that password', async () => {
    await waitingFor('amara@agency.test');

    expect(byTestId(fixture.nativeElement, 'link-upwork-explain')!.textContent).toContain(
      'You signed in with Upwork as Amara O.',
    );
    expect(fixture.nativeElement.querySelector('mat-label').textContent).toContain(
      'Crewbid password of amara@agency.test',
    );
  });

  it('sends the password and goes on to the code step when the account has one', async () => {
    await waitingFor('amara@agency.test');

    await submit('her-crewbid-password');
    const request = http.expectOne({ method: 'POST', url: '/api/auth/upwork-link' });
    expect(request.request.body).toEqual({ password: 'her-crewbid-password' });
    request.flush(sessionInfo({ mfaPending: true }));
    await fixture.whenStable();

    expect(router.url).toBe('/sign-in/mfa');
  });

  it('says when the password is wrong, and empties the field', async () => {
    await waitingFor('amara@agency.test');

    await submit('not-it');
    const { body, options } = problem(401, 'invalid-credentials', { detail: 'Wrong.' });
    http.expectOne('/api/auth/upwork-link').flush(body, options);
    await fixture.whenStable();

    expect(byTestId(fixture.nativeElement, 'link-upwork-error')!.textContent).toContain(
      'That is not the password of this Crewbid account.',
    );
    expect(byTestId<HTMLInputElement>(fixture.nativeElement, 'link-upwork-password')!.value).toBe(
      '',
    );
  });

  it('does not send an empty password', async () => {
    await waitingFor('amara@agency.test');

    await submit('');

    http.expectNone({ method: 'POST', url: '/api/auth/upwork-link' });
    expect(fixture.nativeElement.textContent).toContain('This field is required.');
  });

  it('explains when nothing waits any more, and leads back to sign-in', async () => {
    await fixture.whenStable();
    const { body, options } = problem(404, 'not-found');
    http.expectOne('/api/auth/upwork-link').flush(body, options);
    await fixture.whenStable();

    expect(byTestId(fixture.nativeElement, 'link-upwork-error')!.textContent).toContain(
      'Nothing is waiting to be linked',
    );
    expect(byTestId(fixture.nativeElement, 'link-upwork-back')!.getAttribute('href')).toBe(
      '/sign-in',
    );
  });

  it('forgets the Upwork sign-in when the person does not want to link', async () => {
    await waitingFor('amara@agency.test');

    byTestId(fixture.nativeElement, 'link-upwork-cancel')!.click();
    http.expectOne({ method: 'DELETE', url: '/api/auth/upwork-link' }).flush(null);
    await fixture.whenStable();

    expect(router.url).toBe('/sign-in');
  });
});
