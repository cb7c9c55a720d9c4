import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Notifier } from '../../core/notifications/notifier';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { JobCard } from './job-card';
import { JobSummary, JobsApi, MarkedJob } from './jobs-api';

/**
 * Marked jobs (favourites, hidden, new matches): a card while the job is cached, else a line that
 * says it left the 24-hour cache and opens it (which fetches it again).
 */
@Component({
  selector: 'cb-marked-job-list',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, LocalizedDatePipe, JobCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="cb-marked-list" data-testid="marked-jobs">
      @for (m of items(); track m.jobId) {
        <li data-testid="marked-job" [attr.data-job-id]="m.jobId">
          @if (m.job; as job) {
            <cb-job-card
              [job]="job"
              (favoriteChange)="setFavorite(job, $event)"
              (hide)="hide(job)"
            />
          } @else {
            <div class="cb-expired" data-testid="marked-job-expired">
              <mat-icon aria-hidden="true">hourglass_empty</mat-icon>
              <p>
                {{ 'jobs.marked.expired' | transloco }}
                <time [attr.datetime]="m.markedAt">{{
                  m.markedAt | localizedDate: language.locale()
                }}</time>
              </p>
              <a mat-stroked-button [routerLink]="['/jobs', m.jobId]">{{
                'jobs.marked.open' | transloco
              }}</a>
            </div>
          }
          @if (unmarkLabel(); as label) {
            <button
              mat-button
              type="button"
              (click)="unmark.emit(m)"
              data-testid="marked-job-unmark"
            >
              {{ label | transloco }}
            </button>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .cb-marked-list {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .cb-expired {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      padding: 16px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .cb-expired p {
      flex: 1;
      margin: 0;
    }
  `,
})
export class MarkedJobList {
  private readonly api = inject(JobsApi);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(Language);

  readonly items = input.required<readonly MarkedJob[]>();
  /** The label of a button that removes the mark (none: no button). */
  readonly unmarkLabel = input<string | null>(null);
  readonly unmark = output<MarkedJob>();
  /** A job's marks changed (favourite, hidden): the page reloads its list. */
  readonly changed = output<void>();

  protected setFavorite(job: JobSummary, favorite: boolean): void {
    this.api.setFavorite(job.id, favorite).subscribe({
      next: () => this.changed.emit(),
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }

  protected hide(job: JobSummary): void {
    this.api.setHidden(job.id, true).subscribe({
      next: () => {
        this.notifier.success('jobs.card.hidden');
        this.changed.emit();
      },
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }
}
