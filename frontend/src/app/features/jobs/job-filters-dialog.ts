import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { JobFilters } from './job-filters';
import { JobCategory, JobCriteria } from './jobs-api';

export interface JobFiltersDialogData {
  readonly criteria: JobCriteria;
  readonly categories: readonly JobCategory[];
}

/** The filter panel as a full-height sheet for narrow screens; closes with the applied filters. */
@Component({
  selector: 'cb-job-filters-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe, JobFilters],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'jobs.filters.title' | transloco }}</h2>
    <mat-dialog-content>
      <cb-job-filters
        [criteria]="data.criteria"
        [categories]="data.categories"
        (apply)="dialogRef.close($event)"
      />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class JobFiltersDialog {
  protected readonly data = inject<JobFiltersDialogData>(MAT_DIALOG_DATA);
  protected readonly dialogRef = inject<MatDialogRef<JobFiltersDialog, JobCriteria>>(MatDialogRef);
}
