import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { byTestId, provideTestEnvironment, typeInto } from '../../../testing/providers';
import { MarkSentDialog, OutcomeDialog } from './proposal-dialogs';

describe('proposal dialogs', () => {
  function setUp(data: unknown) {
    const close = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    return close;
  }

  it('marks as sent with Upwork’s proposal id in digits only, naming the job', async () => {
    const close = setUp({ jobTitle: 'Shopify storefront' });
    const fixture = TestBed.createComponent(MarkSentDialog);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain('Mark the proposal for “Shopify storefront” as sent');

    typeInto(byTestId(root, 'mark-sent-upwork-id'), '12ab');
    byTestId(root, 'mark-sent-confirm')!.click();
    await fixture.whenStable();
    expect(close).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Use digits only');

    typeInto(byTestId(root, 'mark-sent-upwork-id'), '');
    typeInto(byTestId(root, 'mark-sent-note'), 'Sent from my phone');
    byTestId(root, 'mark-sent-confirm')!.click();
    expect(close).toHaveBeenCalledWith({ upworkProposalId: '', note: 'Sent from my phone' });
  });

  it('corrects an outcome only with a new outcome and a reason', async () => {
    const close = setUp({ jobTitle: 'Shopify storefront', current: 'VIEWED' });
    const fixture = TestBed.createComponent(OutcomeDialog);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain('Viewed');

    typeInto(byTestId(root, 'outcome-note'), '   ');
    byTestId(root, 'outcome-confirm')!.click();
    await fixture.whenStable();
    expect(close).not.toHaveBeenCalled();

    byTestId(root, 'outcome-select')!.click();
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll('mat-option')).map((o) =>
      o.textContent!.trim(),
    );
    expect(options).not.toContain('Viewed');
    byTestId(document, 'outcome-option-DECLINED')!.click();
    typeInto(byTestId(root, 'outcome-note'), ' The client chose another agency ');
    byTestId(root, 'outcome-confirm')!.click();
    expect(close).toHaveBeenCalledWith({
      outcome: 'DECLINED',
      note: 'The client chose another agency',
    });
  });
});
