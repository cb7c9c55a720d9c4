import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { AgencyRole } from '../../core/auth/session';
import { Page, PageRequest } from '../../core/http/page';

export type UserStatus = 'ACTIVE' | 'LOCKED';

export interface PlatformUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly platformAdmin: boolean;
  readonly status: UserStatus;
  readonly createdAt: string;
  readonly agencies: readonly { tenantId: string; name: string; role: AgencyRole }[];
}

export interface UserQuery extends PageRequest {
  readonly query: string;
}

/** People on the platform, as the console sees them. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserQuery): Observable<Page<PlatformUser>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.query.trim()) {
      params = params.set('query', query.query.trim());
    }
    return this.http.get<Page<PlatformUser>>('/api/admin/users', { params });
  }

  /** Locking also ends every session of the person. */
  lock(id: string): Observable<PlatformUser> {
    return this.http.post<PlatformUser>(`/api/admin/users/${encodeURIComponent(id)}/lock`, null);
  }

  unlock(id: string): Observable<PlatformUser> {
    return this.http.post<PlatformUser>(`/api/admin/users/${encodeURIComponent(id)}/unlock`, null);
  }
}
