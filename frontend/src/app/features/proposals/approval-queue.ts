import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
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
import { BidAmount } from './bid-amount';
import { LIVE, ProposalUpdates } from './proposal-updates';
import { ProposalSummary, ProposalsApi } from './proposals-api';

/**
 * The proposals the signed-in member may decide on now, oldest first; each opens its review.
 * A new submission or someone else's decision updates it live.
 */
@Component({
  selector: 'cb-approval-queue',
  imports: [
    BidAmount,
    ErrorAlert,
    LocalizedDatePipe,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cb-page">
      <header class="cb-page-header">
        <div>
          <h1>{{ 'proposals.queue.title' | transloco }}</h1>
          <p class="cb-subtitle">{{ 'proposals.queue.subtitle' | transloco }}</p>
        </div>
      </header>
      @if (error(); as message) {
        <cb-error-alert
          [message]="message"
          [retryable]="true"
          (retry)="reload()"
          testId="queue-error"
        />
      }
      @if (empty()) {
        <section class="cb-empty-state" data-testid="queue-empty">
          <mat-icon aria-hidden="true">fact_check</mat-icon>
          <h2>{{ 'proposals.queue.emptyTitle' | transloco }}</h2>
          <p>{{ 'proposals.queue.emptyText' | transloco }}</p>
          @if (canSeePolicy()) {
            <a mat-stroked-button routerLink="/agency/policies" data-testid="queue-policy">
              {{ 'proposals.queue.policy' | transloco }}
            </a>
          }
        </section>
      } @else {
        <div class="cb-table-wrapper">
          @if (loading()) {
            <mat-progress-bar
              mode="indeterminate"
              [attr.aria-label]="'common.loading' | transloco"
            />
          }
          <table mat-table [dataSource]="rows()" data-testid="queue-table">
            <caption class="cb-visually-hidden">
              {{
                'proposals.queue.title' | transloco
              }}
            </caption>
            <ng-container matColumnDef="job">
              <th mat-header-cell *matHeaderCellDef scope="col">
                {{ 'proposals.list.columns.job' | transloco }}
              </th>
              <td mat-cell *matCellDef="let p" class="cb-break">
                <a
                  [routerLink]="['/approvals', p.id]"
                  (click)="$event.stopPropagation()"
                  data-testid="queue-link"
                  >{{ p.job.title }}</a
                >
              </td>
            </ng-container>
            <ng-container matColumnDef="author">
              <th mat-header-cell *matHeaderCellDef scope="col">
                {{ 'proposals.list.columns.author' | transloco }}
              </th>
              <td mat-cell *matCellDef="let p">{{ p.author.name }}</td>
            </ng-container>
            <ng-container matColumnDef="bid">
              <th mat-header-cell *matHeaderCellDef scope="col" class="cb-number">
                {{ 'proposals.list.columns.bid' | transloco }}
              </th>
              <td mat-cell *matCellDef="let p" class="cb-number">
                <cb-bid-amount [bid]="p.bid" />
              </td>
            </ng-container>
            <ng-container matColumnDef="connects">
              <th mat-header-cell *matHeaderCellDef scope="col" class="cb-number">
                {{ 'proposals.editor.connects' | transloco }}
              </th>
              <td mat-cell *matCellDef="let p" class="cb-number">{{ p.connects }}</td>
            </ng-container>
            <ng-container matColumnDef="rule">
              <th mat-header-cell *matHeaderCellDef scope="col">
                {{ 'proposals.queue.rule' | transloco }}
              </th>
              <td mat-cell *matCellDef="let p">
                {{ p.approval?.ruleName ?? '—' }}
                @if (p.approval; as a) {
                  <span class="cb-secondary" data-testid="queue-approvals">
                    {{
                      'proposals.list.approvals'
                        | transloco: { given: a.approvalsGiven, needed: a.approvalsNeeded }
                    }}
                  </span>
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="waiting">
              <th mat-header-cell *matHeaderCellDef scope="col">
                {{ 'proposals.queue.waiting' | transloco }}
              </th>
              <td mat-cell *matCellDef="let p" class="cb-nowrap">
                <time [attr.datetime]="p.updatedAt">{{
                  p.updatedAt | localizedDate: language.locale()
                }}</time>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr
              mat-row
              *matRowDef="let row; columns: columns"
              class="cb-clickable"
              (click)="open(row)"
              data-testid="queue-row"
            ></tr>
          </table>
          <mat-paginator
            [length]="totalItems()"
            [pageIndex]="request().page"
            [pageSize]="request().size"
            [pageSizeOptions]="pageSizeOptions"
            [showFirstLastButtons]="true"
            (page)="onPage($event)"
          />
        </div>
      }
    </div>
  `,
  styles: `
    table {
      width: 100%;
    }
    .cb-number {
      text-align: end;
      white-space: nowrap;
    }
    .cb-secondary {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .cb-clickable {
      cursor: pointer;
      &:hover {
        background: var(--mat-sys-surface-container-high);
      }
    }
  `,
})
export class ApprovalQueue {
  private readonly api = inject(ProposalsApi);
  private readonly router = inject(Router);
  protected readonly language = inject(Language);
  protected readonly canSeePolicy = inject(Session).canManageAgency;

  protected readonly columns = ['job', 'author', 'bid', 'connects', 'rule', 'waiting'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  private readonly page = signal<Page<ProposalSummary> | null>(null);
  private readonly refreshes = new Subject<void>();

  protected readonly totalItems = computed(() => this.page()?.totalItems ?? 0);
  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly empty = computed(
    () => !this.loading() && !this.error() && this.page() !== null && this.totalItems() === 0,
  );

  constructor() {
    loadOnRefresh(
      merge(this.refreshes, inject(ProposalUpdates).listChanges),
      () => this.request(),
      (request) => this.api.approvalQueue(request),
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
  }

  protected onPage(event: PageEvent): void {
    this.request.set({ page: event.pageIndex, size: event.pageSize });
    this.refreshes.next();
  }

  protected reload(): void {
    this.refreshes.next();
  }

  protected open(proposal: ProposalSummary): void {
    void this.router.navigate(['/approvals', proposal.id]);
  }
}
