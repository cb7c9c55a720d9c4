import { TestBed } from '@angular/core/testing';
import { byTestId, provideTestEnvironment } from '../../../testing/providers';
import { MANAGER, pendingForApprover } from '../../../testing/proposals';
import { ApprovalSummary } from './approval-summary';
import { Approval } from './proposals-api';

describe('ApprovalSummary', () => {
  async function render(approval: Approval): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [ApprovalSummary],
      providers: provideTestEnvironment(),
    });
    const fixture = TestBed.createComponent(ApprovalSummary);
    fixture.componentRef.setInput('approval', approval);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  const pending = pendingForApprover().approval!;

  it('shows the rule that applies, why, the approvals needed and given, and who may give them', async () => {
    const root = await render({
      ...pending,
      round: 2,
      approvalsNeeded: 2,
      approvalsGiven: 1,
      approvers: { roles: ['OWNER', 'MANAGER'], people: [{ id: 'u-7', name: 'Kenji Watanabe' }] },
      decisions: [
        {
          round: 1,
          approver: MANAGER,
          decision: 'REQUEST_CHANGES',
          comment: 'x',
          decidedAt: '2026-11-23T12:00:00Z',
        },
        {
          round: 2,
          approver: MANAGER,
          decision: 'APPROVE',
          comment: null,
          decidedAt: '2026-11-23T14:00:00Z',
        },
      ],
    });
    expect(byTestId(root, 'approval-rule')!.textContent).toContain(
      'Rule 1 “Every proposal” applies: it applies to every proposal.',
    );
    expect(byTestId(root, 'approval-count')!.textContent).toContain('1 of 2 approvals (round 2)');
    expect(byTestId(root, 'approval-approvers')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'Who may approve: Owner, Manager, Kenji Watanabe',
    );
    const decisions = byTestId(root, 'approval-decisions')!.querySelectorAll('li');
    expect(decisions).toHaveLength(1);
    expect(decisions[0].textContent).toContain('Mateo Fernández approved');
  });

  it('says when no rule applied and it was approved automatically', async () => {
    const root = await render({
      ...pending,
      state: 'APPROVED',
      autoApproved: true,
      rule: null,
      reason: 'No enabled rule of the approval policy applies, so it is approved automatically.',
    });
    expect(byTestId(root, 'approval-auto')!.textContent).toContain('Approved automatically');
    expect(byTestId(root, 'approval-count')).toBeNull();
  });
});
