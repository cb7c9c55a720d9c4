import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { Money } from '../jobs/jobs-api';
import { formatMoney } from '../jobs/job-format';

/** A bid in the locale's way: `US$1,500`, or `US$45 per hour`; a dash without one. */
@Component({
  selector: 'cb-bid-amount',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!text()) {
      {{ empty() }}
    } @else if (bid()?.type === 'HOURLY') {
      {{ 'proposals.content.hourlyBid' | transloco: { amount: text() } }}
    } @else {
      {{ text() }}
    }
  `,
})
export class BidAmount {
  readonly bid = input.required<{ type: 'FIXED' | 'HOURLY'; amount: Money | null } | null>();
  /** What stands where there is no bid. */
  readonly empty = input('—');
  private readonly language = inject(Language);
  protected readonly text = computed(() => formatMoney(this.bid()?.amount, this.language.locale()));
}
