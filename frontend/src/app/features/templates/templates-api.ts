import { HttpClient, HttpHeaders, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { Page, PageRequest } from '../../core/http/page';

/** How often a template (or version) was used, sent, replied to, hired; rates of the sent. */
export interface TemplateStats {
  readonly used: number;
  readonly sent: number;
  readonly replied: number;
  readonly hired: number;
  readonly replyRate: number | null;
  readonly hireRate: number | null;
}

export interface ScreeningAnswer {
  readonly questionPattern: string;
  readonly answer: string;
}

export interface TemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly category: string | null;
  readonly tags: readonly string[];
  readonly archived: boolean;
  readonly currentVersionId: string;
  readonly currentVersionNumber: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly stats: TemplateStats;
  readonly version: number;
}

export interface DiffLine {
  readonly kind: 'UNCHANGED' | 'REMOVED' | 'ADDED';
  readonly text: string;
}

export interface Comparison {
  readonly versionId: string;
  readonly number: number;
  readonly lines: readonly DiffLine[];
  readonly screeningAnswers: readonly ScreeningAnswer[];
}

export interface VersionDetail {
  readonly id: string;
  readonly templateId: string;
  readonly number: number;
  readonly current: boolean;
  readonly restoredFrom: number | null;
  readonly body: string;
  readonly screeningAnswers: readonly ScreeningAnswer[];
  readonly variables: readonly string[];
  readonly authorEmail: string | null;
  readonly createdAt: string;
  readonly stats: TemplateStats;
  readonly comparison: Comparison | null;
}

export interface VersionSummary {
  readonly id: string;
  readonly number: number;
  readonly current: boolean;
  readonly restoredFrom: number | null;
  readonly authorEmail: string | null;
  readonly createdAt: string;
  readonly stats: TemplateStats;
}

export interface TemplateDetail {
  readonly id: string;
  readonly name: string;
  readonly category: string | null;
  readonly tags: readonly string[];
  readonly archived: boolean;
  readonly currentVersion: VersionDetail;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly stats: TemplateStats;
  readonly version: number;
}

/** What the editor saves (`POST` and `PUT /api/proposal-templates`). */
export interface TemplateChanges {
  readonly name: string;
  readonly category: string | null;
  readonly tags: readonly string[];
  readonly body: string;
  readonly screeningAnswers: readonly ScreeningAnswer[];
}

export interface TemplateFilter {
  readonly q?: string;
  readonly category?: string;
  readonly tag?: string;
  readonly archived?: boolean;
  /** `name,asc`, `used,desc`, … */
  readonly sort?: string;
}

export interface SampleValues {
  readonly clientName?: string;
  readonly jobTitle?: string;
  readonly skills?: readonly string[];
  readonly memberName?: string;
  readonly portfolio?: string;
}

export interface PreviewRequest {
  /** The unsaved text; without it the saved version (or `versionId`) is rendered. */
  readonly body?: string;
  readonly screeningAnswers?: readonly ScreeningAnswer[];
  readonly versionId?: string;
  readonly jobId?: string;
  readonly values?: SampleValues;
}

export interface Preview {
  readonly rendered: {
    readonly text: string;
    readonly screeningAnswers: readonly ScreeningAnswer[];
    readonly missing: readonly string[];
    readonly versionNumber: number | null;
  };
  readonly fromJob: boolean;
  readonly fromProfile: boolean;
}

export interface Suggestions {
  readonly categories: readonly string[];
  readonly tags: readonly string[];
}

export interface CustomVariable {
  readonly key: string;
  readonly value: string;
  readonly description: string | null;
  readonly updatedAt: string;
  readonly version: number;
  readonly usedBy: readonly string[];
}

export interface Variables extends Page<CustomVariable> {
  readonly builtIn: readonly string[];
}

/** A template's unknown variable or syntax error as the server reports it (`template-invalid`). */
export interface TemplateProblem {
  readonly field: string;
  readonly variable: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
}

/** A resource with the ETag to send back as `If-Match` when changing it. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

/** The built-in variables, in the order the palette offers them. */
export const BUILT_IN_VARIABLES = [
  'client_name',
  'job_title',
  'skills',
  'member_name',
  'portfolio',
] as const;

const BASE = '/api/proposal-templates';

@Injectable({ providedIn: 'root' })
export class TemplatesApi {
  private readonly http = inject(HttpClient);

  list(request: PageRequest, filter: TemplateFilter = {}): Observable<Page<TemplateSummary>> {
    let params = new HttpParams().set('page', request.page).set('size', request.size);
    for (const [name, value] of Object.entries(filter)) {
      if (typeof value === 'string' && value.trim() !== '') {
        params = params.set(name, value.trim());
      } else if (typeof value === 'boolean' && value) {
        params = params.set(name, 'true');
      }
    }
    return this.http.get<Page<TemplateSummary>>(BASE, { params });
  }

