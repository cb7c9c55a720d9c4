import { Observable, catchError, map, of, startWith, switchMap, tap } from 'rxjs';
import { Message } from '../i18n/message';
import { problemMessage } from '../notifications/problem-message';
import { toProblem } from './problem-details';

/** One answer of a list: the data, or what to tell the user instead. */
export interface Loaded<T> {
  readonly value: T | null;
  readonly error: Message | null;
}

/**
 * Loads at once and again on every refresh, with the query as it is then; a newer load replaces
 * one still under way. `started` runs before each load (to show progress).
 */
export function loadOnRefresh<Q, T>(
  refreshes: Observable<unknown>,
  query: () => Q,
  load: (query: Q) => Observable<T>,
  started: () => void,
): Observable<Loaded<T>> {
  return refreshes.pipe(
    startWith(undefined),
    map(() => query()),
    tap(() => started()),
    switchMap((q) =>
      load(q).pipe(
        map((value) => ({ value, error: null })),
        catchError((error: unknown) =>
          of({ value: null, error: problemMessage(toProblem(error)) }),
        ),
      ),
    ),
  );
}
