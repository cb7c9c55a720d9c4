import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProposalState } from './proposals-api';

/** How each state looks: an icon and a tone; the text always says it, never the colour alone. */
const LOOKS: Record<ProposalState, { icon: string; tone: Tone }> = {
  DRAFT: { icon: 'edit_note', tone: 'neutral' },
  PENDING_APPROVAL: { icon: 'pending_actions', tone: 'waiting' },
  CHANGES_REQUESTED: { icon: 'rate_review', tone: 'attention' },
  APPROVED: { icon: 'task_alt', tone: 'good' },
  REJECTED: { icon: 'block', tone: 'bad' },
  SENDING: { icon: 'outbox', tone: 'waiting' },
  SEND_UNKNOWN: { icon: 'help', tone: 'attention' },
  SENT: { icon: 'send', tone: 'good' },
  VIEWED: { icon: 'visibility', tone: 'good' },
  REPLIED: { icon: 'forum', tone: 'good' },
  INTERVIEW: { icon: 'record_voice_over', tone: 'good' },
  HIRED: { icon: 'emoji_events', tone: 'good' },
  DECLINED: { icon: 'thumb_down', tone: 'bad' },
  WITHDRAWN: { icon: 'undo', tone: 'neutral' },
};

type Tone = 'neutral' | 'waiting' | 'attention' | 'good' | 'bad';

export function stateIcon(state: ProposalState): string {
  return LOOKS[state]?.icon ?? 'help';
}

/** A proposal's state as a chip: icon and words (`proposals.states.<STATE>`). */
@Component({
  selector: 'cb-proposal-state',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="cb-state" [attr.data-tone]="look().tone" [attr.data-state]="state()">
      <mat-icon aria-hidden="true">{{ look().icon }}</mat-icon>
      <span>{{ 'proposals.states.' + state() | transloco }}</span>
    </span>
  `,
  styles: `
    .cb-state {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);

      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }
    [data-tone='waiting'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    [data-tone='attention'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    [data-tone='good'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    [data-tone='bad'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class ProposalStateChip {
  readonly state = input.required<ProposalState>();
  protected readonly look = computed(
    () => LOOKS[this.state()] ?? { icon: 'help', tone: 'neutral' as Tone },
  );
}
