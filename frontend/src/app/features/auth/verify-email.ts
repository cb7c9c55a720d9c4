import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { PublicPage } from '../../shared/layout/public-page';
import { MessageText } from '../../shared/message-text';
import { isLinkExpired } from '../../core/http/link-expired';
import { PasswordApi } from './password-api';

type State = 'verifying' | 'verified' | 'expired' | 'failed';

/** Confirms an e-mail address from the link in the verification e-mail. */
@Component({
  selector: 'cb-verify-email',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, MessageText, PublicPage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cb-public-page
      [heading]="'verifyEmail.title' | transloco"
      [busy]="state() === 'verifying'"
      [busyLabel]="'verifyEmail.verifying' | transloco"
    >
      <div data-testid="verify-email-state" [attr.data-state]="state()">
        @switch (state()) {
          @case ('verifying') {
            <p>{{ 'verifyEmail.verifying' | transloco }}</p>
          }
          @case ('verified') {
            <div class="cb-alert cb-alert-info" role="status">
              <mat-icon aria-hidden="true">verified</mat-icon>
              <p class="cb-alert-body">{{ 'verifyEmail.verified' | transloco }}</p>
            </div>
          }
          @case ('expired') {
            <div class="cb-alert" role="alert">
              <mat-icon aria-hidden="true">link_off</mat-icon>
              <p class="cb-alert-body">{{ 'links.expired' | transloco }}</p>
            </div>
          }
          @default {
            <div class="cb-alert" role="alert">
              <mat-icon aria-hidden="true">error</mat-icon>
              <p class="cb-alert-body">
                @if (error(); as message) {
                  <cb-message-text [message]="message" />
                }
              </p>
            </div>
          }
        }
      </div>
      @if (state() !== 'verifying') {
        <a mat-flat-button [routerLink]="session.homeUrl()" data-testid="verify-email-continue">
          {{ 'verifyEmail.continue' | transloco }}
        </a>
      }
    </cb-public-page>
  `,
})
export class VerifyEmail implements OnInit {
  private readonly api = inject(PasswordApi);
  protected readonly session = inject(Session);

  readonly token = input.required<string>();
  protected readonly state = signal<State>('verifying');
  protected readonly error = signal<Message | null>(null);

  ngOnInit(): void {
    this.api.verifyEmail(this.token()).subscribe({
      next: () => this.state.set('verified'),
      error: (error: unknown) => {
        const problem = toProblem(error);
        if (isLinkExpired(problem)) {
          this.state.set('expired');
          return;
        }
        this.error.set(problemMessage(problem));
        this.state.set('failed');
      },
    });
  }
}
