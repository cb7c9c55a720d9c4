import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { AgencyRole, SessionInfo } from '../../core/auth/session';

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

/** What an invitation link shows before it is accepted. */
export interface InvitationPreview {
  readonly agencyName: string;
  readonly role: AgencyRole;
  readonly email: string;
  readonly expiresAt: string;
  readonly status: InvitationStatus;
  readonly accountExists: boolean;
}

/** A new account for the invited e-mail, created while accepting. */
export interface NewAccount {
  readonly displayName: string;
  readonly password: string;
}

@Injectable({ providedIn: 'root' })
export class InvitationApi {
  private readonly http = inject(HttpClient);

  preview(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`);
  }

  /** Signed in: no body. Not signed in: creates the account and signs in. Answers the session. */
  accept(token: string, account: NewAccount | null): Observable<SessionInfo> {
    return this.http.post<SessionInfo>(
      `/api/invitations/${encodeURIComponent(token)}/accept`,
      account,
    );
  }
}
