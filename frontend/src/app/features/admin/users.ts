import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Subject, debounceTime, distinctUntilChanged, filter, switchMap, tap } from 'rxjs';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page } from '../../core/http/page';
import { toProblem } from '../../core/http/problem-details';
import { loadOnRefresh } from '../../core/http/reloading';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import { PlatformUser, UserQuery, UsersApi } from './users-api';

/** The console's people: find them, see their agencies, lock and unlock accounts. */
@Component({
  selector: 'cb-users',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    LocalizedDatePipe,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.html',
  styles: `
    .cb-filter-bar mat-form-field {
      width: min(100%, 420px);
    }
    table {
      width: 100%;
    }
    .cb-agencies {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cb-locked {
      color: var(--mat-sys-error);
    }
  `,
})
export class Users {
  private readonly api = inject(UsersApi);
  private readonly confirmation = inject(Confirmation);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(Language);

  protected readonly columns = ['name', 'email', 'agencies', 'status', 'createdAt', 'actions'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly query = signal<UserQuery>({ page: 0, size: DEFAULT_PAGE_SIZE, query: '' });
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  protected readonly busyId = signal<string | null>(null);
  private readonly page = signal<Page<PlatformUser> | null>(null);
  private readonly refreshes = new Subject<void>();
  protected readonly users = computed(() => this.page()?.items ?? []);
  protected readonly totalItems = computed(() => this.page()?.totalItems ?? 0);

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((text) => {
        this.query.update((q) => ({ ...q, page: 0, query: text }));
        this.reload();
      });
    loadOnRefresh(
      this.refreshes,
      () => this.query(),
      (query) => this.api.list(query),
      () => {
        this.loading.set(true);
        this.error.set(null);
      },
    )
      .pipe(takeUntilDestroyed())
      .subscribe(({ value: page, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (page) {
          this.page.set(page);
        }
      });
  }

  protected reload(): void {
    this.refreshes.next();
  }

  protected onPage(event: PageEvent): void {
    this.query.update((q) => ({ ...q, page: event.pageIndex, size: event.pageSize }));
    this.reload();
  }

  protected toggleLock(user: PlatformUser): void {
    const action = user.status === 'LOCKED' ? 'unlock' : 'lock';
    const name = user.displayName || user.email;
    const t = (key: string) =>
      this.transloco.translate(`adminUsers.${action}.${key}`, { name, email: user.email });
    this.confirmation
      .ask({
        title: t('title'),
        message: t('message'),
        confirmLabel: t('confirm'),
        cancelLabel: this.transloco.translate('common.cancel'),
        destructive: action === 'lock',
      })
      .pipe(
        filter((yes) => yes),
        tap(() => this.busyId.set(user.id)),
        switchMap(() => (action === 'lock' ? this.api.lock(user.id) : this.api.unlock(user.id))),
      )
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.notifier.success(`adminUsers.${action}.done`, { name });
          this.reload();
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.notifier.problem(toProblem(error));
        },
      });
  }
}
