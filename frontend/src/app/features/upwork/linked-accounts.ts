import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Subject, filter, switchMap, tap } from 'rxjs';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page, PageRequest } from '../../core/http/page';
import { toProblem } from '../../core/http/problem-details';
import { loadOnRefresh } from '../../core/http/reloading';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { ErrorAlert } from '../../shared/error-alert';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { LinkStateChip } from './link-state';
import { LinkedAccount, LinkedAccountsSort, UpworkApi } from './upwork-api';

/**
 * For owners and managers: every member's Upwork link (linked, needs re-link, unlinked, never
 * linked), with the Upwork name, organization, last sync and last error, and asking a member to
 * link again.
 */
@Component({
  selector: 'cb-linked-accounts',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    ErrorAlert,
    LinkStateChip,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './linked-accounts.html',
  styleUrl: './linked-accounts.scss',
})
export class LinkedAccounts {
  private readonly api = inject(UpworkApi);
  private readonly confirmation = inject(Confirmation);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(Language);

  protected readonly columns = [
    'name',
    'role',
    'state',
    'upworkUserName',
    'organization',
    'lastSyncAt',
    'lastError',
    'actions',
  ];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly sort = signal<{ active: LinkedAccountsSort; direction: 'asc' | 'desc' }>({
    active: 'name',
    direction: 'asc',
  });
  protected readonly loading = signal(true);
  /** Why the list could not be read, or why asking a member failed. */
  protected readonly error = computed(() => this.actionError() ?? this.listError());
  private readonly listError = signal<Message | null>(null);
  private readonly actionError = signal<Message | null>(null);
  protected readonly busyId = signal<string | null>(null);
  private readonly page = signal<Page<LinkedAccount> | null>(null);
  private readonly reloads = new Subject<void>();

  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly totalItems = computed(() => this.page()?.totalItems ?? 0);
  protected readonly nobodyLinked = computed(
    () => this.rows().length > 0 && this.rows().every((r) => r.link.state === 'NEVER_LINKED'),
  );

  constructor() {
    loadOnRefresh(
      this.reloads,
      () => ({ request: this.request(), sort: this.sort() }),
      ({ request, sort }) => this.api.linkedAccounts(request, sort.active, sort.direction),
      () => this.loading.set(true),
    )
      .pipe(takeUntilDestroyed())
      .subscribe(({ value: page, error }) => {
        this.loading.set(false);
        this.listError.set(error);
        if (page) {
          this.page.set(page);
        }
      });
  }

  protected onPage(event: PageEvent): void {
    this.request.set({ page: event.pageIndex, size: event.pageSize });
    this.reloads.next();
  }

  protected onSort(sort: Sort): void {
    this.sort.set({
      active: (sort.direction ? sort.active : 'name') as LinkedAccountsSort,
      direction: sort.direction === 'desc' ? 'desc' : 'asc',
    });
    this.request.update((r) => ({ ...r, page: 0 }));
    this.reloads.next();
  }

  protected canAskToRelink(account: LinkedAccount): boolean {
    return account.link.state !== 'LINKED';
  }

  protected askToRelink(account: LinkedAccount): void {
    const name = account.member.displayName || account.member.email;
    this.confirmation
      .ask({
        title: this.t('upwork.linkedAccounts.ask.title', { name }),
        message: this.t('upwork.linkedAccounts.ask.message', { name }),
        confirmLabel: this.t('upwork.linkedAccounts.ask.confirm'),
        cancelLabel: this.t('common.cancel'),
      })
      .pipe(
        filter((yes) => yes),
        tap(() => {
          this.actionError.set(null);
          this.busyId.set(account.member.id);
        }),
        switchMap(() => this.api.requestRelink(account.member.id)),
      )
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.notifier.success('upwork.linkedAccounts.ask.done', { name });
          this.reloads.next();
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.actionError.set(problemMessage(toProblem(error)));
          this.reloads.next();
        },
      });
  }

  protected reload(): void {
    this.actionError.set(null);
    this.reloads.next();
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }
}
