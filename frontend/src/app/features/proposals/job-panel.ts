import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { formatPay, formatRating } from '../jobs/job-format';
import { JobDetail } from '../jobs/jobs-api';
import { ProposalJob } from './proposals-api';

/** How much of the description shows before "Show the whole description". */
export const SUMMARY_LENGTH = 600;

/**
 * The job a proposal answers, beside the draft: title, pay, client, a summary of the description
 * and the screening questions. Everything from Upwork is rendered as text.
 */
@Component({
  selector: 'cb-job-panel',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let j = job();
    <aside
      class="cb-job-panel"
      [attr.aria-label]="'proposals.job.label' | transloco"
      data-testid="proposal-job"
    >
      <h2 class="cb-job-title" data-testid="proposal-job-title">{{ j.title }}</h2>
      <p class="cb-job-pay" data-testid="proposal-job-pay">
        {{ 'jobs.types.' + j.type | transloco }} ·
        {{ pay() || ('proposals.job.noBudget' | transloco) }}
      </p>
      <dl class="cb-job-facts">
        <div>
          <dt>{{ 'proposals.job.client' | transloco }}</dt>
          <dd data-testid="proposal-job-client">
            {{ clientName() || ('jobs.detail.unknown' | transloco) }}
            @if (detail()?.client; as client) {
              @if (client.country) {
                · {{ client.country }}
              }
              @if (rating()) {
                · {{ 'proposals.job.rating' | transloco: { rating: rating() } }}
              }
              @if (client.paymentVerified) {
                · {{ 'jobs.client.verified' | transloco }}
              }
            }
          </dd>
        </div>
        @if (j.category) {
          <div>
            <dt>{{ 'jobs.detail.category' | transloco }}</dt>
            <dd>{{ j.category }}</dd>
          </div>
        }
      </dl>

      @if (detail()?.description; as description) {
        <h3>{{ 'jobs.detail.description' | transloco }}</h3>
        <p
          class="cb-text"
          id="cb-job-description"
          data-testid="proposal-job-description"
          [textContent]="
            expanded() || description.length <= summaryLength
              ? description
              : description.slice(0, summaryLength) + '…'
          "
        ></p>
        @if (description.length > summaryLength) {
          <button
            mat-button
            type="button"
            (click)="expanded.set(!expanded())"
            [attr.aria-expanded]="expanded()"
            aria-controls="cb-job-description"
            data-testid="proposal-job-description-toggle"
          >
            {{ (expanded() ? 'proposals.job.showLess' : 'proposals.job.showAll') | transloco }}
          </button>
        }
      }

      <h3>{{ 'jobs.detail.questions' | transloco }}</h3>
      @if (j.screeningQuestions.length === 0) {
        <p class="cb-muted">{{ 'jobs.detail.questionsNone' | transloco }}</p>
      } @else {
        <ol class="cb-questions" data-testid="proposal-job-questions">
          @for (q of j.screeningQuestions; track q.position) {
            <li>{{ q.question }}</li>
          }
        </ol>
      }
      @if (j.coverLetterRequired) {
        <p class="cb-muted">{{ 'jobs.detail.coverLetter' | transloco }}</p>
      }

      <div class="cb-job-links">
        <a mat-button [routerLink]="['/jobs', j.id]" data-testid="proposal-job-link">
          <mat-icon aria-hidden="true">work</mat-icon>
          {{ 'proposals.job.open' | transloco }}
        </a>
        @if (j.url) {
          <a
            mat-button
            [href]="j.url"
            target="_blank"
            rel="noopener noreferrer"
            data-testid="proposal-job-upwork"
          >
            <mat-icon aria-hidden="true">open_in_new</mat-icon>
            {{ 'jobs.detail.openOnUpwork' | transloco }}
          </a>
        }
      </div>
    </aside>
  `,
  styles: `
    .cb-job-panel {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);

      h3 {
        font: var(--mat-sys-title-small);
        margin: 16px 0 4px;
      }
    }
    .cb-job-title {
      font: var(--mat-sys-title-large);
      margin: 0;
      overflow-wrap: anywhere;
    }
    .cb-job-pay {
      margin: 4px 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .cb-job-facts {
      margin: 0;
      dt {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0 0 8px;
        overflow-wrap: anywhere;
      }
    }
    .cb-text {
      white-space: pre-line;
      overflow-wrap: anywhere;
      margin: 0;
    }
    .cb-muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .cb-questions {
      padding-inline-start: 20px;
      margin: 0;
      li {
        margin-bottom: 4px;
        overflow-wrap: anywhere;
      }
    }
    .cb-job-links {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-top: 12px;
    }
  `,
})
export class JobPanel {
  /** The proposal's copy of the job. */
  readonly job = input.required<ProposalJob>();
  /** The job as the agency's cache has it now (description, client history), when it still does. */
  readonly detail = input<JobDetail | null>(null);

  private readonly language = inject(Language);
  protected readonly summaryLength = SUMMARY_LENGTH;
  protected readonly expanded = signal(false);

  protected readonly pay = computed(() => {
    const j = this.job();
    // A proposal forgets Upwork's budget 24 h after it was fetched; the cache may still have it.
    const cached = this.detail();
    const pay = j.budget || j.hourlyMin || j.hourlyMax || !cached ? j : cached;
    return formatPay(
      { jobType: j.type, budget: pay.budget, hourlyMin: pay.hourlyMin, hourlyMax: pay.hourlyMax },
      this.language.locale(),
    );
  });
  /** The proposal's copy forgets the client's name 24 h after it was fetched; the cache may not. */
  protected readonly clientName = computed(
    () => this.job().clientName || this.detail()?.client.name || null,
  );
  protected readonly rating = computed(() => {
    const client = this.detail()?.client;
    return client ? formatRating(client, this.language.locale()) : '';
  });
}

/** A job of the cache in the shape of a proposal's copy (for the page that starts a draft). */
export function proposalJobOf(job: JobDetail): ProposalJob {
  return {
    id: job.id,
    title: job.title,
    url: job.upworkUrl,
    clientId: job.client.id,
    clientName: job.client.name,
    category: job.category?.label ?? null,
    categoryId: job.category?.id ?? null,
    type: job.jobType,
    budget: job.budget,
    hourlyMin: job.hourlyMin,
    hourlyMax: job.hourlyMax,
    coverLetterRequired: job.coverLetterRequired,
    screeningQuestions: job.screeningQuestions ?? [],
  };
}
