import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { problem, provideTestEnvironment, sessionInfo, signInAs } from '../../../testing/providers';
import { AgencyRole } from '../../core/auth/session';
import { Agency } from './agency-api';
import { AgencyProfile } from './agency-profile';

const AGENCY: Agency = {
  id: 'a-1',
  slug: 'acme-studio',
  name: 'Acme Studio',
  timezone: 'Europe/Kyiv',
  defaultCurrency: 'EUR',
  website: 'https://acme.test',
  logoUrl: 'http://insecure.test/logo.png',
  version: 3,
  updatedAt: '2026-11-20T10:15:00Z',
};

describe('AgencyProfile', () => {
  let fixture: ComponentFixture<AgencyProfile>;
  let http: HttpTestingController;

  async function open(role: AgencyRole, agency: Agency = AGENCY): Promise<void> {
    TestBed.configureTestingModule({
      imports: [AgencyProfile],
      providers: provideTestEnvironment(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(AgencyProfile);
    fixture.detectChanges();
    http
      .expectOne({ method: 'GET', url: '/api/agency' })
      .flush(agency, { headers: { ETag: `"${agency.version}"` } });
    await fixture.whenStable();
  }

  function el<T extends HTMLElement = HTMLElement>(testId: string): T | null {
    return fixture.nativeElement.querySelector(`[data-testid="${testId}"]`);
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = el<HTMLInputElement>(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function clickSave(): Promise<void> {
    el<HTMLButtonElement>('agency-save')!.click();
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows the profile in the form for an owner', async () => {
    await open('OWNER');

    expect(el<HTMLInputElement>('agency-name')!.value).toBe('Acme Studio');
    expect(el<HTMLInputElement>('agency-timezone')!.value).toBe('Europe/Kyiv');
    expect(el('agency-currency')!.textContent).toContain('EUR');
    expect(el<HTMLInputElement>('agency-website')!.value).toBe('https://acme.test');
    expect(el('agency-slug')!.textContent).toContain('acme-studio');
    expect(el('agency-save')).not.toBeNull();
  });

  it('shows the logo only from an https address', async () => {
    await open('OWNER');
    expect(el('agency-logo')).toBeNull();
  });

  it('shows an https logo as an image', async () => {
    await open('OWNER', { ...AGENCY, logoUrl: 'https://cdn.acme.test/logo.png' });

    const logo = el<HTMLImageElement>('agency-logo')!;
    expect(logo.getAttribute('src')).toBe('https://cdn.acme.test/logo.png');
    expect(logo.getAttribute('alt')).toBe('Logo of Acme Studio');
  });

  it('renders the agency name as text, never as HTML', async () => {
    await open('VIEWER', { ...AGENCY, name: '<img src=x onerror=alert(1)>' });

    expect(el('agency-view-name')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(el('agency-view-name')!.querySelector('img')).toBeNull();
  });

  it('is read-only for viewers', async () => {
    await open('VIEWER');

    expect(el('agency-read-only')).not.toBeNull();
    expect(el('agency-form')).toBeNull();
    expect(el('agency-save')).toBeNull();
    expect(el('agency-view-name')!.textContent).toContain('Acme Studio');
  });

  it('saves with If-Match and shows the new version', async () => {
    await open('MANAGER');
    await type('agency-name', 'Acme Design');
    await type('agency-website', '');

    await clickSave();
    const request = http.expectOne({ method: 'PUT', url: '/api/agency' });
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    expect(request.request.body).toEqual({
      name: 'Acme Design',
      timezone: 'Europe/Kyiv',
      defaultCurrency: 'EUR',
      website: null,
      logoUrl: 'http://insecure.test/logo.png',
    });
    request.flush(
      { ...AGENCY, name: 'Acme Design', website: null, version: 4 },
      { headers: { ETag: '"4"' } },
    );
    await fixture.whenStable();

    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
    expect(document.body.textContent).toContain('Agency profile saved.');

    // The next save must send the new version.
    await type('agency-name', 'Acme Design Co');
    await clickSave();
    expect(http.expectOne('/api/agency').request.headers.get('If-Match')).toBe('"4"');
  });

  it('does not send an invalid form and explains why inline', async () => {
    await open('OWNER');
    await type('agency-name', '');
    await type('agency-website', 'not a url');

    await clickSave();

    http.expectNone({ method: 'PUT', url: '/api/agency' });
    const text = fixture.nativeElement.textContent as string;
    expect(text).toContain('This field is required.');
    expect(text).toContain('Enter a full web address');
  });

  it('rejects a time zone that does not exist', async () => {
    await open('OWNER');
    await type('agency-timezone', 'Mars/Olympus_Mons');

    await clickSave();

    http.expectNone({ method: 'PUT', url: '/api/agency' });
    expect(fixture.nativeElement.textContent).toContain('Choose a time zone from the list.');
  });

  it('shows server validation messages next to their fields', async () => {
    await open('OWNER');
    await type('agency-name', 'Acme Design');

    await clickSave();
    const { body, options } = problem(400, 'validation', {
      detail: 'Invalid request',
      errors: [{ field: 'website', message: 'must be reachable' }],
    });
    http.expectOne('/api/agency').flush(body, options);
    await fixture.whenStable();

    const websiteField = el('agency-website')!.closest('mat-form-field')!;
    expect(websiteField.textContent).toContain('must be reachable');
    expect(el('agency-save-error')).toBeNull();
  });

  it('shows the problem detail when no field is to blame', async () => {
    await open('OWNER');
    await type('agency-name', 'Acme Design');

    await clickSave();
    const { body, options } = problem(403, 'forbidden', { detail: 'Only owners may do that' });
    http.expectOne('/api/agency').flush(body, options);
    await fixture.whenStable();

    expect(el('agency-save-error')!.textContent).toContain('Only owners may do that');
  });

  it('tells the user about a concurrent change and reloads on request', async () => {
    await open('OWNER');
    await type('agency-name', 'Acme Design');

    await clickSave();
    const { body, options } = problem(412, 'stale-version', { detail: 'Stale' });
    http.expectOne('/api/agency').flush(body, options);
    await fixture.whenStable();

    expect(el('agency-stale')!.textContent).toContain('Someone else changed this profile');
    expect(el<HTMLButtonElement>('agency-save')!.disabled).toBe(true);

    el<HTMLButtonElement>('agency-stale-reload')!.click();
    http
      .expectOne({ method: 'GET', url: '/api/agency' })
      .flush({ ...AGENCY, name: 'Acme by Someone Else', version: 5 }, { headers: { ETag: '"5"' } });
    await fixture.whenStable();

    expect(el('agency-stale')).toBeNull();
    expect(el<HTMLInputElement>('agency-name')!.value).toBe('Acme by Someone Else');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('reports unsaved edits to the leave guard', async () => {
    await open('OWNER');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);

    await type('agency-name', 'Acme Design');

    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
  });
});