  suggestions(): Observable<Suggestions> {
    return this.http.get<Suggestions>(`${BASE}/suggestions`);
  }

  get(id: string): Observable<Versioned<TemplateDetail>> {
    return this.http
      .get<TemplateDetail>(`${BASE}/${id}`, { observe: 'response' })
      .pipe(map(versioned));
  }

  create(changes: TemplateChanges): Observable<Versioned<TemplateDetail>> {
    return this.http
      .post<TemplateDetail>(BASE, changes, { observe: 'response' })
      .pipe(map(versioned));
  }

  /** Fails with 412 (`stale-version`) when someone else changed the template since `etag`. */
  update(
    id: string,
    changes: TemplateChanges,
    etag: string,
  ): Observable<Versioned<TemplateDetail>> {
    return this.http
      .put<TemplateDetail>(`${BASE}/${id}`, changes, ifMatch(etag))
      .pipe(map(versioned));
  }

  archive(id: string, archived: boolean, etag: string): Observable<Versioned<TemplateDetail>> {
    return this.http
      .post<TemplateDetail>(
        `${BASE}/${id}/${archived ? 'archive' : 'unarchive'}`,
        {},
        ifMatch(etag),
      )
      .pipe(map(versioned));
  }

  restore(id: string, versionId: string, etag: string): Observable<Versioned<TemplateDetail>> {
    return this.http
      .post<TemplateDetail>(`${BASE}/${id}/restore`, { versionId }, ifMatch(etag))
      .pipe(map(versioned));
  }

  versions(id: string, request: PageRequest): Observable<Page<VersionSummary>> {
    const params = new HttpParams().set('page', request.page).set('size', request.size);
    return this.http.get<Page<VersionSummary>>(`${BASE}/${id}/versions`, { params });
  }

  version(id: string, versionId: string, compareTo?: string): Observable<VersionDetail> {
    const params = compareTo ? new HttpParams().set('compareTo', compareTo) : undefined;
    return this.http.get<VersionDetail>(`${BASE}/${id}/versions/${versionId}`, { params });
  }

  /** Renders a saved template (`id`), or with `id` null the unsaved text in `request.body`. */
  preview(id: string | null, request: PreviewRequest): Observable<Preview> {
    return this.http.post<Preview>(id ? `${BASE}/${id}/preview` : `${BASE}/preview`, request);
  }

  variables(): Observable<Variables> {
    return this.http.get<Variables>('/api/proposal-variables');
  }

  createVariable(
    key: string,
    value: string,
    description: string | null,
  ): Observable<CustomVariable> {
    return this.http.post<CustomVariable>('/api/proposal-variables', { key, value, description });
  }

  updateVariable(
    variable: CustomVariable,
    value: string,
    description: string | null,
  ): Observable<CustomVariable> {
    return this.http.put<CustomVariable>(
      `/api/proposal-variables/${encodeURIComponent(variable.key)}`,
      { value, description },
      { headers: new HttpHeaders({ 'If-Match': `"${variable.version}"` }) },
    );
  }

  deleteVariable(key: string): Observable<void> {
    return this.http.delete<void>(`/api/proposal-variables/${encodeURIComponent(key)}`);
  }
}

function ifMatch(etag: string): { observe: 'response'; headers: HttpHeaders } {
  return { observe: 'response', headers: new HttpHeaders({ 'If-Match': etag }) };
}

function versioned(response: HttpResponse<TemplateDetail>): Versioned<TemplateDetail> {
  const template = response.body as TemplateDetail;
  return { value: template, etag: response.headers.get('ETag') ?? `"${template.version}"` };
}

/** The template problems of a `template-invalid` answer (empty for any other body). */
export function templateProblems(error: unknown): TemplateProblem[] {
  const body = (error as { error?: unknown } | null)?.error;
  const problems =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)['problems']
      : null;
  if (!Array.isArray(problems)) {
    return [];
  }
  return problems
    .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
    .filter((p) => typeof p['field'] === 'string' && typeof p['message'] === 'string')
    .map((p) => ({
      field: p['field'] as string,
      variable: typeof p['variable'] === 'string' ? p['variable'] : null,
      line: typeof p['line'] === 'number' ? p['line'] : null,
      column: typeof p['column'] === 'number' ? p['column'] : null,
      message: p['message'] as string,
    }));
}

/** A rate from 0 to 1 as a whole percentage, or null when nothing was sent. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100);
}
