import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Page, PageRequest } from '../../core/http/page';

export interface AuditEvent {
  readonly id: string;
  readonly occurredAt: string;
  readonly actorEmail: string | null;
  readonly action: string;
  readonly target: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly outcome: string;
  readonly details: Record<string, unknown> | null;
}

/**
 * Which log: the current agency's audit log, or (platform admins) the platform's security log of
 * events outside any agency and of admins' own actions.
 */
export type AuditScope = 'agency' | 'platform';

/**
 * Filters as the server takes them: action prefix, part of an e-mail (the actor's; in the platform
 * log the actor's or the target's), ISO instants.
 */
export interface AuditFilter {
  readonly action?: string;
  readonly actor?: string;
  readonly outcome?: string;
  /** Inclusive. */
  readonly from?: string;
  /** Exclusive. */
  readonly to?: string;
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  /** The events of the log, newest first. */
  list(
    request: PageRequest,
    filter: AuditFilter = {},
    scope: AuditScope = 'agency',
  ): Observable<Page<AuditEvent>> {
    let params = new HttpParams().set('page', request.page).set('size', request.size);
    for (const [name, value] of Object.entries(filter)) {
      if (typeof value === 'string' && value.trim() !== '') {
        // The platform log matches the actor or the target: its parameter is `person`.
        const param = scope === 'platform' && name === 'actor' ? 'person' : name;
        params = params.set(param, value.trim());
      }
    }
    const url = scope === 'platform' ? '/api/admin/security-events' : '/api/agency/audit-events';
    return this.http.get<Page<AuditEvent>>(url, { params });
  }
}
