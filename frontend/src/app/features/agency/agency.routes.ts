import { Routes } from '@angular/router';
import { agencyManagerGuard } from '../../core/auth/guards';
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
    path: 'audit',
    title: 'nav.audit',
    canActivate: [agencyManagerGuard],
    loadChildren: () => import('../audit/audit.routes').then((m) => m.auditRoutes),
  },
];
