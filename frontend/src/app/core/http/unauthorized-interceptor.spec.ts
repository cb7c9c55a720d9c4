import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { sessionInfo, signInAs } from '../../../testing/providers';
import { Session } from '../auth/session';
import { unauthorizedInterceptor } from './unauthorized-interceptor';

@Component({ template: '' })
class Blank {}

describe('unauthorizedInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([unauthorizedInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
    signInAs(sessionInfo());
    await router.navigateByUrl('/agency');
  });

  afterEach(() => http.verify());

  it('signs the user out locally and goes to sign-in when the session has expired', async () => {
    client.get('/api/agency').subscribe({ error: () => undefined });
    http.expectOne('/api/agency').flush(null, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve));

    expect(TestBed.inject(Session).authenticated()).toBe(false);
    expect(router.url).toBe('/sign-in?returnUrl=%2Fagency');
  });

  it('leaves 401s from the sign-in endpoint to the sign-in page', async () => {
    client.post('/api/auth/sign-in', null).subscribe({ error: () => undefined });
    http.expectOne('/api/auth/sign-in').flush(null, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve));

    expect(TestBed.inject(Session).authenticated()).toBe(true);
    expect(router.url).toBe('/agency');
  });

  it('passes other errors through untouched', async () => {
    let status = 0;
    client.get('/api/agency').subscribe({ error: (e) => (status = e.status) });
    http.expectOne('/api/agency').flush(null, { status: 403, statusText: 'Forbidden' });

    expect(status).toBe(403);
    expect(TestBed.inject(Session).authenticated()).toBe(true);
  });
});
