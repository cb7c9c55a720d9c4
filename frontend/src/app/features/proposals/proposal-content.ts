import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { formatMoney } from '../jobs/job-format';
import { BidAmount } from './bid-amount';
import { ProposalDetail } from './proposals-api';

/** A proposal's content to read (approvers, viewers, and once it can no longer be edited). */
@Component({
  selector: 'cb-proposal-content',
  imports: [BidAmount, LocalizedDatePipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = proposal();
    <section aria-labelledby="cb-content-heading" data-testid="proposal-content">
      <h2 id="cb-content-heading">
        {{ (own() ? 'proposals.editor.heading' : 'proposals.content.heading') | transloco }}
      </h2>
      <p class="cb-hint" data-testid="proposal-template">
        @if (p.template; as t) {
          {{
            'proposals.editor.fromTemplate' | transloco: { name: t.name, number: t.versionNumber }
          }}
        } @else {
          {{ 'proposals.editor.noTemplate' | transloco }}
        }
      </p>
      <h3>{{ 'proposals.editor.coverLetter' | transloco }}</h3>
      <div
        class="cb-text cb-letter"
        data-testid="proposal-content-cover-letter"
        [textContent]="p.coverLetter"
      ></div>

      <h3>{{ 'proposals.editor.answers' | transloco }}</h3>
      @if (p.answers.length === 0) {
        <p class="cb-hint">{{ 'proposals.editor.noQuestions' | transloco }}</p>
      } @else {
        <dl class="cb-answers">
          @for (a of p.answers; track a.position) {
            <dt>{{ a.question }}</dt>
            <dd
              class="cb-text"
              [attr.data-testid]="'proposal-content-answer-' + a.position"
              [textContent]="a.answer || ('proposals.content.unanswered' | transloco)"
            ></dd>
          }
        </dl>
      }

      <h3>{{ 'proposals.editor.bid' | transloco }}</h3>
      <dl class="cb-facts">
        <div>
          <dt>
            {{
              (p.job.type === 'FIXED'
                ? 'proposals.editor.fixedAmount'
                : 'proposals.editor.hourlyRate'
              ) | transloco
            }}
          </dt>
          <dd data-testid="proposal-content-bid">
            <cb-bid-amount [bid]="p.bid" [empty]="'common.none' | transloco" />
          </dd>
        </div>
        <div>
          <dt>{{ 'proposals.editor.duration' | transloco }}</dt>
          <dd>
            {{
              p.estimatedDuration
                ? ('proposals.durations.' + p.estimatedDuration | transloco)
                : ('common.none' | transloco)
            }}
          </dd>
        </div>
        <div>
          <dt>{{ 'proposals.editor.connects' | transloco }}</dt>
          <dd data-testid="proposal-content-connects">
            {{ p.connects.value }}
            @if (p.connects.source === 'ESTIMATE') {
              ({{ 'proposals.content.estimate' | transloco }})
            }
          </dd>
        </div>
      </dl>
      @if (milestones().length > 0) {
        <table class="cb-milestone-table" data-testid="proposal-content-milestones">
          <caption>
            {{
              'proposals.editor.milestones' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'proposals.editor.milestoneDescription' | transloco }}</th>
              <th scope="col">{{ 'proposals.editor.milestoneDue' | transloco }}</th>
              <th scope="col" class="cb-number">
                {{ 'proposals.editor.milestoneAmount' | transloco }}
              </th>
            </tr>
          </thead>
          <tbody>
            @for (m of milestones(); track $index) {
              <tr>
                <td>{{ m.description }}</td>
                <td>
                  {{ m.dueDate ? (m.dueDate | localizedDate: language.locale() : 'date') : '—' }}
                </td>
                <td class="cb-number">{{ m.formatted }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    .cb-hint {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .cb-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .cb-letter {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .cb-answers dt,
    .cb-facts dt {
      font: var(--mat-sys-label-large);
      margin-top: 8px;
    }
    .cb-answers dd,
    .cb-facts dd {
      margin: 2px 0 0;
    }
    .cb-facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0;
    }
    .cb-milestone-table {
      width: 100%;
      border-collapse: collapse;
      margin-top: 8px;
      caption {
        text-align: start;
        font: var(--mat-sys-label-large);
      }
      th,
      td {
        text-align: start;
        padding: 4px 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .cb-number {
        text-align: end;
      }
    }
  `,
})
export class ProposalContent {
  readonly proposal = input.required<ProposalDetail>();
  /** The reader wrote it ("Your proposal"); else "The proposal". */
  readonly own = input(false);
  protected readonly language = inject(Language);

  protected readonly milestones = computed(() =>
    (this.proposal().bid?.milestones ?? []).map((m) => ({
      ...m,
      formatted: formatMoney(m.amount, this.language.locale()),
    })),
  );
}
