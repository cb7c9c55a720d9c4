import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { SessionInfo } from '../../core/auth/session';

/** The existing account a Sign in with Upwork waits to be linked to. */
export interface PendingUpworkLink {
  readonly email: string;
  readonly upworkName: string;
}

/** Linking an Upwork account to an existing Crewbid account, confirmed with its password. */
@Injectable({ providedIn: 'root' })
export class UpworkLinkApi {
  private readonly http = inject(HttpClient);

  /** 404 when nothing waits (or the 10 minutes are over). */
  pending(): Observable<PendingUpworkLink> {
    return this.http.get<PendingUpworkLink>('/api/auth/upwork-link');
  }

  /** Checks the password and signs in to the account (perhaps owing the second factor). */
  confirm(password: string): Observable<SessionInfo> {
    return this.http.post<SessionInfo>('/api/auth/upwork-link', { password });
  }

  cancel(): Observable<void> {
    return this.http.delete<void>('/api/auth/upwork-link');
  }
}
