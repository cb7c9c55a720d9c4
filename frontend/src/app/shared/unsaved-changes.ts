import { inject } from '@angular/core';
import { CanDeactivateFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Session } from '../core/auth/session';
import { Confirmation } from './confirm-dialog/confirmation';

/** A page that may hold edits the user has not saved. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved edits. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  // After sign-out (or an expired session) the edits could not be saved anyway.
  if (!component?.hasUnsavedChanges() || !inject(Session).authenticated()) {
    return true;
  }
  const transloco = inject(TranslocoService);
  return inject(Confirmation).ask({
    title: transloco.translate('unsaved.title'),
    message: transloco.translate('unsaved.message'),
    confirmLabel: transloco.translate('unsaved.discard'),
    cancelLabel: transloco.translate('unsaved.stay'),
    destructive: true,
  });
};
