import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject, catchError, of, switchMap } from 'rxjs';
import { toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { FieldError } from '../../shared/forms/field-error';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { ProposalsApi, ThreadEntry } from './proposals-api';

export const MAX_COMMENT = 5000;

/** A proposal's comment thread (comments, and those that came with decisions), oldest first. */
@Component({
  selector: 'cb-comment-thread',
  imports: [
    ErrorAlert,
    FieldError,
    LocalizedDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="cb-thread-heading" data-testid="comment-thread">
      <h2 id="cb-thread-heading">{{ 'proposals.thread.heading' | transloco }}</h2>
      @if (error(); as message) {
        <cb-error-alert [message]="message" [retryable]="true" (retry)="reload()" />
      }
      @if (entries().length === 0 && !error()) {
        <p class="cb-muted" data-testid="comment-thread-empty">
          {{ 'proposals.thread.empty' | transloco }}
        </p>
      }
      <ol class="cb-comments" aria-live="polite">
        @for (c of entries(); track c.id) {
          <li data-testid="comment">
            <p class="cb-comment-head">
              <strong>{{ c.author.name }}</strong>
              @if (c.decision) {
                <span class="cb-decision" data-testid="comment-decision">
                  <mat-icon aria-hidden="true">{{ decisionIcon(c.decision) }}</mat-icon>
                  {{ 'proposals.thread.decisions.' + c.decision | transloco }}
                </span>
              }
              <time [attr.datetime]="c.createdAt">{{
                c.createdAt | localizedDate: language.locale()
              }}</time>
            </p>
            <p class="cb-comment-text" data-testid="comment-text">{{ c.text }}</p>
          </li>
        }
      </ol>
      @if (canComment()) {
        <form (submit)="post($event)" class="cb-comment-form">
          <mat-form-field appearance="outline" class="cb-full-width">
            <mat-label>{{ 'proposals.thread.label' | transloco }}</mat-label>
            <textarea
              matInput
              [formControl]="text"
              rows="3"
              [attr.maxlength]="max"
              data-testid="comment-input"
            ></textarea>
            <mat-error><cb-field-error [control]="text" /></mat-error>
          </mat-form-field>
          @if (postError(); as message) {
            <cb-error-alert [message]="message" testId="comment-error" />
          }
          <button
            mat-stroked-button
            type="submit"
            [disabled]="posting()"
            data-testid="comment-post"
          >
            <mat-icon aria-hidden="true">send</mat-icon>
            {{ 'proposals.thread.post' | transloco }}
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .cb-muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .cb-comments {
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
      li {
        padding: 8px 12px;
        margin-bottom: 8px;
        border-radius: 12px;
        background: var(--mat-sys-surface-container);
      }
    }
    .cb-comment-head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin: 0 0 4px;
      time {
        font: var(--mat-sys-body-small);
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .cb-decision {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      font: var(--mat-sys-label-medium);
      mat-icon {
        font-size: 16px;
        width: 16px;
        height: 16px;
      }
    }
    .cb-comment-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0;
    }
  `,
})
export class CommentThread {
  readonly proposalId = input.required<string>();
  readonly canComment = input(false);
  /** Changes when the thread should be read again (a live update). */
  readonly revision = input(0);

  private readonly api = inject(ProposalsApi);
  protected readonly language = inject(Language);
  protected readonly max = MAX_COMMENT;
  protected readonly entries = signal<readonly ThreadEntry[]>([]);
  protected readonly error = signal<Message | null>(null);
  protected readonly postError = signal<Message | null>(null);
  protected readonly posting = signal(false);
  protected readonly text = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MAX_COMMENT)],
  });
  private readonly loads = new Subject<string>();

  constructor() {
    this.loads
      .pipe(
        switchMap((id) =>
          this.api.comments(id).pipe(
            catchError((error: unknown) => {
              this.error.set(problemMessage(toProblem(error)));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((thread) => {
        if (thread) {
          this.error.set(null);
          this.entries.set(thread.items);
        }
      });
    effect(() => {
      const id = this.proposalId();
      this.revision();
      untracked(() => this.loads.next(id));
    });
  }

  protected reload(): void {
    this.loads.next(this.proposalId());
  }

  protected decisionIcon(decision: string): string {
    return decision === 'APPROVE' ? 'thumb_up' : decision === 'REJECT' ? 'block' : 'rate_review';
  }

  protected post(event: Event): void {
    event.preventDefault();
    if (this.text.value.trim() === '') {
      this.text.setErrors({ required: true });
      this.text.markAsTouched();
      return;
    }
    if (this.text.invalid || this.posting()) {
      this.text.markAsTouched();
      return;
    }
    this.posting.set(true);
    this.postError.set(null);
    this.api.addComment(this.proposalId(), this.text.value).subscribe({
      next: (entry) => {
        this.posting.set(false);
        this.entries.update((list) => [...list.filter((c) => c.id !== entry.id), entry]);
        this.text.reset();
      },
      error: (error: unknown) => {
        this.posting.set(false);
        this.postError.set(problemMessage(toProblem(error)));
      },
    });
  }
}
