import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page, PageRequest } from '../../core/http/page';
import { loadOnRefresh } from '../../core/http/reloading';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import { AuditApi, AuditEvent, AuditFilter, AuditScope } from './audit-api';

const SUCCESS_OUTCOMES = new Set(['SUCCESS', 'SUCCEEDED', 'OK']);

interface AuditRow extends AuditEvent {
  readonly actionLabel: string;
  readonly outcomeLabel: string;
  readonly succeeded: boolean;
}

/**
 * Who did what, and when: the server-paged audit trail of the agency, or (in the admin console,
 * `scope: 'platform'` from the route) the platform's security log.
 */
@Component({
  selector: 'cb-audit-log',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatIconModule,
    MatButtonModule,
    MatTooltipModule,
    RouterLink,
    TranslocoPipe,
    LocalizedDatePipe,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log.html',
  styleUrl: './audit-log.scss',
})
export class AuditLog implements OnInit {
  private readonly api = inject(AuditApi);

  /** Which log this page shows (route data). */
  readonly scope = input<AuditScope>('agency');
  /** Where texts of this page come from: `audit.*`, or `platformAudit.*` where they differ. */
  protected readonly texts = computed(() =>
    this.scope() === 'platform' ? 'platformAudit' : 'audit',
  );
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(Language);

  protected readonly columns = ['occurredAt', 'actor', 'action', 'target', 'ip', 'outcome'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  private readonly page = signal<Page<AuditEvent> | null>(null);
  private readonly refreshes = new Subject<void>();
  private readonly destroyRef = inject(DestroyRef);

  /** The active language's flattened texts, so action labels follow language switches. */
  private readonly translation = toSignal(this.transloco.selectTranslation(), {
    initialValue: {},
  });

  protected readonly totalItems = computed(() => this.page()?.totalItems ?? 0);
  protected readonly rows = computed<AuditRow[]>(() => {
    const texts = this.translation() as Record<string, string | undefined>;
    return (this.page()?.items ?? []).map((event) => ({
      ...event,
      actionLabel: texts[`audit.actions.${event.action}`] ?? event.action,
      outcomeLabel: texts[`audit.outcomes.${event.outcome}`] ?? event.outcome,
      succeeded: SUCCESS_OUTCOMES.has(event.outcome?.toUpperCase()),
    }));
  });
  protected readonly empty = computed(
    () => !this.loading() && !this.error() && this.page() !== null && this.totalItems() === 0,
  );

  protected readonly outcomes = ['SUCCESS', 'FAILURE', 'DENIED'];
  protected readonly actionPrefixes = computed(() =>
    this.scope() === 'platform'
      ? ['auth.', 'admin.', 'account.', 'mfa.', 'session.', 'upwork.']
      : [
          'auth.',
          'agency.',
          'member.',
          'invitation.',
          'mfa.',
          'session.',
          'upwork.',
          'approval.',
          'approval-policy.',
          'template.',
          'proposal.',
          'saved-search.',
        ],
  );
  protected readonly filters = inject(NonNullableFormBuilder).group({
    action: [''],
    actor: [''],
    outcome: [''],
    from: [''],
    to: [''],
  });
  private filter: AuditFilter = {};

  /** The first page once the route has said which log this is, then again on every change. */
  ngOnInit(): void {
    loadOnRefresh(
      this.refreshes,
      () => ({ request: this.request(), filter: this.filter }),
      ({ request, filter }) => this.api.list(request, filter, this.scope()),
      () => {
        this.loading.set(true);
        this.error.set(null);
      },
    )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(({ value: page, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (page) {
          this.page.set(page);
        }
      });
  }

  protected onPage(event: PageEvent): void {
    this.request.set({ page: event.pageIndex, size: event.pageSize });
    this.refreshes.next();
  }

  protected applyFilters(): void {
    const value = this.filters.getRawValue();
    this.filter = {
      action: value.action,
      actor: value.actor,
      outcome: value.outcome,
      from: startOfDay(value.from),
      to: startOfDay(value.to, 1),
    };
    this.request.update((r) => ({ ...r, page: 0 }));
    this.refreshes.next();
  }

  protected clearFilters(): void {
    this.filters.reset();
    this.applyFilters();
  }

  protected reload(): void {
    this.refreshes.next();
  }
}

/** A `yyyy-mm-dd` date from a date field as the ISO instant of that local midnight (plus days). */
export function startOfDay(date: string, plusDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return undefined;
  }
  const [, year, month, day] = match.map(Number);
  return new Date(year, month - 1, day + plusDays).toISOString();
}
