import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Subject, filter, switchMap, tap } from 'rxjs';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page } from '../../core/http/page';
import { toProblem } from '../../core/http/problem-details';
import { loadOnRefresh } from '../../core/http/reloading';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import { InitialPasswordData, InitialPasswordDialog } from './initial-password-dialog';
import { NewAgencyDialog } from './new-agency-dialog';
import { CreatedTenant, Tenant, TenantQuery, TenantStatus, TenantsApi } from './tenants-api';

type StatusFilter = TenantStatus | 'ALL';

/** The platform console's list of agencies: create, suspend and restore them. */
@Component({
  selector: 'cb-agencies',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    LocalizedDatePipe,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agencies.html',
  styleUrl: './agencies.scss',
})
export class Agencies {
  private readonly api = inject(TenantsApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(Language);

  protected readonly columns = ['name', 'slug', 'ownerEmail', 'status', 'createdAt', 'actions'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly statusFilters: readonly StatusFilter[] = ['ALL', 'ACTIVE', 'SUSPENDED'];

  protected readonly query = signal<TenantQuery>({
    page: 0,
    size: DEFAULT_PAGE_SIZE,
    status: null,
  });
  protected readonly statusFilter = computed<StatusFilter>(() => this.query().status ?? 'ALL');
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  /** The tenant whose suspend/restore is under way; its buttons are disabled meanwhile. */
  protected readonly busyId = signal<string | null>(null);
  private readonly page = signal<Page<Tenant> | null>(null);
  private readonly refreshes = new Subject<void>();

  protected readonly tenants = computed(() => this.page()?.items ?? []);
  protected readonly totalItems = computed(() => this.page()?.totalItems ?? 0);
  protected readonly empty = computed(
    () => !this.loading() && !this.error() && this.page() !== null && this.totalItems() === 0,
  );

  constructor() {
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

  protected onStatusFilter(status: StatusFilter): void {
    this.query.update((q) => ({ ...q, page: 0, status: status === 'ALL' ? null : status }));
    this.reload();
  }

  protected onPage(event: PageEvent): void {
    this.query.update((q) => ({ ...q, page: event.pageIndex, size: event.pageSize }));
    this.reload();
  }

  protected openNewAgency(): void {
    this.dialog
      .open<NewAgencyDialog, void, CreatedTenant>(NewAgencyDialog, {
        width: '560px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((created): created is CreatedTenant => !!created))
      .subscribe((created) => {
        this.notifier.success('admin.created', { name: created.name });
        this.reload();
        if (created.ownerInitialPassword) {
          this.dialog.open<InitialPasswordDialog, InitialPasswordData>(InitialPasswordDialog, {
            data: {
              agencyName: created.name,
              ownerEmail: created.ownerEmail ?? '',
              password: created.ownerInitialPassword,
            },
            disableClose: true,
            width: '520px',
            maxWidth: '95vw',
          });
        }
      });
  }

  protected suspend(tenant: Tenant): void {
    this.confirmThenRun(tenant, 'suspend');
  }

  protected restore(tenant: Tenant): void {
    this.confirmThenRun(tenant, 'restore');
  }

  private confirmThenRun(tenant: Tenant, action: 'suspend' | 'restore'): void {
    const t = (key: string) =>
      this.transloco.translate(`admin.${action}.${key}`, { name: tenant.name });
    this.confirmation
      .ask({
        title: t('title'),
        message: t('message'),
        confirmLabel: t('confirm'),
        cancelLabel: this.transloco.translate('common.cancel'),
        destructive: action === 'suspend',
      })
      .pipe(
        filter((confirmed) => confirmed),
        tap(() => this.busyId.set(tenant.id)),
        switchMap(() =>
          action === 'suspend' ? this.api.suspend(tenant.id) : this.api.restore(tenant.id),
        ),
      )
      .subscribe({
        next: (updated) => {
          this.busyId.set(null);
          this.notifier.success(`admin.${action}.done`, { name: updated.name });
          this.reload();
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.notifier.problem(toProblem(error));
        },
      });
  }
}
