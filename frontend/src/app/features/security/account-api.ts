import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Page } from '../../core/http/page';

export interface MfaStatus {
  readonly enabled: boolean;
  readonly confirmedAt: string | null;
  readonly backupCodesRemaining: number;
}

/** An enrolment under way: the secret for the authenticator app, also as a QR code. */
export interface TotpEnrolment {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrPngDataUri: string;
}

export interface BackupCodes {
  readonly backupCodes: readonly string[];
}

/** Re-authentication for sensitive changes: the current password, or a current TOTP code. */
export type Proof = { readonly password: string } | { readonly code: string };

export interface DeviceSession {
  readonly id: string;
  readonly browser: string | null;
  readonly ip: string | null;
  readonly startedAt: string;
  readonly lastActiveAt: string;
  readonly current: boolean;
}

/** The signed-in person's own security settings and data (`/api/me`). */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  mfa(): Observable<MfaStatus> {
    return this.http.get<MfaStatus>('/api/me/mfa');
  }

  /** Starts (or restarts) enrolment; 409 when MFA is already on. */
  startTotp(): Observable<TotpEnrolment> {
    return this.http.post<TotpEnrolment>('/api/me/mfa/totp', {});
  }

  /** Turns MFA on with a first code; the backup codes in the answer are shown once. */
  confirmTotp(code: string): Observable<BackupCodes> {
    return this.http.post<BackupCodes>('/api/me/mfa/totp/confirm', { code });
  }

  regenerateBackupCodes(proof: Proof): Observable<BackupCodes> {
    return this.http.post<BackupCodes>('/api/me/mfa/backup-codes', proof);
  }

  /** 409 when MFA is mandatory for this person. */
  disableMfa(proof: Proof): Observable<void> {
    return this.http.delete<void>('/api/me/mfa', { body: proof });
  }

  sessions(): Observable<Page<DeviceSession>> {
    return this.http.get<Page<DeviceSession>>('/api/me/sessions');
  }

  revokeSession(id: string): Observable<void> {
    return this.http.delete<void>(`/api/me/sessions/${encodeURIComponent(id)}`);
  }

  signOutEverywhere(): Observable<void> {
    return this.http.post<void>('/api/auth/sign-out-everywhere', null);
  }

  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http.post<void>('/api/me/password', { currentPassword, newPassword });
  }

  exportData(): Observable<HttpResponse<Blob>> {
    return this.http.get('/api/me/export', { observe: 'response', responseType: 'blob' });
  }

  /** 409 sole-owner while the person is the only owner of an agency. */
  deleteAccount(proof: Proof): Observable<void> {
    return this.http.delete<void>('/api/me', { body: proof });
  }
}
