import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { formProblemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { FieldError } from '../../shared/forms/field-error';
import { JobCriteria, JobsApi, REFRESH_CHOICES, SavedSearch } from './jobs-api';

export interface SavedSearchDialogData {
  /** The search to edit; absent to save `criteria` as a new one. */
  readonly search?: SavedSearch;
  readonly criteria: JobCriteria;
}

/** Names a saved search and sets its refresh (off, or every 15 minutes and up). */
@Component({
  selector: 'cb-saved-search-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorAlert,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ (data.search ? 'jobs.saved.editTitle' : 'jobs.saved.saveTitle') | transloco }}
    </h2>
    @if (submitting()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | transloco" />
    }
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (error(); as message) {
          <cb-error-alert [message]="message" testId="saved-search-error" />
        }
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'jobs.saved.name' | transloco }}</mat-label>
          <input
            matInput
            formControlName="name"
            required
            cdkFocusInitial
            data-testid="saved-search-name"
          />
          <mat-error><cb-field-error [control]="form.controls.name" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'jobs.saved.refresh' | transloco }}</mat-label>
          <mat-select formControlName="refreshMinutes" data-testid="saved-search-refresh">
            <mat-option [value]="0" data-testid="saved-search-refresh-off">{{
              'jobs.saved.refreshOff' | transloco
            }}</mat-option>
            @for (m of choices; track m) {
              <mat-option [value]="m" [attr.data-testid]="'saved-search-refresh-' + m">{{
                'jobs.saved.every.' + m | transloco
              }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'jobs.saved.refreshHint' | transloco }}</mat-hint>
          <mat-error><cb-field-error [control]="form.controls.refreshMinutes" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">
          {{ 'common.cancel' | transloco }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="submitting()"
          data-testid="saved-search-submit"
        >
          {{ (data.search ? 'common.save' : 'jobs.saved.save') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class SavedSearchDialog {
  private readonly api = inject(JobsApi);
  private readonly dialogRef = inject<MatDialogRef<SavedSearchDialog, SavedSearch>>(MatDialogRef);
  protected readonly data = inject<SavedSearchDialogData>(MAT_DIALOG_DATA);
  protected readonly choices = REFRESH_CHOICES;

  protected readonly submitting = signal(false);
  protected readonly error = signal<Message | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [
      this.data.search?.name ?? this.data.criteria.keywords ?? '',
      [Validators.required, Validators.maxLength(120)],
    ],
    refreshMinutes: [this.data.search?.refreshMinutes ?? 0],
  });

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, refreshMinutes } = this.form.getRawValue();
    const change = {
      name: name.trim(),
      criteria: this.data.search?.criteria ?? this.data.criteria,
      refreshMinutes: refreshMinutes > 0 ? refreshMinutes : null,
    };
    const save: Observable<SavedSearch> = this.data.search
      ? this.api.updateSavedSearch(this.data.search, change)
      : this.api.createSavedSearch(change);
    this.submitting.set(true);
    this.error.set(null);
    save.subscribe({
      next: (saved) => {
        this.submitting.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(formProblemMessage(this.form, toProblem(error)));
      },
    });
  }
}
