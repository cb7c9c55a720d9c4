import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { AccountApi, MfaStatus } from './account-api';
import { showBackupCodes } from './backup-codes-dialog';
import { ChangePassword } from './change-password';
import { Devices } from './devices';
import { MyData } from './my-data';
import { Reauthentication } from './reauth';
import { ErrorAlert } from '../../shared/error-alert';

/** The person's own security: two-factor sign-in, devices, password and their data. */
@Component({
  selector: 'cb-security',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    LocalizedDatePipe,
    ChangePassword,
    Devices,
    MyData,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './security.html',
  styleUrl: './security.scss',
})
export class Security implements OnInit {
  private readonly api = inject(AccountApi);
  private readonly dialog = inject(MatDialog);
  private readonly reauth = inject(Reauthentication);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(Session);
  protected readonly language = inject(Language);

  protected readonly mfa = signal<MfaStatus | null>(null);
  protected readonly mfaError = signal<Message | null>(null);

  ngOnInit(): void {
    this.loadMfa();
  }

  protected loadMfa(): void {
    this.mfaError.set(null);
    this.api.mfa().subscribe({
      next: (status) => this.mfa.set(status),
      error: (error: unknown) => this.mfaError.set(problemMessage(toProblem(error))),
    });
  }

  protected regenerateBackupCodes(): void {
    this.reauth
      .run({
        title: this.t('security.mfa.regenerate.title'),
        message: this.t('security.mfa.regenerate.message'),
        confirmLabel: this.t('security.mfa.regenerate.confirm'),
        codeAllowed: true,
        action: (proof) => this.api.regenerateBackupCodes(proof),
      })
      .pipe(
        switchMap(({ backupCodes }) =>
          showBackupCodes(this.dialog, {
            codes: backupCodes,
            email: this.session.user()?.email ?? '',
          }),
        ),
      )
      .subscribe(() => this.loadMfa());
  }

  protected disableMfa(): void {
    this.reauth
      .run({
        title: this.t('security.mfa.disable.title'),
        message: this.t('security.mfa.disable.message'),
        confirmLabel: this.t('security.mfa.disable.confirm'),
        destructive: true,
        codeAllowed: true,
        conflictKey: 'security.mfa.mandatory',
        action: (proof) => this.api.disableMfa(proof),
      })
      .pipe(switchMap(() => this.session.load()))
      .subscribe(() => {
        this.notifier.success('security.mfa.disable.done');
        this.loadMfa();
      });
  }

  private t(key: string): string {
    return this.transloco.translate(key);
  }
}
