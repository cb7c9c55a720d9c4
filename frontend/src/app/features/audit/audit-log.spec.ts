import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideTestEnvironment } from '../../../testing/providers';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';
import { AuditEvent, AuditScope } from './audit-api';
import { AuditLog } from './audit-log';

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: crypto.randomUUID(),
    occurredAt: '2026-11-23T10:15:00Z',
    actorEmail: 'olena@acme.test',
    action: 'agency.profile.updated',
    target: 'agency acme-studio',
    ip: '203.0.113.7',
    userAgent: 'Firefox',
    outcome: 'SUCCESS',
    details: null,
    ...overrides,
  };
}

/** The page, shown (its first request sent) for the given log. */
function createAuditLog(scope?: AuditScope) {
  TestBed.configureTestingModule({
    imports: [AuditLog],
    providers: [
      ...provideTestEnvironment(),
      { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(AuditLog);
  if (scope) {
    fixture.componentRef.setInput('scope', scope);
  }
  fixture.detectChanges();
  return { fixture, http };
}

describe('AuditLog', () => {
  let fixture: ComponentFixture<AuditLog>;
  let http: HttpTestingController;

  function expectPage(page: number, size: number): TestRequest {
    return http.expectOne(
      (r) => r.urlWithParams === `/api/agency/audit-events?page=${page}&size=${size}`,
    );
  }

  beforeEach(() => {
    ({ fixture, http } = createAuditLog());
  });

  afterEach(() => http.verify());

  function rows(): HTMLElement[] {
    return Array.from(fixture.nativeElement.querySelectorAll('[data-testid="audit-row"]'));
  }

  it('shows events with translated actions and the raw name of unknown ones', async () => {
    expectPage(0, 20).flush({
      items: [
        event(),
        event({ action: 'billing.invoice.paid', actorEmail: null, outcome: 'FAILURE' }),
      ],
      page: 0,
      size: 20,
      totalItems: 2,
    });
    await fixture.whenStable();

    const [first, second] = rows();
    expect(first.textContent).toContain('Agency profile updated');
    expect(first.textContent).toContain('olena@acme.test');
    expect(first.textContent).toContain('203.0.113.7');
    expect(first.textContent).toContain('Success');
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-23T10:15:00Z');
    expect(second.textContent).toContain('billing.invoice.paid');
    expect(second.textContent).toContain('System');
    expect(second.textContent).toContain('Failure');
  });

  it('pages on the server', async () => {
    expectPage(0, 20).flush({ items: [event()], page: 0, size: 20, totalItems: 45 });
    await fixture.whenStable();

    const paginator =
      await TestbedHarnessEnvironment.loader(fixture).getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1–20 of 45');
    await paginator.goToNextPage();

    expectPage(1, 20).flush({ items: [event()], page: 1, size: 20, totalItems: 45 });
  });

  it('explains what appears here when there is nothing yet', async () => {
    expectPage(0, 20).flush({ items: [], page: 0, size: 20, totalItems: 0 });
    await fixture.whenStable();

    const empty = fixture.nativeElement.querySelector('[data-testid="audit-empty"]');
    expect(empty.textContent).toContain('No audit events yet');
    expect(empty.textContent).toContain('Sign-ins, profile changes');
    expect(rows()).toEqual([]);
  });

  it('offers a retry when loading fails', async () => {
    expectPage(0, 20).flush(
      { type: '/problems/forbidden', status: 403, detail: 'Only owners and managers' },
      { status: 403, statusText: 'Forbidden' },
    );
    await fixture.whenStable();

    const error = fixture.nativeElement.querySelector('[data-testid="audit-error"]');
    expect(error.textContent).toContain('Only owners and managers');
    (error.querySelector('button') as HTMLButtonElement).click();
    expectPage(0, 20).flush({ items: [], page: 0, size: 20, totalItems: 0 });
  });

  it('filters on the server by action, actor, outcome and a date range', async () => {
    expectPage(0, 20).flush({ items: [event()], page: 0, size: 20, totalItems: 1 });
    await fixture.whenStable();
    const field = (id: string) =>
      fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
    for (const [id, value] of [
      ['audit-filter-action', 'auth.'],
      ['audit-filter-actor', 'olena'],
      ['audit-filter-from', '2026-11-01'],
      ['audit-filter-to', '2026-11-23'],
    ]) {
      field(id).value = value;
      field(id).dispatchEvent(new Event('input'));
    }
    (
      fixture.nativeElement.querySelector('[data-testid="audit-filter-apply"]') as HTMLElement
    ).click();

    const request = http.expectOne((r) => r.url === '/api/agency/audit-events');
    expect(request.request.params.get('action')).toBe('auth.');
    expect(request.request.params.get('actor')).toBe('olena');
    expect(request.request.params.has('outcome')).toBe(false);
    expect(request.request.params.get('from')).toBe(new Date(2026, 10, 1).toISOString());
    // "To" includes the whole day: the server's bound is exclusive.
    expect(request.request.params.get('to')).toBe(new Date(2026, 10, 24).toISOString());
    expect(request.request.params.get('page')).toBe('0');
    request.flush({ items: [], page: 0, size: 20, totalItems: 0 });
  });
});

describe('AuditLog of the platform (admin console)', () => {
  let fixture: ComponentFixture<AuditLog>;
  let http: HttpTestingController;

  beforeEach(() => {
    ({ fixture, http } = createAuditLog('platform'));
  });

  afterEach(() => http.verify());

  it('reads the platform security log, and names events nobody signed in did', async () => {
    http
      .expectOne((r) => r.urlWithParams === '/api/admin/security-events?page=0&size=20')
      .flush({
        items: [
          event({
            action: 'auth.sign-in-failed',
            actorEmail: null,
            target: 'ghost@unknown.test',
            outcome: 'FAILURE',
          }),
          event({ action: 'admin.user-locked', actorEmail: 'admin@crewbid.test' }),
        ],
        page: 0,
        size: 20,
        totalItems: 2,
      });
    await fixture.whenStable();

    expect(fixture.nativeElement.querySelector('h1').textContent).toContain('Audit');
    const [failed, locked] = Array.from<HTMLElement>(
      fixture.nativeElement.querySelectorAll('[data-testid="audit-row"]'),
    );
    expect(failed.textContent).toContain('Not signed in');
    expect(failed.textContent).toContain('ghost@unknown.test');
    expect(failed.textContent).toContain('Sign-in failed');
    expect(locked.textContent).toContain('Account locked by an admin');
  });

  it('filters by person, which the platform log matches against actor and target', async () => {
    http
      .expectOne((r) => r.url === '/api/admin/security-events')
      .flush({
        items: [],
        page: 0,
        size: 20,
        totalItems: 0,
      });
    await fixture.whenStable();
    expect(
      fixture.nativeElement.querySelector('[data-testid="audit-empty"]').textContent,
    ).toContain('No security events found');
    const person = fixture.nativeElement.querySelector(
      '[data-testid="audit-filter-actor"]',
    ) as HTMLInputElement;
    person.value = 'jonas';
    person.dispatchEvent(new Event('input'));
    (
      fixture.nativeElement.querySelector('[data-testid="audit-filter-apply"]') as HTMLElement
    ).click();

    const request = http.expectOne((r) => r.url === '/api/admin/security-events');
    expect(request.request.params.get('person')).toBe('jonas');
    expect(request.request.params.has('actor')).toBe(false);
    request.flush({ items: [], page: 0, size: 20, totalItems: 0 });
  });
});
