import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { isLinkExpired } from '../../core/http/link-expired';
import { toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { formProblemMessage, problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { PasswordHints, newPasswordValidators } from '../../shared/forms/password';
import { PublicPage } from '../../shared/layout/public-page';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { InvitationApi, InvitationPreview, NewAccount } from './invitation-api';
import { ErrorAlert } from '../../shared/error-alert';

/** How this visitor can accept: already signed in, with a new account, or by signing in first. */
type Way = 'signed-in' | 'new-account' | 'sign-in-first';

/** The page an invitation e-mail links to: what the invitation is for, and how to accept it. */
@Component({
  selector: 'cb-invitation',
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
    LocalizedDatePipe,
    PasswordHints,
    PublicPage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation.html',
  styles: `
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 16px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    form {
      display: flex;
      flex-direction: column;
    }
    .cb-accept {
      height: 48px;
    }
  `,
})
export class Invitation implements OnInit {
  private readonly api = inject(InvitationApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(Session);
  protected readonly language = inject(Language);

  /** The token from `/invitations/:token`. */
  readonly token = input.required<string>();

  protected readonly loading = signal(true);
  protected readonly submitting = signal(false);
  protected readonly invitation = signal<InvitationPreview | null>(null);
  /** The link no longer works (410, or a preview that is no longer pending). */
  protected readonly expired = signal(false);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly error = signal<Message | null>(null);

  protected readonly way = computed<Way>(() => {
    if (this.session.authenticated()) {
      return 'signed-in';
    }
    return this.invitation()?.accountExists ? 'sign-in-first' : 'new-account';
  });
  protected readonly signInUrl = computed(() => `/invitations/${this.token()}`);
  /**
   * Signed in as someone else than the invited address: the server refuses that person, so the
   * page offers to sign out instead.
   */
  protected readonly otherAccount = computed(() => {
    const user = this.session.user();
    const invited = this.invitation()?.email;
    return (
      this.session.authenticated() &&
      !!user &&
      !!invited &&
      user.email.toLowerCase() !== invited.toLowerCase()
    );
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    password: ['', newPasswordValidators],
  });
  protected readonly personal = computed(() => [this.invitation()?.email ?? '']);

  ngOnInit(): void {
    this.api.preview(this.token()).subscribe({
      next: (preview) => {
        this.invitation.set(preview);
        this.expired.set(preview.status !== 'PENDING');
        this.loading.set(false);
      },
      error: (error: unknown) => {
        const problem = toProblem(error);
        this.loading.set(false);
        if (isLinkExpired(problem)) {
          this.expired.set(true);
        } else {
          this.loadError.set(
            problem.status === 404 ? keyMessage('invitation.notFound') : problemMessage(problem),
          );
        }
      },
    });
  }

  protected accept(): void {
    if (this.submitting()) {
      return;
    }
    let account: NewAccount | null = null;
    if (this.way() === 'new-account') {
      if (this.form.invalid) {
        this.form.markAllAsTouched();
        return;
      }
      const value = this.form.getRawValue();
      account = { displayName: value.displayName.trim(), password: value.password };
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api.accept(this.token(), account).subscribe({
      next: (info) => {
        this.submitting.set(false);
        this.session.update(info);
        this.notifier.success('invitation.joined', { agency: this.invitation()?.agencyName });
        void this.router.navigateByUrl(this.session.homeUrl());
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

  /** Signs out, staying here: the page then offers to create the account or to sign in. */
  protected signOutToAccept(): void {
    this.submitting.set(true);
    this.session.signOut().subscribe(() => this.submitting.set(false));
  }

  protected statusText(): string {
    const status = this.invitation()?.status ?? 'EXPIRED';
    return this.transloco.translate(`invitation.statusMessage.${status}`);
  }
}
