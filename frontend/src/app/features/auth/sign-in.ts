import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { LanguageMenu } from '../../shared/language-menu';
import { MessageText } from '../../shared/message-text';
import { ThemeToggle } from '../../shared/theme-toggle';

/** Signs in with e-mail and password, then goes to the user's home (or back where they were). */
@Component({
  selector: 'cb-sign-in',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldError,
    LanguageMenu,
    ThemeToggle,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
})
export class SignIn {
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** Where the guard sent the user from; only same-app paths are honoured. */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly hidePassword = signal(true);
  private readonly problem = signal<Problem | null>(null);

  protected readonly errorMessage = computed<Message | null>(() => {
    const problem = this.problem();
    if (!problem) {
      return null;
    }
    // Never say which of e-mail or password was wrong.
    if (problem.status === 401 || hasProblemType(problem, 'invalid-credentials')) {
      return keyMessage('signIn.invalidCredentials');
    }
    if (hasProblemType(problem, 'agency-suspended')) {
      return keyMessage('signIn.agencySuspended');
    }
    return problemMessage(problem);
  });

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.problem.set(null);
    this.session.signIn(email.trim(), password).subscribe({
      next: () => {
        this.submitting.set(false);
        void this.router.navigateByUrl(this.destination());
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.form.controls.password.reset();
        this.problem.set(toProblem(error));
      },
    });
  }

  private destination(): string {
    const returnUrl = this.returnUrl();
    const safe =
      returnUrl &&
      returnUrl.startsWith('/') &&
      !returnUrl.startsWith('//') &&
      !returnUrl.startsWith('/sign-in');
    return safe ? returnUrl : this.session.homeUrl();
  }
}
