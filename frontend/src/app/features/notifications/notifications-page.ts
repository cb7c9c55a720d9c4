import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject, catchError, map, of, startWith, switchMap, tap } from 'rxjs';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page, PageRequest } from '../../core/http/page';
import { toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import { NotificationCenter } from './notification-center';
import { notificationIcon, notificationMessage, notificationTarget } from './notification-text';
import { AppNotification, NotificationsApi } from './notifications-api';

type Filter = 'all' | 'unread';

/** All of the member's notifications, server-paged, with an unread filter. */
@Component({
  selector: 'cb-notifications-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatListModule,
    MatPaginatorModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    LocalizedDatePipe,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  protected readonly center = inject(NotificationCenter);
  protected readonly language = inject(Language);

  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly filter = signal<Filter>('all');
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  private readonly page = signal<Page<AppNotification> | null>(null);
  private readonly requests = new Subject<void>();

  protected readonly items = computed(() => this.page()?.items ?? []);
  protected readonly totalItems = computed(() => this.page()?.totalItems ?? 0);
  protected readonly empty = computed(
    () => !this.loading() && !this.error() && this.page() !== null && this.totalItems() === 0,
  );
  protected readonly message = notificationMessage;
  protected readonly icon = notificationIcon;

  constructor() {
    this.requests
      .pipe(
        startWith(undefined),
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(() =>
          this.api.list(this.request(), this.filter() === 'unread').pipe(
            map((page) => ({ page, error: null })),
            catchError((error: unknown) =>
              of({ page: null, error: problemMessage(toProblem(error)) }),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ page, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (page) {
          this.page.set(page);
        }
      });
    // A notification that arrives live (after the page opened) shows at once on the first page.
    let shown = untracked(this.center.arrival);
    effect(() => {
      const arrived = this.center.arrival();
      if (arrived && arrived !== shown) {
        shown = arrived;
        if (untracked(() => this.request().page === 0)) {
          untracked(() => this.requests.next());
        }
      }
    });
  }

  protected onPage(event: PageEvent): void {
    this.request.set({ page: event.pageIndex, size: event.pageSize });
    this.requests.next();
  }

  protected showOnly(filter: Filter): void {
    this.filter.set(filter);
    this.request.update((r) => ({ ...r, page: 0 }));
    this.requests.next();
  }

  protected reload(): void {
    this.requests.next();
  }

  protected open(notification: AppNotification): void {
    if (!notification.readAt) {
      this.api.markRead(notification.id).subscribe({
        next: (read) => this.center.replace(read),
        error: () => undefined,
      });
      this.center.setUnreadCount(Math.max(0, this.center.unreadCount() - 1));
    }
    void this.router.navigateByUrl(notificationTarget(notification));
  }

  protected markAllRead(): void {
    this.api.markAllRead().subscribe({
      next: (result) => {
        this.center.setUnreadCount(result.unreadCount);
        this.reload();
      },
      error: (error: unknown) => this.error.set(problemMessage(toProblem(error))),
    });
  }
}
