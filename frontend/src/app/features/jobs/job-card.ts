import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { HighlightedText } from './highlighted-text';
import { formatMoney, formatPay, formatRating } from './job-format';
import { JobSummary } from './jobs-api';

/** One job in a list: what it pays, who posts it, the matching passages, and quick marks. */
@Component({
  selector: 'cb-job-card',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatTooltipModule,
    RouterLink,
    TranslocoPipe,
    LocalizedDatePipe,
    HighlightedText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let j = job();
    <article class="cb-job" [attr.aria-labelledby]="'job-title-' + j.id" data-testid="job-card">
      <header class="cb-job-header">
        <h3 class="cb-job-title" [id]="'job-title-' + j.id">
          <a [routerLink]="['/jobs', j.id]" data-testid="job-link">
            <cb-highlighted-text [value]="j.title" />
          </a>
        </h3>
        @if (canMark()) {
          <div class="cb-job-actions">
            <button
              mat-icon-button
              type="button"
              [attr.aria-pressed]="j.favorite"
              [attr.aria-label]="
                (j.favorite ? 'jobs.card.unfavorite' : 'jobs.card.favorite') | transloco
              "
              [matTooltip]="
                (j.favorite ? 'jobs.card.unfavorite' : 'jobs.card.favorite') | transloco
              "
              (click)="favoriteChange.emit(!j.favorite)"
              data-testid="job-favorite"
            >
              <mat-icon aria-hidden="true">{{ j.favorite ? 'star' : 'star_border' }}</mat-icon>
            </button>
            @if (!j.hidden) {
              <button
                mat-icon-button
                type="button"
                [attr.aria-label]="'jobs.card.hide' | transloco"
                [matTooltip]="'jobs.card.hide' | transloco"
                (click)="hide.emit()"
                data-testid="job-hide"
              >
                <mat-icon aria-hidden="true">visibility_off</mat-icon>
              </button>
            }
          </div>
        }
      </header>
      <p class="cb-job-facts">
        <span class="cb-job-pay" data-testid="job-pay">
          {{ 'jobs.types.' + j.jobType | transloco }} · {{ pay() }}
        </span>
        @if (j.experienceLevel) {
          <span>{{ 'jobs.levels.' + j.experienceLevel | transloco }}</span>
        }
        @if (j.postedAt) {
          <span>
            {{ 'jobs.card.posted' | transloco }}
            <time [attr.datetime]="j.postedAt">{{
              j.postedAt | localizedDate: language.locale()
            }}</time>
          </span>
        }
        @if (j.proposals !== null) {
          <span data-testid="job-proposals">{{
            'jobs.card.proposals' | transloco: { count: j.proposals }
          }}</span>
        }
      </p>
      <p class="cb-job-snippet"><cb-highlighted-text [value]="j.snippet" /></p>
      @if (j.skills.length > 0) {
        <mat-chip-set [attr.aria-label]="'jobs.card.skills' | transloco">
          @for (skill of j.skills; track skill) {
            <mat-chip disableRipple>{{ skill }}</mat-chip>
          }
        </mat-chip-set>
      }
      <p class="cb-job-client">
        @if (j.client.paymentVerified) {
          <span class="cb-verified">
            <mat-icon aria-hidden="true">verified</mat-icon>
            {{ 'jobs.client.verified' | transloco }}
          </span>
        } @else if (j.client.paymentVerified === false) {
          <span>{{ 'jobs.client.unverified' | transloco }}</span>
        }
        @if (rating()) {
          <span>{{ 'jobs.client.rating' | transloco: { rating: rating() } }}</span>
        }
        @if (spentSomething()) {
          <span>{{ 'jobs.client.spent' | transloco: { amount: spent() } }}</span>
        }
        @if (j.client.country) {
          <span>{{ j.client.country }}</span>
        }
      </p>
    </article>
  `,
  styles: `
    .cb-job {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    .cb-job-header {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      justify-content: space-between;
    }
    .cb-job-title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .cb-job-title a {
      color: inherit;
    }
    .cb-job-actions {
      display: flex;
      flex-shrink: 0;
    }
    .cb-job-facts,
    .cb-job-client {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .cb-job-pay {
      color: var(--mat-sys-on-surface);
      font-weight: 500;
    }
    .cb-job-snippet {
      margin: 8px 0;
      overflow-wrap: anywhere;
    }
    .cb-verified {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-primary);
    }
    .cb-verified mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
  `,
})
export class JobCard {
  protected readonly language = inject(Language);

  readonly job = input.required<JobSummary>();
  /** Whether the member may mark jobs (FREELANCER and above). */
  readonly canMark = input(true);
  readonly favoriteChange = output<boolean>();
  readonly hide = output<void>();

  protected readonly pay = computed(() => formatPay(this.job(), this.language.locale()));
  protected readonly rating = computed(() =>
    formatRating(this.job().client, this.language.locale()),
  );
  /** A client's spend is worth showing once there is some (new clients have spent nothing). */
  protected readonly spentSomething = computed(
    () => Number(this.job().client.totalSpent?.amount ?? 0) > 0,
  );
  protected readonly spent = computed(() =>
    formatMoney(this.job().client.totalSpent, this.language.locale()),
  );
}
