import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup } from '@angular/forms';

/** One invalid field as reported by the server: `{ field, message }`. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * An RFC 9457 problem, normalised so callers never have to inspect raw HTTP errors.
 * `status` 0 means the server could not be reached.
 */
export interface Problem {
  readonly type: string;
  readonly title: string | null;
  readonly status: number;
  readonly detail: string | null;
  readonly errors: readonly FieldError[];
  /** Seconds from a `Retry-After` header (429, 503), when the server sent one. */
  readonly retryAfterSeconds: number | null;
}

const ABOUT_BLANK = 'about:blank';

/** Turns whatever an HTTP call failed with into a {@link Problem}. */
export function toProblem(error: unknown): Problem {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      type: ABOUT_BLANK,
      title: null,
      status: 0,
      detail: error instanceof Error ? error.message : null,
      errors: [],
      retryAfterSeconds: null,
    };
  }
  const body = parseBody(error.error);
  return {
    type: stringOr(body['type'], ABOUT_BLANK),
    title: stringOr(body['title'], null),
    status: typeof body['status'] === 'number' ? body['status'] : error.status,
    detail: stringOr(body['detail'], null),
    errors: fieldErrors(body['errors']),
    retryAfterSeconds: retryAfter(error.headers?.get('Retry-After') ?? null),
  };
}

/** Whether the problem's `type` URI names the given kind, e.g. `hasProblemType(p, 'stale-version')`. */
export function hasProblemType(problem: Problem, kind: string): boolean {
  return problem.type === kind || problem.type.endsWith(`/${kind}`);
}

/**
 * Puts each server field error on the matching control as a `server` error (shown inline until the
 * user edits the field). Returns the errors that match no control, so the caller can show them
 * elsewhere.
 */
export function applyFieldErrors(form: FormGroup, problem: Problem): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of problem.errors) {
    const control = findControl(form, error.field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: error.message });
      control.markAsTouched();
    } else {
      unmatched.push(error);
    }
  }
  return unmatched;
}

function findControl(form: FormGroup, field: string): AbstractControl | null {
  // Servers may report nested paths (`owner.email`) or bean paths with indexes (`items[0].name`).
  const path = field.replace(/\[(\d+)\]/g, '.$1');
  return form.get(path);
}

function parseBody(body: unknown): Record<string, unknown> {
  if (typeof body === 'string') {
    try {
      const parsed: unknown = JSON.parse(body);
      return isPlainObject(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }
  // Only plain JSON objects: a network failure brings a ProgressEvent, whose `type` is no problem.
  return isPlainObject(body) ? body : {};
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value
    .filter(isRecord)
    .filter((e) => typeof e['field'] === 'string' && typeof e['message'] === 'string')
    .map((e) => ({ field: e['field'] as string, message: e['message'] as string }));
}

function retryAfter(header: string | null): number | null {
  if (header === null || header.trim() === '') {
    return null;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, Math.ceil(seconds));
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function stringOr<T extends string | null>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
