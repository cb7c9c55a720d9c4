import { TestBed } from '@angular/core/testing';
import { provideTestEnvironment } from '../../../testing/providers';
import { AUTHOR, MANAGER } from '../../../testing/proposals';
import { ProposalHistory } from './proposal-history';
import { HistoryEntry } from './proposals-api';

describe('ProposalHistory', () => {
  it('tells who did what and when, oldest first, with the states and notes as text', async () => {
    const history: HistoryEntry[] = [
      {
        id: 'h-1',
        at: '2026-11-23T10:00:00Z',
        actor: AUTHOR,
        source: 'PERSON',
        action: 'submitted',
        from: 'DRAFT',
        to: 'PENDING_APPROVAL',
        note: null,
      },
      {
        id: 'h-2',
        at: '2026-11-23T11:00:00Z',
        actor: MANAGER,
        source: 'APPROVAL',
        action: 'changes-requested',
        from: 'PENDING_APPROVAL',
        to: 'CHANGES_REQUESTED',
        note: 'Add <em>examples</em>',
      },
      {
        id: 'h-3',
        at: '2026-11-24T11:00:00Z',
        actor: null,
        source: 'SYNC',
        action: 'outcome-synced',
        from: 'SENT',
        to: 'REPLIED',
        note: null,
      },
      {
        id: 'h-4',
        at: '2026-11-24T12:00:00Z',
        actor: null,
        source: 'SYSTEM',
        action: 'something-new',
        from: null,
        to: 'REPLIED',
        note: null,
      },
    ];
    TestBed.configureTestingModule({
      imports: [ProposalHistory],
      providers: provideTestEnvironment(),
    });
    const fixture = TestBed.createComponent(ProposalHistory);
    fixture.componentRef.setInput('history', history);
    await fixture.whenStable();

    const entries = Array.from(
      fixture.nativeElement.querySelectorAll(
        '[data-testid="history-entry"]',
      ) as NodeListOf<HTMLElement>,
    ).map((e) => e.textContent!.replace(/\s+/g, ' '));
    expect(entries[0]).toContain(
      'Olena Koval submitted it for approval (Draft → Waiting for approval)',
    );
    expect(entries[1]).toContain('Mateo Fernández asked for changes');
    expect(entries[1]).toContain('Add <em>examples</em>');
    expect(fixture.nativeElement.querySelector('em')).toBeNull();
    expect(entries[2]).toContain('Upwork reported a new outcome (Sent → Replied)');
    expect(entries[3]).toContain('Crewbid changed it');
  });
});
