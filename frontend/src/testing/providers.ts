import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { InteractivityChecker } from '@angular/cdk/a11y';
import {
  Component,
  EnvironmentProviders,
  Injectable,
  Provider,
  importProvidersFrom,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Routes, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../i18n/en.json';
import uk from '../i18n/uk.json';
import { ANONYMOUS, Membership, Session, SessionInfo } from '../app/core/auth/session';

/** Transloco with the real en/uk files, preloaded, English active. */
export function provideTranslocoForTests(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: { en, uk },
      translocoConfig: { availableLangs: ['en', 'uk'], defaultLang: 'en' },
      preloadLangs: true,
    }),
  );
}

/** jsdom does no layout, so every element looks invisible (and unfocusable) to the CDK. */
@Injectable()
class LayoutlessInteractivityChecker extends InteractivityChecker {
  override isVisible(): boolean {
    return true;
  }
}

/** What most component tests need: HTTP against HttpTestingController, router, i18n, no animations. */
export function provideTestEnvironment(routes: Routes = []): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideHttpClientTesting(),
    provideRouter(routes),
    provideTranslocoForTests(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    { provide: InteractivityChecker, useClass: LayoutlessInteractivityChecker },
  ];
}

export function sessionInfo(
  overrides: {
    role?: 'OWNER' | 'MANAGER' | 'FREELANCER' | 'VIEWER' | null;
    platformAdmin?: boolean;
    email?: string;
    mfaEnabled?: boolean;
    mfaPending?: boolean;
    mfaEnrollmentRequired?: boolean;
    emailVerified?: boolean;
    otherMemberships?: Membership[];
  } = {},
): SessionInfo {
  const role = overrides.role === undefined ? 'OWNER' : overrides.role;
  const agency = role ? { tenantId: 't-1', name: 'Acme Studio', slug: 'acme-studio', role } : null;
  const user = {
    id: 'u-1',
    email: overrides.email ?? 'olena@acme.test',
    displayName: 'Olena Koval',
    platformAdmin: overrides.platformAdmin ?? false,
    emailVerified: overrides.emailVerified ?? true,
    mfaEnabled: overrides.mfaEnabled ?? false,
  };
  if (overrides.mfaPending) {
    return { ...ANONYMOUS, user, mfaPending: true };
  }
  return {
    authenticated: true,
    user,
    agency,
    memberships: [...(agency ? [agency] : []), ...(overrides.otherMemberships ?? [])],
    mfaPending: false,
    mfaEnrollmentRequired: overrides.mfaEnrollmentRequired ?? false,
  };
}

/** Puts the real Session into the given state the way the app does: through GET /api/auth/session. */
export function signInAs(info: SessionInfo): void {
  TestBed.inject(Session).load().subscribe();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush(info);
}

export function problem(
  status: number,
  kind: string,
  extra: {
    detail?: string;
    errors?: { field: string; message: string }[];
    retryAfter?: string;
  } = {},
) {
  const { retryAfter, ...fields } = extra;
  return {
    body: {
      type: `https://crewbid.example/problems/${kind}`,
      title: kind,
      status,
      ...fields,
    },
    options: {
      status,
      statusText: kind,
      headers: {
        'Content-Type': 'application/problem+json',
        ...(retryAfter ? { 'Retry-After': retryAfter } : {}),
      },
    },
  };
}

/** Finds an element by its data-testid inside a fixture (or the document, for overlays). */
export function byTestId<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  testId: string,
): T | null {
  return root.querySelector<T>(`[data-testid="${testId}"]`);
}

/** Types into an input the way a user does (value, then an input event). */
export function typeInto(element: HTMLElement | null, value: string): void {
  const input = element as HTMLInputElement | null;
  if (!input) {
    throw new Error('No such input');
  }
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

/** An empty page for routes a test navigates to (a selector of its own: see NG0912). */
@Component({ selector: 'cb-blank-page', template: '' })
export class Blank {}
