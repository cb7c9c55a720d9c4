import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { Collision } from './proposals-api';

/** "A colleague is already bidding on this job", with a link to theirs when the reader may open it. */
@Component({
  selector: 'cb-collision-warning',
  imports: [LocalizedDatePipe, MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = collision();
    <div class="cb-alert cb-alert-warning" role="note" [attr.data-testid]="testId()">
      <mat-icon aria-hidden="true">group</mat-icon>
      <p class="cb-alert-body">
        {{
          'proposals.collision.text'
            | transloco
              : {
                  name: c.memberName,
                  state: ('proposals.states.' + c.state | transloco),
                  date: (c.since | localizedDate: language.locale() : 'date'),
                }
        }}
        @if (c.proposalId) {
          <a [routerLink]="['/proposals', c.proposalId]">{{
            'proposals.collision.open' | transloco
          }}</a>
        }
      </p>
    </div>
  `,
})
export class CollisionWarning {
  readonly collision = input.required<Collision>();
  readonly testId = input('proposal-collision');
  protected readonly language = inject(Language);
}
