import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

export interface InitialPasswordData {
  readonly agencyName: string;
  readonly ownerEmail: string;
  readonly password: string;
}

/** Shows a generated owner password once; the server never returns it again. */
@Component({
  selector: 'cb-initial-password-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, ClipboardModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'admin.initialPassword.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>
        {{
          'admin.initialPassword.intro'
            | transloco: { agency: data.agencyName, email: data.ownerEmail }
        }}
      </p>
      <div class="cb-password-row">
        <code
          class="cb-password"
          data-testid="owner-initial-password"
          id="owner-initial-password"
          >{{ data.password }}</code
        >
        <button
          mat-stroked-button
          type="button"
          [cdkCopyToClipboard]="data.password"
          (cdkCopyToClipboardCopied)="copied.set($event)"
          aria-describedby="owner-initial-password"
          data-testid="copy-initial-password"
        >
          <mat-icon aria-hidden="true">{{ copied() ? 'check' : 'content_copy' }}</mat-icon>
          {{
            (copied() ? 'admin.initialPassword.copied' : 'admin.initialPassword.copy') | transloco
          }}
        </button>
      </div>
      <p class="cb-visually-hidden" aria-live="polite">
        @if (copied()) {
          {{ 'admin.initialPassword.copied' | transloco }}
        }
      </p>
      <div class="cb-alert cb-alert-warning" role="note">
        <mat-icon aria-hidden="true">warning</mat-icon>
        <p class="cb-alert-body">{{ 'admin.initialPassword.warning' | transloco }}</p>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close data-testid="initial-password-done">
        {{ 'admin.initialPassword.done' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .cb-password-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin: 16px 0;
    }

    .cb-password {
      font-family: 'Roboto Mono', ui-monospace, monospace;
      font-size: 1.125rem;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      user-select: all;
      overflow-wrap: anywhere;
    }
  `,
})
export class InitialPasswordDialog {
  protected readonly data = inject<InitialPasswordData>(MAT_DIALOG_DATA);
  protected readonly copied = signal(false);
}
