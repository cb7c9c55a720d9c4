import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { Approval } from './proposals-api';

const DECISION_ICONS: Record<string, string> = {
  APPROVE: 'thumb_up',
  REJECT: 'block',
  REQUEST_CHANGES: 'rate_review',
};

/**
 * The approval of a proposal: which rule applies and why (or that none did and it was approved
 * automatically), how many approvals it needs and has, who may give them, and this round's
 * decisions.
 */
@Component({
  selector: 'cb-approval-summary',
  imports: [LocalizedDatePipe, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = approval();
    <section
      class="cb-approval"
      aria-labelledby="cb-approval-heading"
      data-testid="approval-summary"
    >
      <h2 id="cb-approval-heading">{{ 'proposals.approval.heading' | transloco }}</h2>
      @if (a.autoApproved) {
        <p data-testid="approval-auto">
          <mat-icon aria-hidden="true" class="cb-inline-icon">verified</mat-icon>
          {{ 'proposals.approval.auto' | transloco }}
        </p>
        <p class="cb-reason">{{ a.reason }}</p>
      } @else {
        <p data-testid="approval-rule">{{ a.reason }}</p>
        <p data-testid="approval-count">
          <strong>{{
            'proposals.approval.count'
              | transloco: { given: a.approvalsGiven, needed: a.approvalsNeeded, round: a.round }
          }}</strong>
        </p>
        @if (a.approvers; as approvers) {
          <p class="cb-reason" data-testid="approval-approvers">
            {{ 'proposals.approval.approvers' | transloco }}
            @for (role of approvers.roles; track role; let last = $last) {
              {{ 'roles.' + role | transloco
              }}{{ last && approvers.people.length === 0 ? '' : ',' }}
            }
            @for (person of approvers.people; track person.id; let last = $last) {
              {{ person.name }}{{ last ? '' : ',' }}
            }
          </p>
        }
        @if (decisions().length > 0) {
          <ul class="cb-decisions" data-testid="approval-decisions">
            @for (d of decisions(); track $index) {
              <li>
                <mat-icon aria-hidden="true">{{ icon(d.decision) }}</mat-icon>
                <span>
                  {{ 'proposals.decisions.' + d.decision | transloco: { name: d.approver.name } }}
                  ·
                  <time [attr.datetime]="d.decidedAt">{{
                    d.decidedAt | localizedDate: language.locale()
                  }}</time>
                </span>
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    p {
      margin: 0 0 6px;
      overflow-wrap: anywhere;
    }
    .cb-reason {
      color: var(--mat-sys-on-surface-variant);
    }
    .cb-inline-icon {
      vertical-align: text-bottom;
    }
    .cb-decisions {
      list-style: none;
      padding: 0;
      margin: 8px 0 0;
      li {
        display: flex;
        gap: 6px;
        align-items: center;
        margin-bottom: 4px;
      }
      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }
  `,
})
export class ApprovalSummary {
  readonly approval = input.required<Approval>();

  protected readonly language = inject(Language);

  protected readonly decisions = computed(() =>
    this.approval().decisions.filter((d) => d.round === this.approval().round),
  );

  protected icon(decision: string): string {
    return DECISION_ICONS[decision] ?? 'help';
  }
}
