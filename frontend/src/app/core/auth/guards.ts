import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { Session } from './session';

/** Lets signed-in users through; sends others to the sign-in page, remembering where they were. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(Session);
  if (session.authenticated()) {
    return true;
  }
  const router = inject(Router);
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

/** The console is for platform admins only; everyone else goes to their agency. */
export const platformAdminGuard: CanMatchFn = () => {
  const session = inject(Session);
  if (session.isPlatformAdmin()) {
    return true;
  }
  const router = inject(Router);
  return router.parseUrl(session.authenticated() ? '/agency' : '/sign-in');
};

/** Agency pages need a current agency; an admin without one goes back to the console. */
export const agencyMemberGuard: CanActivateFn = () => {
  const session = inject(Session);
  if (session.agency()) {
    return true;
  }
  return inject(Router).parseUrl(session.isPlatformAdmin() ? '/admin/agencies' : '/sign-in');
};

/** Pages for OWNER and MANAGER; other members go back to the agency profile. */
export const agencyManagerGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.canManageAgency() ? true : inject(Router).parseUrl('/agency');
};
