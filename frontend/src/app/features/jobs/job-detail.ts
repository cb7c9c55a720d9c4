import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { CollisionWarning } from '../proposals/collision-warning';
import { Collisions, ProposalsApi } from '../proposals/proposals-api';
import { formatMoney, formatPay, formatRating } from './job-format';
import { JobDetail as Job, JobsApi, UPWORK_ACCOUNT_URL } from './jobs-api';

/**
 * A job's page: the whole description, what it pays, the client's history, the screening
 * questions, and a link to the job on Upwork. Opening a job Crewbid no longer holds fetches it
 * again, as the member.
 */
@Component({
  selector: 'cb-job-detail',
  imports: [
    CollisionWarning,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlert,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-detail.html',
  styleUrl: './job-detail.scss',
})
export class JobDetail {
  private readonly api = inject(JobsApi);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(Session);
  private readonly proposals = inject(ProposalsApi);
  protected readonly language = inject(Language);
  protected readonly upworkAccountUrl = UPWORK_ACCOUNT_URL;

  /** From the route (`/jobs/:jobId`). */
  readonly jobId = input.required<string>();

  protected readonly job = signal<Job | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  /** The member's own proposal for the job and colleagues bidding on it (members who bid). */
  protected readonly collisions = signal<Collisions | null>(null);
  protected readonly canMark = computed(() => {
    const role = this.session.role();
    return role !== null && role !== 'VIEWER';
  });
  protected readonly linkProblem = computed(() => {
    const p = this.problem();
    if (p && hasProblemType(p, 'upwork-not-linked')) {
      return 'upwork-not-linked';
    }
    return p && hasProblemType(p, 'upwork-relink-required') ? 'upwork-relink-required' : null;
  });
  protected readonly notFound = computed(() => this.problem()?.status === 404);
  protected readonly otherError = computed(() => {
    const p = this.problem();
    return p && !this.linkProblem() && !this.notFound() ? problemMessage(p) : null;
  });
  protected readonly pay = computed(() => {
    const job = this.job();
    return job ? formatPay(job, this.language.locale()) : '';
  });
  protected readonly rating = computed(() => {
    const job = this.job();
    return job ? formatRating(job.client, this.language.locale()) : '';
  });
  protected readonly spent = computed(() =>
    formatMoney(this.job()?.client.totalSpent, this.language.locale()),
  );

  constructor() {
    toObservable(this.jobId)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.problem.set(null);
        }),
        switchMap((id) =>
          this.api.detail(id).pipe(
            map((job) => ({ job, problem: null as Problem | null })),
            catchError((error: unknown) => of({ job: null, problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ job, problem }) => {
        this.loading.set(false);
        this.job.set(job);
        this.problem.set(problem);
        this.collisions.set(null);
        if (job && this.canMark()) {
          this.proposals.collisions(job.id).subscribe({
            next: (collisions) => this.collisions.set(collisions),
            error: () => undefined,
          });
        }
      });
  }

  protected toggleFavorite(job: Job): void {
    this.api.setFavorite(job.id, !job.favorite).subscribe({
      next: () => {
        this.job.set({ ...job, favorite: !job.favorite });
        this.notifier.success(job.favorite ? 'jobs.card.unfavorited' : 'jobs.card.favorited');
      },
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }

  protected toggleHidden(job: Job): void {
    this.api.setHidden(job.id, !job.hidden).subscribe({
      next: () => {
        this.job.set({ ...job, hidden: !job.hidden });
        this.notifier.success(job.hidden ? 'jobs.card.unhidden' : 'jobs.card.hidden');
      },
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }
}
