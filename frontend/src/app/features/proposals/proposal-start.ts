import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { JobDetail, JobsApi } from '../jobs/jobs-api';
import { Preview, TemplateSummary, TemplatesApi } from '../templates/templates-api';
import { CollisionWarning } from './collision-warning';
import { JobPanel, proposalJobOf } from './job-panel';
import { Collision, ProposalsApi, existingProposalId } from './proposals-api';

/** The choice of "no template". */
const BLANK = '';

/**
 * Starts a proposal for a job: the job beside the template library (each with its version and a
 * preview rendered for this job), the colleagues already bidding on it; creating the draft opens
 * the editor. A member who bids on the job already goes to their proposal.
 */
@Component({
  selector: 'cb-proposal-start',
  imports: [
    CollisionWarning,
    ErrorAlert,
    FormsModule,
    JobPanel,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatRadioModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-start.html',
  styleUrl: './proposal-start.scss',
})
export class ProposalStart {
  private readonly api = inject(ProposalsApi);
  private readonly jobs = inject(JobsApi);
  private readonly templates = inject(TemplatesApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly destroyRef = inject(DestroyRef);

  /** From the query (`/proposals/new?jobId=…`). */
  readonly jobId = input<string | undefined>(undefined);

  protected readonly job = signal<JobDetail | null>(null);
  protected readonly proposalJob = computed(() => {
    const job = this.job();
    return job ? proposalJobOf(job) : null;
  });
  protected readonly jobProblem = signal<Problem | null>(null);
  protected readonly loading = signal(true);
  protected readonly library = signal<readonly TemplateSummary[] | null>(null);
  protected readonly colleagues = signal<readonly Collision[]>([]);
  protected readonly chosen = signal<string>(BLANK);
  protected readonly preview = signal<Preview | null>(null);
  protected readonly previewFailed = signal(false);
  protected readonly creating = signal(false);
  protected readonly createError = signal<Message | null>(null);
  protected readonly blank = BLANK;
  private readonly previews = new Subject<string>();

  protected readonly jobError = computed(() => {
    const p = this.jobProblem();
    return p ? problemMessage(p) : null;
  });
  /** The job must come from Upwork, and the member's link does not work. */
  protected readonly linkProblem = computed(() => {
    const p = this.jobProblem();
    return (
      ['upwork-not-linked', 'upwork-relink-required'].find(
        (kind) => p && hasProblemType(p, kind),
      ) ?? null
    );
  });

  constructor() {
    effect(() => {
      const id = this.jobId();
      untracked(() => this.load(id));
    });
    this.previews
      .pipe(
        switchMap((templateId) => {
          const jobId = this.jobId();
          if (templateId === BLANK || !jobId) {
            return of(null);
          }
          return this.templates.preview(templateId, { jobId }).pipe(
            map((preview) => preview as Preview | null),
            catchError(() => {
              this.previewFailed.set(true);
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((preview) => this.preview.set(preview));
    this.templates
      .list({ page: 0, size: 100 }, { sort: 'used,desc' })
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (page) => this.library.set(page.items.filter((t) => !t.archived)),
        error: () => this.library.set([]),
      });
  }

  protected choose(templateId: string): void {
    this.chosen.set(templateId);
    this.preview.set(null);
    this.previewFailed.set(false);
    this.previews.next(templateId);
  }

  protected create(): void {
    const jobId = this.jobId();
    if (!jobId || this.creating()) {
      return;
    }
    this.creating.set(true);
    this.createError.set(null);
    this.api.create(jobId, this.chosen() === BLANK ? null : this.chosen()).subscribe({
      next: (created) => {
        this.creating.set(false);
        this.notifier.success('proposals.start.created');
        void this.router.navigate(['/proposals', created.value.id], { replaceUrl: true });
      },
      error: (error: unknown) => {
        this.creating.set(false);
        const existing = existingProposalId(error);
        if (existing) {
          this.notifier.success('proposals.start.exists');
          void this.router.navigate(['/proposals', existing], { replaceUrl: true });
          return;
        }
        this.createError.set(problemMessage(toProblem(error)));
      },
    });
  }

  private load(jobId: string | undefined): void {
    if (!jobId) {
      this.loading.set(false);
      this.jobProblem.set({
        type: 'not-found',
        title: null,
        status: 404,
        detail: null,
        errors: [],
        retryAfterSeconds: null,
      });
      return;
    }
    this.loading.set(true);
    this.jobs
      .detail(jobId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (job) => {
          this.loading.set(false);
          this.job.set(job);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.jobProblem.set(toProblem(error));
        },
      });
    this.api
      .collisions(jobId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (collisions) => {
          if (collisions.mine) {
            // One active proposal per job and member: theirs is the one to work on.
            void this.router.navigate(['/proposals', collisions.mine.proposalId], {
              replaceUrl: true,
            });
            return;
          }
          this.colleagues.set(collisions.colleagues);
        },
        error: () => undefined,
      });
  }
}
