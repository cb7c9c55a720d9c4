import { HttpClient, HttpParams, HttpXsrfTokenExtractor } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, map, of, switchMap, tap } from 'rxjs';

export type AgencyRole = 'OWNER' | 'MANAGER' | 'FREELANCER' | 'VIEWER';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly platformAdmin: boolean;
  readonly emailVerified: boolean;
  readonly mfaEnabled: boolean;
}

export interface Membership {
  readonly tenantId: string;
  readonly name: string;
  readonly slug: string;
  readonly role: AgencyRole;
}

/** The body of `GET /api/auth/session` and `POST /api/auth/sign-in`. */
export interface SessionInfo {
  readonly authenticated: boolean;
  readonly user: SessionUser | null;
  readonly agency: Membership | null;
  readonly memberships: readonly Membership[];
  /** The password (or Upwork) step passed; the second factor is still owed. */
  readonly mfaPending: boolean;
  /** Signed in, but policy demands setting up MFA before anything else. */
  readonly mfaEnrollmentRequired: boolean;
  /** While the second factor is owed: a code can also be sent by text message. */
  readonly mfaSmsAvailable?: boolean;
}

/** The second factor, as `POST /api/auth/mfa` takes it: a TOTP code or a backup code. */
export type SecondFactor =
  { readonly code: string } | { readonly backupCode: string } | { readonly smsCode: string };

export const ANONYMOUS: SessionInfo = {
  authenticated: false,
  user: null,
  agency: null,
  memberships: [],
  mfaPending: false,
  mfaEnrollmentRequired: false,
};

const MANAGING_ROLES: readonly AgencyRole[] = ['OWNER', 'MANAGER'];

/** Who is signed in, in which agency and with which role; the one place the app asks. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly xsrfTokens = inject(HttpXsrfTokenExtractor);
  private readonly state = signal<SessionInfo>(ANONYMOUS);

  readonly info = this.state.asReadonly();
  readonly authenticated = computed(() => this.state().authenticated && this.state().user !== null);
  readonly user = computed(() => this.state().user);
  readonly agency = computed(() => this.state().agency);
  readonly role = computed(() => this.state().agency?.role ?? null);
  readonly isPlatformAdmin = computed(() => this.state().user?.platformAdmin === true);
  readonly mfaPending = computed(() => this.state().mfaPending);
  readonly mfaSmsAvailable = computed(() => this.state().mfaSmsAvailable === true);
  readonly mfaEnrollmentRequired = computed(
    () => this.authenticated() && this.state().mfaEnrollmentRequired,
  );
  readonly memberships = computed(() => this.state().memberships);
  /** OWNER and MANAGER may change the agency and read its audit log. */
  readonly canManageAgency = computed(() => {
    const role = this.role();
    return role !== null && MANAGING_ROLES.includes(role);
  });
  /**
   * Where a user lands: the code step or the MFA set-up while owed, the console for platform
   * admins, the agency for members, and onboarding for people without an agency yet.
   */
  readonly homeUrl = computed(() => {
    if (this.mfaPending()) {
      return '/sign-in/mfa';
    }
    if (!this.authenticated()) {
      return '/sign-in';
    }
    if (this.mfaEnrollmentRequired()) {
      return '/security/mfa-setup';
    }
    if (this.isPlatformAdmin()) {
      return '/admin/agencies';
    }
    return this.agency() ? '/agency' : '/onboarding';
  });

  /**
   * Reads the session from the server (which also issues the CSRF cookie). A failure counts as
   * signed out rather than breaking start-up.
   */
  load(): Observable<SessionInfo> {
    return this.http.get<SessionInfo>('/api/auth/session').pipe(
      map(normalise),
      catchError(() => of(ANONYMOUS)),
      tap((info) => this.state.set(info)),
    );
  }

  /** Signs in with e-mail and password; errors are left to the caller (see `toProblem`). */
  signIn(email: string, password: string): Observable<SessionInfo> {
    const body = new HttpParams().set('email', email).set('password', password);
    // Without a CSRF cookie the server would refuse the POST: fetch the session first to get one.
    const ensureCsrfCookie: Observable<unknown> = this.xsrfTokens.getToken()
      ? of(null)
      : this.load();
    return ensureCsrfCookie.pipe(
      switchMap(() => this.http.post<SessionInfo>('/api/auth/sign-in', body)),
      map(normalise),
      tap((info) => this.state.set(info)),
    );
  }

  /** Completes sign-in with the second factor; errors (401 invalid-mfa-code, 429) go to the caller. */
  verifySecondFactor(factor: SecondFactor): Observable<SessionInfo> {
    return this.http.post<SessionInfo>('/api/auth/mfa', factor).pipe(
      map(normalise),
      tap((info) => this.state.set(info)),
    );
  }

  /** Texts a sign-in code to the verified phone (second step only). */
  sendSmsCode(): Observable<void> {
    return this.http.post<void>('/api/auth/mfa/sms', {});
  }

  /** E-mails the signed-in person a new link to confirm their address. */
  sendVerificationEmail(): Observable<void> {
    return this.http.post<void>('/api/auth/email-verification', {});
  }

  /** Makes another of the user's agencies the current one. */
  switchAgency(tenantId: string): Observable<SessionInfo> {
    return this.http.post<SessionInfo>('/api/auth/agency', { tenantId }).pipe(
      map(normalise),
      tap((info) => this.state.set(info)),
    );
  }

  /** Takes a session answer from another endpoint (invitation acceptance signs in, too). */
  update(info: SessionInfo): void {
    this.state.set(normalise(info));
  }

  /** Signs out on the server, then reloads the anonymous session to get a fresh CSRF cookie. */
  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/sign-out', null).pipe(
      catchError(() => of(undefined)),
      switchMap(() => this.sessionEnded()),
    );
  }

  /**
   * After the server ended this session (sign-out, sign out everywhere, account deleted): forget
   * the user and reload the anonymous session for a fresh CSRF cookie.
   */
  sessionEnded(): Observable<void> {
    this.state.set(ANONYMOUS);
    return this.load().pipe(map(() => undefined));
  }

  /** Keeps the toolbar in step after the current agency was renamed. */
  agencyRenamed(name: string): void {
    this.state.update((info) => {
      const agency = info.agency;
      if (!agency) {
        return info;
      }
      return {
        ...info,
        agency: { ...agency, name },
        memberships: info.memberships.map((m) =>
          m.tenantId === agency.tenantId ? { ...m, name } : m,
        ),
      };
    });
  }

  /** Forgets the user locally, e.g. when the server answered 401 because the session expired. */
  clear(): void {
    this.state.set(ANONYMOUS);
  }
}

function normalise(info: Partial<SessionInfo> | null): SessionInfo {
  if (info?.mfaPending && info.user) {
    return {
      ...ANONYMOUS,
      user: info.user,
      mfaPending: true,
      mfaSmsAvailable: info.mfaSmsAvailable === true,
    };
  }
  if (!info || !info.authenticated || !info.user) {
    return ANONYMOUS;
  }
  return {
    authenticated: true,
    user: info.user,
    agency: info.agency ?? null,
    memberships: info.memberships ?? [],
    mfaPending: false,
    mfaEnrollmentRequired: info.mfaEnrollmentRequired === true,
  };
}
