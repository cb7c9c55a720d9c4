import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import {
  agencyMemberGuard,
  authGuard,
  guestGuard,
  mfaEnrollmentGuard,
  mfaPendingGuard,
  platformAdminGuard,
} from './core/auth/guards';
import { Session } from './core/auth/session';

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'signIn.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/sign-in').then((m) => m.SignIn),
  },
  {
    path: 'sign-in/mfa',
    title: 'mfaStep.title',
    canActivate: [mfaPendingGuard],
    loadComponent: () => import('./features/auth/mfa-step').then((m) => m.MfaStep),
  },
  {
    // After Sign in with Upwork, when an account with the same e-mail exists.
    path: 'sign-in/link-upwork',
    title: 'linkUpwork.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/link-upwork').then((m) => m.LinkUpwork),
  },
  {
    path: 'forgot-password',
    title: 'forgotPassword.title',
    loadComponent: () => import('./features/auth/forgot-password').then((m) => m.ForgotPassword),
  },
  {
    path: 'reset-password/:token',
    title: 'resetPassword.title',
    loadComponent: () => import('./features/auth/reset-password').then((m) => m.ResetPassword),
  },
  {
    path: 'verify-email/:token',
    title: 'verifyEmail.title',
    loadComponent: () => import('./features/auth/verify-email').then((m) => m.VerifyEmail),
  },
  {
    path: 'invitations/:token',
    title: 'invitation.title',
    loadComponent: () => import('./features/invitations/invitation').then((m) => m.Invitation),
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [mfaEnrollmentGuard],
    loadComponent: () => import('./core/layout/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => inject(Session).homeUrl() },
      {
        path: 'onboarding',
        title: 'onboarding.title',
        loadComponent: () => import('./features/onboarding/onboarding').then((m) => m.Onboarding),
      },
      {
        path: 'security',
        title: 'security.title',
        loadComponent: () => import('./features/security/security').then((m) => m.Security),
      },
      {
        path: 'security/mfa-setup',
        title: 'mfaSetup.title',
        loadComponent: () => import('./features/security/mfa-setup').then((m) => m.MfaSetup),
      },
      {
        path: 'agency',
        canActivate: [agencyMemberGuard],
        loadChildren: () => import('./features/agency/agency.routes').then((m) => m.agencyRoutes),
      },
      {
        path: 'jobs',
        canActivate: [agencyMemberGuard],
        loadChildren: () => import('./features/jobs/jobs.routes').then((m) => m.jobsRoutes),
      },
      {
        path: 'upwork',
        canActivate: [agencyMemberGuard],
        loadChildren: () => import('./features/upwork/upwork.routes').then((m) => m.upworkRoutes),
      },
      {
        path: 'notifications',
        canActivate: [agencyMemberGuard],
        loadChildren: () =>
          import('./features/notifications/notifications.routes').then(
            (m) => m.notificationsRoutes,
          ),
      },
      {
        path: 'proposals',
        canActivate: [agencyMemberGuard],
        loadChildren: () =>
          import('./features/proposals/proposals.routes').then((m) => m.proposalsRoutes),
      },
      {
        path: 'approvals',
        canActivate: [agencyMemberGuard],
        loadChildren: () =>
          import('./features/proposals/proposals.routes').then((m) => m.approvalQueueRoutes),
      },
      {
        path: 'templates',
        canActivate: [agencyMemberGuard],
        loadChildren: () =>
          import('./features/templates/templates.routes').then((m) => m.templatesRoutes),
      },
      {
        path: 'admin',
        canMatch: [platformAdminGuard],
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
