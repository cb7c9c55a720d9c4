import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
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
import { PublicPage } from '../../shared/layout/public-page';
import { isLinkExpired } from '../../core/http/link-expired';
import { PasswordApi } from './password-api';
import { ErrorAlert } from '../../shared/error-alert';

/** Sets a new password from a reset link, then sends the person to sign in with it. */
@Component({
  selector: 'cb-reset-password',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    FieldError,
    PasswordHints,
    PublicPage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cb-public-page
      [heading]="'resetPassword.title' | transloco"
      [subtitle]="'resetPassword.subtitle' | transloco"
      [busy]="submitting()"
      [busyLabel]="'common.saving' | transloco"
    >
      @if (expired()) {
        <div class="cb-alert" role="alert" data-testid="reset-password-expired">
          <mat-icon aria-hidden="true">link_off</mat-icon>
          <div class="cb-alert-body">
            <p>{{ 'links.expired' | transloco }}</p>
            <div class="cb-alert-actions">
              <a mat-stroked-button routerLink="/forgot-password">
                {{ 'resetPassword.requestNew' | transloco }}
              </a>
            </div>
          </div>
        </div>
      } @else {
        @if (error(); as message) {
          <cb-error-alert [message]="message" />
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'resetPassword.password' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="new-password"
              required
              data-testid="reset-password-password"
            />
            <mat-error><cb-field-error [control]="form.controls.password" /></mat-error>
          </mat-form-field>
          <cb-password-hints [control]="form.controls.password" />
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'resetPassword.repeat' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="repeat"
              autocomplete="new-password"
              required
              data-testid="reset-password-repeat"
            />
            <mat-error><cb-field-error [control]="form.controls.repeat" /></mat-error>
          </mat-form-field>
          <button
            mat-flat-button
            type="submit"
            class="cb-full-width"
            [disabled]="submitting()"
            data-testid="reset-password-submit"
          >
            {{ 'resetPassword.submit' | transloco }}
          </button>
        </form>
      }
    </cb-public-page>
  `,
})
export class ResetPassword {
  private readonly api = inject(PasswordApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  /** The token from the link `/reset-password/:token`. */
  readonly token = input.required<string>();

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', newPasswordValidators],
      repeat: [''],
    },
    { validators: samePasswordValidator('password', 'repeat') },
  );
  protected readonly submitting = signal(false);
  protected readonly expired = signal(false);
  protected readonly error = signal<Message | null>(null);

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api.reset(this.token(), this.form.getRawValue().password).subscribe({
      next: () => {
        this.submitting.set(false);
        this.notifier.success('resetPassword.done');
        void this.router.navigateByUrl('/sign-in');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const problem = toProblem(error);
        if (isLinkExpired(problem)) {
          this.expired.set(true);
          return;
        }
        this.error.set(formProblemMessage(this.form, problem));
      },
    });
  }
}
