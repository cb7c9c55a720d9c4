import { Routes } from '@angular/router';
import { unsavedChangesGuard } from '../../shared/unsaved-changes';

/** Under /agency/policies (OWNER edits, MANAGER reads). */
export const approvalsRoutes: Routes = [
  {
    path: '',
    title: 'nav.policies',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./policy-editor').then((m) => m.PolicyEditor),
  },
];
