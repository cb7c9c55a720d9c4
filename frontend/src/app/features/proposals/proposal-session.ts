import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { Observable, defer, from, map, switchMap, tap, throwError, catchError } from 'rxjs';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Versioned } from '../agency/agency-api';
import { Autosave } from './autosave';
import { ProposalAction, ProposalDetail, ProposalEdit, ProposalsApi } from './proposals-api';

/** Autosave's pause after typing and its pauses between retries. */
export interface AutosaveTiming {
  readonly delayMs: number;
  readonly retryDelaysMs: readonly number[];
}

export const AUTOSAVE_TIMING = new InjectionToken<AutosaveTiming>('AUTOSAVE_TIMING', {
  factory: () => ({ delayMs: 1200, retryDelaysMs: [2000, 5000, 10_000, 30_000] }),
});

/** The content of a proposal as `PUT` takes it: what the editor shows and autosave writes. */
export function contentOf(proposal: ProposalDetail): ProposalEdit {
  const bid = proposal.bid;
  return {
    coverLetter: proposal.coverLetter,
    answers: proposal.answers.map((a) => ({ position: a.position, answer: a.answer })),
    bid:
      bid && bid.amount
        ? {
            type: bid.type,
            amount: { amount: bid.amount.amount, currency: bid.amount.currency },
            milestones: bid.milestones.map((m) => ({
              description: m.description,
              dueDate: m.dueDate,
              amount: { amount: m.amount.amount, currency: m.amount.currency },
            })),
          }
        : null,
    estimatedDuration: proposal.estimatedDuration,
    connects: proposal.connects.source === 'MEMBER' ? proposal.connects.value : null,
  };
}

