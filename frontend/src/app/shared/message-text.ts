import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Message } from '../core/i18n/message';

/** Renders a {@link Message} as text: translated when it is a key, verbatim otherwise. */
@Component({
  selector: 'cb-message-text',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = message();
    @if (m.key !== undefined) {
      {{ m.key | transloco: m.params }}
    } @else {
      {{ m.text }}
    }
  `,
})
export class MessageText {
  readonly message = input.required<Message>();
}
