import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page, PageRequest } from '../../core/http/page';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { JobsApi, MarkedJob, SavedSearch, criteriaParams } from './jobs-api';
import { MarkedJobList } from './marked-job-list';

/** The jobs a saved search found since the member last looked; "mark as seen" clears the alert. */
@Component({
  selector: 'cb-new-matches',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlert,
    MarkedJobList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cb-page">
      <a mat-button routerLink="/jobs/saved-searches">
        <mat-icon aria-hidden="true">arrow_back</mat-icon>
        {{ 'nav.savedSearches' | transloco }}
      </a>
      <header class="cb-page-header">
        <div>
          <h1 data-testid="new-matches-title">
            {{ 'jobs.matches.title' | transloco: { name: search()?.name ?? '' } }}
          </h1>
          <p class="cb-subtitle">{{ 'jobs.matches.subtitle' | transloco }}</p>
        </div>
        <div class="cb-actions">
          @if (search(); as s) {
            <a mat-stroked-button routerLink="/jobs" [queryParams]="feedParams(s)">
              {{ 'jobs.saved.openInFeed' | transloco }}
            </a>
          }
          @if ((page()?.totalItems ?? 0) > 0) {
            <button
              mat-flat-button
              type="button"
              (click)="markSeen()"
              data-testid="new-matches-seen"
            >
              <mat-icon aria-hidden="true">done_all</mat-icon>
              {{ 'jobs.matches.markSeen' | transloco }}
            </button>
          }
        </div>
      </header>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      @if (error(); as message) {
        <cb-error-alert [message]="message" testId="new-matches-error" />
      }
      @if (page(); as p) {
        @if (p.totalItems === 0) {
          <section class="cb-empty-state" data-testid="new-matches-empty">
            <mat-icon aria-hidden="true">notifications_none</mat-icon>
            <h2>{{ 'jobs.matches.emptyTitle' | transloco }}</h2>
            <p>{{ 'jobs.matches.emptyText' | transloco }}</p>
            <a mat-stroked-button routerLink="/jobs/saved-searches">{{
              'nav.savedSearches' | transloco
            }}</a>
          </section>
        } @else {
          <cb-marked-job-list [items]="p.items" (changed)="reload()" />
          <mat-paginator
            [length]="p.totalItems"
            [pageIndex]="request().page"
            [pageSize]="request().size"
            [pageSizeOptions]="pageSizeOptions"
            (page)="onPage($event)"
          />
        }
      }
    </div>
  `,
  styles: `
    .cb-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class NewMatches implements OnInit {
  private readonly api = inject(JobsApi);
  private readonly notifier = inject(Notifier);

  /** From the route (`/jobs/saved-searches/:searchId`). */
  readonly searchId = input.required<string>();

  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly search = signal<SavedSearch | null>(null);
  protected readonly page = signal<Page<MarkedJob> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);

  ngOnInit(): void {
    this.reload();
  }

  protected feedParams(search: SavedSearch): Record<string, string | string[]> {
    return criteriaParams(search.criteria);
  }

  protected reload(): void {
    this.loading.set(true);
    forkJoin([
      this.api.savedSearch(this.searchId()),
      this.api.newMatches(this.searchId(), this.request()),
    ]).subscribe({
      next: ([search, page]) => {
        this.loading.set(false);
        this.error.set(null);
        this.search.set(search);
        this.page.set(page);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(problemMessage(toProblem(error)));
      },
    });
  }

  protected onPage(event: PageEvent): void {
    this.request.set({ page: event.pageIndex, size: event.pageSize });
    this.reload();
  }

  protected markSeen(): void {
    this.api.markSeen(this.searchId()).subscribe({
      next: (result) => {
        this.notifier.success('jobs.matches.seen', { count: result.seen });
        this.reload();
      },
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }
}
