import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Page } from '../../core/http/page';

export type AlertScope = 'agency' | 'admin';
export type AlertStatus = 'OPEN' | 'ACKNOWLEDGED';
export type AlertSeverity = 'INFO' | 'WARNING' | 'CRITICAL';

export interface SecurityAlert {
  readonly id: string;
  readonly tenantId: string | null;
  readonly kind: string;
  readonly severity: AlertSeverity;
  readonly summary: string;
  readonly userEmail: string | null;
  readonly ip: string | null;
  readonly createdAt: string;
  readonly acknowledgedAt: string | null;
}

const BASE: Record<AlertScope, string> = {
  agency: '/api/agency/security-alerts',
  admin: '/api/admin/security-alerts',
};

/** Security alerts of the current agency (OWNER) or of the whole platform (ADMIN). */
@Injectable({ providedIn: 'root' })
export class SecurityAlertsApi {
  private readonly http = inject(HttpClient);

  list(scope: AlertScope, status: AlertStatus | null): Observable<Page<SecurityAlert>> {
    const params = status ? new HttpParams().set('status', status) : new HttpParams();
    return this.http.get<Page<SecurityAlert>>(BASE[scope], { params });
  }

  acknowledge(scope: AlertScope, id: string): Observable<void> {
    return this.http.post<void>(`${BASE[scope]}/${encodeURIComponent(id)}/acknowledge`, null);
  }
}
