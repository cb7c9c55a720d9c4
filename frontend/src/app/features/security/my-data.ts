import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { toProblem } from '../../core/http/problem-details';
import { Notifier } from '../../core/notifications/notifier';
import { fileNameFrom, saveFile } from '../../shared/download';
import { AccountApi } from './account-api';
import { Reauthentication } from './reauth';

/** The person's data: a copy to download, or the account deleted. */
@Component({
  selector: 'cb-my-data',
  imports: [MatButtonModule, MatCardModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="security-data">
      <mat-card-header>
        <mat-icon mat-card-avatar aria-hidden="true">folder_shared</mat-icon>
        <mat-card-title
          ><h2>{{ 'security.data.title' | transloco }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <p>{{ 'security.data.text' | transloco }}</p>
      </mat-card-content>
      <mat-card-actions>
        <button
          mat-stroked-button
          type="button"
          (click)="download()"
          [disabled]="downloading()"
          data-testid="export-data"
        >
          <mat-icon aria-hidden="true">download</mat-icon>
          {{ 'security.data.download' | transloco }}
        </button>
        <button
          mat-stroked-button
          type="button"
          class="cb-danger"
          (click)="deleteAccount()"
          data-testid="delete-account"
        >
          <mat-icon aria-hidden="true">delete_forever</mat-icon>
          {{ 'security.data.delete.button' | transloco }}
        </button>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    mat-card-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      padding: 0 16px 16px;
    }
  `,
})
export class MyData {
  private readonly api = inject(AccountApi);
  private readonly session = inject(Session);
  private readonly reauth = inject(Reauthentication);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);

  /** Whether the person may confirm with an authenticator code. */
  readonly mfaEnabled = input(false);
  protected readonly downloading = signal(false);

  protected download(): void {
    this.downloading.set(true);
    this.api.exportData().subscribe({
      next: (response) => {
        this.downloading.set(false);
        if (response.body) {
          saveFile(
            response.body,
            fileNameFrom(response.headers.get('Content-Disposition'), 'crewbid-my-data.json'),
          );
        }
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.notifier.problem(toProblem(error));
      },
    });
  }

  protected deleteAccount(): void {
    const t = (key: string) => this.transloco.translate(key);
    this.reauth
      .run({
        title: t('security.data.delete.title'),
        message: t('security.data.delete.message'),
        confirmLabel: t('security.data.delete.confirm'),
        destructive: true,
        codeAllowed: this.mfaEnabled(),
        conflictKey: 'security.data.delete.soleOwner',
        action: (proof) => this.api.deleteAccount(proof),
      })
      .pipe(switchMap(() => this.session.sessionEnded()))
      .subscribe(() => {
        this.notifier.success('security.data.delete.done');
        void this.router.navigateByUrl('/sign-in');
      });
  }
}
