import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage, textMessage } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { FieldError } from '../../shared/forms/field-error';
import { PublicPage } from '../../shared/layout/public-page';
import { PendingUpworkLink, UpworkLinkApi } from './upwork-link-api';

/**
 * After Sign in with Upwork, when a Crewbid account with the same e-mail exists: its password
 * confirms that the Upwork account may sign in to it. Then on as after any sign-in (code step,
 * MFA set-up or home).
 */
@Component({
  selector: 'cb-link-upwork',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FieldError,
    PublicPage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cb-public-page
      [heading]="'linkUpwork.title' | transloco"
      [subtitle]="'linkUpwork.subtitle' | transloco"
      [busy]="loading() || submitting()"
      [busyLabel]="'linkUpwork.linking' | transloco"
    >
      @if (error(); as message) {
        <cb-error-alert [message]="message" testId="link-upwork-error" />
      }
      @if (pending(); as link) {
        <p data-testid="link-upwork-explain">
          {{ 'linkUpwork.explain' | transloco: { upwork: link.upworkName, email: link.email } }}
        </p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'linkUpwork.password' | transloco: { email: link.email } }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="current-password"
              required
              data-testid="link-upwork-password"
            />
            <mat-error><cb-field-error [control]="form.controls.password" /></mat-error>
          </mat-form-field>
          <button
            mat-flat-button
            type="submit"
            class="cb-full-width cb-action"
            [disabled]="submitting()"
            data-testid="link-upwork-submit"
          >
            {{ 'linkUpwork.submit' | transloco }}
          </button>
          <button
            mat-button
            type="button"
            class="cb-full-width"
            (click)="cancel()"
            [disabled]="submitting()"
            data-testid="link-upwork-cancel"
          >
            {{ 'linkUpwork.cancel' | transloco }}
          </button>
        </form>
        <p class="cb-forgot">
          <a routerLink="/forgot-password">{{ 'linkUpwork.forgotPassword' | transloco }}</a>
        </p>
      } @else if (!loading()) {
        <a
          mat-flat-button
          routerLink="/sign-in"
          class="cb-full-width"
          data-testid="link-upwork-back"
        >
          {{ 'linkUpwork.backToSignIn' | transloco }}
        </a>
      }
    </cb-public-page>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .cb-action {
      height: 48px;
    }
    .cb-forgot {
      text-align: end;
    }
  `,
})
export class LinkUpwork implements OnInit {
  private readonly api = inject(UpworkLinkApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  protected readonly loading = signal(true);
  protected readonly submitting = signal(false);
  protected readonly pending = signal<PendingUpworkLink | null>(null);
  protected readonly error = signal<Message | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.maxLength(128)]],
  });

  ngOnInit(): void {
    this.api.pending().subscribe({
      next: (link) => {
        this.pending.set(link);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        const problem = toProblem(error);
        this.error.set(
          problem.status === 404
            ? keyMessage('linkUpwork.nothingPending')
            : problemMessage(problem),
        );
      },
    });
  }

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
    this.api.confirm(this.form.getRawValue().password).subscribe({
      next: (info) => {
        this.submitting.set(false);
        this.session.update(info);
        void this.router.navigateByUrl(this.session.homeUrl());
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.form.controls.password.reset();
        const problem = toProblem(error);
        if (problem.status === 404) {
          this.pending.set(null);
          this.error.set(keyMessage('linkUpwork.nothingPending'));
        } else if (hasProblemType(problem, 'invalid-credentials')) {
          this.error.set(keyMessage('linkUpwork.wrongPassword'));
        } else if (hasProblemType(problem, 'account-locked') && problem.detail) {
          this.error.set(textMessage(problem.detail));
        } else {
          this.error.set(problemMessage(problem));
        }
      },
    });
  }

  protected cancel(): void {
    this.api.cancel().subscribe({
      next: () => void this.router.navigateByUrl('/sign-in'),
      error: () => void this.router.navigateByUrl('/sign-in'),
    });
  }
}
