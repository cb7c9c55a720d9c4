import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export interface FoundedAgency {
  readonly tenantId: string;
  readonly slug: string;
  readonly name: string;
}

@Injectable({ providedIn: 'root' })
export class OnboardingApi {
  private readonly http = inject(HttpClient);

  /** Creates an agency owned by the signed-in person and selects it; 409 when the slug is taken. */
  createAgency(name: string, slug: string): Observable<FoundedAgency> {
    return this.http.post<FoundedAgency>('/api/onboarding/agencies', { name, slug });
  }
}
