import { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';

export const notificationsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'notifications.title',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    loadComponent: () => import('./notifications-page').then((m) => m.NotificationsPage),
  },
  {
    path: 'preferences',
    title: 'notifications.preferences.title',
    loadComponent: () =>
      import('./notification-preferences').then((m) => m.NotificationPreferences),
  },
];
