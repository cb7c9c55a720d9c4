import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { ExternalNavigation } from './external-navigation';
import { UpworkApi } from './upwork-api';

/**
 * Where Upwork sends the browser back after its consent page: hands the answer (code and state, or
 * an error) to the server, then returns to "My Upwork account"; a refusal is explained here with a
 * way to try again.
 */
@Component({
  selector: 'cb-upwork-link-callback',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cb-page">
      <header class="cb-page-header">
        <h1>{{ 'upwork.callback.title' | transloco }}</h1>
      </header>
      @if (failure(); as message) {
        <cb-error-alert [message]="message" testId="upwork-callback-error" />
        <div class="cb-actions">
          <button
            mat-flat-button
            type="button"
            (click)="tryAgain()"
            [disabled]="busy()"
            data-testid="upwork-callback-retry"
          >
            {{ 'upwork.callback.tryAgain' | transloco }}
          </button>
          <a mat-stroked-button routerLink="/upwork/account">{{
            'upwork.callback.back' | transloco
          }}</a>
        </div>
      } @else {
        <p>{{ 'upwork.callback.working' | transloco }}</p>
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .cb-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class LinkCallback implements OnInit {
  private readonly api = inject(UpworkApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly navigation = inject(ExternalNavigation);

  /** Query parameters Upwork sent back. */
  readonly code = input<string | undefined>();
  readonly state = input<string | undefined>();
  readonly error = input<string | undefined>();

  protected readonly failure = signal<Message | null>(null);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    this.api
      .completeLink({
        code: this.code() ?? null,
        state: this.state() ?? null,
        error: this.error() ?? null,
      })
      .subscribe({
        next: (link) => {
          this.notifier.success('upwork.callback.linked', {
            name: link.upworkUserName ?? link.upworkUserId,
          });
          void this.router.navigateByUrl('/upwork/account', { replaceUrl: true });
        },
        error: (error: unknown) => {
          const problem = toProblem(error);
          this.failure.set(
            hasProblemType(problem, 'upwork-consent-denied')
              ? keyMessage('upwork.callback.denied')
              : hasProblemType(problem, 'upwork-link-state')
                ? keyMessage('upwork.callback.state')
                : hasProblemType(problem, 'upwork-account-in-use')
                  ? keyMessage('upwork.callback.inUse')
                  : problemMessage(problem),
          );
        },
      });
  }

  protected tryAgain(): void {
    this.busy.set(true);
    this.api.startLink().subscribe({
      next: ({ authorizationUrl }) => this.navigation.go(authorizationUrl),
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(problemMessage(toProblem(error)));
      },
    });
  }
}
