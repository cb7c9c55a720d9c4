import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AgencyRole } from '../../core/auth/session';
import {
  Blank,
  byTestId,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { SUMMARY, page } from '../../../testing/templates';
import { TemplateLibrary } from './template-library';
import { TemplateSummary } from './templates-api';

describe('TemplateLibrary', () => {
  let fixture: ComponentFixture<TemplateLibrary>;
  let http: HttpTestingController;

  async function render(role: AgencyRole, items: TemplateSummary[] = [SUMMARY]): Promise<void> {
    TestBed.configureTestingModule({
      imports: [TemplateLibrary],
      providers: provideTestEnvironment([{ path: 'templates/:id', component: Blank }]),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(TemplateLibrary);
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/proposal-templates').flush(page(items));
    http
      .expectOne('/api/proposal-templates/suggestions')
      .flush({ categories: ['Branding', 'Web Development'], tags: ['react'] });
    await fixture.whenStable();
  }

  const el = (id: string) => byTestId(fixture.nativeElement, id);

  afterEach(() => http.verify());

  it('lists templates with their counters and rates', async () => {
    await render('MANAGER');

    const row = el('template-row')!;
    expect(row.textContent).toContain('Web app intro');
    expect(row.textContent).toContain('Web Development');
    expect(row.textContent).toContain('saas');
    expect(el('template-used')!.textContent?.trim()).toBe('12');
    expect(el('template-reply-rate')!.textContent?.trim()).toBe('38 %');
    expect(el('template-hire-rate')!.textContent?.trim()).toBe('13 %');
    expect(el('templates-new')).not.toBeNull();
  });

  it('explains an empty library and offers the first template to managers', async () => {
    await render('OWNER', []);

    expect(el('templates-empty')!.textContent).toContain('No templates yet');
    expect(el('templates-empty-new')!.getAttribute('href')).toBe('/templates/new');
  });

  it('offers no editing to freelancers', async () => {
    await render('FREELANCER', []);

    expect(el('templates-empty')!.textContent).toContain('Owners and managers write');
    expect(el('templates-empty-new')).toBeNull();
    expect(el('templates-new')).toBeNull();
  });

  it('sends the filters and starts again at the first page', async () => {
    await render('VIEWER');
    typeInto(el('templates-filter-q'), ' landing ');
    typeInto(el('templates-filter-tag'), 'react');

    el('templates-filter-apply')!.click();
    const request = http.expectOne((r) => r.url === '/api/proposal-templates');

    expect(request.request.params.get('q')).toBe('landing');
    expect(request.request.params.get('tag')).toBe('react');
    expect(request.request.params.get('page')).toBe('0');
    expect(request.request.params.has('category')).toBe(false);
    expect(request.request.params.has('archived')).toBe(false);
    request.flush(page([]));
    await fixture.whenStable();
    expect(el('templates-no-matches')).not.toBeNull();
    expect(el('templates-empty')).toBeNull();
  });

  it('opens a template when its row is clicked', async () => {
    await render('VIEWER');

    el('template-row')!.click();
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/templates/t-1');
  });
});
