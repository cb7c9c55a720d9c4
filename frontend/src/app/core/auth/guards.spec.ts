import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Route,
  RouterStateSnapshot,
  UrlSegment,
  UrlTree,
  Router,
} from '@angular/router';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideTestEnvironment, sessionInfo, signInAs } from '../../../testing/providers';
import {
  agencyManagerGuard,
  agencyMemberGuard,
  agencyOwnerGuard,
  authGuard,
  guestGuard,
  mfaEnrollmentGuard,
  mfaPendingGuard,
  platformAdminGuard,
} from './guards';

const route = {} as ActivatedRouteSnapshot;
const state = (url: string) => ({ url }) as RouterStateSnapshot;

function run<T>(guard: () => T): T {
  return TestBed.runInInjectionContext(guard);
}

function url(result: unknown): string {
  expect(result).toBeInstanceOf(UrlTree);
  return TestBed.inject(Router).serializeUrl(result as UrlTree);
}

describe('route guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestEnvironment() });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  describe('authGuard', () => {
    it('sends visitors to sign-in, remembering where they were going', () => {
      expect(url(run(() => authGuard(route, state('/agency/audit'))))).toBe(
        '/sign-in?returnUrl=%2Fagency%2Faudit',
      );
    });

    it('sends someone who owes the second factor to the code step', () => {
      signInAs(sessionInfo({ mfaPending: true }));
      expect(url(run(() => authGuard(route, state('/agency'))))).toBe('/sign-in/mfa');
    });

    it('lets signed-in users through', () => {
      signInAs(sessionInfo());
      expect(run(() => authGuard(route, state('/agency')))).toBe(true);
    });
  });

  describe('guestGuard', () => {
    it('shows the sign-in page to visitors', () => {
      expect(run(() => guestGuard(route, state('/sign-in')))).toBe(true);
    });

    it('sends signed-in members home', () => {
      signInAs(sessionInfo());
      expect(url(run(() => guestGuard(route, state('/sign-in'))))).toBe('/agency');
    });
  });

  describe('platformAdminGuard', () => {
    const match = () => platformAdminGuard({} as Route, [] as UrlSegment[]);

    it('lets platform admins into the console', () => {
      signInAs(sessionInfo({ role: null, platformAdmin: true }));
      expect(run(match)).toBe(true);
    });

    it('sends agency members who try /admin to their agency', () => {
      signInAs(sessionInfo({ role: 'OWNER' }));
      expect(url(run(match))).toBe('/agency');
    });

    it('sends visitors to sign-in', () => {
      expect(url(run(match))).toBe('/sign-in');
    });
  });

  describe('agencyMemberGuard', () => {
    it('lets members of an agency in', () => {
      signInAs(sessionInfo({ role: 'VIEWER' }));
      expect(run(() => agencyMemberGuard(route, state('/agency')))).toBe(true);
    });

    it('sends a platform admin without an agency to the console', () => {
      signInAs(sessionInfo({ role: null, platformAdmin: true }));
      expect(url(run(() => agencyMemberGuard(route, state('/agency'))))).toBe('/admin/agencies');
    });
  });

  describe('agencyManagerGuard', () => {
    it('lets owners and managers read the audit log', () => {
      signInAs(sessionInfo({ role: 'MANAGER' }));
      expect(run(() => agencyManagerGuard(route, state('/agency/audit')))).toBe(true);
    });

    it('sends freelancers back to the agency profile', () => {
      signInAs(sessionInfo({ role: 'FREELANCER' }));
      expect(url(run(() => agencyManagerGuard(route, state('/agency/audit'))))).toBe('/agency');
    });
  });

  describe('mfaPendingGuard', () => {
    it('shows the code step only after the first factor', () => {
      signInAs(sessionInfo({ mfaPending: true }));
      expect(run(() => mfaPendingGuard(route, state('/sign-in/mfa')))).toBe(true);
    });

    it('sends visitors back to sign-in', () => {
      expect(url(run(() => mfaPendingGuard(route, state('/sign-in/mfa'))))).toBe('/sign-in');
    });
  });

  describe('mfaEnrollmentGuard', () => {
    it('leads every page to the MFA set-up while enrolment is owed', () => {
      signInAs(sessionInfo({ mfaEnrollmentRequired: true }));
      expect(url(run(() => mfaEnrollmentGuard(route, state('/agency/team'))))).toBe(
        '/security/mfa-setup',
      );
      expect(run(() => mfaEnrollmentGuard(route, state('/security/mfa-setup')))).toBe(true);
    });

    it('lets everyone else through', () => {
      signInAs(sessionInfo());
      expect(run(() => mfaEnrollmentGuard(route, state('/agency/team')))).toBe(true);
    });
  });

  describe('agencyMemberGuard without an agency', () => {
    it('sends a person without an agency to onboarding', () => {
      signInAs(sessionInfo({ role: null }));
      expect(url(run(() => agencyMemberGuard(route, state('/agency'))))).toBe('/onboarding');
    });
  });

  describe('agencyOwnerGuard', () => {
    it('lets owners in', () => {
      signInAs(sessionInfo({ role: 'OWNER' }));
      expect(run(() => agencyOwnerGuard(route, state('/agency/security')))).toBe(true);
    });

    it('sends managers back to the agency profile', () => {
      signInAs(sessionInfo({ role: 'MANAGER' }));
      expect(url(run(() => agencyOwnerGuard(route, state('/agency/security'))))).toBe('/agency');
    });
  });
});
