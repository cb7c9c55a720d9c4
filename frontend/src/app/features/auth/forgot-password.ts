import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { PublicPage } from '../../shared/layout/public-page';
import { PasswordApi } from './password-api';
import { ErrorAlert } from '../../shared/error-alert';

/** Asks for a reset link; always answers the same, so nobody learns who has an account. */
@Component({
  selector: 'cb-forgot-password',
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
    PublicPage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cb-public-page
      [heading]="'forgotPassword.title' | transloco"
      [subtitle]="'forgotPassword.subtitle' | transloco"
      [busy]="submitting()"
      [busyLabel]="'common.loading' | transloco"
    >
      @if (sent()) {
        <div class="cb-alert cb-alert-info" role="status" data-testid="forgot-password-sent">
          <mat-icon aria-hidden="true">mark_email_read</mat-icon>
          <p class="cb-alert-body">{{ 'forgotPassword.sent' | transloco }}</p>
        </div>
      } @else {
        @if (error(); as message) {
          <cb-error-alert [message]="message" />
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'signIn.email' | transloco }}</mat-label>
            <input
              matInput
              type="email"
              formControlName="email"
              autocomplete="username"
              inputmode="email"
              required
              data-testid="forgot-password-email"
            />
            <mat-error><cb-field-error [control]="form.controls.email" /></mat-error>
          </mat-form-field>
          <button
            mat-flat-button
            type="submit"
            class="cb-full-width"
            [disabled]="submitting()"
            data-testid="forgot-password-submit"
          >
            {{ 'forgotPassword.submit' | transloco }}
          </button>
        </form>
      }
      <p class="cb-back">
        <a routerLink="/sign-in">{{ 'forgotPassword.back' | transloco }}</a>
      </p>
    </cb-public-page>
  `,
  styles: `
    .cb-back {
      margin: 16px 0 0;
    }
  `,
})
export class ForgotPassword {
  private readonly api = inject(PasswordApi);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
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
    this.api.requestReset(this.form.getRawValue().email.trim()).subscribe({
      next: () => {
        this.submitting.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(problemMessage(toProblem(error)));
      },
    });
  }
}
