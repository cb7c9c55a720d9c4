import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { Session } from '../auth/session';

/**
 * When an API call answers 401 the server-side session is gone (expired or signed out elsewhere):
 * forget the user and go to the sign-in page. The auth endpoints handle their own 401s.
 */
export const unauthorizedInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(Session);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        req.url.startsWith('/api/') &&
        !req.url.startsWith('/api/auth/')
      ) {
        session.clear();
        const returnUrl = router.url && router.url !== '/' ? router.url : null;
        if (!router.url.startsWith('/sign-in')) {
          void router.navigate(['/sign-in'], {
            queryParams: returnUrl ? { returnUrl } : {},
          });
        }
      }
      return throwError(() => error);
    }),
  );
};
