import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  EXPERIENCE_LEVELS,
  ExperienceLevel,
  JOB_TYPES,
  JobCategory,
  JobCriteria,
  JobType,
} from './jobs-api';

/** Hours for "posted within": an hour, a day, three days, a week, a month. */
export const POSTED_WITHIN_CHOICES: readonly number[] = [1, 24, 72, 168, 720];
export const RATING_CHOICES: readonly number[] = [3, 4, 4.5, 4.8];

function numberOrNull(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === '' || !Number.isFinite(Number(trimmed)) ? null : Number(trimmed);
}

function text(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The filter panel: everything but the keywords. Emits the filters when applied; the feed shows it
 * beside the results on wide screens and in a dialog on narrow ones.
 */
@Component({
  selector: 'cb-job-filters',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="cb-filters"
      [formGroup]="form"
      (ngSubmit)="submit()"
      [attr.aria-label]="'jobs.filters.title' | transloco"
      data-testid="job-filters"
    >
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'jobs.filters.category' | transloco }}</mat-label>
        <mat-select formControlName="categoryIds" multiple data-testid="filter-category">
          @for (c of categories(); track c.id) {
            <mat-option [value]="c.id">{{ c.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'jobs.filters.jobType' | transloco }}</mat-label>
        <mat-select formControlName="jobType" data-testid="filter-job-type">
          <mat-option value="">{{ 'jobs.filters.any' | transloco }}</mat-option>
          @for (t of jobTypes; track t) {
            <mat-option [value]="t" [attr.data-testid]="'filter-job-type-' + t">{{
              'jobs.types.' + t | transloco
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      @for (range of ranges.slice(0, 2); track range.legend) {
        <ng-container
          [ngTemplateOutlet]="rangeFields"
          [ngTemplateOutletContext]="{ $implicit: range }"
        />
      }

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'jobs.filters.experience' | transloco }}</mat-label>
        <mat-select formControlName="experienceLevel" data-testid="filter-experience">
          <mat-option value="">{{ 'jobs.filters.any' | transloco }}</mat-option>
          @for (l of levels; track l) {
            <mat-option [value]="l">{{ 'jobs.levels.' + l | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'jobs.filters.clientRating' | transloco }}</mat-label>
        <mat-select formControlName="clientRatingMin" data-testid="filter-rating">
          <mat-option value="">{{ 'jobs.filters.any' | transloco }}</mat-option>
          @for (r of ratings; track r) {
            <mat-option [value]="'' + r">{{
              'jobs.filters.atLeastStars' | transloco: { rating: r }
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'jobs.filters.clientSpent' | transloco }}</mat-label>
        <input
          matInput
          type="number"
          min="0"
          formControlName="clientSpentMin"
          data-testid="filter-spent"
        />
      </mat-form-field>

      <mat-checkbox formControlName="paymentVerified" data-testid="filter-verified">
        {{ 'jobs.filters.paymentVerified' | transloco }}
      </mat-checkbox>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'jobs.filters.postedWithin' | transloco }}</mat-label>
        <mat-select formControlName="postedWithinHours" data-testid="filter-posted-within">
          <mat-option value="">{{ 'jobs.filters.anyTime' | transloco }}</mat-option>
          @for (h of postedWithin; track h) {
            <mat-option [value]="'' + h">{{ 'jobs.filters.within.' + h | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <ng-container
        [ngTemplateOutlet]="rangeFields"
        [ngTemplateOutletContext]="{ $implicit: ranges[2] }"
      />

      <div class="cb-filter-actions">
        <button mat-flat-button type="submit" data-testid="filters-apply">
          {{ 'jobs.filters.apply' | transloco }}
        </button>
        <button mat-button type="button" (click)="reset()" data-testid="filters-clear">
          {{ 'jobs.filters.clear' | transloco }}
        </button>
      </div>

      <ng-template #rangeFields let-range>
        <fieldset class="cb-range">
          <legend>{{ range.legend | transloco }}</legend>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'jobs.filters.min' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              min="0"
              [formControlName]="range.min"
              [attr.data-testid]="range.testId + '-min'"
            />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'jobs.filters.max' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              min="0"
              [formControlName]="range.max"
              [attr.data-testid]="range.testId + '-max'"
            />
          </mat-form-field>
        </fieldset>
      </ng-template>
    </form>
  `,
  styles: `
    .cb-filters {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .cb-range {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 8px;
      border: 0;
      margin: 0;
      padding: 0;
    }
    .cb-range legend {
      font: var(--mat-sys-label-large);
      margin-bottom: 4px;
    }
    .cb-filter-actions {
      display: flex;
      gap: 8px;
    }
  `,
})
export class JobFilters {
  readonly criteria = input<JobCriteria>({});
  readonly categories = input<readonly JobCategory[]>([]);
  /** The filters applied (keywords are the feed's, and pass through untouched). */
  readonly apply = output<JobCriteria>();

  protected readonly jobTypes = JOB_TYPES;
  protected readonly levels = EXPERIENCE_LEVELS;
  protected readonly ratings = RATING_CHOICES;
  protected readonly postedWithin = POSTED_WITHIN_CHOICES;
  /** The min–max pairs: fixed budget, hourly rate, proposals. */
  protected readonly ranges = [
    { legend: 'jobs.filters.budget', min: 'budgetMin', max: 'budgetMax', testId: 'filter-budget' },
    { legend: 'jobs.filters.hourly', min: 'hourlyMin', max: 'hourlyMax', testId: 'filter-hourly' },
    {
      legend: 'jobs.filters.proposals',
      min: 'proposalsMin',
      max: 'proposalsMax',
      testId: 'filter-proposals',
    },
  ] as const;

  protected readonly form = inject(NonNullableFormBuilder).group({
    categoryIds: [[] as string[]],
    jobType: ['' as JobType | ''],
    budgetMin: [''],
    budgetMax: [''],
    hourlyMin: [''],
    hourlyMax: [''],
    experienceLevel: ['' as ExperienceLevel | ''],
    clientRatingMin: [''],
    clientSpentMin: [''],
    paymentVerified: [false],
    postedWithinHours: [''],
    proposalsMin: [''],
    proposalsMax: [''],
  });

  constructor() {
    effect(() => {
      const c = this.criteria();
      this.form.setValue({
        categoryIds: [...(c.categoryIds ?? [])],
        jobType: c.jobType ?? '',
        budgetMin: text(c.budgetMin),
        budgetMax: text(c.budgetMax),
        hourlyMin: text(c.hourlyMin),
        hourlyMax: text(c.hourlyMax),
        experienceLevel: c.experienceLevel ?? '',
        clientRatingMin: text(c.clientRatingMin),
        clientSpentMin: text(c.clientSpentMin),
        paymentVerified: c.paymentVerified === true,
        postedWithinHours: text(c.postedWithinHours),
        proposalsMin: text(c.proposalsMin),
        proposalsMax: text(c.proposalsMax),
      });
    });
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    this.apply.emit({
      keywords: this.criteria().keywords ?? null,
      categoryIds: v.categoryIds,
      jobType: v.jobType || null,
      budgetMin: numberOrNull(v.budgetMin),
      budgetMax: numberOrNull(v.budgetMax),
      hourlyMin: numberOrNull(v.hourlyMin),
      hourlyMax: numberOrNull(v.hourlyMax),
      experienceLevel: v.experienceLevel || null,
      clientRatingMin: numberOrNull(v.clientRatingMin),
      clientSpentMin: numberOrNull(v.clientSpentMin),
      paymentVerified: v.paymentVerified || null,
      postedWithinHours: numberOrNull(v.postedWithinHours),
      proposalsMin: numberOrNull(v.proposalsMin),
      proposalsMax: numberOrNull(v.proposalsMax),
    });
  }

  protected reset(): void {
    this.apply.emit({ keywords: this.criteria().keywords ?? null });
  }
}
