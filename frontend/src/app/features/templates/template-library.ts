import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import { Session } from '../../core/auth/session';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page, PageRequest } from '../../core/http/page';
import { loadOnRefresh } from '../../core/http/reloading';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { ErrorAlert } from '../../shared/error-alert';
import { LocalizedDatePipe } from '../../shared/localized-date';
import {
  Suggestions,
  TemplateFilter,
  TemplateSummary,
  TemplatesApi,
  percent,
} from './templates-api';

/** API sort names of the sortable columns. */
const SORTS: Record<string, string> = {
  name: 'name',
  category: 'category',
  used: 'used',
  sent: 'sent',
  updatedAt: 'updatedAt',
};

/** The agency's shared proposal templates: filter, sort, page; managers create new ones. */
@Component({
  selector: 'cb-template-library',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-library.html',
  styleUrl: './template-library.scss',
})
export class TemplateLibrary {
  private readonly api = inject(TemplatesApi);
  private readonly router = inject(Router);
  protected readonly language = inject(Language);
  protected readonly canEdit = inject(Session).canManageAgency;

  protected readonly columns = [
    'name',
    'category',
    'tags',
    'used',
    'sent',
    'replyRate',
    'hireRate',
    'updatedAt',
  ];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  private readonly page = signal<Page<TemplateSummary> | null>(null);
  protected readonly suggestions = signal<Suggestions>({ categories: [], tags: [] });
  private readonly refreshes = new Subject<void>();

  protected readonly filters = inject(NonNullableFormBuilder).group({
    q: [''],
    category: [''],
    tag: [''],
    archived: [false],
  });
  private filter: TemplateFilter = {};
  private sort = '';

  protected readonly totalItems = computed(() => this.page()?.totalItems ?? 0);
  protected readonly rows = computed(() =>
    (this.page()?.items ?? []).map((t) => ({
      ...t,
      replyPercent: percent(t.stats.replyRate),
      hirePercent: percent(t.stats.hireRate),
    })),
  );
  /** Nothing at all yet (no filter narrows the list): explain and offer the first template. */
  protected readonly empty = computed(
    () =>
      !this.loading() &&
      !this.error() &&
      this.page() !== null &&
      this.totalItems() === 0 &&
      !this.filtered(),
  );
  protected readonly noMatches = computed(
    () => !this.loading() && this.page() !== null && this.totalItems() === 0 && this.filtered(),
  );
  private readonly filtered = signal(false);

  constructor() {
    loadOnRefresh(
      this.refreshes,
      () => ({ ...this.filter, sort: this.sort || undefined }),
      (filter) => this.api.list(this.request(), filter),
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
    this.api
      .suggestions()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (s) => this.suggestions.set(s), error: () => undefined });
  }

  protected applyFilters(): void {
    const value = this.filters.getRawValue();
    this.filter = {
      q: value.q,
      category: value.category,
      tag: value.tag,
      archived: value.archived,
    };
    this.filtered.set(
      value.q.trim() !== '' ||
        value.category.trim() !== '' ||
        value.tag.trim() !== '' ||
        value.archived,
    );
    this.request.update((r) => ({ ...r, page: 0 }));
    this.refreshes.next();
  }

  protected clearFilters(): void {
    this.filters.reset();
    this.applyFilters();
  }

  protected onPage(event: PageEvent): void {
    this.request.set({ page: event.pageIndex, size: event.pageSize });
    this.refreshes.next();
  }

  protected onSort(sort: Sort): void {
    const property = SORTS[sort.active];
    this.sort = property && sort.direction ? `${property},${sort.direction}` : '';
    this.request.update((r) => ({ ...r, page: 0 }));
    this.refreshes.next();
  }

  protected reload(): void {
    this.refreshes.next();
  }

  protected open(template: TemplateSummary): void {
    void this.router.navigate(['/templates', template.id]);
  }
}
