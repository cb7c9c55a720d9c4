import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Page, PageRequest } from '../../core/http/page';

export type JobType = 'FIXED' | 'HOURLY';
export type ExperienceLevel = 'ENTRY_LEVEL' | 'INTERMEDIATE' | 'EXPERT';
export type JobSort = 'relevance' | 'postedAt,desc' | 'postedAt,asc' | 'budget,desc' | 'budget,asc';

export const JOB_SORTS: readonly JobSort[] = [
  'relevance',
  'postedAt,desc',
  'postedAt,asc',
  'budget,desc',
  'budget,asc',
];
export const JOB_TYPES: readonly JobType[] = ['FIXED', 'HOURLY'];
export const EXPERIENCE_LEVELS: readonly ExperienceLevel[] = [
  'ENTRY_LEVEL',
  'INTERMEDIATE',
  'EXPERT',
];

/** Money as the API sends it: a decimal string and an ISO 4217 currency. */
export interface Money {
  readonly amount: string;
  readonly currency: string;
}

/** Plain text and the ranges of it that matched; rendered as text, marked by us. */
export interface Highlighted {
  readonly text: string;
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
}

export interface JobCategory {
  readonly id: string;
  readonly label: string;
}

export interface JobClient {
  /** The client company's Upwork organization id, the same on every job it posts. */
  readonly id: string | null;
  /** The company's name, when Upwork tells it (only search results may). */
  readonly name: string | null;
  readonly country: string | null;
  readonly city: string | null;
  readonly rating: number | null;
  readonly reviews: number | null;
  readonly totalSpent: Money | null;
  readonly hires: number | null;
  readonly jobsPosted: number | null;
  readonly paymentVerified: boolean | null;
  readonly memberSince: string | null;
}

export interface JobSummary {
  readonly id: string;
  readonly title: Highlighted;
  readonly snippet: Highlighted;
  readonly skills: readonly string[];
  readonly category: JobCategory | null;
  readonly jobType: JobType;
  readonly budget: Money | null;
  readonly hourlyMin: Money | null;
  readonly hourlyMax: Money | null;
  readonly experienceLevel: ExperienceLevel | null;
  readonly duration: string | null;
  readonly engagement: string | null;
  readonly proposals: number | null;
  readonly client: JobClient;
  readonly postedAt: string | null;
  readonly fetchedAt: string;
  readonly favorite: boolean;
  readonly hidden: boolean;
  readonly relevance: number | null;
  readonly upworkUrl: string | null;
}

export interface JobDetail {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly skills: readonly string[];
  readonly category: JobCategory | null;
  readonly subcategory: string | null;
  readonly jobType: JobType;
  readonly budget: Money | null;
  readonly hourlyMin: Money | null;
  readonly hourlyMax: Money | null;
  readonly experienceLevel: ExperienceLevel | null;
  readonly duration: string | null;
  readonly engagement: string | null;
  readonly proposals: number | null;
  readonly client: JobClient;
  readonly coverLetterRequired: boolean | null;
  /** Null when not fetched from Upwork yet. */
  readonly screeningQuestions: readonly { position: number; question: string }[] | null;
  readonly postedAt: string | null;
  readonly fetchedAt: string;
  readonly expiresAt: string;
  readonly favorite: boolean;
  readonly hidden: boolean;
  readonly upworkUrl: string | null;
}

/** Keywords and filters; every one optional, named as the API names them. */
export interface JobCriteria {
  readonly keywords?: string | null;
  readonly categoryIds?: readonly string[];
  readonly jobType?: JobType | null;
  readonly budgetMin?: number | null;
  readonly budgetMax?: number | null;
  readonly hourlyMin?: number | null;
  readonly hourlyMax?: number | null;
  readonly experienceLevel?: ExperienceLevel | null;
  readonly clientRatingMin?: number | null;
  readonly clientSpentMin?: number | null;
  readonly paymentVerified?: boolean | null;
  readonly postedWithinHours?: number | null;
  readonly proposalsMin?: number | null;
  readonly proposalsMax?: number | null;
}

export interface FetchOutcome {
  readonly pages: number;
  readonly jobs: number;
  readonly upworkTotal: number | null;
  readonly morePages: boolean;
  readonly fetchedAt: string;
}

/** A favourite, hidden job or new match; `job` is null once the job left the 24-hour cache. */
export interface MarkedJob {
  readonly jobId: string;
  readonly markedAt: string;
  readonly job: JobSummary | null;
}

export interface SavedSearch {
  readonly id: string;
  readonly name: string;
  readonly criteria: JobCriteria;
  readonly refreshMinutes: number | null;
  readonly nextRunAt: string | null;
  readonly lastRunAt: string | null;
  readonly lastErrorType: string | null;
  readonly lastError: string | null;
  readonly newMatches: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface SavedSearchChange {
  readonly name: string;
  readonly criteria: JobCriteria;
  readonly refreshMinutes: number | null;
}

export interface SavedSearchRun {
  readonly search: SavedSearch;
  readonly fetch: FetchOutcome;
  readonly newMatches: number;
}

/** The least refresh interval the server accepts (Upwork's terms: modest, user-directed). */
export const MIN_REFRESH_MINUTES = 15;
export const REFRESH_CHOICES: readonly number[] = [15, 30, 60, 180, 720, 1440];

/** Where a member links their Upwork account (the page of the Upwork-accounts feature). */
export const UPWORK_ACCOUNT_URL = '/upwork/account';

/** The criteria without empty values, so URLs and saved searches stay short. */
export function compact(criteria: JobCriteria): JobCriteria {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(criteria)) {
    if (value === null || value === undefined || value === '' || value === false) {
      continue;
    }
    if (Array.isArray(value) && value.length === 0) {
      continue;
    }
    out[name] = typeof value === 'string' ? value.trim() : value;
  }
  return out as JobCriteria;
}

