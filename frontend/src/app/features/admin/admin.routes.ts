import { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';

export const adminRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'agencies' },
      {
        path: 'agencies',
        title: 'nav.agencies',
        loadComponent: () => import('./agencies').then((m) => m.Agencies),
      },
      {
        path: 'users',
        title: 'nav.users',
        loadComponent: () => import('./users').then((m) => m.Users),
      },
      {
        path: 'alerts',
        title: 'nav.alerts',
        loadComponent: () => import('./alerts').then((m) => m.AdminAlerts),
      },
      {
        // The audit feature's page, on the platform's security log.
        path: 'audit',
        title: 'nav.platformAudit',
        data: { scope: 'platform' },
        loadComponent: () => import('../audit/audit-log').then((m) => m.AuditLog),
      },
    ],
  },
];
