import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Observable, filter, map } from 'rxjs';
import { ReauthDialog, ReauthDialogData } from './reauth-dialog';

/** Runs a sensitive change behind the password-or-code dialog; emits its result once, if done. */
@Injectable({ providedIn: 'root' })
export class Reauthentication {
  private readonly dialog = inject(MatDialog);

  run<T>(data: ReauthDialogData<T>): Observable<T> {
    return this.dialog
      .open<ReauthDialog<T>, ReauthDialogData<T>, { result: T }>(ReauthDialog, {
        data,
        role: 'alertdialog',
        width: '460px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(
        filter((closed): closed is { result: T } => closed !== undefined),
        map((closed) => closed.result),
      );
  }
}
