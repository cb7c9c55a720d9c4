import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { saveFile } from '../../shared/download';

export interface BackupCodesData {
  readonly codes: readonly string[];
  readonly email: string;
}

/**
 * Shows new backup codes once. It cannot be dismissed (no Esc, no backdrop) until the person says
 * they saved them.
 */
@Component({
  selector: 'cb-backup-codes-dialog',
  imports: [
    ClipboardModule,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatIconModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'backupCodes.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'backupCodes.intro' | transloco }}</p>
      <ol class="cb-codes" data-testid="backup-codes">
        @for (code of data.codes; track code) {
          <li>
            <code data-testid="backup-code">{{ code }}</code>
          </li>
        }
      </ol>
      <div class="cb-code-actions">
        <button
          mat-stroked-button
          type="button"
          [cdkCopyToClipboard]="text()"
          (cdkCopyToClipboardCopied)="copied.set($event)"
          data-testid="backup-codes-copy"
        >
          <mat-icon aria-hidden="true">{{ copied() ? 'check' : 'content_copy' }}</mat-icon>
          {{ (copied() ? 'backupCodes.copied' : 'backupCodes.copy') | transloco }}
        </button>
        <button
          mat-stroked-button
          type="button"
          (click)="download()"
          data-testid="backup-codes-download"
        >
          <mat-icon aria-hidden="true">download</mat-icon>
          {{ 'backupCodes.download' | transloco }}
        </button>
      </div>
      <p class="cb-visually-hidden" aria-live="polite">
        @if (copied()) {
          {{ 'backupCodes.copied' | transloco }}
        }
      </p>
      <div class="cb-alert cb-alert-warning" role="note">
        <mat-icon aria-hidden="true">warning</mat-icon>
        <p class="cb-alert-body">{{ 'backupCodes.warning' | transloco }}</p>
      </div>
      <mat-checkbox
        [ngModel]="saved()"
        (ngModelChange)="saved.set($event)"
        data-testid="backup-codes-saved"
      >
        {{ 'backupCodes.saved' | transloco }}
      </mat-checkbox>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-flat-button
        type="button"
        [mat-dialog-close]="true"
        [disabled]="!saved()"
        data-testid="backup-codes-done"
      >
        {{ 'backupCodes.done' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .cb-codes {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 8px 24px;
      padding-left: 24px;
      font-family: 'Roboto Mono', ui-monospace, monospace;
      font-size: 1rem;
    }
    .cb-code-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
  `,
})
export class BackupCodesDialog {
  protected readonly data = inject<BackupCodesData>(MAT_DIALOG_DATA);
  private readonly transloco = inject(TranslocoService);
  protected readonly copied = signal(false);
  protected readonly saved = signal(false);

  protected text(): string {
    return [
      this.transloco.translate('backupCodes.fileHeader', { email: this.data.email }),
      '',
      ...this.data.codes,
      '',
    ].join('\n');
  }

  protected download(): void {
    saveFile(this.text(), 'crewbid-backup-codes.txt');
  }
}

/** Opens the codes in a dialog that only "I have saved them" closes. */
export function showBackupCodes(dialog: MatDialog, data: BackupCodesData): Observable<unknown> {
  return dialog
    .open<BackupCodesDialog, BackupCodesData>(BackupCodesDialog, {
      data,
      disableClose: true,
      width: '560px',
      maxWidth: '95vw',
      autoFocus: '[data-testid="backup-codes-copy"]',
    })
    .afterClosed();
}
