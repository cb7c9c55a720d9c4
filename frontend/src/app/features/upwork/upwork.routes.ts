import { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { agencyManagerGuard } from '../../core/auth/guards';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';

export const upworkRoutes: Routes = [
  {
    path: 'account',
    title: 'nav.upworkAccount',
    loadComponent: () => import('./my-upwork-account').then((m) => m.MyUpworkAccount),
  },
  {
    path: 'account/callback',
    title: 'upwork.callback.title',
    loadComponent: () => import('./link-callback').then((m) => m.LinkCallback),
  },
  {
    path: 'linked-accounts',
    title: 'nav.linkedAccounts',
    canActivate: [agencyManagerGuard],
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    loadComponent: () => import('./linked-accounts').then((m) => m.LinkedAccounts),
  },
];
