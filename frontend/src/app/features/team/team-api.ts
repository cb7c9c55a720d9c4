import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { AgencyRole } from '../../core/auth/session';
import { Page } from '../../core/http/page';
import { InvitationStatus } from '../invitations/invitation-api';

export const ROLES: readonly AgencyRole[] = ['OWNER', 'MANAGER', 'FREELANCER', 'VIEWER'];

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AgencyRole;
  readonly joinedAt: string;
  readonly mfaEnabled: boolean;
}

export interface Invitation {
  readonly id: string;
  readonly email: string;
  readonly role: AgencyRole;
  readonly invitedBy: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly status: InvitationStatus;
}

/** The current agency's members and invitations. */
@Injectable({ providedIn: 'root' })
export class TeamApi {
  private readonly http = inject(HttpClient);

  members(): Observable<Page<Member>> {
    return this.http.get<Page<Member>>('/api/agency/members');
  }

  /** 409 last-owner when the agency would lose its last owner. */
  changeRole(userId: string, role: AgencyRole): Observable<Member> {
    return this.http.patch<Member>(`/api/agency/members/${encodeURIComponent(userId)}`, { role });
  }

  /** Removes a member, or leaves the agency when it is the signed-in person. */
  remove(userId: string): Observable<void> {
    return this.http.delete<void>(`/api/agency/members/${encodeURIComponent(userId)}`);
  }

  invitations(): Observable<Page<Invitation>> {
    return this.http.get<Page<Invitation>>('/api/agency/invitations');
  }

  invite(email: string, role: AgencyRole): Observable<Invitation> {
    return this.http.post<Invitation>('/api/agency/invitations', { email, role });
  }

  revoke(invitationId: string): Observable<void> {
    return this.http.delete<void>(`/api/agency/invitations/${encodeURIComponent(invitationId)}`);
  }
}
