import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Subscription, catchError, map, of, switchMap, tap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page } from '../../core/http/page';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { MessageText } from '../../shared/message-text';
import { JobCard } from './job-card';
import { JobFilters } from './job-filters';
import { JobFiltersDialog, JobFiltersDialogData } from './job-filters-dialog';
import {
  FetchOutcome,
  JOB_SORTS,
  JobCategory,
  JobCriteria,
  JobSort,
  JobSummary,
  JobsApi,
  UPWORK_ACCOUNT_URL,
  compact,
  criteriaFromParams,
  criteriaParams,
} from './jobs-api';
import { SavedSearchDialog, SavedSearchDialogData } from './saved-search-dialog';

/** Below this width the filter panel moves into a dialog. */
const NARROW = '(max-width: 1199.98px)';

type LinkProblem = 'upwork-not-linked' | 'upwork-relink-required';

interface View {
  readonly criteria: JobCriteria;
  readonly sort: JobSort;
  readonly page: number;
  readonly size: number;
}

/**
 * The job feed: keywords and filters (kept in the URL), results from the agency's cache, and a
 * search that first asks Upwork, as the member, for its newest matches, with progress and a way to
 * cancel.
 */
@Component({
  selector: 'cb-job-feed',
  imports: [
    FormsModule,
    MatBadgeModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlert,
    MessageText,
    JobCard,
    JobFilters,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-feed.html',
  styleUrl: './job-feed.scss',
})
export class JobFeed {
  private readonly api = inject(JobsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly upworkAccountUrl = UPWORK_ACCOUNT_URL;
  protected readonly sorts = JOB_SORTS;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  /** FREELANCER and above ask Upwork and mark jobs; a VIEWER reads what the team found. */
  protected readonly canFetch = computed(() => {
    const role = this.session.role();
    return role !== null && role !== 'VIEWER';
  });

  protected readonly view = signal<View>({
    criteria: {},
    sort: 'relevance',
    page: 0,
    size: DEFAULT_PAGE_SIZE,
  });
  protected readonly keywords = signal('');
  protected readonly categories = signal<readonly JobCategory[]>([]);
  protected readonly results = signal<Page<JobSummary> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  protected readonly fetching = signal(false);
  protected readonly fetched = signal<FetchOutcome | null>(null);
  protected readonly fetchError = signal<Message | null>(null);
  protected readonly linkProblem = signal<LinkProblem | null>(null);
  private fetchSubscription: Subscription | null = null;

  protected readonly filterCount = computed(() => {
    const { keywords, ...filters } = compact(this.view().criteria);
    void keywords;
    return Object.keys(filters).length;
  });
  protected readonly hasCriteria = computed(
    () => Object.keys(compact(this.view().criteria)).length > 0,
  );
  protected readonly empty = computed(
    () => !this.loading() && this.results() !== null && this.results()!.totalItems === 0,
  );

  constructor() {
    this.api.categories().subscribe({
      next: (categories) => this.categories.set(categories),
      error: () => this.categories.set([]),
    });
    this.route.queryParams
      .pipe(
        map((params) => viewFromParams(params)),
        tap((view) => {
          this.view.set(view);
          this.keywords.set(view.criteria.keywords ?? '');
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((view) => this.load(view)),
        takeUntilDestroyed(),
      )
      .subscribe();
    this.destroyRef.onDestroy(() => this.fetchSubscription?.unsubscribe());
  }

  /** Searches: the URL takes the criteria (the cache answers), and Upwork is asked for news. */
  protected search(): void {
    const criteria = { ...this.view().criteria, keywords: this.keywords().trim() || null };
    this.navigate({ ...this.view(), criteria, page: 0 });
    if (this.canFetch()) {
      this.fetchFromUpwork(criteria);
    }
  }

  protected applyFilters(filters: JobCriteria): void {
    const criteria = { ...filters, keywords: this.keywords().trim() || null };
    this.navigate({ ...this.view(), criteria, page: 0 });
  }

  protected openFilters(): void {
    this.dialog
      .open<JobFiltersDialog, JobFiltersDialogData, JobCriteria>(JobFiltersDialog, {
        data: { criteria: this.view().criteria, categories: this.categories() },
        width: '480px',
        maxWidth: '100vw',
        maxHeight: '100vh',
        autoFocus: 'first-tabbable',
        restoreFocus: true,
      })
      .afterClosed()
      .subscribe((filters) => {
        if (filters) {
          this.applyFilters(filters);
        }
      });
  }

  protected sortBy(sort: JobSort): void {
    this.navigate({ ...this.view(), sort, page: 0 });
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ ...this.view(), page: event.pageIndex, size: event.pageSize });
  }

  protected cancelFetch(): void {
    this.fetchSubscription?.unsubscribe();
    this.fetchSubscription = null;
    this.fetching.set(false);
    this.notifier.success('jobs.fetch.cancelled');
  }

  protected saveSearch(): void {
    const criteria = { ...this.view().criteria, keywords: this.keywords().trim() || null };
    this.dialog
      .open<SavedSearchDialog, SavedSearchDialogData>(SavedSearchDialog, {
        data: { criteria },
        width: '440px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.notifier.success('jobs.saved.saved', { name: saved.name });
        }
      });
  }

  protected setFavorite(job: JobSummary, favorite: boolean): void {
    this.api.setFavorite(job.id, favorite).subscribe({
      next: () => this.replace({ ...job, favorite }),
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }

  protected hide(job: JobSummary): void {
    this.api.setHidden(job.id, true).subscribe({
      next: () => {
        this.reload();
        this.snackBar
          .open(
            this.transloco.translate('jobs.card.hidden'),
            this.transloco.translate('jobs.card.undo'),
            { duration: 8000, politeness: 'polite' },
          )
          .onAction()
          .subscribe(() => this.api.setHidden(job.id, false).subscribe(() => this.reload()));
      },
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }

  protected reload(): void {
    this.load(this.view()).subscribe();
  }

  private fetchFromUpwork(criteria: JobCriteria): void {
    this.fetchSubscription?.unsubscribe();
    this.fetching.set(true);
    this.fetched.set(null);
    this.fetchError.set(null);
    this.linkProblem.set(null);
    this.fetchSubscription = this.api.fetch(criteria).subscribe({
      next: (outcome) => {
        this.fetching.set(false);
        this.fetched.set(outcome);
        this.reload();
      },
      error: (error: unknown) => {
        this.fetching.set(false);
        const problem = toProblem(error);
        if (hasProblemType(problem, 'upwork-not-linked')) {
          this.linkProblem.set('upwork-not-linked');
        } else if (hasProblemType(problem, 'upwork-relink-required')) {
          this.linkProblem.set('upwork-relink-required');
        } else {
          this.fetchError.set(problemMessage(problem));
        }
      },
    });
  }

  private load(view: View) {
    this.loading.set(true);
    return this.api.search(view.criteria, view.sort, { page: view.page, size: view.size }).pipe(
      tap((page) => {
        this.results.set(page);
        this.loading.set(false);
      }),
      catchError((error: unknown) => {
        this.loading.set(false);
        this.error.set(problemMessage(toProblem(error)));
        return of(null);
      }),
    );
  }

  private replace(job: JobSummary): void {
    this.results.update((page) =>
      page ? { ...page, items: page.items.map((j) => (j.id === job.id ? job : j)) } : page,
    );
  }

  private navigate(view: View): void {
    const params: Record<string, string | string[] | number> = { ...criteriaParams(view.criteria) };
    if (view.sort !== 'relevance') {
      params['sort'] = view.sort;
    }
    if (view.page > 0) {
      params['page'] = view.page;
    }
    if (view.size !== DEFAULT_PAGE_SIZE) {
      params['size'] = view.size;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams: params });
  }
}

function viewFromParams(params: Record<string, string | string[] | undefined>): View {
  const sort = typeof params['sort'] === 'string' ? params['sort'] : 'relevance';
  const page = Number(params['page'] ?? 0);
  const size = Number(params['size'] ?? DEFAULT_PAGE_SIZE);
  return {
    criteria: criteriaFromParams(params),
    sort: (JOB_SORTS as readonly string[]).includes(sort) ? (sort as JobSort) : 'relevance',
    page: Number.isInteger(page) && page >= 0 ? page : 0,
    size: PAGE_SIZE_OPTIONS.includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
