import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { formProblemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { SLUG_MAX_LENGTH, deriveSlugFromName, slugValidator } from '../../shared/forms/slug';
import { OnboardingApi } from './onboarding-api';
import { ErrorAlert } from '../../shared/error-alert';

/** A signed-in person without an agency creates one and becomes its owner. */
@Component({
  selector: 'cb-onboarding',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
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
  template: `
    <div class="cb-page cb-narrow">
      <header class="cb-page-header">
        <div>
          <h1>{{ 'onboarding.title' | transloco }}</h1>
          <p class="cb-subtitle">
            {{ 'onboarding.subtitle' | transloco: { name: session.user()?.displayName } }}
          </p>
        </div>
      </header>
      <div class="cb-alert cb-alert-info" role="note" data-testid="onboarding-invitation-note">
        <mat-icon aria-hidden="true">mail</mat-icon>
        <p class="cb-alert-body">{{ 'onboarding.invitationNote' | transloco }}</p>
      </div>
      <mat-card appearance="outlined">
        @if (submitting()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | transloco" />
        }
        <mat-card-content>
          @if (error(); as message) {
            <cb-error-alert [message]="message" testId="onboarding-error" />
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline" class="cb-full-width">
              <mat-label>{{ 'onboarding.name' | transloco }}</mat-label>
              <input matInput formControlName="name" required data-testid="onboarding-name" />
              <mat-error><cb-field-error [control]="form.controls.name" /></mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" class="cb-full-width">
              <mat-label>{{ 'onboarding.slug' | transloco }}</mat-label>
              <input
                matInput
                formControlName="slug"
                required
                autocomplete="off"
                spellcheck="false"
                [maxlength]="slugMaxLength"
                (input)="onSlugInput()"
                data-testid="onboarding-slug"
              />
              <mat-hint>{{ 'onboarding.slugHint' | transloco }}</mat-hint>
              <mat-error><cb-field-error [control]="form.controls.slug" /></mat-error>
            </mat-form-field>
            <button
              mat-flat-button
              type="submit"
              [disabled]="submitting()"
              data-testid="onboarding-submit"
            >
              {{ 'onboarding.submit' | transloco }}
            </button>
          </form>
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    .cb-narrow {
      max-width: 640px;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      align-items: flex-start;
    }
  `,
})
export class Onboarding {
  private readonly api = inject(OnboardingApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  protected readonly session = inject(Session);

  protected readonly slugMaxLength = SLUG_MAX_LENGTH;
  protected readonly submitting = signal(false);
  protected readonly error = signal<Message | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    slug: [
      '',
      [
        Validators.required,
        Validators.minLength(3),
        Validators.maxLength(SLUG_MAX_LENGTH),
        slugValidator,
      ],
    ],
  });
  /** Keeps the slug in step with the name until the user types their own. */
  protected readonly onSlugInput = deriveSlugFromName(
    this.form.controls.name,
    this.form.controls.slug,
  );

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, slug } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .createAgency(name.trim(), slug)
      .pipe(switchMap(() => this.session.load()))
      .subscribe({
        next: () => {
          this.submitting.set(false);
          this.notifier.success('onboarding.created', { name: name.trim() });
          void this.router.navigateByUrl('/agency');
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          const problem = toProblem(error);
          this.error.set(formProblemMessage(this.form, problem));
        },
      });
  }
}