/** Criteria as query parameters (repeated `categoryIds`), as `GET /api/jobs` and the feed's URL take them. */
export function criteriaParams(criteria: JobCriteria): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(compact(criteria))) {
    params[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return params;
}

const NUMBER_FIELDS = [
  'budgetMin',
  'budgetMax',
  'hourlyMin',
  'hourlyMax',
  'clientRatingMin',
  'clientSpentMin',
  'postedWithinHours',
  'proposalsMin',
  'proposalsMax',
] as const;

/** Criteria read back from query parameters (the feed's URL). */
export function criteriaFromParams(
  params: Record<string, string | string[] | undefined>,
): JobCriteria {
  const first = (name: string): string | null => {
    const value = params[name];
    return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  };
  const criteria: Record<string, unknown> = {};
  const keywords = first('keywords');
  if (keywords) {
    criteria['keywords'] = keywords;
  }
  const categories = params['categoryIds'];
  if (categories) {
    criteria['categoryIds'] = Array.isArray(categories) ? categories : [categories];
  }
  const jobType = first('jobType');
  if (jobType && (JOB_TYPES as readonly string[]).includes(jobType)) {
    criteria['jobType'] = jobType;
  }
  const level = first('experienceLevel');
  if (level && (EXPERIENCE_LEVELS as readonly string[]).includes(level)) {
    criteria['experienceLevel'] = level;
  }
  if (first('paymentVerified') === 'true') {
    criteria['paymentVerified'] = true;
  }
  for (const name of NUMBER_FIELDS) {
    const value = first(name);
    if (value !== null && value.trim() !== '' && Number.isFinite(Number(value))) {
      criteria[name] = Number(value);
    }
  }
  return criteria as JobCriteria;
}

@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  /** Searches the agency's cache (never Upwork). */
  search(
    criteria: JobCriteria,
    sort: JobSort,
    request: PageRequest,
    includeHidden = false,
  ): Observable<Page<JobSummary>> {
    let params = new HttpParams({ fromObject: criteriaParams(criteria) })
      .set('sort', sort)
      .set('page', request.page)
      .set('size', request.size);
    if (includeHidden) {
      params = params.set('includeHidden', true);
    }
    return this.http.get<Page<JobSummary>>('/api/jobs', { params });
  }

  /** Asks Upwork, as the member, for a few pages of matches into the cache. */
  fetch(criteria: JobCriteria): Observable<FetchOutcome> {
    return this.http.post<FetchOutcome>('/api/jobs/fetches', compact(criteria));
  }

  categories(): Observable<JobCategory[]> {
    return this.http.get<JobCategory[]>('/api/jobs/categories');
  }

  detail(jobId: string): Observable<JobDetail> {
    return this.http.get<JobDetail>(`/api/jobs/${encodeURIComponent(jobId)}`);
  }

  setFavorite(jobId: string, favorite: boolean): Observable<void> {
    const url = `/api/jobs/${encodeURIComponent(jobId)}/favorite`;
    return favorite ? this.http.put<void>(url, null) : this.http.delete<void>(url);
  }

  setHidden(jobId: string, hidden: boolean): Observable<void> {
    const url = `/api/jobs/${encodeURIComponent(jobId)}/hidden`;
    return hidden ? this.http.put<void>(url, null) : this.http.delete<void>(url);
  }

  marked(kind: 'favorites' | 'hidden', request: PageRequest): Observable<Page<MarkedJob>> {
    const params = new HttpParams().set('page', request.page).set('size', request.size);
    return this.http.get<Page<MarkedJob>>(`/api/jobs/${kind}`, { params });
  }

  savedSearches(request: PageRequest): Observable<Page<SavedSearch>> {
    const params = new HttpParams().set('page', request.page).set('size', request.size);
    return this.http.get<Page<SavedSearch>>('/api/saved-searches', { params });
  }

  savedSearch(id: string): Observable<SavedSearch> {
    return this.http.get<SavedSearch>(`/api/saved-searches/${id}`);
  }

  createSavedSearch(change: SavedSearchChange): Observable<SavedSearch> {
    return this.http.post<SavedSearch>('/api/saved-searches', {
      ...change,
      criteria: compact(change.criteria),
    });
  }

  updateSavedSearch(search: SavedSearch, change: SavedSearchChange): Observable<SavedSearch> {
    return this.http.put<SavedSearch>(
      `/api/saved-searches/${search.id}`,
      { ...change, criteria: compact(change.criteria) },
      { headers: { 'If-Match': `"${search.version}"` } },
    );
  }

  deleteSavedSearch(id: string): Observable<void> {
    return this.http.delete<void>(`/api/saved-searches/${id}`);
  }

  runSavedSearch(id: string): Observable<SavedSearchRun> {
    return this.http.post<SavedSearchRun>(`/api/saved-searches/${id}/run`, {});
  }

  newMatches(id: string, request: PageRequest): Observable<Page<MarkedJob>> {
    const params = new HttpParams().set('page', request.page).set('size', request.size);
    return this.http.get<Page<MarkedJob>>(`/api/saved-searches/${id}/new-matches`, { params });
  }

  markSeen(id: string): Observable<{ seen: number }> {
    return this.http.post<{ seen: number }>(`/api/saved-searches/${id}/new-matches/seen`, {});
  }
}
