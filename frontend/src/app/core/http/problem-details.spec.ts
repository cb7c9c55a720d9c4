import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { applyFieldErrors, hasProblemType, toProblem } from './problem-details';

function httpError(status: number, error: unknown, headers: Record<string, string> = {}) {
  return new HttpErrorResponse({ status, error, headers: new HttpHeaders(headers) });
}

describe('problem details', () => {
  it('reads an RFC 9457 body with field errors', () => {
    const problem = toProblem(
      httpError(400, {
        type: 'https://crewbid.example/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: 'Some fields are invalid',
        errors: [
          { field: 'name', message: 'must not be blank' },
          { field: 42, message: 'ignored: field is not a string' },
        ],
      }),
    );

    expect(problem).toEqual({
      type: 'https://crewbid.example/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Some fields are invalid',
      errors: [{ field: 'name', message: 'must not be blank' }],
      retryAfterSeconds: null,
    });
  });

  it('parses a body that arrived as a JSON string', () => {
    const problem = toProblem(
      httpError(409, JSON.stringify({ type: '/problems/slug-taken', detail: 'Slug is taken' })),
    );

    expect(problem.type).toBe('/problems/slug-taken');
    expect(problem.detail).toBe('Slug is taken');
    expect(problem.status).toBe(409);
  });

  it('falls back to about:blank and the HTTP status for a non-problem body', () => {
    const problem = toProblem(httpError(502, '<html>Bad gateway</html>'));

    expect(problem.type).toBe('about:blank');
    expect(problem.status).toBe(502);
    expect(problem.detail).toBeNull();
    expect(problem.errors).toEqual([]);
  });

  it('reports a network failure as status 0', () => {
    const problem = toProblem(httpError(0, new ProgressEvent('error')));

    expect(problem.status).toBe(0);
    expect(problem.type).toBe('about:blank');
  });

  it('reads Retry-After in seconds', () => {
    const problem = toProblem(
      httpError(429, { type: '/problems/rate-limited' }, { 'Retry-After': '30' }),
    );

    expect(problem.retryAfterSeconds).toBe(30);
  });

  it('matches problem types by their last path segment', () => {
    const problem = toProblem(
      httpError(412, { type: 'https://crewbid.example/problems/stale-version' }),
    );

    expect(hasProblemType(problem, 'stale-version')).toBe(true);
    expect(hasProblemType(problem, 'version')).toBe(false);
  });

  it('puts field errors on matching controls and returns the rest', () => {
    const form = new FormGroup({
      name: new FormControl('x'),
      owner: new FormGroup({ email: new FormControl('a@b') }),
    });
    const problem = toProblem(
      httpError(400, {
        errors: [
          { field: 'name', message: 'too short' },
          { field: 'owner.email', message: 'already used' },
          { field: 'unknown', message: 'no such control' },
        ],
      }),
    );

    const unmatched = applyFieldErrors(form, problem);

    expect(form.get('name')?.errors).toEqual({ server: 'too short' });
    expect(form.get('name')?.touched).toBe(true);
    expect(form.get('owner.email')?.errors).toEqual({ server: 'already used' });
    expect(unmatched).toEqual([{ field: 'unknown', message: 'no such control' }]);
  });

  it('clears a server error once the user edits the field', () => {
    const form = new FormGroup({ name: new FormControl('x') });
    applyFieldErrors(
      form,
      toProblem(httpError(400, { errors: [{ field: 'name', message: 'bad' }] })),
    );

    form.get('name')?.setValue('better');

    expect(form.get('name')?.errors).toBeNull();
  });
});
