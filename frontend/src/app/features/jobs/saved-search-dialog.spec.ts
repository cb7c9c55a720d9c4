import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { byTestId, problem, provideTestEnvironment, typeInto } from '../../../testing/providers';
import { savedSearch } from './jobs-testing';
import { SavedSearchDialog, SavedSearchDialogData } from './saved-search-dialog';

describe('SavedSearchDialog', () => {
  let http: HttpTestingController;
  let closed: unknown;

  function open(data: SavedSearchDialogData) {
    closed = undefined;
    TestBed.configureTestingModule({
      imports: [SavedSearchDialog],
      providers: [
        ...provideTestEnvironment(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (value: unknown) => (closed = value) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SavedSearchDialog);
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => http.verify());

  it('saves the current criteria, named after the keywords, off by default', () => {
    const fixture = open({ criteria: { keywords: 'angular', jobType: 'HOURLY', budgetMin: null } });
    const root: HTMLElement = fixture.nativeElement;
    expect(byTestId<HTMLInputElement>(root, 'saved-search-name')?.value).toBe('angular');

    byTestId(root, 'saved-search-submit')!.click();

    const post = http.expectOne('/api/saved-searches');
    expect(post.request.body).toEqual({
      name: 'angular',
      criteria: { keywords: 'angular', jobType: 'HOURLY' },
      refreshMinutes: null,
    });
    post.flush(savedSearch({ name: 'angular', refreshMinutes: null }));
    expect((closed as { name: string }).name).toBe('angular');
  });

  it('edits with If-Match and shows the server’s field problem inline', () => {
    const fixture = open({ search: savedSearch(), criteria: savedSearch().criteria });
    const root: HTMLElement = fixture.nativeElement;
    typeInto(byTestId(root, 'saved-search-name'), 'Renamed');

    byTestId(root, 'saved-search-submit')!.click();
    const put = http.expectOne('/api/saved-searches/s-1');
    expect(put.request.headers.get('If-Match')).toBe('"2"');
    const refused = problem(400, 'validation', {
      detail: 'A saved search refreshes at most every 15 minutes.',
      errors: [
        { field: 'refreshMinutes', message: 'must be between 15 and 10080 minutes, or empty' },
      ],
    });
    put.flush(refused.body, refused.options);
    fixture.detectChanges();

    expect(root.textContent).toContain('must be between 15 and 10080 minutes');
    expect(closed).toBeUndefined();
  });
});
