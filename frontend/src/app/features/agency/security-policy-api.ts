import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export interface SecurityPolicy {
  readonly mfaRequired: boolean;
}

@Injectable({ providedIn: 'root' })
export class SecurityPolicyApi {
  private readonly http = inject(HttpClient);

  get(): Observable<SecurityPolicy> {
    return this.http.get<SecurityPolicy>('/api/agency/security-policy');
  }

  /** OWNER only. */
  update(policy: SecurityPolicy): Observable<SecurityPolicy> {
    return this.http.put<SecurityPolicy>('/api/agency/security-policy', policy);
  }
}
