import { TestBed } from '@angular/core/testing';
import { byTestId, provideTestEnvironment } from '../../../testing/providers';
import { proposalDetail } from '../../../testing/proposals';
import { ProposalContent } from './proposal-content';
import { ProposalDetail } from './proposals-api';

describe('ProposalContent', () => {
  async function render(proposal: ProposalDetail, own = false): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [ProposalContent],
      providers: provideTestEnvironment(),
    });
    const fixture = TestBed.createComponent(ProposalContent);
    fixture.componentRef.setInput('proposal', proposal);
    fixture.componentRef.setInput('own', own);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('shows the letter, the answers, the bid with its milestones, duration and Connects as text', async () => {
    const root = await render(
      proposalDetail({
        coverLetter: 'Dear <b>client</b>',
        bid: {
          type: 'FIXED',
          amount: { amount: '1500.00', currency: 'USD' },
          milestones: [
            {
              description: 'Design',
              dueDate: '2026-12-15',
              amount: { amount: '500.00', currency: 'USD' },
            },
            { description: 'Build', dueDate: null, amount: { amount: '1000.00', currency: 'USD' } },
          ],
        },
      }),
    );
    expect(byTestId(root, 'proposal-content-cover-letter')!.textContent).toContain(
      'Dear <b>client</b>',
    );
    expect(root.querySelector('b')).toBeNull();
    expect(byTestId(root, 'proposal-content-answer-1')!.textContent).toContain('A bank portal.');
    expect(byTestId(root, 'proposal-content-answer-2')!.textContent).toContain('Not answered');
    expect(byTestId(root, 'proposal-content-bid')!.textContent).toContain('US$1,500');
    expect(
      byTestId(root, 'proposal-content-connects')!.textContent!.replace(/\s+/g, ' '),
    ).toContain('12 (estimate)');
    const rows = byTestId(root, 'proposal-content-milestones')!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Design');
    expect(rows[0].textContent).toContain('US$500');
    expect(rows[1].textContent).toContain('—');
    expect(root.textContent).toContain('1 to 3 months');
  });

  it('shows an hourly bid per hour', async () => {
    const root = await render(
      proposalDetail({
        bid: { type: 'HOURLY', amount: { amount: '45.50', currency: 'USD' }, milestones: [] },
      }),
    );
    expect(byTestId(root, 'proposal-content-bid')!.textContent).toContain('US$45.50 per hour');
  });

  it('calls it the reader’s own proposal only when they wrote it', async () => {
    expect((await render(proposalDetail())).querySelector('h2')!.textContent).toContain(
      'The proposal',
    );
    TestBed.resetTestingModule();
    expect((await render(proposalDetail(), true)).querySelector('h2')!.textContent).toContain(
      'Your proposal',
    );
  });
});
