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
} from '../../../testing/providers';
import { ExternalNavigation } from './external-navigation';
import { LinkCallback } from './link-callback';

describe('LinkCallback', () => {
  let fixture: ComponentFixture<LinkCallback>;
  let http: HttpTestingController;
  let navigatedTo: string[];

  async function arrive(query: Record<string, string>): Promise<void> {
    navigatedTo = [];
    TestBed.configureTestingModule({
      imports: [LinkCallback],
      providers: [
        ...provideTestEnvironment([{ path: 'upwork/account', component: Blank }]),
        { provide: ExternalNavigation, useValue: { go: (url: string) => navigatedTo.push(url) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    fixture = TestBed.createComponent(LinkCallback);
    for (const [name, value] of Object.entries(query)) {
      fixture.componentRef.setInput(name, value);
    }
    fixture.detectChanges();
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('hands code and state to the server and returns to My Upwork account', async () => {
    await arrive({ code: 'c-1', state: 's-1' });
    const request = http.expectOne({ method: 'POST', url: '/api/me/upwork-account/link/complete' });
    expect(request.request.body).toEqual({ code: 'c-1', state: 's-1', error: null });
    request.flush({ state: 'LINKED', upworkUserName: 'Priya R.' });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/upwork/account');
  });

  it('explains a declined consent and offers to try again', async () => {
    await arrive({ state: 's-1', error: 'access_denied' });
    const denied = problem(422, 'upwork-consent-denied', { detail: 'nothing linked' });
    http.expectOne('/api/me/upwork-account/link/complete').flush(denied.body, denied.options);
    await fixture.whenStable();

    expect(byTestId(fixture.nativeElement, 'upwork-callback-error')!.textContent).toContain(
      'You did not allow Crewbid',
    );
    byTestId(fixture.nativeElement, 'upwork-callback-retry')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/me/upwork-account/link' })
      .flush({ authorizationUrl: 'http://upwork.example/authorize' });
    expect(navigatedTo).toEqual(['http://upwork.example/authorize']);
  });

  it('says so when the account belongs to another member of the agency', async () => {
    await arrive({ code: 'c-1', state: 's-1' });
    const taken = problem(409, 'upwork-account-in-use', { detail: 'taken' });
    http.expectOne('/api/me/upwork-account/link/complete').flush(taken.body, taken.options);
    await fixture.whenStable();

    expect(byTestId(fixture.nativeElement, 'upwork-callback-error')!.textContent).toContain(
      'already linked to another member',
    );
  });

  it('refuses an answer that does not belong to the attempt', async () => {
    await arrive({ code: 'c-1', state: 'forged' });
    const state = problem(400, 'upwork-link-state', { detail: 'state' });
    http.expectOne('/api/me/upwork-account/link/complete').flush(state.body, state.options);
    await fixture.whenStable();

    expect(byTestId(fixture.nativeElement, 'upwork-callback-error')!.textContent).toContain(
      'does not belong to the link you started',
    );
  });
});
