import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Subject } from 'rxjs';
import { Autosave } from './autosave';

/** A save the spec answers by hand. */
interface Call {
  readonly value: string;
  readonly answer: Subject<void>;
}

function failure(status: number, headers: Record<string, string> = {}): HttpErrorResponse {
  return new HttpErrorResponse({ status, headers: new HttpHeaders(headers) });
}

describe('Autosave', () => {
  let calls: Call[];
  let autosave: Autosave<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    calls = [];
    autosave = new Autosave<string>({
      delayMs: 1000,
      retryDelaysMs: [2000, 5000],
      save: (value) => {
        const answer = new Subject<void>();
        calls.push({ value, answer });
        return answer;
      },
    });
  });

  afterEach(() => {
    autosave.destroy();
    vi.useRealTimers();
  });

  function succeed(call: Call): void {
    call.answer.next();
    call.answer.complete();
  }

  it('saves once after the member pauses typing, with the newest text', () => {
    autosave.changed('H');
    vi.advanceTimersByTime(500);
    autosave.changed('Hi');
    vi.advanceTimersByTime(999);
    expect(calls).toHaveLength(0);
    expect(autosave.state()).toBe('pending');
    expect(autosave.unsaved()).toBe(true);

    vi.advanceTimersByTime(1);
    expect(calls.map((c) => c.value)).toEqual(['Hi']);
    expect(autosave.state()).toBe('saving');

    succeed(calls[0]);
    expect(autosave.state()).toBe('saved');
    expect(autosave.unsaved()).toBe(false);
    expect(autosave.lastSavedAt()).not.toBeNull();
  });

  it('never runs two saves at once: text typed during a save is saved after it', () => {
    autosave.changed('one');
    vi.advanceTimersByTime(1000);
    autosave.changed('one two');
    vi.advanceTimersByTime(5000);
    expect(calls).toHaveLength(1);

    succeed(calls[0]);
    expect(autosave.state()).toBe('pending');
    vi.advanceTimersByTime(1000);
    expect(calls.map((c) => c.value)).toEqual(['one', 'one two']);
    succeed(calls[1]);
    expect(autosave.state()).toBe('saved');
  });

  it('retries a failed save with growing pauses and the newest text, saying so', () => {
    autosave.changed('draft');
    vi.advanceTimersByTime(1000);
    calls[0].answer.error(failure(0));
    expect(autosave.state()).toBe('retrying');
    expect(autosave.unsaved()).toBe(true);

    autosave.changed('draft, longer');
    vi.advanceTimersByTime(1999);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls[1].value).toBe('draft, longer');
    expect(autosave.state()).toBe('retrying');

    calls[1].answer.error(failure(503));
    vi.advanceTimersByTime(4999);
    expect(calls).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(3);
    succeed(calls[2]);
    expect(autosave.state()).toBe('saved');
    expect(autosave.problem()).toBeNull();
  });

  it('waits as long as the server asks after a 429', () => {
    autosave.changed('draft');
    vi.advanceTimersByTime(1000);
    calls[0].answer.error(failure(429, { 'Retry-After': '30' }));
    vi.advanceTimersByTime(29_999);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
  });

  it('stops on a conflict and keeps what was typed until the member chose', () => {
    autosave.changed('mine');
    vi.advanceTimersByTime(1000);
    calls[0].answer.error(failure(412));
    expect(autosave.state()).toBe('conflict');

    autosave.changed('mine, edited');
    vi.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(1);
    expect(autosave.waiting()).toBe('mine, edited');
    expect(autosave.unsaved()).toBe(true);

    autosave.resume('mine, edited');
    expect(calls[1].value).toBe('mine, edited');
    succeed(calls[1]);
    expect(autosave.state()).toBe('saved');
  });

  it('takes the saved version when the member chose it after a conflict', () => {
    autosave.changed('mine');
    vi.advanceTimersByTime(1000);
    calls[0].answer.error(failure(412));

    autosave.resume(null);
    expect(autosave.state()).toBe('saved');
    expect(autosave.waiting()).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(1);
  });

  it('does not retry text the server refused, and saves again with the next edit', () => {
    autosave.changed('bad');
    vi.advanceTimersByTime(1000);
    calls[0].answer.error(failure(400));
    expect(autosave.state()).toBe('failed');
    expect(autosave.problem()?.status).toBe(400);
    vi.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(1);

    autosave.changed('good');
    vi.advanceTimersByTime(1000);
    expect(calls[1].value).toBe('good');
  });

  it('saves at once when flushed, and forgets everything when reset', () => {
    autosave.changed('now');
    autosave.flush();
    expect(calls.map((c) => c.value)).toEqual(['now']);
    succeed(calls[0]);

    autosave.changed('later');
    autosave.reset();
    vi.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(1);
    expect(autosave.state()).toBe('idle');
  });

  it('tells when everything typed reached the server, saving at once', async () => {
    expect(await autosave.settled()).toBe(true);

    autosave.changed('ready');
    const settled = autosave.settled();
    expect(calls.map((c) => c.value)).toEqual(['ready']);
    succeed(calls[0]);
    expect(await settled).toBe(true);
  });

  it('tells when what was typed could not be saved', async () => {
    autosave.changed('mine');
    const settled = autosave.settled();
    calls[0].answer.error(failure(412));
    expect(await settled).toBe(false);
    expect(await autosave.settled()).toBe(false);
  });
});
