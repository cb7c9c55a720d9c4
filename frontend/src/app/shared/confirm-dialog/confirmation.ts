import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Observable, map } from 'rxjs';
import { ConfirmDialog, ConfirmDialogData } from './confirm-dialog';

/** Asks the user to confirm; emits once, `true` only for an explicit yes. */
@Injectable({ providedIn: 'root' })
export class Confirmation {
  private readonly dialog = inject(MatDialog);

  ask(data: ConfirmDialogData): Observable<boolean> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data,
        role: 'alertdialog',
        // A destructive question starts on "Cancel", so a stray Enter does no harm.
        autoFocus: data.destructive
          ? '[data-testid="confirm-dialog-cancel"]'
          : '[data-testid="confirm-dialog-confirm"]',
        restoreFocus: true,
        width: '440px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(map((result) => result === true));
  }
}
