import { HttpClient, HttpHeaders, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { Page, PageRequest } from '../../core/http/page';
import { Versioned } from '../agency/agency-api';
import { Money } from '../jobs/jobs-api';

/** Where a proposal stands (see the contract's state diagram). */
export type ProposalState =
  | 'DRAFT'
  | 'PENDING_APPROVAL'
  | 'CHANGES_REQUESTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'SENDING'
  | 'SEND_UNKNOWN'
  | 'SENT'
  | 'VIEWED'
  | 'REPLIED'
  | 'INTERVIEW'
  | 'HIRED'
  | 'DECLINED'
  | 'WITHDRAWN';

export const PROPOSAL_STATES: readonly ProposalState[] = [
  'DRAFT',
  'PENDING_APPROVAL',
  'CHANGES_REQUESTED',
  'APPROVED',
  'REJECTED',
  'SENDING',
  'SEND_UNKNOWN',
  'SENT',
  'VIEWED',
  'REPLIED',
  'INTERVIEW',
  'HIRED',
  'DECLINED',
  'WITHDRAWN',
];

/** What a person may set as the outcome of a sent proposal. */
export type Outcome =
  'SENT' | 'VIEWED' | 'REPLIED' | 'INTERVIEW' | 'HIRED' | 'DECLINED' | 'WITHDRAWN';

export const OUTCOMES: readonly Outcome[] = [
  'SENT',
  'VIEWED',
  'REPLIED',
  'INTERVIEW',
  'HIRED',
  'DECLINED',
  'WITHDRAWN',
];

export type EstimatedDuration =
  'LESS_THAN_ONE_MONTH' | 'ONE_TO_THREE_MONTHS' | 'THREE_TO_SIX_MONTHS' | 'MORE_THAN_SIX_MONTHS';

export const DURATIONS: readonly EstimatedDuration[] = [
  'LESS_THAN_ONE_MONTH',
  'ONE_TO_THREE_MONTHS',
  'THREE_TO_SIX_MONTHS',
  'MORE_THAN_SIX_MONTHS',
];

/** What the caller may do with a proposal now; the buttons follow it. */
export type ProposalAction =
  | 'EDIT'
  | 'SUBMIT'
  | 'DISCARD'
  | 'WITHDRAW'
  | 'APPROVE'
  | 'REJECT'
  | 'REQUEST_CHANGES'
  | 'SEND'
  | 'MARK_SENT'
  | 'MARK_NOT_SENT'
  | 'CHECK_UPWORK'
  | 'CORRECT_OUTCOME'
  | 'COMMENT';

export type Decision = 'APPROVE' | 'REJECT' | 'REQUEST_CHANGES';

export interface Person {
  readonly id: string;
  readonly name: string;
}

export interface ProposalJob {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly clientId: string | null;
  readonly clientName: string | null;
  readonly category: string | null;
  readonly categoryId: string | null;
  readonly type: 'FIXED' | 'HOURLY';
  readonly budget: Money | null;
  readonly hourlyMin: Money | null;
  readonly hourlyMax: Money | null;
  readonly coverLetterRequired: boolean | null;
  readonly screeningQuestions: readonly { readonly position: number; readonly question: string }[];
}

export interface ProposalTemplateRef {
  readonly templateId: string;
  readonly versionId: string;
  readonly name: string;
  readonly versionNumber: number;
}

export interface Answer {
  readonly position: number;
  readonly question: string;
  readonly answer: string;
  /** Pre-filled from the template's default answers. */
  readonly suggested: boolean;
}

export interface Milestone {
  readonly description: string;
  readonly dueDate: string | null;
  readonly amount: Money;
}

export interface Bid {
  readonly type: 'FIXED' | 'HOURLY';
  readonly amount: Money | null;
  readonly milestones: readonly Milestone[];
}

export interface Connects {
  readonly value: number;
  readonly source: 'ESTIMATE' | 'MEMBER';
  readonly estimate: number;
  readonly basis: string;
}

export interface RecordedDecision {
  readonly round: number;
  readonly approver: Person;
  readonly decision: Decision;
  readonly comment: string | null;
  readonly decidedAt: string;
}

export interface Approval {
  readonly state: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CHANGES_REQUESTED' | 'WITHDRAWN';
  readonly round: number;
  readonly autoApproved: boolean;
  readonly rule: {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly position: number;
  } | null;
  readonly reason: string;
  readonly approvalsNeeded: number;
  readonly approvalsGiven: number;
  /** Null when no rule applies. */
  readonly approvers: {
    readonly roles: readonly string[];
    readonly people: readonly Person[];
  } | null;
  readonly decisions: readonly RecordedDecision[];
  readonly openedAt: string;
}

export interface SendAttempt {
  readonly at: string;
  readonly by: Person;
  readonly outcome: 'IN_PROGRESS' | 'SENT' | 'FAILED' | 'UNKNOWN';
  readonly problemType: string | null;
  readonly error: string | null;
}

export interface Sending {
  readonly apiSubmission: 'AVAILABLE' | 'NOT_PERMITTED' | 'NOT_LINKED' | 'DISABLED';
  readonly via: 'API' | 'MANUAL' | null;
  readonly sentAt: string | null;
  readonly sentBy: Person | null;
  readonly upworkProposalId: string | null;
  readonly lastAttempt: SendAttempt | null;
}

export interface OutcomeInfo {
  readonly upworkStatus: string | null;
  readonly lastSyncedAt: string | null;
  readonly changedAt: string | null;
  readonly source: 'SYNC' | 'PERSON' | null;
}

/** A colleague with an active proposal on the same job. */
export interface Collision {
  readonly memberId: string;
  readonly memberName: string;
  readonly state: ProposalState;
  readonly since: string;
  /** Only when the caller may open that proposal. */
  readonly proposalId: string | null;
}

export interface HistoryEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: Person | null;
  readonly source: 'PERSON' | 'APPROVAL' | 'SYNC' | 'SYSTEM';
  readonly action: string;
  readonly from: ProposalState | null;
  readonly to: ProposalState;
  readonly note: string | null;
}

