import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { Observable, firstValueFrom, isObservable } from 'rxjs';
import { provideTestEnvironment, sessionInfo, signInAs } from '../../testing/providers';
import { HasUnsavedChanges, unsavedChangesGuard } from './unsaved-changes';

@Component({ template: '' })
class Blank {}

describe('unsavedChangesGuard', () => {
  const route = {} as ActivatedRouteSnapshot;
  const state = { url: '/agency' } as RouterStateSnapshot;

  function leave(dirty: boolean) {
    const page: HasUnsavedChanges = { hasUnsavedChanges: () => dirty };
    return TestBed.runInInjectionContext(() => unsavedChangesGuard(page, route, state, state));
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestEnvironment() });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lets the user leave a page without edits', () => {
    signInAs(sessionInfo());
    expect(leave(false)).toBe(true);
  });

  it('lets a signed-out user leave, since the edits could not be saved', () => {
    expect(leave(true)).toBe(true);
  });

  async function answer(testId: string): Promise<boolean> {
    signInAs(sessionInfo());
    const result = leave(true);
    expect(isObservable(result)).toBe(true);
    const decision = firstValueFrom(result as Observable<boolean>);
    const loader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(Blank));
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getText()).toContain('Discard unsaved changes?');
    await (
      await dialog.getHarness(MatButtonHarness.with({ selector: `[data-testid="${testId}"]` }))
    ).click();
    return decision;
  }

  it('asks before discarding edits and stays when the user keeps editing', async () => {
    expect(await answer('confirm-dialog-cancel')).toBe(false);
  });

  it('leaves when the user discards the edits', async () => {
    expect(await answer('confirm-dialog-confirm')).toBe(true);
  });
});
