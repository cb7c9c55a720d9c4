import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { safeReturnUrl } from '../../core/auth/return-url';
import { Session, SessionInfo } from '../../core/auth/session';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage, textMessage } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { PublicPage } from '../../shared/layout/public-page';
import { MessageText } from '../../shared/message-text';
import { DEMO_MAILBOX_URL, DemoMailboxApi } from './demo-mailbox-api';

/**
 * Signs in with Upwork (a full-page redirect) or with e-mail and password, then goes to the code
 * step, the MFA set-up, the user's home, or back where they were.
 */
@Component({
  selector: 'cb-sign-in',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    FieldError,
    MessageText,
    PublicPage,
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
  /**
   * Set by the server when it sends the browser back here: `upwork` (with a `reason`), `locked`,
   * `suspended`, `upwork-admin-account`, `upwork-account-exists`.
   */
  readonly error = input<string | undefined>();
  /** Why Sign in with Upwork failed, as the server put it. */
  readonly reason = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  /** In the demo: how many e-mails and texts its mailbox holds; null elsewhere (no link). */
  protected readonly demoMessages = toSignal(inject(DemoMailboxApi).messageCount(), {
    initialValue: null,
  });
  protected readonly demoMailboxUrl = DEMO_MAILBOX_URL;
  protected readonly hidePassword = signal(true);
  private readonly problem = signal<Problem | null>(null);

  protected readonly errorMessages = computed<Message[]>(() => {
    const problem = this.problem();
    if (problem) {
      return messagesFor(problem);
    }
    switch (this.error()) {
      case 'upwork': {
        const reason = this.reason();
        return [keyMessage('signIn.upworkFailed'), ...(reason ? [textMessage(reason)] : [])];
      }
      case 'locked':
        return [keyMessage('signIn.locked')];
      case 'suspended':
        return [keyMessage('signIn.suspended')];
      case 'upwork-admin-account':
        return [keyMessage('signIn.upworkAdminAccount')];
      case 'upwork-account-exists':
        return [keyMessage('signIn.upworkAccountExists')];
      case undefined:
      case '':
        return [];
      default:
        return [keyMessage('errors.unexpected')];
    }
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
      next: (info) => {
        this.submitting.set(false);
        void this.router.navigateByUrl(this.destination(info));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.form.controls.password.reset();
        this.problem.set(toProblem(error));
      },
    });
  }

  private destination(info: SessionInfo): string {
    const returnUrl = safeReturnUrl(this.returnUrl());
    if (info.mfaPending) {
      return this.router.serializeUrl(
        this.router.createUrlTree(['/sign-in/mfa'], {
          queryParams: returnUrl ? { returnUrl } : {},
        }),
      );
    }
    if (info.mfaEnrollmentRequired) {
      return this.session.homeUrl();
    }
    return returnUrl ?? this.session.homeUrl();
  }
}

function messagesFor(problem: Problem): Message[] {
  // Never say which of e-mail or password was wrong.
  if (problem.status === 401 || hasProblemType(problem, 'invalid-credentials')) {
    return [keyMessage('signIn.invalidCredentials')];
  }
  if (hasProblemType(problem, 'agency-suspended')) {
    return [keyMessage('signIn.agencySuspended')];
  }
  if (problem.status === 423 || hasProblemType(problem, 'account-locked')) {
    const retry =
      problem.retryAfterSeconds !== null
        ? [keyMessage('signIn.lockedRetry', { minutes: Math.ceil(problem.retryAfterSeconds / 60) })]
        : [];
    return [problem.detail ? textMessage(problem.detail) : keyMessage('signIn.locked'), ...retry];
  }
  return [problemMessage(problem)];
}
