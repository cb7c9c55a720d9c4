import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Page, PageRequest } from '../../core/http/page';

export type TenantStatus = 'ACTIVE' | 'SUSPENDED';

/** An agency as the platform console sees it. */
export interface Tenant {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly status: TenantStatus;
  readonly schemaName: string;
  readonly schemaVersion: string | null;
  readonly createdAt: string;
  readonly ownerEmail: string | null;
}

export interface NewTenant {
  readonly name: string;
  readonly slug: string;
  readonly ownerEmail: string;
  readonly ownerName: string;
  /** Omitted: the server generates one and returns it once as `ownerInitialPassword`. */
  readonly ownerPassword?: string;
}

export interface CreatedTenant extends Tenant {
  readonly ownerInitialPassword: string | null;
}

export interface TenantQuery extends PageRequest {
  readonly status: TenantStatus | null;
}

@Injectable({ providedIn: 'root' })
export class TenantsApi {
  private readonly http = inject(HttpClient);

  list(query: TenantQuery): Observable<Page<Tenant>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.status) {
      params = params.set('status', query.status);
    }
    return this.http.get<Page<Tenant>>('/api/admin/tenants', { params });
  }

  create(tenant: NewTenant): Observable<CreatedTenant> {
    return this.http.post<CreatedTenant>('/api/admin/tenants', tenant);
  }

  suspend(id: string): Observable<Tenant> {
    return this.http.post<Tenant>(`/api/admin/tenants/${encodeURIComponent(id)}/suspend`, null);
  }

  restore(id: string): Observable<Tenant> {
    return this.http.post<Tenant>(`/api/admin/tenants/${encodeURIComponent(id)}/restore`, null);
  }
}
