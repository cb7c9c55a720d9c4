import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { ErrorAlert } from '../../shared/error-alert';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { JobsApi, SavedSearch, UPWORK_ACCOUNT_URL, compact, criteriaParams } from './jobs-api';
import { SavedSearchDialog, SavedSearchDialogData } from './saved-search-dialog';

/**
 * The member's saved searches: what each looks for, whether it refreshes, what its last run found
 * (new matches as a badge), and run now, edit, open in the feed, delete.
 */
@Component({
  selector: 'cb-saved-searches',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlert,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './saved-searches.html',
  styleUrl: './saved-searches.scss',
})
export class SavedSearches {
  private readonly api = inject(JobsApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(Language);
  protected readonly upworkAccountUrl = UPWORK_ACCOUNT_URL;

  protected readonly searches = signal<readonly SavedSearch[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  protected readonly running = signal<string | null>(null);
  protected readonly linkProblem = signal<string | null>(null);

  constructor() {
    this.reload();
  }

  protected reload(): void {
    this.loading.set(true);
    this.api.savedSearches({ page: 0, size: 100 }).subscribe({
      next: (page) => {
        this.loading.set(false);
        this.error.set(null);
        this.searches.set(page.items);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(problemMessage(toProblem(error)));
      },
    });
  }

  /** The feed's URL parameters for the search's criteria. */
  protected feedParams(search: SavedSearch): Record<string, string | string[]> {
    return criteriaParams(search.criteria);
  }

  /** A short reading of the criteria, e.g. "angular · Hourly · Expert". */
  protected summary(search: SavedSearch): string {
    const c = compact(search.criteria);
    const parts: string[] = [];
    if (c.keywords) {
      parts.push(`“${c.keywords}”`);
    }
    if (c.jobType) {
      parts.push(this.transloco.translate(`jobs.types.${c.jobType}`));
    }
    if (c.experienceLevel) {
      parts.push(this.transloco.translate(`jobs.levels.${c.experienceLevel}`));
    }
    const others = Object.keys(c).filter(
      (k) => !['keywords', 'jobType', 'experienceLevel'].includes(k),
    ).length;
    if (others > 0) {
      parts.push(this.transloco.translate('jobs.saved.moreFilters', { count: others }));
    }
    return parts.length > 0 ? parts.join(' · ') : this.transloco.translate('jobs.saved.allJobs');
  }

  protected edit(search: SavedSearch): void {
    this.dialog
      .open<SavedSearchDialog, SavedSearchDialogData, SavedSearch>(SavedSearchDialog, {
        data: { search, criteria: search.criteria },
        width: '440px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.notifier.success('jobs.saved.updated', { name: saved.name });
          this.reload();
        }
      });
  }

  protected run(search: SavedSearch): void {
    this.running.set(search.id);
    this.linkProblem.set(null);
    this.api.runSavedSearch(search.id).subscribe({
      next: (run) => {
        this.running.set(null);
        this.notifier.success('jobs.saved.ran', { count: run.newMatches, jobs: run.fetch.jobs });
        this.reload();
      },
      error: (error: unknown) => {
        this.running.set(null);
        const problem: Problem = toProblem(error);
        if (
          hasProblemType(problem, 'upwork-not-linked') ||
          hasProblemType(problem, 'upwork-relink-required')
        ) {
          this.linkProblem.set(problem.type.substring(problem.type.lastIndexOf('/') + 1));
        } else {
          this.notifier.problem(problem);
        }
        this.reload();
      },
    });
  }

  protected remove(search: SavedSearch): void {
    this.confirmation
      .ask({
        title: this.transloco.translate('jobs.saved.deleteTitle'),
        message: this.transloco.translate('jobs.saved.deleteText', { name: search.name }),
        confirmLabel: this.transloco.translate('jobs.saved.delete'),
        cancelLabel: this.transloco.translate('common.cancel'),
        destructive: true,
      })
      .subscribe((yes) => {
        if (!yes) {
          return;
        }
        this.api.deleteSavedSearch(search.id).subscribe({
          next: () => {
            this.notifier.success('jobs.saved.deleted', { name: search.name });
            this.reload();
          },
          error: (error: unknown) => this.notifier.problem(toProblem(error)),
        });
      });
  }
}
