import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { Session } from './session';

/** The only page a person who owes MFA set-up may see. */
export const MFA_SETUP_URL = '/security/mfa-setup';

/**
 * Lets signed-in users through; sends others to the sign-in page, remembering where they were,
 * and people half-way through sign-in to the code step.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(Session);
  if (session.authenticated()) {
    return true;
  }
  const router = inject(Router);
  if (session.mfaPending()) {
    return router.parseUrl('/sign-in/mfa');
  }
  const returnUrl = state.url && state.url !== '/' ? state.url : null;
  return router.createUrlTree(['/sign-in'], {
    queryParams: returnUrl ? { returnUrl } : {},
  });
};

/** Keeps the sign-in page for visitors; signed-in users go to their home. */
export const guestGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.authenticated() ? inject(Router).parseUrl(session.homeUrl()) : true;
};

/** The code step is only for someone whose first factor just passed. */
export const mfaPendingGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.mfaPending() ? true : inject(Router).parseUrl(session.homeUrl());
};

/** While policy demands MFA set-up, every signed-in page leads there. */
export const mfaEnrollmentGuard: CanActivateFn = (_route, state) => {
  const session = inject(Session);
  if (!session.mfaEnrollmentRequired() || state.url.split('?')[0] === MFA_SETUP_URL) {
    return true;
  }
  return inject(Router).parseUrl(MFA_SETUP_URL);
};

/** The console is for platform admins only; everyone else goes to their home. */
export const platformAdminGuard: CanMatchFn = () => {
  const session = inject(Session);
  if (session.isPlatformAdmin()) {
    return true;
  }
  return inject(Router).parseUrl(session.homeUrl());
};

/** Agency pages need a current agency; others go to the console or to onboarding. */
export const agencyMemberGuard: CanActivateFn = () => {
  const session = inject(Session);
  if (session.agency()) {
    return true;
  }
  return inject(Router).parseUrl(session.homeUrl());
};

/** Pages for OWNER and MANAGER; other members go back to the agency profile. */
/** Job search, saved searches and marks are for FREELANCER and above; viewers read the feed. */
export const agencyFreelancerGuard: CanActivateFn = () => {
  const session = inject(Session);
  const role = session.role();
  return role !== null && role !== 'VIEWER' ? true : inject(Router).parseUrl('/jobs');
};

export const agencyManagerGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.canManageAgency() ? true : inject(Router).parseUrl('/agency');
};

/** Pages for OWNER only; other members go back to the agency profile. */
export const agencyOwnerGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.role() === 'OWNER' ? true : inject(Router).parseUrl('/agency');
};
