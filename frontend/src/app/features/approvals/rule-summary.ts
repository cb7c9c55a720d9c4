import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { Member } from '../team/team-api';
import { ApprovalRule } from './approval-policy-api';

/** A rule in one line: when it applies and who approves (names are rendered as text). */
@Component({
  selector: 'cb-rule-summary',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = rule();
    <span class="cb-when">{{ 'approvals.conditions.' + r.kind | transloco: params() }}</span>
    <span class="cb-who">
      {{ 'approvals.summary.approvals' | transloco: { count: r.approvalsNeeded ?? '?' } }}
      @for (role of r.approvers.roles; track role; let last = $last) {
        {{ 'roles.' + role | transloco }}{{ last && people().length === 0 ? '' : ',' }}
      }
      @for (person of people(); track $index; let last = $last) {
        {{ person || ('approvals.rule.formerMember' | transloco) }}{{ last ? '' : ',' }}
      }
    </span>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class RuleSummary {
  readonly rule = input.required<ApprovalRule>();
  readonly members = input.required<readonly Member[]>();

  private readonly language = inject(Language);

  protected readonly params = computed(() => {
    const rule = this.rule();
    return {
      amount: rule.minimumBid
        ? money(rule.minimumBid.amount, rule.minimumBid.currency, this.language.locale())
        : '',
      count: rule.kind === 'FIRST_PROPOSALS' ? rule.firstProposals : rule.minimumConnects,
      categories: (rule.categories ?? []).join(', '),
    };
  });

  /** Named approvers by name; an empty string for someone no longer in the agency. */
  protected readonly people = computed(() => {
    const byId = new Map(this.members().map((m) => [m.userId, m.displayName || m.email]));
    return this.rule().approvers.userIds.map((id) => byId.get(id) ?? '');
  });
}

/** An amount in the locale's way, or as typed when it is not a number (yet). */
export function money(amount: string, currency: string, locale: string): string {
  const value = Number(amount);
  if (amount.trim() === '' || !Number.isFinite(value)) {
    return `${amount} ${currency}`.trim();
  }
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}
