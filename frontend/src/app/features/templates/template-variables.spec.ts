import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AgencyRole } from '../../core/auth/session';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { NO_VARIABLES } from '../../../testing/templates';
import { TemplateVariables } from './template-variables';
import { CustomVariable } from './templates-api';

const SITE: CustomVariable = {
  key: 'agency_website',
  value: 'https://acme.test',
  description: 'Our site',
  updatedAt: '2026-11-20T10:00:00Z',
  version: 2,
  usedBy: ['Web app intro'],
};

describe('TemplateVariables', () => {
  let fixture: ComponentFixture<TemplateVariables>;
  let http: HttpTestingController;

  async function open(role: AgencyRole, items: CustomVariable[] = [SITE]): Promise<void> {
    TestBed.configureTestingModule({
      imports: [TemplateVariables],
      providers: provideTestEnvironment(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(TemplateVariables);
    fixture.detectChanges();
    expectList(items);
    await fixture.whenStable();
  }

  function expectList(items: CustomVariable[]): void {
    http
      .expectOne({ method: 'GET', url: '/api/proposal-variables' })
      .flush({ ...NO_VARIABLES, items, totalItems: items.length });
  }

  const el = (id: string) => byTestId(fixture.nativeElement, id);

  afterEach(() => http.verify());

  it('lists the built-in and custom variables with where they are used', async () => {
    await open('VIEWER');

    expect(el('variables-built-in')!.textContent).toContain('{{client_name}}');
    expect(el('variable-row')!.textContent).toContain('{{agency_website}}');
    expect(el('variable-row')!.textContent).toContain('Web app intro');
    expect(el('variables-form')).toBeNull();
    expect(el('variable-delete')).toBeNull();
  });

  it('checks the key before sending it', async () => {
    await open('OWNER');
    typeInto(el('variable-key'), 'Bad-Key');
    typeInto(el('variable-value'), 'x');

    el('variable-save')!.click();
    await fixture.whenStable();

    http.expectNone({ method: 'POST', url: '/api/proposal-variables' });
    expect(el('variable-key')!.closest('mat-form-field')!.textContent).toContain(
      'Use 2 to 40 lower-case letters',
    );
  });

  it('adds a variable and shows the server refusing a built-in name next to the key', async () => {
    await open('MANAGER', []);
    expect(el('variables-empty')).not.toBeNull();
    typeInto(el('variable-key'), 'client_name');
    typeInto(el('variable-value'), 'x');

    el('variable-save')!.click();
    const { body, options } = problem(400, 'validation', {
      detail: '{{client_name}} is a built-in variable.',
      errors: [{ field: 'key', message: '{{client_name}} is built in; choose another name.' }],
    });
    http.expectOne({ method: 'POST', url: '/api/proposal-variables' }).flush(body, options);
    await fixture.whenStable();
    expect(el('variable-key')!.closest('mat-form-field')!.textContent).toContain('is built in');

    typeInto(el('variable-key'), 'signature');
    el('variable-save')!.click();
    const request = http.expectOne({ method: 'POST', url: '/api/proposal-variables' });
    expect(request.request.body).toEqual({ key: 'signature', value: 'x', description: null });
    request.flush({ ...SITE, key: 'signature', value: 'x' });
    expectList([{ ...SITE, key: 'signature', value: 'x' }]);
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Variable signature added.');
  });

  it('changes a value with If-Match', async () => {
    await open('OWNER');
    el('variable-edit')!.click();
    await fixture.whenStable();
    expect((el('variable-key') as HTMLInputElement).disabled).toBe(true);
    typeInto(el('variable-value'), 'https://new.acme.test');

    el('variable-save')!.click();
    const request = http.expectOne({
      method: 'PUT',
      url: '/api/proposal-variables/agency_website',
    });
    expect(request.request.headers.get('If-Match')).toBe('"2"');
    expect(request.request.body).toEqual({
      value: 'https://new.acme.test',
      description: 'Our site',
    });
    request.flush({ ...SITE, value: 'https://new.acme.test', version: 3 });
    expectList([{ ...SITE, value: 'https://new.acme.test', version: 3 }]);
  });

  it('asks before deleting and reports a variable still in use', async () => {
    await open('OWNER');

    el('variable-delete')!.click();
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Delete agency_website?');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-dialog-confirm"]')!.click();
    await fixture.whenStable();
    const { body, options } = problem(409, 'conflict', {
      detail: '{{agency_website}} is used by Web app intro. Remove it from those templates first.',
    });
    http
      .expectOne({ method: 'DELETE', url: '/api/proposal-variables/agency_website' })
      .flush(body, options);
    await fixture.whenStable();

    expect(document.body.textContent).toContain('is used by Web app intro');
  });
});
