import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page, PageRequest } from '../../core/http/page';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { JobsApi, MarkedJob } from './jobs-api';
import { MarkedJobList } from './marked-job-list';

/** The member's favourites or hidden jobs (`kind` comes from the route's data). */
@Component({
  selector: 'cb-marked-jobs',
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
      <header class="cb-page-header">
        <div>
          <h1>{{ 'jobs.' + kind() + '.title' | transloco }}</h1>
          <p class="cb-subtitle">{{ 'jobs.' + kind() + '.subtitle' | transloco }}</p>
        </div>
        <a mat-stroked-button routerLink="/jobs">
          <mat-icon aria-hidden="true">search</mat-icon>
          {{ 'jobs.marked.backToFeed' | transloco }}
        </a>
      </header>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      @if (error(); as message) {
        <cb-error-alert [message]="message" testId="marked-error" />
      }
      @if (page(); as p) {
        @if (p.totalItems === 0) {
          <section class="cb-empty-state" data-testid="marked-empty">
            <mat-icon aria-hidden="true">{{
              kind() === 'favorites' ? 'star_border' : 'visibility_off'
            }}</mat-icon>
            <h2>{{ 'jobs.' + kind() + '.emptyTitle' | transloco }}</h2>
            <p>{{ 'jobs.' + kind() + '.emptyText' | transloco }}</p>
            <a mat-flat-button routerLink="/jobs">{{ 'jobs.marked.backToFeed' | transloco }}</a>
          </section>
        } @else {
          <cb-marked-job-list
            [items]="p.items"
            [unmarkLabel]="kind() === 'favorites' ? 'jobs.card.unfavorite' : 'jobs.card.unhide'"
            (changed)="reload()"
            (unmark)="unmark($event)"
          />
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
})
export class MarkedJobs implements OnInit {
  private readonly api = inject(JobsApi);
  private readonly notifier = inject(Notifier);

  readonly kind = input<'favorites' | 'hidden'>('favorites');

  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly page = signal<Page<MarkedJob> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);

  ngOnInit(): void {
    this.reload();
  }

  protected reload(): void {
    this.loading.set(true);
    this.api.marked(this.kind(), this.request()).subscribe({
      next: (page) => {
        this.loading.set(false);
        this.error.set(null);
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

  protected unmark(marked: MarkedJob): void {
    const call =
      this.kind() === 'favorites'
        ? this.api.setFavorite(marked.jobId, false)
        : this.api.setHidden(marked.jobId, false);
    call.subscribe({
      next: () => {
        this.notifier.success(
          this.kind() === 'favorites' ? 'jobs.card.unfavorited' : 'jobs.card.unhidden',
        );
        this.reload();
      },
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }
}