export function sameContent(a: ProposalEdit | null, b: ProposalEdit | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isStale(error: unknown): boolean {
  const problem = toProblem(error);
  return problem.status === 412 || hasProblemType(problem, 'stale-version');
}

/**
 * One open proposal, for the page and its parts: the latest detail and its ETag, autosave of the
 * content, and the actions. The content the editor shows is replaced only when nothing typed is
 * waiting, so a live update or a colleague's decision never overwrites the member's text; a real
 * conflict (the content changed elsewhere) is held in {@link conflict} until the member chose.
 */
@Injectable()
export class ProposalSession {
  private readonly api = inject(ProposalsApi);
  private readonly timing = inject(AUTOSAVE_TIMING);

  private readonly current = signal<ProposalDetail | null>(null);
  private readonly shown = signal<ProposalDetail | null>(null);
  private readonly theirs = signal<Versioned<ProposalDetail> | null>(null);
  private readonly loadProblem = signal<Problem | null>(null);
  private readonly busy = signal(false);
  private etag: string | null = null;
  /** The content the server holds as far as we know (what the last answer said). */
  private saved: ProposalEdit | null = null;

  /** The proposal as the server last described it (state, approval, actions, history). */
  readonly proposal = this.current.asReadonly();
  /** The content the editor should show; replaced on load, reload and after a conflict only. */
  readonly content = this.shown.asReadonly();
  /** The server's version while it conflicts with what the member typed. */
  readonly conflict = computed(() => this.theirs()?.value ?? null);
  readonly problem = this.loadProblem.asReadonly();
  readonly loading = this.busy.asReadonly();

  readonly autosave = new Autosave<ProposalEdit>({
    delayMs: this.timing.delayMs,
    retryDelaysMs: this.timing.retryDelaysMs,
    save: (edit) => this.save(edit),
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.autosave.destroy());
  }

  may(action: ProposalAction): boolean {
    return this.current()?.actions.includes(action) ?? false;
  }

  load(id: string): void {
    this.busy.set(true);
    this.loadProblem.set(null);
    this.autosave.reset();
    this.theirs.set(null);
    this.api.get(id).subscribe({
      next: (loaded) => {
        this.busy.set(false);
        this.replace(loaded);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.loadProblem.set(toProblem(error));
      },
    });
  }

  /**
   * Reads the proposal again (a live update, a refused action). What the member typed stays: the
   * content is replaced only when nothing waits to be saved.
   */
  refresh(): Observable<ProposalDetail> {
    const id = this.current()?.id;
    if (!id) {
      return throwError(() => new Error('No proposal is open'));
    }
    return this.api.get(id).pipe(
      tap((latest) => {
        if (this.theirs()) {
          this.theirs.set(latest);
        } else if (!this.autosave.unsaved()) {
          this.replace(latest);
        } else if (sameContent(contentOf(latest.value), this.saved)) {
          this.adopt(latest);
        } else {
          // Changed elsewhere while the member types: the next save meets the conflict.
          this.current.set(latest.value);
        }
      }),
      map((latest) => latest.value),
    );
  }

  /** The member changed the content. */
  edited(edit: ProposalEdit): void {
    this.autosave.changed(edit);
  }

  /** After a conflict: keep what the member typed, saving it over the newer version. */
  keepMine(edit: ProposalEdit): void {
    const latest = this.theirs();
    if (!latest) {
      return;
    }
    this.theirs.set(null);
    this.adopt(latest);
    this.autosave.resume(edit);
  }

  /** After a conflict: show the newer version instead (the page keeps the member's text aside). */
  takeTheirs(): void {
    const latest = this.theirs();
    if (!latest) {
      return;
    }
    this.theirs.set(null);
    this.replace(latest);
    this.autosave.resume(null);
  }

  /**
   * Runs an action once everything typed is saved; the answer becomes the proposal (its content
   * is the one just saved, so the editor keeps showing what the member sees). Fails with
   * `unsaved` when the content could not be saved first.
   */
  act(
    request: (id: string, etag: string) => Observable<Versioned<ProposalDetail>>,
  ): Observable<ProposalDetail> {
    return from(this.autosave.settled()).pipe(
      switchMap((saved) => {
        const id = this.current()?.id;
        if (!saved || !id || !this.etag) {
          return throwError(() => new UnsavedContent());
        }
        return request(id, this.etag);
      }),
      tap((answer) => this.adopt(answer)),
      map((answer) => answer.value),
    );
  }

  /** The ETag of the version shown, for actions outside {@link act} (discard). */
  version(): string | null {
    return this.etag;
  }

  /** Takes an answer from outside {@link act} (check-upwork answers without If-Match). */
  accept(answer: Versioned<ProposalDetail>): void {
    this.adopt(answer);
  }

  private save(edit: ProposalEdit): Observable<unknown> {
    return defer(() => {
      const id = this.current()?.id;
      const etag = this.etag;
      if (!id || !etag) {
        return throwError(() => new Error('No proposal is open'));
      }
      return this.api
        .update(id, edit, etag)
        .pipe(
          catchError((error: unknown) =>
            isStale(error) ? this.afterStale(id, edit, error) : throwError(() => error),
          ),
        );
    }).pipe(tap((answer) => this.adopt(answer)));
  }

  /**
   * A stale save: when only the state moved (a decision, a transition in another tab) the content
   * is the one we know, so the edit is saved again on the new version; else it is a conflict.
   */
  private afterStale(
    id: string,
    edit: ProposalEdit,
    error: unknown,
  ): Observable<Versioned<ProposalDetail>> {
    return this.api.get(id).pipe(
      switchMap((latest) => {
        if (sameContent(contentOf(latest.value), this.saved)) {
          this.adopt(latest);
          return this.api.update(id, edit, latest.etag);
        }
        this.current.set(latest.value);
        this.theirs.set(latest);
        return throwError(() => error);
      }),
    );
  }

  /** Takes the newer description and ETag without touching what the editor shows. */
  private adopt(answer: Versioned<ProposalDetail>, force = false): void {
    const known = this.current();
    if (!force && known && known.id === answer.value.id && answer.value.version < known.version) {
      return;
    }
    this.current.set(answer.value);
    this.etag = answer.etag;
    this.saved = contentOf(answer.value);
  }

  private replace(answer: Versioned<ProposalDetail>): void {
    this.adopt(answer, true);
    this.shown.set(answer.value);
  }
}

/** An action waited for the content to be saved, and it could not be. */
export class UnsavedContent extends Error {
  constructor() {
    super('The latest changes are not saved');
  }
}
