import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { agencyFreelancerGuard } from '../../core/auth/guards';
import { TranslatedPaginatorIntl } from '../../core/i18n/paginator-intl';
import { unsavedChangesGuard } from '../../shared/unsaved-changes';

const PAGINATOR = { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl };

/** Under /proposals: the list, a new draft for a job, one proposal (notifications link there). */
export const proposalsRoutes: Routes = [
  {
    path: '',
    providers: [PAGINATOR],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'proposals.list.pageTitle',
        loadComponent: () => import('./my-proposals').then((m) => m.MyProposals),
      },
      {
        path: 'new',
        title: 'proposals.start.title',
        canActivate: [agencyFreelancerGuard],
        loadComponent: () => import('./proposal-start').then((m) => m.ProposalStart),
      },
      {
        path: ':proposalId',
        title: 'proposals.page.pageTitle',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./proposal-page').then((m) => m.ProposalPage),
      },
    ],
  },
];

/** Under /approvals: what the member may decide on, and the review of one proposal. */
export const approvalQueueRoutes: Routes = [
  {
    path: '',
    providers: [PAGINATOR],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.approvals',
        canActivate: [agencyFreelancerGuard],
        loadComponent: () => import('./approval-queue').then((m) => m.ApprovalQueue),
      },
      {
        path: ':proposalId',
        title: 'proposals.page.reviewTitle',
        data: { from: 'approvals' },
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./proposal-page').then((m) => m.ProposalPage),
      },
    ],
  },
];
