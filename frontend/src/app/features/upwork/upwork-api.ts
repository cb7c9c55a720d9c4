import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { AgencyRole } from '../../core/auth/session';
import { Page, PageRequest } from '../../core/http/page';

/** Where a member's link to Upwork stands; `NEVER_LINKED` when they never linked here. */
export type LinkState = 'LINKED' | 'NEEDS_RELINK' | 'UNLINKED' | 'NEVER_LINKED';

export type SyncState = 'NEVER' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface UpworkOrganization {
  readonly id: string;
  readonly name: string;
  readonly type: string | null;
}

export interface ProfileSync {
  readonly state: SyncState;
  readonly startedAt: string | null;
  readonly progressPercent: number;
}

export interface UpworkLink {
  readonly memberId: string;
  readonly state: LinkState;
  readonly upworkUserId: string | null;
  readonly upworkUserName: string | null;
  readonly organization: UpworkOrganization | null;
  readonly linkedAt: string | null;
  readonly lastSyncAt: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  readonly relinkRequestedAt: string | null;
  readonly profileSync: ProfileSync;
  readonly version: number;
}

export interface Money {
  readonly amount: string;
  readonly currency: string;
}

export interface PortfolioItem {
  readonly upworkId: string | null;
  readonly title: string | null;
  readonly description: string | null;
  readonly projectUrl: string | null;
  readonly completedOn: string | null;
  readonly skills: readonly string[];
}

export interface Employment {
  readonly upworkId: string | null;
  readonly companyName: string | null;
  readonly jobTitle: string | null;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly description: string | null;
}

export interface UpworkProfile {
  readonly memberId: string;
  readonly upworkUserId: string;
  readonly fullName: string | null;
  readonly title: string | null;
  readonly overview: string | null;
  readonly hourlyRate: Money | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly skills: readonly string[];
  readonly portfolio: readonly PortfolioItem[];
  readonly workHistory: readonly Employment[];
  readonly syncedAt: string;
}

export interface LinkedAccount {
  readonly member: {
    readonly id: string;
    readonly displayName: string;
    readonly email: string;
    readonly role: AgencyRole;
  };
  readonly link: UpworkLink;
}

/** What Upwork sent the browser back with. */
export interface LinkAnswer {
  readonly code: string | null;
  readonly state: string | null;
  readonly error: string | null;
}

export type LinkedAccountsSort = 'name' | 'email' | 'role' | 'state' | 'lastSyncAt';

/** The signed-in member's Upwork link, and (for owners and managers) everyone's. */
@Injectable({ providedIn: 'root' })
export class UpworkApi {
  private readonly http = inject(HttpClient);

  myLink(): Observable<UpworkLink> {
    return this.http.get<UpworkLink>('/api/me/upwork-account');
  }

  /** Starts linking; answers Upwork's consent page to send the browser to. */
  startLink(): Observable<{ authorizationUrl: string }> {
    return this.http.post<{ authorizationUrl: string }>('/api/me/upwork-account/link', {});
  }

  /** 400 upwork-link-state, 422 upwork-consent-denied, 409 upwork-account-in-use. */
  completeLink(answer: LinkAnswer): Observable<UpworkLink> {
    return this.http.post<UpworkLink>('/api/me/upwork-account/link/complete', answer);
  }

  unlink(): Observable<void> {
    return this.http.delete<void>('/api/me/upwork-account');
  }

  organizations(): Observable<Page<UpworkOrganization>> {
    return this.http.get<Page<UpworkOrganization>>('/api/me/upwork-account/organizations');
  }

  /** `null` acts in the personal organization; 412 when the link changed since `version`. */
  chooseOrganization(organizationId: string | null, version: number): Observable<UpworkLink> {
    return this.http.put<UpworkLink>(
      '/api/me/upwork-account/organization',
      { organizationId },
      { headers: { 'If-Match': `"${version}"` } },
    );
  }

  /** Starts importing the profile; the link answers with the import running. */
  syncProfile(): Observable<UpworkLink> {
    return this.http.post<UpworkLink>('/api/me/upwork-account/profile-sync', {});
  }

  /** 404 until an import succeeded. */
  profile(): Observable<UpworkProfile> {
    return this.http.get<UpworkProfile>('/api/me/upwork-account/profile');
  }

  linkedAccounts(
    request: PageRequest,
    sort: LinkedAccountsSort,
    direction: 'asc' | 'desc',
  ): Observable<Page<LinkedAccount>> {
    const params = new HttpParams()
      .set('page', request.page)
      .set('size', request.size)
      .set('sort', `${sort},${direction}`);
    return this.http.get<Page<LinkedAccount>>('/api/agency/upwork-accounts', { params });
  }

  /** E-mails the member; 409 when their link works. */
  requestRelink(memberId: string): Observable<LinkedAccount> {
    return this.http.post<LinkedAccount>(
      `/api/agency/upwork-accounts/${encodeURIComponent(memberId)}/relink-request`,
      {},
    );
  }
}