/** One entry of the comment thread: plain text, rendered as text. */
export interface ThreadEntry {
  readonly id: string;
  readonly author: Person;
  readonly text: string;
  readonly decision: Decision | null;
  readonly round: number | null;
  readonly createdAt: string;
}

export interface ProposalDetail {
  readonly id: string;
  readonly state: ProposalState;
  readonly version: number;
  readonly author: Person;
  readonly job: ProposalJob;
  readonly template: ProposalTemplateRef | null;
  readonly coverLetter: string;
  readonly missingVariables: readonly string[];
  readonly answers: readonly Answer[];
  readonly bid: Bid | null;
  readonly estimatedDuration: EstimatedDuration | null;
  readonly connects: Connects;
  readonly approval: Approval | null;
  readonly mayDecide: boolean;
  readonly actions: readonly ProposalAction[];
  readonly sending: Sending;
  readonly outcome: OutcomeInfo;
  readonly collisions: readonly Collision[];
  readonly history: readonly HistoryEntry[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProposalSummary {
  readonly id: string;
  readonly state: ProposalState;
  readonly version: number;
  readonly author: Person;
  readonly job: {
    readonly id: string;
    readonly title: string;
    readonly clientName: string | null;
    readonly category: string | null;
    readonly type: 'FIXED' | 'HOURLY';
  };
  readonly bid: { readonly type: 'FIXED' | 'HOURLY'; readonly amount: Money | null } | null;
  readonly connects: number;
  readonly approval: {
    readonly state: Approval['state'];
    readonly approvalsNeeded: number;
    readonly approvalsGiven: number;
    readonly ruleName: string | null;
  } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sentAt: string | null;
}

/** The whole editable content, as `PUT /api/proposals/{id}` takes it (autosave sends it all). */
export interface ProposalEdit {
  readonly coverLetter: string;
  readonly answers: readonly { readonly position: number; readonly answer: string }[];
  readonly bid: {
    readonly type: 'FIXED' | 'HOURLY';
    readonly amount: Money;
    readonly milestones: readonly Milestone[];
  } | null;
  readonly estimatedDuration: EstimatedDuration | null;
  /** Null: Crewbid's estimate. */
  readonly connects: number | null;
}

export interface ProposalFilter {
  readonly states?: readonly ProposalState[];
  readonly q?: string;
  readonly authorId?: string;
  readonly mine?: boolean;
  readonly jobId?: string;
  /** `updatedAt,desc`, `jobTitle,asc`, … */
  readonly sort?: string;
}

export interface Collisions {
  readonly jobId: string;
  readonly mine: { readonly proposalId: string; readonly state: ProposalState } | null;
  readonly colleagues: readonly Collision[];
}

const BASE = '/api/proposals';

@Injectable({ providedIn: 'root' })
export class ProposalsApi {
  private readonly http = inject(HttpClient);

  list(request: PageRequest, filter: ProposalFilter = {}): Observable<Page<ProposalSummary>> {
    let params = new HttpParams().set('page', request.page).set('size', request.size);
    for (const state of filter.states ?? []) {
      params = params.append('state', state);
    }
    const q = filter.q?.trim();
    if (q) {
      params = params.set('q', q);
    }
    if (filter.authorId) {
      params = params.set('authorId', filter.authorId);
    }
    if (filter.mine) {
      params = params.set('mine', true);
    }
    if (filter.jobId) {
      params = params.set('jobId', filter.jobId);
    }
    if (filter.sort) {
      params = params.set('sort', filter.sort);
    }
    return this.http.get<Page<ProposalSummary>>(BASE, { params });
  }

  approvalQueue(request: PageRequest): Observable<Page<ProposalSummary>> {
    const params = new HttpParams().set('page', request.page).set('size', request.size);
    return this.http.get<Page<ProposalSummary>>(`${BASE}/approval-queue`, { params });
  }

  collisions(jobId: string): Observable<Collisions> {
    return this.http.get<Collisions>(`${BASE}/collisions`, { params: { jobId } });
  }

  /** 409 `proposal-exists` (with `existingProposalId`) when the member bids on the job already. */
  create(jobId: string, templateId: string | null): Observable<Versioned<ProposalDetail>> {
    const body = templateId ? { jobId, templateId } : { jobId };
    return this.http.post<ProposalDetail>(BASE, body, { observe: 'response' }).pipe(map(versioned));
  }

  get(id: string): Observable<Versioned<ProposalDetail>> {
    return this.http
      .get<ProposalDetail>(`${BASE}/${id}`, { observe: 'response' })
      .pipe(map(versioned));
  }

  /** Saves the whole content; 412 when someone saved since `etag` (nothing changes then). */
  update(id: string, edit: ProposalEdit, etag: string): Observable<Versioned<ProposalDetail>> {
    return this.http
      .put<ProposalDetail>(`${BASE}/${id}`, edit, withEtag(etag))
      .pipe(map(versioned));
  }

  discard(id: string, etag: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/${id}`, {
      headers: new HttpHeaders({ 'If-Match': etag }),
    });
  }

  submitForApproval(id: string, etag: string): Observable<Versioned<ProposalDetail>> {
    return this.transition(id, 'submit-for-approval', {}, etag);
  }

  /** Approve (comment optional), reject or request changes (comment required). */
  decide(
    id: string,
    decision: Decision,
    comment: string,
    etag: string,
  ): Observable<Versioned<ProposalDetail>> {
    const text = comment.trim();
    const body = text === '' ? {} : { comment: text };
    return this.transition(id, DECISION_PATHS[decision], body, etag);
  }

  withdraw(id: string, note: string, etag: string): Observable<Versioned<ProposalDetail>> {
    return this.transition(id, 'withdraw', optional('note', note), etag);
  }

  /** Sends through Upwork's API; a repeat with the same key never sends twice. */
  send(id: string, etag: string, idempotencyKey: string): Observable<Versioned<ProposalDetail>> {
    return this.http
      .post<ProposalDetail>(
        `${BASE}/${id}/send`,
        {},
        {
          observe: 'response',
          headers: new HttpHeaders({ 'If-Match': etag, 'Idempotency-Key': idempotencyKey }),
        },
      )
      .pipe(map(versioned));
  }

  markSent(
    id: string,
    upworkProposalId: string,
    note: string,
    etag: string,
  ): Observable<Versioned<ProposalDetail>> {
    return this.transition(
      id,
      'mark-sent',
      { ...optional('upworkProposalId', upworkProposalId), ...optional('note', note) },
      etag,
    );
  }

  markNotSent(id: string, note: string, etag: string): Observable<Versioned<ProposalDetail>> {
    return this.transition(id, 'mark-not-sent', optional('note', note), etag);
  }

  checkUpwork(id: string): Observable<Versioned<ProposalDetail>> {
    return this.http
      .post<ProposalDetail>(`${BASE}/${id}/check-upwork`, {}, { observe: 'response' })
      .pipe(map(versioned));
  }

  correctOutcome(
    id: string,
    outcome: Outcome,
    note: string,
    etag: string,
  ): Observable<Versioned<ProposalDetail>> {
    return this.transition(id, 'outcome', { outcome, note: note.trim() }, etag);
  }

  comments(id: string): Observable<{ readonly items: readonly ThreadEntry[] }> {
    return this.http.get<{ items: ThreadEntry[] }>(`${BASE}/${id}/comments`);
  }

  addComment(id: string, text: string): Observable<ThreadEntry> {
    return this.http.post<ThreadEntry>(`${BASE}/${id}/comments`, { text: text.trim() });
  }

  private transition(
    id: string,
    action: string,
    body: object,
    etag: string,
  ): Observable<Versioned<ProposalDetail>> {
    return this.http
      .post<ProposalDetail>(`${BASE}/${id}/${action}`, body, withEtag(etag))
      .pipe(map(versioned));
  }
}

const DECISION_PATHS: Record<Decision, string> = {
  APPROVE: 'approve',
  REJECT: 'reject',
  REQUEST_CHANGES: 'request-changes',
};

function optional(name: string, value: string): Record<string, string> {
  const text = value.trim();
  return text === '' ? {} : { [name]: text };
}

function withEtag(etag: string): { observe: 'response'; headers: HttpHeaders } {
  return { observe: 'response', headers: new HttpHeaders({ 'If-Match': etag }) };
}

function versioned(response: HttpResponse<ProposalDetail>): Versioned<ProposalDetail> {
  const proposal = response.body as ProposalDetail;
  return { value: proposal, etag: response.headers.get('ETag') ?? `"${proposal.version}"` };
}

/** The id of the proposal the member has on the job already, from a `proposal-exists` answer. */
export function existingProposalId(error: unknown): string | null {
  const body = (error as { error?: unknown } | null)?.error;
  const id =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)['existingProposalId']
      : null;
  return typeof id === 'string' && id !== '' ? id : null;
}
