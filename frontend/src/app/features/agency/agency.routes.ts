import { Routes } from '@angular/router';
import { agencyManagerGuard, agencyOwnerGuard } from '../../core/auth/guards';
import { unsavedChangesGuard } from '../../shared/unsaved-changes';

export const agencyRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.agencyProfile',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./agency-profile').then((m) => m.AgencyProfile),
  },
  {
    path: 'team',
    title: 'nav.team',
    loadComponent: () => import('../team/team').then((m) => m.Team),
  },
  {
    path: 'policies',
    canActivate: [agencyManagerGuard],
    loadChildren: () => import('../approvals/approvals.routes').then((m) => m.approvalsRoutes),
  },
  {
    path: 'security',
    title: 'nav.agencySecurity',
    canActivate: [agencyOwnerGuard],
    loadComponent: () => import('./agency-security').then((m) => m.AgencySecurity),
  },
  {
    path: 'audit',
    title: 'nav.audit',
    canActivate: [agencyManagerGuard],
    loadChildren: () => import('../audit/audit.routes').then((m) => m.auditRoutes),
  },
];
