import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { formProblemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import {
  PasswordHints,
  newPasswordValidators,
  samePasswordValidator,
} from '../../shared/forms/password';
import { AccountApi } from './account-api';
import { ErrorAlert } from '../../shared/error-alert';

/** Changes the password with the current one. */
@Component({
  selector: 'cb-change-password',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    FieldError,
    PasswordHints,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="security-password">
      <mat-card-header>
        <mat-icon mat-card-avatar aria-hidden="true">password</mat-icon>
        <mat-card-title
          ><h2>{{ 'security.password.title' | transloco }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        @if (error(); as message) {
          <cb-error-alert [message]="message" testId="password-error" />
        }
        <form
          [formGroup]="form"
          (ngSubmit)="submit(formDirective)"
          #formDirective="ngForm"
          novalidate
        >
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'reauth.currentPassword' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="currentPassword"
              autocomplete="current-password"
              required
              data-testid="password-current"
            />
            <mat-error><cb-field-error [control]="form.controls.currentPassword" /></mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'security.password.new' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="newPassword"
              autocomplete="new-password"
              required
              data-testid="password-new"
            />
            <mat-error><cb-field-error [control]="form.controls.newPassword" /></mat-error>
          </mat-form-field>
          <cb-password-hints [control]="form.controls.newPassword" [personal]="personal()" />
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'resetPassword.repeat' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="repeat"
              autocomplete="new-password"
              required
              data-testid="password-repeat"
            />
            <mat-error><cb-field-error [control]="form.controls.repeat" /></mat-error>
          </mat-form-field>
          <button
            mat-flat-button
            type="submit"
            [disabled]="submitting()"
            data-testid="password-submit"
          >
            {{ 'security.password.submit' | transloco }}
          </button>
        </form>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    form {
      max-width: 440px;
    }
  `,
})
export class ChangePassword {
  private readonly api = inject(AccountApi);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(Session);

  protected readonly submitting = signal(false);
  protected readonly error = signal<Message | null>(null);
  protected readonly personal = computed(() => {
    const user = this.session.user();
    return user ? [user.email, user.displayName] : [];
  });
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', newPasswordValidators],
      repeat: [''],
    },
    { validators: samePasswordValidator('newPassword', 'repeat') },
  );

  protected submit(formDirective: FormGroupDirective): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    this.api.changePassword(currentPassword, newPassword).subscribe({
      next: () => {
        this.submitting.set(false);
        formDirective.resetForm();
        this.notifier.success('security.password.done');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const problem = toProblem(error);
        if (problem.status === 401) {
          this.form.controls.currentPassword.setErrors({ wrongPassword: true });
          this.form.controls.currentPassword.markAsTouched();
          this.error.set({ key: 'security.password.wrongCurrent' });
          return;
        }
        this.error.set(formProblemMessage(this.form, problem));
      },
    });
  }
}
