import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  InjectionToken,
  inject,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable, catchError, debounceTime, forkJoin, map, of, switchMap } from 'rxjs';
import { JobSummary, JobsApi } from '../jobs/jobs-api';

/** A job to preview a template with: Upwork's job id and its title. */
export interface PreviewJob {
  readonly id: string;
  readonly title: string;
}

/** A group of jobs to choose from. */
interface JobGroup {
  readonly labelKey: string;
  readonly jobs: readonly PreviewJob[];
}

/** How long the picker waits after typing before it searches the cached jobs. */
export const JOB_PICKER_DELAY_MS = new InjectionToken<number>('JOB_PICKER_DELAY_MS', {
  factory: () => 250,
});

const SIZE = 8;

function previewJob(job: JobSummary): PreviewJob {
  return { id: job.id, title: job.title.text };
}

/**
 * Picks a real job for the template preview: the member's favourites and the newest jobs of the
 * agency's cache when the field is first used, the cached jobs matching what they type after that.
 * Nothing is fetched from Upwork and nothing is loaded before the field is used.
 */
@Component({
  selector: 'cb-preview-job-picker',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="cb-full-width">
      <mat-label>{{ 'templates.previewJob.label' | transloco }}</mat-label>
      <mat-icon matPrefix aria-hidden="true">work</mat-icon>
      <input
        matInput
        [formControl]="query"
        [matAutocomplete]="jobList"
        (focus)="start()"
        data-testid="preview-job-input"
      />
      @if (chosen()) {
        <button
          mat-icon-button
          matSuffix
          type="button"
          (click)="clear()"
          [attr.aria-label]="'templates.previewJob.clear' | transloco"
          data-testid="preview-job-clear"
        >
          <mat-icon aria-hidden="true">close</mat-icon>
        </button>
      }
      <mat-hint>{{ 'templates.previewJob.hint' | transloco }}</mat-hint>
      <mat-autocomplete
        #jobList="matAutocomplete"
        [displayWith]="title"
        (optionSelected)="choose($event)"
      >
        @for (group of groups(); track group.labelKey) {
          <mat-optgroup [label]="group.labelKey | transloco">
            @for (job of group.jobs; track job.id) {
              <mat-option [value]="job" data-testid="preview-job-option">{{
                job.title
              }}</mat-option>
            }
          </mat-optgroup>
        }
        @if (loaded() && groups().length === 0) {
          <mat-option disabled data-testid="preview-job-none">{{
            'templates.previewJob.none' | transloco
          }}</mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
})
export class PreviewJobPicker {
  private readonly jobs = inject(JobsApi);
  private readonly delay = inject(JOB_PICKER_DELAY_MS);
  private readonly destroyRef = inject(DestroyRef);

  /** The job chosen, or null when the member cleared it. */
  readonly picked = output<PreviewJob | null>();

  protected readonly query = new FormControl<string | PreviewJob>('', { nonNullable: true });
  protected readonly groups = signal<readonly JobGroup[]>([]);
  protected readonly loaded = signal(false);
  protected readonly chosen = signal<PreviewJob | null>(null);
  private started = false;

  constructor() {
    // Typing after a job was chosen drops the choice: the preview never shows a job other than
    // what the field says.
    this.query.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      if (typeof value === 'string' && this.chosen()) {
        this.chosen.set(null);
        this.picked.emit(null);
      }
    });
  }

  protected readonly title = (job: PreviewJob | string | null): string =>
    typeof job === 'string' ? job : (job?.title ?? '');

  /** Loads the first choices when the field is first used, then follows what the member types. */
  protected start(): void {
    if (this.started) {
      return;
    }
    this.started = true;
    this.suggestions().subscribe((groups) => this.show(groups));
    this.query.valueChanges
      .pipe(
        debounceTime(this.delay),
        switchMap((value) =>
          typeof value !== 'string'
            ? of(null)
            : value.trim() === ''
              ? this.suggestions()
              : this.matches(value.trim()),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((groups) => {
        if (groups) {
          this.show(groups);
        }
      });
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const job = event.option.value as PreviewJob;
    this.chosen.set(job);
    this.picked.emit(job);
  }

  protected clear(): void {
    this.chosen.set(null);
    this.query.setValue('');
    this.picked.emit(null);
  }

  private show(groups: readonly JobGroup[]): void {
    this.groups.set(groups.filter((g) => g.jobs.length > 0));
    this.loaded.set(true);
  }

  /** The member's favourites still in the cache, and the newest cached jobs. */
  private suggestions(): Observable<readonly JobGroup[]> {
    const favourites = this.jobs.marked('favorites', { page: 0, size: SIZE }).pipe(
      map((page) => page.items.flatMap((m) => (m.job ? [previewJob(m.job)] : []))),
      catchError(() => of([] as PreviewJob[])),
    );
    const recent = this.jobs.search({}, 'postedAt,desc', { page: 0, size: SIZE }).pipe(
      map((page) => page.items.map(previewJob)),
      catchError(() => of([] as PreviewJob[])),
    );
    return forkJoin([favourites, recent]).pipe(
      map(([fav, newest]) => [
        { labelKey: 'templates.previewJob.favourites', jobs: fav },
        {
          labelKey: 'templates.previewJob.recent',
          jobs: newest.filter((j) => !fav.some((f) => f.id === j.id)),
        },
      ]),
    );
  }

  private matches(keywords: string): Observable<readonly JobGroup[]> {
    return this.jobs.search({ keywords }, 'relevance', { page: 0, size: SIZE }).pipe(
      map((page) => [
        { labelKey: 'templates.previewJob.matches', jobs: page.items.map(previewJob) },
      ]),
      catchError(() => of([] as JobGroup[])),
    );
  }
}
