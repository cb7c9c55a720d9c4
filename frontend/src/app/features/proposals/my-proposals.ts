import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject, merge } from 'rxjs';
import { Session } from '../../core/auth/session';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page, PageRequest } from '../../core/http/page';
import { loadOnRefresh } from '../../core/http/reloading';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { ErrorAlert } from '../../shared/error-alert';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { Member, TeamApi } from '../team/team-api';
import { BidAmount } from './bid-amount';
import { ProposalStateChip, stateIcon } from './proposal-state';
import { LIVE, ProposalUpdates } from './proposal-updates';
import {
  PROPOSAL_STATES,
  ProposalFilter,
  ProposalState,
  ProposalSummary,
  ProposalsApi,
} from './proposals-api';

/** States to filter by (a send under way lasts seconds: not worth a chip). */
export const FILTER_STATES: readonly ProposalState[] = PROPOSAL_STATES.filter(
  (s) => s !== 'SENDING',
);

/** API sort names of the sortable columns. */
const SORTS: Record<string, string> = {
  job: 'jobTitle',
  state: 'state',
  updatedAt: 'updatedAt',
  sentAt: 'sentAt',
};

/**
 * A freelancer's proposals; owners, managers and viewers see all of the agency's, by member. With
 * state chips, a search in job titles, sorting and paging; kept up to date by live notifications.
 */
@Component({
  selector: 'cb-my-proposals',
  imports: [
    BidAmount,
    ErrorAlert,
    FormsModule,
    LocalizedDatePipe,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    ProposalStateChip,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-proposals.html',
  styleUrl: './my-proposals.scss',
})
export class MyProposals {
  private readonly api = inject(ProposalsApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  protected readonly language = inject(Language);

  /** Owners, managers and viewers read all of the agency's proposals. */
  protected readonly seesAll = computed(() => this.session.role() !== 'FREELANCER');
  protected readonly canDraft = computed(() => {
    const role = this.session.role();
    return role !== null && role !== 'VIEWER';
  });
  protected readonly columns = computed(() =>
    this.seesAll()
      ? ['job', 'state', 'author', 'bid', 'approval', 'updatedAt', 'sentAt']
      : ['job', 'state', 'bid', 'approval', 'updatedAt', 'sentAt'],
  );
  protected readonly states = FILTER_STATES;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly icon = stateIcon;

  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly chosenStates = signal<readonly ProposalState[]>([]);
  protected readonly query = signal('');
  protected readonly authorId = signal('');
  private readonly sort = signal('');
  protected readonly members = signal<readonly Member[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  private readonly page = signal<Page<ProposalSummary> | null>(null);
  private readonly refreshes = new Subject<void>();
  /** The filters of the page shown (a filtered empty page is "no matches", not "nothing yet"). */
  private readonly shownFilter = signal<ProposalFilter>({});

  protected readonly totalItems = computed(() => this.page()?.totalItems ?? 0);
  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly empty = computed(
    () =>
      !this.loading() &&
      !this.error() &&
      this.totalItems() === 0 &&
      !isFiltered(this.shownFilter()),
  );
  protected readonly noMatches = computed(
    () =>
      !this.loading() &&
      this.page() !== null &&
      this.totalItems() === 0 &&
      isFiltered(this.shownFilter()),
  );

  constructor() {
    loadOnRefresh(
      merge(this.refreshes, inject(ProposalUpdates).listChanges),
      // A live reload reloads the page shown, not a search typed but not applied yet.
      (refresh) => (refresh === LIVE ? this.shownFilter() : this.filter()),
      (filter) => {
        this.shownFilter.set(filter);
        return this.api.list(this.request(), filter);
      },
      (refresh) => {
        // A live reload keeps the rows shown, quietly, until the new ones are there.
        if (refresh !== LIVE) {
          this.loading.set(true);
          this.error.set(null);
        }
      },
    )
      .pipe(takeUntilDestroyed())
      .subscribe(({ value, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (value) {
          this.page.set(value);
        }
      });
    if (this.seesAll()) {
      inject(TeamApi)
        .members()
        .pipe(takeUntilDestroyed())
        .subscribe({ next: (page) => this.members.set(page.items), error: () => undefined });
    }
  }

  protected onStates(change: MatChipListboxChange): void {
    this.chosenStates.set((change.value as ProposalState[] | null) ?? []);
    this.firstPage();
  }

  protected search(): void {
    this.firstPage();
  }

  protected onAuthor(authorId: string): void {
    this.authorId.set(authorId);
    this.firstPage();
  }

  protected clear(): void {
    this.chosenStates.set([]);
    this.query.set('');
    this.authorId.set('');
    this.firstPage();
  }

  protected onPage(event: PageEvent): void {
    this.request.set({ page: event.pageIndex, size: event.pageSize });
    this.refreshes.next();
  }

  protected onSort(sort: Sort): void {
    const property = SORTS[sort.active];
    this.sort.set(property && sort.direction ? `${property},${sort.direction}` : '');
    this.firstPage();
  }

  protected reload(): void {
    this.refreshes.next();
  }

  protected open(proposal: ProposalSummary): void {
    void this.router.navigate(['/proposals', proposal.id]);
  }

  private firstPage(): void {
    this.request.update((r) => ({ ...r, page: 0 }));
    this.refreshes.next();
  }

  private filter(): ProposalFilter {
    return {
      states: this.chosenStates(),
      q: this.query().trim() || undefined,
      authorId: this.authorId() || undefined,
      sort: this.sort() || undefined,
    };
  }
}

function isFiltered(filter: ProposalFilter): boolean {
  return (filter.states?.length ?? 0) > 0 || !!filter.q || !!filter.authorId;
}
