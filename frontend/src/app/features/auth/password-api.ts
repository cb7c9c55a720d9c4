import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** Links sent by e-mail: password reset and e-mail verification. */
@Injectable({ providedIn: 'root' })
export class PasswordApi {
  private readonly http = inject(HttpClient);

  /** Always 202, whether or not the address has an account. */
  requestReset(email: string): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset', { email });
  }

  /** 410 link-expired when the link is spent; 400 with `errors[password]` when too weak. */
  reset(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/confirm', { token, password });
  }

  verifyEmail(token: string): Observable<void> {
    return this.http.post<void>('/api/auth/email-verification/confirm', { token });
  }
}
