import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { AgencyRole } from '../../core/auth/session';
import {
  byTestId,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
} from '../../../testing/providers';
import { NO_STATS, TEMPLATE, VERSION, page } from '../../../testing/templates';
import { TemplateHistory } from './template-history';
import { VersionDetail, VersionSummary } from './templates-api';

const V1: VersionSummary = {
  id: 'v-1',
  number: 1,
  current: false,
  restoredFrom: null,
  authorEmail: 'taras@acme.test',
  createdAt: '2026-11-19T10:00:00Z',
  stats: NO_STATS,
};
const V2: VersionSummary = { ...V1, id: 'v-2', number: 2, current: true };
const V1_DETAIL: VersionDetail = {
  ...VERSION,
  id: 'v-1',
  number: 1,
  current: false,
  body: 'Hello {{client_name}}',
  comparison: {
    versionId: 'v-2',
    number: 2,
    lines: [
      { kind: 'REMOVED', text: 'Hi {{client_name}},' },
      { kind: 'ADDED', text: 'Hello {{client_name}}' },
    ],
    screeningAnswers: [],
  },
};

describe('TemplateHistory', () => {
  let fixture: ComponentFixture<TemplateHistory>;
  let http: HttpTestingController;

  async function open(role: AgencyRole): Promise<void> {
    TestBed.configureTestingModule({
      imports: [TemplateHistory],
      providers: [
        provideTestEnvironment(),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { paramMap: convertToParamMap({ templateId: 't-1' }) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(TemplateHistory);
    fixture.detectChanges();
    http
      .expectOne({ method: 'GET', url: '/api/proposal-templates/t-1' })
      .flush(TEMPLATE, { headers: { ETag: '"4"' } });
    http.expectOne((r) => r.url === '/api/proposal-templates/t-1/versions').flush(page([V2, V1]));
    await fixture.whenStable();
  }

  const el = (id: string) => byTestId(fixture.nativeElement, id);

  async function selectV1(compareTo?: string): Promise<void> {
    el('history-select-1')!.click();
    const request = http.expectOne((r) => r.url === '/api/proposal-templates/t-1/versions/v-1');
    expect(request.request.params.get('compareTo')).toBe(compareTo ?? null);
    request.flush(V1_DETAIL);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('lists versions newest first and marks the current one', async () => {
    await open('VIEWER');

    const rows = fixture.nativeElement.querySelectorAll('[data-testid="history-row"]');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('v2');
    expect(rows[0].textContent).toContain('Current');
    expect(rows[1].textContent).toContain('taras@acme.test');
  });

  it('shows what changed, in words as well as colour', async () => {
    await open('VIEWER');
    await selectV1();

    const lines = fixture.nativeElement.querySelectorAll('[data-testid="history-diff"] li');
    expect(lines[0].getAttribute('data-kind')).toBe('REMOVED');
    expect(lines[0].textContent).toContain('Removed:');
    expect(lines[1].textContent).toContain('Added:');
    expect(lines[1].textContent).toContain('Hello {{client_name}}');
    expect(el('history-restore')).toBeNull();
  });

  it('compares with the current version on request', async () => {
    await open('MANAGER');
    await selectV1();

    el('history-compare-current')!.querySelector('button')!.click();
    const request = http.expectOne((r) => r.url === '/api/proposal-templates/t-1/versions/v-1');
    expect(request.request.params.get('compareTo')).toBe('v-2');
    request.flush(V1_DETAIL);
  });

  it('restores an old version after confirmation, with If-Match', async () => {
    await open('MANAGER');
    await selectV1();

    el('history-restore')!.click();
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Restore version 1 of “Web app intro”?');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-dialog-confirm"]')!.click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'POST', url: '/api/proposal-templates/t-1/restore' });
    expect(request.request.body).toEqual({ versionId: 'v-1' });
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    request.flush(
      {
        ...TEMPLATE,
        version: 5,
        currentVersion: { ...VERSION, id: 'v-3', number: 3, restoredFrom: 1 },
      },
      { headers: { ETag: '"5"' } },
    );
    http
      .expectOne((r) => r.url === '/api/proposal-templates/t-1/versions')
      .flush(
        page([{ ...V2, id: 'v-3', number: 3, restoredFrom: 1 }, { ...V2, current: false }, V1]),
      );
    await fixture.whenStable();

    expect(document.body.textContent).toContain('Version 1 restored as version 3.');
    expect(fixture.nativeElement.textContent).toContain('restored from v1');
  });
});
