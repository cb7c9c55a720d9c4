import { HttpClient, HttpHeaders, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { Versioned } from '../agency/agency-api';

/** What a rule looks at (`RuleKind` on the server). */
export type RuleKind =
  'ALWAYS' | 'BID_AT_LEAST' | 'NEW_CLIENT' | 'FIRST_PROPOSALS' | 'CONNECTS_AT_LEAST' | 'CATEGORIES';

export const RULE_KINDS: readonly RuleKind[] = [
  'ALWAYS',
  'BID_AT_LEAST',
  'NEW_CLIENT',
  'FIRST_PROPOSALS',
  'CONNECTS_AT_LEAST',
  'CATEGORIES',
];

/** Roles that may approve (viewers never do). */
export type ApproverRole = 'OWNER' | 'MANAGER' | 'FREELANCER';

export const APPROVER_ROLES: readonly ApproverRole[] = ['OWNER', 'MANAGER', 'FREELANCER'];

/** Money as the API writes it: a decimal string and an ISO 4217 code. */
export interface Amount {
  readonly amount: string;
  readonly currency: string;
}

/** A rule in the flat form `GET`/`PUT /api/approval-policy` use; only its kind's parameter is set. */
export interface ApprovalRule {
  /** Null for a rule not saved yet. */
  readonly id: string | null;
  readonly name: string;
  readonly enabled: boolean;
  readonly kind: RuleKind;
  readonly minimumBid: Amount | null;
  readonly minimumConnects: number | null;
  readonly firstProposals: number | null;
  readonly categories: readonly string[] | null;
  readonly approvers: { readonly roles: readonly string[]; readonly userIds: readonly string[] };
  readonly approvalsNeeded: number | null;
}

export interface ApprovalPolicy {
  readonly version: number;
  /** Null while the agency has the standard policy it started with. */
  readonly updatedAt: string | null;
  readonly rules: readonly ApprovalRule[];
}

/** An imagined proposal to try the policy on. */
export interface PreviewFacts {
  readonly bid: Amount;
  readonly connects: number | null;
  readonly category: string | null;
  readonly newClient: boolean;
  readonly authorPriorProposals: number | null;
}

/** Which rule applies to the facts (`POST /api/approval-policy/evaluate`). */
export interface Evaluation {
  readonly requiresApproval: boolean;
  readonly ruleId: string | null;
  readonly rulePosition: number | null;
  readonly ruleName: string | null;
  readonly approvalsNeeded: number | null;
  readonly reason: string;
}

const URL = '/api/approval-policy';

/** The agency's approval policy: owners change it, managers read and preview it. */
@Injectable({ providedIn: 'root' })
export class ApprovalPolicyApi {
  private readonly http = inject(HttpClient);

  get(): Observable<Versioned<ApprovalPolicy>> {
    return this.http.get<ApprovalPolicy>(URL, { observe: 'response' }).pipe(map(versioned));
  }

  /** Fails with 412 (`stale-version`) when someone else saved since `etag`; 400 names fields. */
  save(rules: readonly ApprovalRule[], etag: string): Observable<Versioned<ApprovalPolicy>> {
    return this.http
      .put<ApprovalPolicy>(
        URL,
        { rules },
        { observe: 'response', headers: new HttpHeaders({ 'If-Match': etag }) },
      )
      .pipe(map(versioned));
  }

  /** Tries the unsaved `rules` when given, else the saved policy. Changes nothing. */
  evaluate(facts: PreviewFacts, rules?: readonly ApprovalRule[]): Observable<Evaluation> {
    return this.http.post<Evaluation>(`${URL}/evaluate`, rules ? { ...facts, rules } : facts);
  }
}

function versioned(response: HttpResponse<ApprovalPolicy>): Versioned<ApprovalPolicy> {
  const policy = response.body as ApprovalPolicy;
  return { value: policy, etag: response.headers.get('ETag') ?? `"${policy.version}"` };
}
