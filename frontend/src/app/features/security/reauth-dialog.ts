import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { TOTP_PATTERN } from '../auth/mfa-step';
import { Proof } from './account-api';
import { ErrorAlert } from '../../shared/error-alert';

/** A sensitive change that needs the password or a current code. Texts arrive translated. */
export interface ReauthDialogData<T> {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly destructive?: boolean;
  /** Whether the person can answer with an authenticator code (MFA is on). */
  readonly codeAllowed: boolean;
  /** What a 409 means for this change (e.g. MFA is mandatory, or the sole owner cannot leave). */
  readonly conflictKey?: string;
  readonly action: (proof: Proof) => Observable<T>;
}

/** Asks for the password (or a code), runs the change, and closes with its result. */
@Component({
  selector: 'cb-reauth-dialog',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    @if (submitting()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | transloco" />
    }
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p data-testid="reauth-message">{{ data.message }}</p>
        @if (error(); as message) {
          <cb-error-alert [message]="message" testId="reauth-error" />
        }
        @if (data.codeAllowed) {
          <mat-button-toggle-group
            [value]="method()"
            (change)="useMethod($event.value)"
            [attr.aria-label]="'reauth.method' | transloco"
            class="cb-method"
          >
            <mat-button-toggle value="password" data-testid="reauth-use-password">
              {{ 'reauth.password' | transloco }}
            </mat-button-toggle>
            <mat-button-toggle value="code" data-testid="reauth-use-code">
              {{ 'reauth.code' | transloco }}
            </mat-button-toggle>
          </mat-button-toggle-group>
        }
        @if (method() === 'password') {
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'reauth.currentPassword' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="current-password"
              required
              cdkFocusInitial
              data-testid="reauth-password"
            />
            <mat-error><cb-field-error [control]="form.controls.password" /></mat-error>
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
              required
              data-testid="reauth-code"
            />
            <mat-error><cb-field-error [control]="form.controls.code" /></mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">
          {{ 'common.cancel' | transloco }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [class.cb-destructive]="data.destructive"
          [disabled]="submitting()"
          data-testid="reauth-submit"
        >
          {{ data.confirmLabel }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .cb-method {
      margin-bottom: 16px;
    }
    .cb-destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ReauthDialog<T> {
  protected readonly data = inject<ReauthDialogData<T>>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReauthDialog<T>, { result: T }>>(MatDialogRef);

  protected readonly method = signal<'password' | 'code'>('password');
  protected readonly submitting = signal(false);
  protected readonly error = signal<Message | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    code: [{ value: '', disabled: true }, [Validators.required, Validators.pattern(TOTP_PATTERN)]],
  });

  protected useMethod(method: 'password' | 'code'): void {
    this.method.set(method);
    const { password, code } = this.form.controls;
    (method === 'password' ? code : password).disable();
    (method === 'password' ? password : code).enable();
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
    const proof: Proof =
      this.method() === 'password' ? { password: value.password } : { code: value.code.trim() };
    this.submitting.set(true);
    this.error.set(null);
    this.dialogRef.disableClose = true;
    this.data.action(proof).subscribe({
      next: (result) => {
        this.submitting.set(false);
        this.dialogRef.disableClose = false;
        this.dialogRef.close({ result });
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.dialogRef.disableClose = false;
        const problem = toProblem(error);
        if (problem.status === 401 || hasProblemType(problem, 'reauthentication-failed')) {
          this.form.controls.password.reset();
          this.form.controls.code.reset();
          this.error.set(keyMessage('reauth.failed'));
        } else if (problem.status === 409 && this.data.conflictKey) {
          this.error.set(keyMessage(this.data.conflictKey));
        } else {
          this.error.set(problemMessage(problem));
        }
      },
    });
  }
}
