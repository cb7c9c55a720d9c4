import { TestBed } from '@angular/core/testing';
import { provideTestEnvironment } from '../../../testing/providers';
import { ProposalStateChip, stateIcon } from './proposal-state';
import { PROPOSAL_STATES } from './proposals-api';

describe('ProposalStateChip', () => {
  it('says the state in words beside an icon, never by colour alone', async () => {
    TestBed.configureTestingModule({
      imports: [ProposalStateChip],
      providers: provideTestEnvironment(),
    });
    const fixture = TestBed.createComponent(ProposalStateChip);
    fixture.componentRef.setInput('state', 'CHANGES_REQUESTED');
    await fixture.whenStable();

    const chip = fixture.nativeElement.querySelector('[data-state]');
    expect(chip.textContent).toContain('Changes requested');
    expect(chip.querySelector('mat-icon').getAttribute('aria-hidden')).toBe('true');
    expect(chip.querySelector('mat-icon').textContent).toContain('rate_review');
  });

  it('has an icon of its own for every state', () => {
    const icons = PROPOSAL_STATES.map(stateIcon);
    expect(new Set(icons).size).toBe(PROPOSAL_STATES.length);
    expect(icons).not.toContain('help_outline');
  });
});
