import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable, of, switchMap } from 'rxjs';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { formProblemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { ErrorAlert } from '../../shared/error-alert';
import { FieldError } from '../../shared/forms/field-error';
import { MAX_COMMENT } from './comment-thread';
import { ProposalSession } from './proposal-session';
import { Decision, ProposalsApi } from './proposals-api';

const DONE: Record<Decision, string> = {
  APPROVE: 'proposals.decide.approved',
  REQUEST_CHANGES: 'proposals.decide.changesRequested',
  REJECT: 'proposals.decide.rejected',
};

/**
 * An approver's decision: approve (a comment optional), request changes or reject (a comment
 * required). When someone decided or the proposal changed meanwhile, it is reloaded and said so.
 */
@Component({
  selector: 'cb-decision-panel',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cb-decide" aria-labelledby="cb-decide-heading" data-testid="decision-panel">
      <h2 id="cb-decide-heading">{{ 'proposals.decide.heading' | transloco }}</h2>
      <form [formGroup]="form" (submit)="$event.preventDefault()">
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'proposals.decide.comment' | transloco }}</mat-label>
          <textarea
            matInput
            formControlName="comment"
            rows="3"
            [attr.maxlength]="max"
            data-testid="decision-comment"
          ></textarea>
          <mat-hint>{{ 'proposals.decide.commentHint' | transloco }}</mat-hint>
          <mat-error><cb-field-error [control]="form.controls.comment" /></mat-error>
        </mat-form-field>
      </form>
      @if (message(); as m) {
        <cb-error-alert [message]="m" testId="decision-problem" />
      }
      <div class="cb-decide-actions">
        @if (session.may('APPROVE')) {
          <button
            mat-flat-button
            type="button"
            [disabled]="busy()"
            (click)="decide('APPROVE')"
            data-testid="decision-approve"
          >
            <mat-icon aria-hidden="true">thumb_up</mat-icon>
            {{ 'proposals.decide.approve' | transloco }}
          </button>
        }
        @if (session.may('REQUEST_CHANGES')) {
          <button
            mat-stroked-button
            type="button"
            [disabled]="busy()"
            (click)="decide('REQUEST_CHANGES')"
            data-testid="decision-request-changes"
          >
            <mat-icon aria-hidden="true">rate_review</mat-icon>
            {{ 'proposals.decide.requestChanges' | transloco }}
          </button>
        }
        @if (session.may('REJECT')) {
          <button
            mat-stroked-button
            class="cb-danger"
            type="button"
            [disabled]="busy()"
            (click)="decide('REJECT')"
            data-testid="decision-reject"
          >
            <mat-icon aria-hidden="true">block</mat-icon>
            {{ 'proposals.decide.reject' | transloco }}
          </button>
        }
      </div>
    </section>
  `,
  styles: `
    .cb-decide {
      padding: 16px;
      border-radius: 12px;
      border: 2px solid var(--mat-sys-primary);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .cb-decide-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class DecisionPanel {
  protected readonly session = inject(ProposalSession);
  private readonly api = inject(ProposalsApi);
  private readonly notifier = inject(Notifier);
  private readonly confirmation = inject(Confirmation);
  private readonly transloco = inject(TranslocoService);

  /** A decision was recorded (or someone else's was found): the page reads the thread again. */
  readonly decided = output<Decision | null>();

  protected readonly max = MAX_COMMENT;
  protected readonly busy = signal(false);
  protected readonly message = signal<Message | null>(null);
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(MAX_COMMENT)],
    }),
  });

  protected decide(decision: Decision): void {
    const comment = this.form.controls.comment;
    if (decision !== 'APPROVE' && comment.value.trim() === '') {
      comment.setErrors({ messageKey: 'proposals.decide.commentRequired' });
      comment.markAsTouched();
      return;
    }
    if (this.form.invalid || this.busy()) {
      return;
    }
    const proposal = this.session.proposal();
    if (!proposal) {
      return;
    }
    const ask: Observable<boolean> =
      decision === 'REJECT'
        ? this.confirmation.ask({
            title: this.transloco.translate('proposals.decide.rejectTitle', {
              title: proposal.job.title,
            }),
            message: this.transloco.translate('proposals.decide.rejectMessage'),
            confirmLabel: this.transloco.translate('proposals.decide.reject'),
            cancelLabel: this.transloco.translate('common.cancel'),
            destructive: true,
          })
        : of(true);
    ask
      .pipe(
        switchMap((yes) => {
          if (!yes) {
            return of(null);
          }
          this.busy.set(true);
          this.message.set(null);
          return this.session.act((id, etag) => this.api.decide(id, decision, comment.value, etag));
        }),
      )
      .subscribe({
        next: (answer) => {
          this.busy.set(false);
          if (answer) {
            this.form.reset();
            this.notifier.success(DONE[decision]);
            this.decided.emit(decision);
          }
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const problem = toProblem(error);
          if (
            problem.status === 412 ||
            hasProblemType(problem, 'already-decided') ||
            hasProblemType(problem, 'approval-state') ||
            hasProblemType(problem, 'proposal-state')
          ) {
            this.message.set(keyMessage('proposals.decide.meanwhile'));
            this.session.refresh().subscribe({ error: () => undefined });
            this.decided.emit(null);
            return;
          }
          this.message.set(formProblemMessage(this.form, problem));
        },
      });
  }
}
