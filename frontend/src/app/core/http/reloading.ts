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
 * one still under way. `query` and `started` (which runs before each load, to show progress) get
 * the refresh that caused the load (undefined for the first), so that a background refresh may
 * stay quiet and reload what is shown.
 */
export function loadOnRefresh<Q, T, R = unknown>(
  refreshes: Observable<R>,
  query: (refresh: R | undefined) => Q,
  load: (query: Q) => Observable<T>,
  started: (refresh: R | undefined) => void,
): Observable<Loaded<T>> {
  return refreshes.pipe(
    startWith<R | undefined>(undefined),
    map((refresh) => ({ refresh, q: query(refresh) })),
    tap(({ refresh }) => started(refresh)),
    switchMap(({ q }) =>
      load(q).pipe(
        map((value) => ({ value, error: null })),
        catchError((error: unknown) =>
          of({ value: null, error: problemMessage(toProblem(error)) }),
        ),
      ),
    ),
  );
}
