import { Signal, computed, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';

/**
 * Where the saving of a draft stands:
 * - `idle`: nothing typed since it was loaded;
 * - `pending`: typed, waiting for the pause that triggers a save;
 * - `saving`: a save is under way;
 * - `saved`: the server holds everything typed;
 * - `retrying`: the last save failed for a passing reason (network, server); it is tried again;
 * - `conflict`: someone else saved meanwhile (412): saving stops until the member chose;
 * - `failed`: the server refused what was typed (400, 422); saving resumes with the next edit.
 */
export type SaveState =
  'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'conflict' | 'failed';

export interface AutosaveOptions<T> {
  /** How long to wait after the last change before saving. */
  readonly delayMs: number;
  /** Pauses before each retry after a passing failure; the last one repeats. */
  readonly retryDelaysMs: readonly number[];
  /** Saves one value; the caller keeps the version (If-Match) it saves against. */
  readonly save: (value: T) => Observable<unknown>;
}

/**
 * Saves a draft a moment after the member stops typing: one save at a time (each answers with the
 * next version), the newest value always wins, passing failures are retried with growing pauses,
 * and a conflict (412) stops saving without losing what was typed.
 */
export class Autosave<T> {
  private readonly current = signal<SaveState>('idle');
  private readonly lastProblem = signal<Problem | null>(null);
  private readonly savedAt = signal<Date | null>(null);

  readonly state: Signal<SaveState> = this.current.asReadonly();
  /** Why the last save failed, while it is failing. */
  readonly problem: Signal<Problem | null> = this.lastProblem.asReadonly();
  readonly lastSavedAt: Signal<Date | null> = this.savedAt.asReadonly();
  /** Whether something typed is not on the server yet (for the unsaved-change guard). */
  readonly unsaved = computed(() => {
    const state = this.current();
    return state !== 'idle' && state !== 'saved';
  });

  private latest: T | null = null;
  private dirty = false;
  private inFlight: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private waiters: ((saved: boolean) => void)[] = [];

  constructor(private readonly options: AutosaveOptions<T>) {}

  /** The member changed the draft; it is saved after the pause. */
  changed(value: T): void {
    this.latest = value;
    this.dirty = true;
    if (this.current() === 'conflict') {
      return;
    }
    if (!this.inFlight && this.current() !== 'retrying') {
      this.current.set('pending');
      this.schedule(this.options.delayMs);
    }
  }

  /** Saves what is waiting now (before an action that needs the draft on the server). */
  flush(): void {
    if (this.current() === 'conflict') {
      return;
    }
    this.clearTimer();
    this.start();
  }

  /**
   * Saves what is waiting now and tells whether everything typed reached the server (false after
   * a conflict, a refusal or a failure), before an action that needs the draft saved.
   */
  settled(): Promise<boolean> {
    const state = this.current();
    if (state === 'conflict' || state === 'failed') {
      return Promise.resolve(false);
    }
    if (!this.dirty && !this.inFlight) {
      return Promise.resolve(true);
    }
    const settled = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    this.flush();
    return settled;
  }

  /**
   * After a conflict was resolved: `value` (what the member kept) is saved against the version the
   * caller now holds; with null, the server's version was taken and nothing is waiting.
   */
  resume(value: T | null): void {
    this.lastProblem.set(null);
    this.failures = 0;
    if (value === null) {
      this.dirty = false;
      this.latest = null;
      this.current.set('saved');
      return;
    }
    this.latest = value;
    this.dirty = true;
    this.current.set('pending');
    this.clearTimer();
    this.start();
  }

  /** Forgets what waits (the draft was reloaded, sent or discarded). */
  reset(): void {
    this.notify(false);
    this.clearTimer();
    this.inFlight?.unsubscribe();
    this.inFlight = null;
    this.dirty = false;
    this.latest = null;
    this.failures = 0;
    this.lastProblem.set(null);
    this.current.set('idle');
  }

  /** The value typed last that the server does not have yet, if any. */
  waiting(): T | null {
    return this.dirty ? this.latest : null;
  }

  destroy(): void {
    this.clearTimer();
    this.inFlight?.unsubscribe();
    this.inFlight = null;
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, delay);
  }

  private start(): void {
    if (this.inFlight || !this.dirty || this.latest === null) {
      return;
    }
    const value = this.latest;
    this.dirty = false;
    this.current.set(this.current() === 'retrying' ? 'retrying' : 'saving');
    let done = false;
    const subscription = this.options.save(value).subscribe({
      next: () => undefined,
      complete: () => {
        done = true;
        this.inFlight = null;
        this.succeeded();
      },
      error: (error: unknown) => {
        done = true;
        this.inFlight = null;
        this.failed(toProblem(error));
      },
    });
    // A synchronous answer has completed already; keep the subscription only while it runs.
    this.inFlight = done ? null : subscription;
  }

  private succeeded(): void {
    this.failures = 0;
    this.lastProblem.set(null);
    this.savedAt.set(new Date());
    if (this.dirty) {
      // Typed while saving: save the newer text after the usual pause (at once when awaited).
      this.current.set('pending');
      this.schedule(this.waiters.length > 0 ? 0 : this.options.delayMs);
    } else {
      this.current.set('saved');
      this.notify(true);
    }
  }

  private failed(problem: Problem): void {
    // What was sent is not saved: it is waiting again, unless something newer waits already.
    this.dirty = true;
    this.lastProblem.set(problem);
    this.notify(false);
    if (problem.status === 412 || hasProblemType(problem, 'stale-version')) {
      this.clearTimer();
      this.current.set('conflict');
      return;
    }
    if (problem.status === 0 || problem.status === 429 || problem.status >= 500) {
      const delays = this.options.retryDelaysMs;
      const delay =
        problem.retryAfterSeconds !== null
          ? problem.retryAfterSeconds * 1000
          : delays[Math.min(this.failures, delays.length - 1)];
      this.failures++;
      this.current.set('retrying');
      this.schedule(delay);
      return;
    }
    this.clearTimer();
    this.current.set('failed');
  }

  private notify(saved: boolean): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((resolve) => resolve(saved));
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
