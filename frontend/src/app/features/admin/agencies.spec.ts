import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { problem, provideTestEnvironment } from '../../../testing/providers';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';
import { Agencies } from './agencies';
import { Tenant } from './tenants-api';

const ACME: Tenant = {
  id: 'b8d1c7e2-0000-4000-8000-000000000001',
  slug: 'acme-studio',
  name: 'Acme Studio',
  status: 'ACTIVE',
  schemaName: 'tenant_acme_studio',
  schemaVersion: '3',
  createdAt: '2026-11-01T09:00:00Z',
  ownerEmail: 'olena@acme.test',
};
const GLOBEX: Tenant = {
  ...ACME,
  id: 'b8d1c7e2-0000-4000-8000-000000000002',
  slug: 'globex',
  name: 'Globex',
  status: 'SUSPENDED',
  ownerEmail: 'hank@globex.test',
};

describe('Agencies', () => {
  let fixture: ComponentFixture<Agencies>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;

  function expectList(params: string): TestRequest {
    return http.expectOne(
      (r) => r.method === 'GET' && r.urlWithParams === `/api/admin/tenants?${params}`,
    );
  }

  function flushList(request: TestRequest, items: Tenant[], totalItems = items.length): void {
    request.flush({ items, page: 0, size: 20, totalItems });
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Agencies],
      providers: [
        ...provideTestEnvironment(),
        { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Agencies);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    fixture.detectChanges();
    flushList(expectList('page=0&size=20'), [ACME, GLOBEX], 2);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function rows(): HTMLElement[] {
    return Array.from(fixture.nativeElement.querySelectorAll('[data-testid="agency-row"]'));
  }

  it('lists agencies with their status and the action that fits it', () => {
    expect(rows().length).toBe(2);
    const [acme, globex] = rows();
    expect(acme.textContent).toContain('Acme Studio');
    expect(acme.textContent).toContain('olena@acme.test');
    expect(acme.textContent).toContain('Active');
    expect(acme.querySelector('[data-testid="suspend-agency"]')).not.toBeNull();
    expect(acme.querySelector('[data-testid="restore-agency"]')).toBeNull();
    expect(globex.textContent).toContain('Suspended');
    expect(globex.querySelector('[data-testid="restore-agency"]')).not.toBeNull();
  });

  it('filters by status on the server, starting again at the first page', async () => {
    const select = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="agencies-status-filter"]' }),
    );
    await select.open();
    await select.clickOptions({ text: 'Suspended' });

    flushList(expectList('page=0&size=20&status=SUSPENDED'), [GLOBEX]);
    await fixture.whenStable();

    expect(rows().length).toBe(1);
    expect(rows()[0].textContent).toContain('Globex');
  });

  it('explains an empty filtered list', async () => {
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Suspended' });
    flushList(expectList('page=0&size=20&status=SUSPENDED'), []);
    await fixture.whenStable();

    expect(
      fixture.nativeElement.querySelector('[data-testid="agencies-empty"]').textContent,
    ).toContain('No agencies with this status');
  });

  async function openNewAgencyDialog(): Promise<MatDialogHarness> {
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="new-agency-button"]' }),
      )
    ).click();
    return documentLoader.getHarness(MatDialogHarness);
  }

  async function input(dialog: MatDialogHarness, testId: string): Promise<MatInputHarness> {
    return dialog.getHarness(MatInputHarness.with({ selector: `[data-testid="${testId}"]` }));
  }

  it('creates an agency, derives the slug from the name and shows the generated password once', async () => {
    const dialog = await openNewAgencyDialog();
    await (await input(dialog, 'new-agency-name')).setValue('Київ Digital & Co');
    expect(await (await input(dialog, 'new-agency-slug')).getValue()).toBe('kyiv-digital-and-co');
    await (await input(dialog, 'new-agency-owner-email')).setValue('taras@kyiv.test');
    await (await input(dialog, 'new-agency-owner-name')).setValue('Taras Shevchuk');

    await (
      await dialog.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="new-agency-submit"]' }),
      )
    ).click();
    const create = http.expectOne({ method: 'POST', url: '/api/admin/tenants' });
    expect(create.request.body).toEqual({
      name: 'Київ Digital & Co',
      slug: 'kyiv-digital-and-co',
      ownerEmail: 'taras@kyiv.test',
      ownerName: 'Taras Shevchuk',
    });
    create.flush(
      {
        ...ACME,
        name: 'Київ Digital & Co',
        ownerEmail: 'taras@kyiv.test',
        ownerInitialPassword: 'Xy7-secret-Qz',
      },
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    flushList(expectList('page=0&size=20'), [ACME, GLOBEX]);
    await fixture.whenStable();

    const passwordDialog = await documentLoader.getHarness(MatDialogHarness);
    const password = document.querySelector('[data-testid="owner-initial-password"]');
    expect(password?.textContent?.trim()).toBe('Xy7-secret-Qz');
    expect(await passwordDialog.getText()).toContain('shown only once');
    expect(document.querySelector('[data-testid="copy-initial-password"]')).not.toBeNull();
  });

  it('keeps a slug the admin typed by hand', async () => {
    const dialog = await openNewAgencyDialog();
    await (await input(dialog, 'new-agency-name')).setValue('Acme');
    await (await input(dialog, 'new-agency-slug')).setValue('acme-eu');
    await (await input(dialog, 'new-agency-name')).setValue('Acme Europe');

    expect(await (await input(dialog, 'new-agency-slug')).getValue()).toBe('acme-eu');
  });

  it('sends a chosen owner password and shows no password dialog', async () => {
    const dialog = await openNewAgencyDialog();
    await (await input(dialog, 'new-agency-name')).setValue('Initech');
    await (await input(dialog, 'new-agency-owner-email')).setValue('bill@initech.test');
    await (await input(dialog, 'new-agency-owner-name')).setValue('Bill');
    await (await input(dialog, 'new-agency-owner-password')).setValue('correct horse battery');
    await (
      await dialog.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="new-agency-submit"]' }),
      )
    ).click();

    const create = http.expectOne({ method: 'POST', url: '/api/admin/tenants' });
    expect(create.request.body.ownerPassword).toBe('correct horse battery');
    create.flush({ ...ACME, name: 'Initech', ownerInitialPassword: null });
    await fixture.whenStable();
    flushList(expectList('page=0&size=20'), [ACME]);
    await fixture.whenStable();

    expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toEqual([]);
    expect(document.body.textContent).toContain('Agency “Initech” created.');
  });

  it('shows a conflict from the server inside the dialog and keeps it open', async () => {
    const dialog = await openNewAgencyDialog();
    await (await input(dialog, 'new-agency-name')).setValue('Acme Studio');
    await (await input(dialog, 'new-agency-owner-email')).setValue('olena@acme.test');
    await (await input(dialog, 'new-agency-owner-name')).setValue('Olena');
    await (
      await dialog.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="new-agency-submit"]' }),
      )
    ).click();

    const { body, options } = problem(409, 'slug-taken', {
      detail: 'The slug acme-studio is taken',
    });
    http.expectOne('/api/admin/tenants').flush(body, options);
    await fixture.whenStable();

    expect(await dialog.getText()).toContain('The slug acme-studio is taken');
    expect((await documentLoader.getAllHarnesses(MatDialogHarness)).length).toBe(1);
  });

  it('puts server validation errors on the dialog fields', async () => {
    const dialog = await openNewAgencyDialog();
    await (await input(dialog, 'new-agency-name')).setValue('Acme');
    await (await input(dialog, 'new-agency-owner-email')).setValue('olena@acme.test');
    await (await input(dialog, 'new-agency-owner-name')).setValue('Olena');
    await (
      await dialog.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="new-agency-submit"]' }),
      )
    ).click();

    const { body, options } = problem(400, 'validation', {
      errors: [{ field: 'ownerEmail', message: 'is already an owner elsewhere' }],
    });
    http.expectOne('/api/admin/tenants').flush(body, options);
    await fixture.whenStable();

    const emailField = document
      .querySelector('[data-testid="new-agency-owner-email"]')!
      .closest('mat-form-field')!;
    expect(emailField.textContent).toContain('is already an owner elsewhere');
  });

  it('suspends an agency after a confirmation that names it', async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="suspend-agency"]' }))
    ).click();
    const confirm = await documentLoader.getHarness(MatDialogHarness);
    expect(await confirm.getText()).toContain('Suspend “Acme Studio”?');

    await (
      await confirm.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="confirm-dialog-confirm"]' }),
      )
    ).click();
    http
      .expectOne({ method: 'POST', url: `/api/admin/tenants/${ACME.id}/suspend` })
      .flush({ ...ACME, status: 'SUSPENDED' });
    await fixture.whenStable();
    flushList(expectList('page=0&size=20'), [{ ...ACME, status: 'SUSPENDED' }, GLOBEX]);
    await fixture.whenStable();

    expect(document.body.textContent).toContain('Agency “Acme Studio” suspended.');
    expect(rows()[0].querySelector('[data-testid="restore-agency"]')).not.toBeNull();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="restore-agency"]' }))
    ).click();
    const confirm = await documentLoader.getHarness(MatDialogHarness);
    expect(await confirm.getText()).toContain('Restore “Globex”?');

    await (
      await confirm.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="confirm-dialog-cancel"]' }),
      )
    ).click();
    await fixture.whenStable();

    http.expectNone(() => true);
  });

  it('reports a failed action in a snackbar', async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="restore-agency"]' }))
    ).click();
    const confirm = await documentLoader.getHarness(MatDialogHarness);
    await (
      await confirm.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="confirm-dialog-confirm"]' }),
      )
    ).click();

    const { body, options } = problem(409, 'invalid-state', { detail: 'Globex is being migrated' });
    http.expectOne(`/api/admin/tenants/${GLOBEX.id}/restore`).flush(body, options);
    await fixture.whenStable();

    expect(document.body.textContent).toContain('Globex is being migrated');
  });
});
