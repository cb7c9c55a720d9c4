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

/** Filters as the server takes them: action prefix, part of the actor's e-mail, ISO instants. */
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

  /** The current agency's audit events, newest first. */
  list(request: PageRequest, filter: AuditFilter = {}): Observable<Page<AuditEvent>> {
    let params = new HttpParams().set('page', request.page).set('size', request.size);
    for (const [name, value] of Object.entries(filter)) {
      if (typeof value === 'string' && value.trim() !== '') {
        params = params.set(name, value.trim());
      }
    }
    return this.http.get<Page<AuditEvent>>('/api/agency/audit-events', { params });
  }
}
