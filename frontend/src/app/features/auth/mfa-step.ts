import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { safeReturnUrl } from '../../core/auth/return-url';
import { SecondFactor, Session } from '../../core/auth/session';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { PublicPage } from '../../shared/layout/public-page';
import { ErrorAlert } from '../../shared/error-alert';

export const TOTP_PATTERN = /^\d{6}$/;

/** The second sign-in step: a code from the authenticator app, or one of the backup codes. */
@Component({
  selector: 'cb-mfa-step',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    FieldError,
    PublicPage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cb-public-page
      [heading]="'mfaStep.title' | transloco"
      [subtitle]="
        (useBackupCode()
          ? 'mfaStep.backupSubtitle'
          : smsSent()
            ? 'mfaStep.smsSubtitle'
            : 'mfaStep.subtitle'
        ) | transloco
      "
      [busy]="submitting()"
      [busyLabel]="'mfaStep.checking' | transloco"
    >
      @if (error(); as message) {
        <cb-error-alert [message]="message" testId="mfa-error" />
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (useBackupCode()) {
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'mfaStep.backupCode' | transloco }}</mat-label>
            <input
              matInput
              formControlName="backupCode"
              autocomplete="off"
              spellcheck="false"
              required
              data-testid="mfa-backup-code"
            />
            <mat-error><cb-field-error [control]="form.controls.backupCode" /></mat-error>
          </mat-form-field>
        } @else {
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'mfaStep.code' | transloco }}</mat-label>
            <input
              matInput
              formControlName="code"
              autocomplete="one-time-code"
              inputmode="numeric"
              maxlength="6"
              pattern="[0-9]*"
              required
              data-testid="mfa-code"
            />
            <mat-hint>{{ 'mfaStep.codeHint' | transloco }}</mat-hint>
            <mat-error><cb-field-error [control]="form.controls.code" /></mat-error>
          </mat-form-field>
        }
        <button
          mat-flat-button
          type="submit"
          class="cb-full-width cb-submit"
          [disabled]="submitting()"
          data-testid="mfa-submit"
        >
          {{ 'mfaStep.submit' | transloco }}
        </button>
      </form>
      <div class="cb-links">
        @if (session.mfaSmsAvailable() && !useBackupCode()) {
          <button
            mat-button
            type="button"
            (click)="sendSms()"
            [disabled]="sending()"
            data-testid="mfa-send-sms"
          >
            {{ (smsSent() ? 'mfaStep.resendSms' : 'mfaStep.sendSms') | transloco }}
          </button>
        }
        <button
          mat-button
          type="button"
          (click)="toggleBackupCode()"
          data-testid="mfa-toggle-backup"
        >
          {{ (useBackupCode() ? 'mfaStep.useApp' : 'mfaStep.useBackup') | transloco }}
        </button>
        <button mat-button type="button" (click)="cancel()" data-testid="mfa-cancel">
          {{ 'mfaStep.cancel' | transloco }}
        </button>
      </div>
    </cb-public-page>
  `,
  styles: `
    .cb-submit {
      height: 48px;
      margin-top: 8px;
    }
    .cb-links {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      margin-top: 12px;
    }
  `,
})
export class MfaStep {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);

  readonly returnUrl = input<string | undefined>();

  protected readonly useBackupCode = signal(false);
  /** A code was texted: the code field now takes that code. */
  protected readonly smsSent = signal(false);
  protected readonly sending = signal(false);
  protected readonly submitting = signal(false);
  private readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(TOTP_PATTERN)]],
    backupCode: [{ value: '', disabled: true }, Validators.required],
  });

  protected readonly error = computed<Message | null>(() => {
    const problem = this.problem();
    if (!problem) {
      return null;
    }
    if (hasProblemType(problem, 'invalid-mfa-code') || problem.status === 401) {
      return keyMessage(this.useBackupCode() ? 'mfaStep.invalidBackupCode' : 'mfaStep.invalidCode');
    }
    return problemMessage(problem);
  });

  protected toggleBackupCode(): void {
    const backup = !this.useBackupCode();
    this.useBackupCode.set(backup);
    this.problem.set(null);
    const { code, backupCode } = this.form.controls;
    (backup ? code : backupCode).disable();
    (backup ? backupCode : code).enable();
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const factor: SecondFactor = this.useBackupCode()
      ? { backupCode: value.backupCode.trim() }
      : this.smsSent()
        ? { smsCode: value.code.trim() }
        : { code: value.code.trim() };
    this.submitting.set(true);
    this.problem.set(null);
    this.session.verifySecondFactor(factor).subscribe({
      next: () => {
        this.submitting.set(false);
        const returnUrl = safeReturnUrl(this.returnUrl());
        const home = this.session.homeUrl();
        const usesReturn = returnUrl && !this.session.mfaEnrollmentRequired();
        void this.router.navigateByUrl(usesReturn ? returnUrl : home);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.form.controls.code.reset();
        this.form.controls.backupCode.reset();
        this.problem.set(toProblem(error));
      },
    });
  }

  protected sendSms(): void {
    this.sending.set(true);
    this.problem.set(null);
    this.session.sendSmsCode().subscribe({
      next: () => {
        this.sending.set(false);
        this.smsSent.set(true);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }

  protected cancel(): void {
    this.session.signOut().subscribe(() => void this.router.navigateByUrl('/sign-in'));
  }
}
