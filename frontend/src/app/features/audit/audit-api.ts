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

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  /** The current agency's audit events, newest first. */
  list(request: PageRequest): Observable<Page<AuditEvent>> {
    const params = new HttpParams().set('page', request.page).set('size', request.size);
    return this.http.get<Page<AuditEvent>>('/api/agency/audit-events', { params });
  }
}
