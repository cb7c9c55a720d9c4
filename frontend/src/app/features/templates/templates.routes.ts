import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { agencyManagerGuard } from '../../core/auth/guards';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';
import { unsavedChangesGuard } from '../../shared/unsaved-changes';

export const templatesRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.templates',
        loadComponent: () => import('./template-library').then((m) => m.TemplateLibrary),
      },
      {
        path: 'variables',
        title: 'templates.variables.title',
        loadComponent: () => import('./template-variables').then((m) => m.TemplateVariables),
      },
      {
        path: 'new',
        title: 'templates.editor.newTitle',
        canActivate: [agencyManagerGuard],
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./template-editor').then((m) => m.TemplateEditor),
      },
      {
        path: ':templateId',
        title: 'templates.editor.title',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./template-editor').then((m) => m.TemplateEditor),
      },
      {
        path: ':templateId/history',
        title: 'templates.history.title',
        loadComponent: () => import('./template-history').then((m) => m.TemplateHistory),
      },
    ],
  },
];
