import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { agencyMemberGuard, authGuard, guestGuard, platformAdminGuard } from './core/auth/guards';
import { Session } from './core/auth/session';

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'signIn.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/sign-in').then((m) => m.SignIn),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./core/layout/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => inject(Session).homeUrl() },
      {
        path: 'agency',
        canActivate: [agencyMemberGuard],
        loadChildren: () => import('./features/agency/agency.routes').then((m) => m.agencyRoutes),
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
