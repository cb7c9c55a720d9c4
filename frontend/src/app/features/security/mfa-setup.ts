import { ClipboardModule } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { toProblem } from '../../core/http/problem-details';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { TOTP_PATTERN } from '../auth/mfa-step';
import { AccountApi, TotpEnrolment } from './account-api';
import { showBackupCodes } from './backup-codes-dialog';
import { ErrorAlert } from '../../shared/error-alert';

/** "ABCDEFGHIJKLMNOP" → "ABCD EFGH IJKL MNOP", easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** Sets up an authenticator app: scan (or type) the secret, prove it with a code, keep backups. */
@Component({
  selector: 'cb-mfa-setup',
  imports: [
    ErrorAlert,
    ClipboardModule,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mfa-setup.html',
  styleUrl: './mfa-setup.scss',
})
export class MfaSetup implements OnInit {
  private readonly api = inject(AccountApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  protected readonly session = inject(Session);

  protected readonly loading = signal(true);
  protected readonly submitting = signal(false);
  protected readonly enrolment = signal<TotpEnrolment | null>(null);
  protected readonly alreadyEnabled = signal(false);
  protected readonly error = signal<Message | null>(null);
  protected readonly copied = signal(false);
  protected readonly groupedSecret = computed(() => groupSecret(this.enrolment()?.secret ?? ''));

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(TOTP_PATTERN)]],
  });

  ngOnInit(): void {
    this.start();
  }

  protected start(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.startTotp().subscribe({
      next: (enrolment) => {
        this.enrolment.set(enrolment);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        const problem = toProblem(error);
        if (problem.status === 409) {
          this.alreadyEnabled.set(true);
        } else {
          this.error.set(problemMessage(problem));
        }
      },
    });
  }

  protected confirm(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .confirmTotp(this.form.getRawValue().code.trim())
      .pipe(
        switchMap(({ backupCodes }) =>
          showBackupCodes(this.dialog, {
            codes: backupCodes,
            email: this.session.user()?.email ?? '',
          }),
        ),
        // The server has lifted "enrolment required" now: read the session again.
        switchMap(() => this.session.load()),
      )
      .subscribe({
        next: () => {
          this.submitting.set(false);
          this.notifier.success('mfaSetup.done');
          void this.router.navigateByUrl('/security');
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          const problem = toProblem(error);
          this.form.controls.code.reset();
          this.error.set(
            problem.status === 400 || problem.status === 401
              ? keyMessage('mfaSetup.invalidCode')
              : problemMessage(problem),
          );
        },
      });
  }
}
