import { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { agencyFreelancerGuard } from '../../core/auth/guards';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';

export const jobsRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.jobs',
        loadComponent: () => import('./job-feed').then((m) => m.JobFeed),
      },
      {
        path: 'saved-searches',
        title: 'nav.savedSearches',
        canActivate: [agencyFreelancerGuard],
        loadComponent: () => import('./saved-searches').then((m) => m.SavedSearches),
      },
      {
        path: 'saved-searches/:searchId',
        title: 'jobs.matches.pageTitle',
        canActivate: [agencyFreelancerGuard],
        loadComponent: () => import('./new-matches').then((m) => m.NewMatches),
      },
      {
        path: 'favorites',
        title: 'nav.favorites',
        canActivate: [agencyFreelancerGuard],
        data: { kind: 'favorites' },
        loadComponent: () => import('./marked-jobs').then((m) => m.MarkedJobs),
      },
      {
        path: 'hidden',
        title: 'jobs.hidden.title',
        canActivate: [agencyFreelancerGuard],
        data: { kind: 'hidden' },
        loadComponent: () => import('./marked-jobs').then((m) => m.MarkedJobs),
      },
      {
        path: ':jobId',
        title: 'jobs.detail.pageTitle',
        loadComponent: () => import('./job-detail').then((m) => m.JobDetail),
      },
    ],
  },
];
