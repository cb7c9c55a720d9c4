import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Message } from '../core/i18n/message';
import { MessageText } from './message-text';

/** A failure to show in the page (announced to screen readers), as text; optionally retryable. */
@Component({
  selector: 'cb-error-alert',
  imports: [MatButtonModule, MatIconModule, MessageText, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cb-alert" role="alert" [attr.data-testid]="testId()">
      <mat-icon aria-hidden="true">error</mat-icon>
      <div class="cb-alert-body">
        <p><cb-message-text [message]="message()" /></p>
        @if (retryable()) {
          <div class="cb-alert-actions">
            <button mat-stroked-button type="button" (click)="retry.emit()">
              {{ 'common.retry' | transloco }}
            </button>
          </div>
        }
      </div>
    </div>
  `,
})
export class ErrorAlert {
  readonly message = input.required<Message>();
  readonly testId = input<string | null>(null);
  /** Offers "Try again", which emits {@link retry}. */
  readonly retryable = input(false);
  readonly retry = output<void>();
}
