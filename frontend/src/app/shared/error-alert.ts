import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { Message } from '../core/i18n/message';
import { MessageText } from './message-text';

/** A failure to show in the page (announced to screen readers), as text. */
@Component({
  selector: 'cb-error-alert',
  imports: [MatIconModule, MessageText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cb-alert" role="alert" [attr.data-testid]="testId()">
      <mat-icon aria-hidden="true">error</mat-icon>
      <p class="cb-alert-body"><cb-message-text [message]="message()" /></p>
    </div>
  `,
})
export class ErrorAlert {
  readonly message = input.required<Message>();
  readonly testId = input<string | null>(null);
}
