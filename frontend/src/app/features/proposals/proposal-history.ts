import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { HistoryEntry } from './proposals-api';

/** Actions the timeline has words for (`proposals.history.actions.<action>`). */
const KNOWN_ACTIONS: Record<string, string> = {
  created: 'note_add',
  submitted: 'outbox',
  'auto-approved': 'verified',
  'approval-given': 'thumb_up',
  approved: 'task_alt',
  'changes-requested': 'rate_review',
  rejected: 'block',
  resubmitted: 'replay',
  reopened: 'restart_alt',
  'edited-after-approval': 'edit',
  withdrawn: 'undo',
  'send-started': 'schedule_send',
  sent: 'send',
  'send-failed': 'error',
  'send-unknown': 'help',
  'marked-sent': 'mark_email_read',
  'marked-not-sent': 'unsubscribe',
  'found-on-upwork': 'travel_explore',
  'outcome-synced': 'sync',
  'outcome-corrected': 'edit_note',
};

/** What happened to a proposal, oldest first: who did what, when, from which state to which. */
@Component({
  selector: 'cb-proposal-history',
  imports: [LocalizedDatePipe, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="cb-history-heading" data-testid="proposal-history">
      <h2 id="cb-history-heading">{{ 'proposals.history.heading' | transloco }}</h2>
      <ol class="cb-timeline">
        @for (e of entries(); track e.id) {
          <li data-testid="history-entry" [attr.data-action]="e.action">
            <mat-icon aria-hidden="true">{{ e.icon }}</mat-icon>
            <div>
              <p>
                <strong>{{
                  e.actorName ?? ('proposals.history.sources.' + e.source | transloco)
                }}</strong>
                {{ e.textKey | transloco }}
                @if (e.from && e.from !== e.to) {
                  <span class="cb-states">
                    ({{ 'proposals.states.' + e.from | transloco }} →
                    {{ 'proposals.states.' + e.to | transloco }})
                  </span>
                }
              </p>
              @if (e.note) {
                <p class="cb-note">{{ e.note }}</p>
              }
              <time [attr.datetime]="e.at">{{ e.at | localizedDate: language.locale() }}</time>
            </div>
          </li>
        }
      </ol>
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .cb-timeline {
      list-style: none;
      margin: 0;
      padding: 0;
      border-inline-start: 2px solid var(--mat-sys-outline-variant);

      li {
        display: flex;
        gap: 8px;
        padding: 0 0 12px 8px;
        margin-inline-start: -13px;
      }
      mat-icon {
        flex: none;
        font-size: 20px;
        width: 24px;
        height: 24px;
        background: var(--mat-sys-surface);
        color: var(--mat-sys-primary);
      }
      p {
        margin: 0;
        overflow-wrap: anywhere;
      }
      time {
        font: var(--mat-sys-body-small);
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .cb-states,
    .cb-note {
      color: var(--mat-sys-on-surface-variant);
    }
    .cb-note {
      white-space: pre-wrap;
    }
  `,
})
export class ProposalHistory {
  readonly history = input.required<readonly HistoryEntry[]>();
  protected readonly language = inject(Language);

  protected readonly entries = computed(() =>
    this.history().map((e) => ({
      ...e,
      actorName: e.actor?.name ?? null,
      icon: KNOWN_ACTIONS[e.action] ?? 'history',
      textKey:
        e.action in KNOWN_ACTIONS
          ? `proposals.history.actions.${e.action}`
          : 'proposals.history.actions.other',
    })),
  );
}
