import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldError } from '../../shared/forms/field-error';
import { OUTCOMES, Outcome, ProposalState } from './proposals-api';

export interface MarkSentResult {
  readonly upworkProposalId: string;
  readonly note: string;
}

/** "I sent it on Upwork myself": optionally with Upwork's proposal id (so the sync finds it). */
@Component({
  selector: 'cb-mark-sent-dialog',
  imports: [
    FieldError,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'proposals.markSent.title' | transloco: { title: data.jobTitle } }}</h2>
    <form [formGroup]="form" (ngSubmit)="done()">
      <mat-dialog-content>
        <p>{{ 'proposals.markSent.text' | transloco }}</p>
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'proposals.markSent.upworkId' | transloco }}</mat-label>
          <input
            matInput
            formControlName="upworkProposalId"
            inputmode="numeric"
            data-testid="mark-sent-upwork-id"
          />
          <mat-hint>{{ 'proposals.markSent.upworkIdHint' | transloco }}</mat-hint>
          <mat-error>
            @if (form.controls.upworkProposalId.hasError('pattern')) {
              {{ 'proposals.markSent.upworkIdInvalid' | transloco }}
            } @else {
              <cb-field-error [control]="form.controls.upworkProposalId" />
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'proposals.markSent.note' | transloco }}</mat-label>
          <textarea
            matInput
            formControlName="note"
            rows="2"
            data-testid="mark-sent-note"
          ></textarea>
          <mat-error><cb-field-error [control]="form.controls.note" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" data-testid="mark-sent-confirm">
          {{ 'proposals.actions.markSent' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class MarkSentDialog {
  protected readonly data = inject<{ jobTitle: string }>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<MarkSentDialog, MarkSentResult>>(MatDialogRef);
  protected readonly form = new FormGroup({
    upworkProposalId: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(/^\s*\d{1,40}\s*$/)],
    }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });

  protected done(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.ref.close({ upworkProposalId: value.upworkProposalId.trim(), note: value.note });
  }
}

export interface OutcomeResult {
  readonly outcome: Outcome;
  readonly note: string;
}

/** A person corrects what happened to a sent proposal, saying why (audited). */
@Component({
  selector: 'cb-outcome-dialog',
  imports: [
    FieldError,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'proposals.outcome.title' | transloco: { title: data.jobTitle } }}</h2>
    <form [formGroup]="form" (ngSubmit)="done()">
      <mat-dialog-content>
        <p>
          {{ 'proposals.outcome.current' | transloco }}
          <strong>{{ 'proposals.states.' + data.current | transloco }}</strong>
        </p>
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'proposals.outcome.new' | transloco }}</mat-label>
          <mat-select formControlName="outcome" data-testid="outcome-select">
            @for (o of outcomes; track o) {
              <mat-option [value]="o" [attr.data-testid]="'outcome-option-' + o">{{
                'proposals.states.' + o | transloco
              }}</mat-option>
            }
          </mat-select>
          <mat-error><cb-field-error [control]="form.controls.outcome" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'proposals.outcome.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="3" data-testid="outcome-note"></textarea>
          <mat-hint>{{ 'proposals.outcome.noteHint' | transloco }}</mat-hint>
          <mat-error><cb-field-error [control]="form.controls.note" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" data-testid="outcome-confirm">
          {{ 'proposals.outcome.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class OutcomeDialog {
  protected readonly data = inject<{ jobTitle: string; current: ProposalState }>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<OutcomeDialog, OutcomeResult>>(MatDialogRef);
  protected readonly outcomes = OUTCOMES.filter((o) => o !== this.data.current);
  protected readonly form = new FormGroup({
    outcome: new FormControl<Outcome | null>(null, { validators: [Validators.required] }),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(2000)],
    }),
  });

  protected done(): void {
    const value = this.form.getRawValue();
    if (value.note.trim() === '') {
      this.form.controls.note.setErrors({ required: true });
    }
    if (this.form.invalid || !value.outcome) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close({ outcome: value.outcome, note: value.note.trim() });
  }
}
