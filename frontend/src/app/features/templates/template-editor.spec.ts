import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap } from '@angular/router';
import { AgencyRole } from '../../core/auth/session';
import {
  Blank,
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { NO_VARIABLES, TEMPLATE } from '../../../testing/templates';
import { JobSummary } from '../jobs/jobs-api';
import { jobSummary, page } from '../jobs/jobs-testing';
import { JOB_PICKER_DELAY_MS } from './preview-job-picker';
import { PREVIEW_DELAY_MS, TemplateEditor } from './template-editor';
import { Preview } from './templates-api';

const PREVIEW: Preview = {
  rendered: {
    text: 'Hi [client name],\nI can help.',
    screeningAnswers: [{ questionPattern: 'Hourly rate?', answer: '$45' }],
    missing: ['client_name'],
    versionNumber: null,
  },
  fromJob: false,
  fromProfile: false,
};

const ASTRO_JOB = jobSummary({
  id: '1790000000000000008',
  title: { text: 'Landing page in Astro', ranges: [] },
});

describe('TemplateEditor', () => {
  let fixture: ComponentFixture<TemplateEditor>;
  let http: HttpTestingController;

  async function open(role: AgencyRole, templateId: string | null): Promise<void> {
    TestBed.configureTestingModule({
      imports: [TemplateEditor],
      providers: [
        provideTestEnvironment([{ path: 'templates/:templateId', component: Blank }]),
        { provide: PREVIEW_DELAY_MS, useValue: 0 },
        { provide: JOB_PICKER_DELAY_MS, useValue: 0 },
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { paramMap: convertToParamMap(templateId ? { templateId } : {}) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(TemplateEditor);
    fixture.detectChanges();
    http.expectOne('/api/proposal-variables').flush({
      ...NO_VARIABLES,
      items: [
        {
          key: 'agency_website',
          value: 'https://acme.test',
          description: null,
          updatedAt: '2026-11-20T10:00:00Z',
          version: 0,
          usedBy: [],
        },
      ],
    });
    if (role === 'OWNER' || role === 'MANAGER') {
      http
        .expectOne('/api/proposal-templates/suggestions')
        .flush({ categories: ['Web Development'], tags: [] });
    }
    if (templateId) {
      http
        .expectOne({ method: 'GET', url: `/api/proposal-templates/${templateId}` })
        .flush(TEMPLATE, { headers: { ETag: `"${TEMPLATE.version}"` } });
    }
    await settle();
  }

  /** Lets the (zero) preview delay pass and the page render. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** Answers the previews still waiting (a newer one cancels the older ones). */
  function flushPreviews(): void {
    http
      .match((r) => r.url.endsWith('/preview'))
      .filter((r) => !r.cancelled)
      .forEach((r) => r.flush(PREVIEW));
  }

  /** Answers the waiting previews whose request matches, ignoring the others (cancelled). */
  function flushPreviewsWhere(
    matches: (body: { jobId?: string; values: { jobTitle?: string } }) => boolean,
  ): void {
    const waiting = http.match((r) => r.url.endsWith('/preview')).filter((r) => !r.cancelled);
    expect(waiting.some((r) => matches(r.request.body))).toBe(true);
    waiting.forEach((r) => r.flush(PREVIEW));
  }

  const el = <T extends HTMLElement = HTMLElement>(id: string) =>
    byTestId<T>(fixture.nativeElement, id);

  /** A freelancer's template, its preview job picker used: no favourites, these newest jobs. */
  async function openJobPicker(newest: JobSummary[]): Promise<HTMLInputElement> {
    await open('FREELANCER', 't-1');
    http.expectOne('/api/proposal-templates/t-1/preview').flush(PREVIEW);
    const input = el<HTMLInputElement>('preview-job-input')!;
    input.dispatchEvent(new Event('focus'));
    input.dispatchEvent(new Event('focusin'));
    http.expectOne((r) => r.url === '/api/jobs/favorites').flush(page([]));
    http.expectOne((r) => r.url === '/api/jobs').flush(page(newest));
    await settle();
    return input;
  }

  afterEach(() => http.verify());

  it('inserts a variable from the palette at the caret of the body', async () => {
    await open('MANAGER', null);
    const body = el<HTMLTextAreaElement>('template-body')!;
    typeInto(body, 'Hi ,');
    body.dispatchEvent(new Event('focus'));
    body.setSelectionRange(3, 3);

    el('insert-client_name')!.click();
    el('insert-agency_website')!.click();
    await settle();

    expect(body.value).toBe('Hi {{client_name}}{{agency_website}},');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    flushPreviews();
  });

  it('shows a live preview of the unsaved text with sample values', async () => {
    await open('OWNER', 't-1');
    http.expectOne('/api/proposal-templates/t-1/preview').flush(PREVIEW);
    typeInto(el('sample-job-title'), 'Dashboard');
    await settle();

    const request = http.expectOne('/api/proposal-templates/t-1/preview');
    expect(request.request.body.body).toBe(TEMPLATE.currentVersion.body);
    expect(request.request.body.values.jobTitle).toBe('Dashboard');
    request.flush(PREVIEW);
    await settle();

    expect(el('preview-text')!.textContent).toContain('Hi [client name],');
    expect(el('preview-missing')!.textContent).toContain('client name');
  });

  it('previews against a real job picked from the favourites and the newest cached jobs, then with samples again', async () => {
    await open('OWNER', 't-1');
    http.expectOne('/api/proposal-templates/t-1/preview').flush(PREVIEW);

    const input = el<HTMLInputElement>('preview-job-input')!;
    input.dispatchEvent(new Event('focus'));
    input.dispatchEvent(new Event('focusin'));
    const favourite = jobSummary({
      id: '1790000000000000007',
      title: { text: 'Fintech dashboard rebuild', ranges: [] },
    });
    http
      .expectOne((r) => r.url === '/api/jobs/favorites')
      .flush(
        page([
          { jobId: favourite.id, markedAt: '2026-11-23T10:00:00Z', job: favourite },
          { jobId: '1', markedAt: '2026-11-23T10:00:00Z', job: null },
        ]),
      );
    const recent = http.expectOne((r) => r.url === '/api/jobs');
    expect(recent.request.params.get('sort')).toBe('postedAt,desc');
    recent.flush(
      page([
        favourite,
        jobSummary({
          id: '1790000000000000008',
          title: { text: 'Landing page in Astro', ranges: [] },
        }),
      ]),
    );
    await settle();

    const options = Array.from(
      document.querySelectorAll<HTMLElement>('[data-testid="preview-job-option"]'),
    );
    expect(options.map((o) => o.textContent!.trim())).toEqual([
      'Fintech dashboard rebuild',
      'Landing page in Astro',
    ]);
    expect(document.body.textContent).toContain('Favourites');
    options[0].click();
    await settle();

    const withJob = http.expectOne('/api/proposal-templates/t-1/preview');
    expect(withJob.request.body.jobId).toBe('1790000000000000007');
    expect(withJob.request.body.values).toEqual({ memberName: '', portfolio: '' });
    withJob.flush({ ...PREVIEW, fromJob: true });
    await settle();
    expect(el('preview-job-chosen')!.textContent).toContain('Fintech dashboard rebuild');
    expect(el<HTMLInputElement>('sample-client-name')!.disabled).toBe(true);

    el('preview-job-clear')!.click();
    await settle();
    flushPreviewsWhere((body) => body.jobId === undefined && body.values.jobTitle === '');
    http.match((r) => r.url === '/api/jobs').forEach((r) => r.flush(page([])));
    http.match((r) => r.url === '/api/jobs/favorites').forEach((r) => r.flush(page([])));
    await settle();
    expect(el('preview-job-chosen')).toBeNull();
    expect(el<HTMLInputElement>('sample-client-name')!.disabled).toBe(false);
  });

  it('searches the cached jobs by what is typed into the job picker', async () => {
    const input = await openJobPicker([]);
    expect(document.querySelector('[data-testid="preview-job-none"]')).not.toBeNull();

    typeInto(input, 'astro');
    await settle();
    const search = http.expectOne((r) => r.url === '/api/jobs');
    expect(search.request.params.get('keywords')).toBe('astro');
    search.flush(page([ASTRO_JOB]));
    await settle();
    document.querySelector<HTMLElement>('[data-testid="preview-job-option"]')!.click();
    await settle();

    const preview = http.expectOne('/api/proposal-templates/t-1/preview');
    expect(preview.request.body.body).toBeUndefined();
    expect(preview.request.body.jobId).toBe('1790000000000000008');
    preview.flush({ ...PREVIEW, fromJob: true });
    await settle();
  });

  it('drops the chosen job as soon as the member types something else into the picker', async () => {
    const input = await openJobPicker([ASTRO_JOB]);
    document.querySelector<HTMLElement>('[data-testid="preview-job-option"]')!.click();
    await settle();
    const withJob = http.expectOne('/api/proposal-templates/t-1/preview');
    expect(withJob.request.body.jobId).toBe('1790000000000000008');
    withJob.flush({ ...PREVIEW, fromJob: true });
    await settle();
    expect(el('preview-job-chosen')!.textContent).toContain('Landing page in Astro');

    typeInto(input, 'Landing page in Svelte');
    await settle();

    expect(el('preview-job-chosen')).toBeNull();
    expect(el('preview-job-clear')).toBeNull();
    flushPreviewsWhere((body) => body.jobId === undefined);
    http.expectOne((r) => r.url === '/api/jobs').flush(page([]));
    await settle();
    expect(el('preview-job-chosen')).toBeNull();
  });

  it('creates a new template and opens it', async () => {
    await open('MANAGER', null);
    typeInto(el('template-name'), 'Landing pages');
    typeInto(el('template-body'), 'Hello {{client_name}}');
    el('template-add-answer')!.click();
    await settle();
    typeInto(el('answer-question-0'), 'Rate?');
    typeInto(el('answer-text-0'), '$50');
    await settle();
    flushPreviews();

    el('template-save')!.click();
    const request = http.expectOne({ method: 'POST', url: '/api/proposal-templates' });
    expect(request.request.body).toEqual({
      name: 'Landing pages',
      category: null,
      tags: [],
      body: 'Hello {{client_name}}',
      screeningAnswers: [{ questionPattern: 'Rate?', answer: '$50' }],
    });
    request.flush({ ...TEMPLATE, name: 'Landing pages' }, { headers: { ETag: '"0"' } });
    await settle();
    flushPreviews();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/templates/t-1');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('saves an edit with If-Match', async () => {
    await open('OWNER', 't-1');
    http.expectOne('/api/proposal-templates/t-1/preview').flush(PREVIEW);
    typeInto(el('template-name'), 'Web app intro v2');

    el('template-save')!.click();
    const request = http.expectOne({ method: 'PUT', url: '/api/proposal-templates/t-1' });

    expect(request.request.headers.get('If-Match')).toBe('"4"');
    expect(request.request.body.name).toBe('Web app intro v2');
    expect(request.request.body.tags).toEqual(['react']);
    request.flush({ ...TEMPLATE, version: 5 }, { headers: { ETag: '"5"' } });
    await settle();
    flushPreviews();
  });

  it('shows an unknown variable from the server next to the body', async () => {
    await open('OWNER', 't-1');
    http.expectOne('/api/proposal-templates/t-1/preview').flush(PREVIEW);
    typeInto(el('template-body'), 'Hi {{clinet}}');
    await settle();
    flushPreviews();

    el('template-save')!.click();
    const { body, options } = problem(400, 'template-invalid', {
      detail: 'Unknown variable {{clinet}} at line 1, column 4.',
      errors: [{ field: 'body', message: 'Unknown variable {{clinet}} at line 1, column 4.' }],
    });
    http.expectOne({ method: 'PUT', url: '/api/proposal-templates/t-1' }).flush(body, options);
    await settle();

    const field = el('template-body')!.closest('mat-form-field')!;
    expect(field.textContent).toContain('Unknown variable {{clinet}} at line 1, column 4.');
    expect(el('template-save-error')).toBeNull();
  });

  it('tells the user when someone else changed the template and reloads on request', async () => {
    await open('OWNER', 't-1');
    http.expectOne('/api/proposal-templates/t-1/preview').flush(PREVIEW);
    typeInto(el('template-name'), 'Mine');

    el('template-save')!.click();
    const { body, options } = problem(412, 'stale-version', { detail: 'Stale' });
    http.expectOne({ method: 'PUT', url: '/api/proposal-templates/t-1' }).flush(body, options);
    await settle();

    expect(el('template-stale')!.textContent).toContain('Someone else changed this template');
    expect(el<HTMLButtonElement>('template-save')!.disabled).toBe(true);

    el('template-stale-reload')!.click();
    http
      .expectOne({ method: 'GET', url: '/api/proposal-templates/t-1' })
      .flush({ ...TEMPLATE, name: 'Theirs', version: 6 }, { headers: { ETag: '"6"' } });
    await settle();
    flushPreviews();
    await settle();

    expect(el('template-stale')).toBeNull();
    expect(el<HTMLInputElement>('template-name')!.value).toBe('Theirs');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('is read-only for freelancers, who still see the preview of the saved version', async () => {
    await open('FREELANCER', 't-1');

    const request = http.expectOne('/api/proposal-templates/t-1/preview');
    expect(request.request.body.body).toBeUndefined();
    request.flush(PREVIEW);
    await settle();

    expect(el('template-form')).toBeNull();
    expect(el('template-archive')).toBeNull();
    expect(el('template-view-body')!.textContent).toContain('Hi {{client_name}},');
    expect(el('preview-text')).not.toBeNull();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('asks before archiving and archives with If-Match', async () => {
    await open('MANAGER', 't-1');
    http.expectOne('/api/proposal-templates/t-1/preview').flush(PREVIEW);

    el('template-archive')!.click();
    await settle();
    const confirm = document.querySelector<HTMLButtonElement>(
      '[data-testid="confirm-dialog-confirm"]',
    )!;
    expect(document.body.textContent).toContain('Archive “Web app intro”?');
    confirm.click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: '/api/proposal-templates/t-1/archive' });
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    request.flush({ ...TEMPLATE, archived: true, version: 5 }, { headers: { ETag: '"5"' } });
    await settle();
    flushPreviews();
    await settle();

    expect(el('template-archive')!.textContent).toContain('Bring back');
  });
});
