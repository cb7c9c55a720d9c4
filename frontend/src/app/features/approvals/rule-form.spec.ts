import { Problem } from '../../core/http/problem-details';
import { ApprovalRule } from './approval-policy-api';
import { applyRuleErrors, moveRule, newRule, policyForm, policyValue, ruleForm } from './rule-form';

function rule(name: string, overrides: Partial<ApprovalRule> = {}): ApprovalRule {
  return { ...newRule('USD'), id: `id-${name}`, name, ...overrides };
}

function problem(errors: { field: string; message: string }[]): Problem {
  return {
    type: 'https://crewbid.io/problems/validation',
    title: 'Invalid request',
    status: 400,
    detail: 'Some rules are incomplete or invalid.',
    errors,
    retryAfterSeconds: null,
  };
}

describe('rule forms', () => {
  it('sends only the parameter of the chosen kind', () => {
    const form = ruleForm(
      rule('Big bids', {
        kind: 'BID_AT_LEAST',
        minimumBid: { amount: ' 1500.50 ', currency: 'EUR' },
        minimumConnects: 12,
        categories: ['Design'],
      }),
      'USD',
    );

    const value = policyValue(policyForm([], 'USD'));
    expect(value).toEqual([]);
    const rules = policyValue({ controls: { rules: { controls: [form] } } } as never);
    expect(rules[0]).toEqual({
      id: 'id-Big bids',
      name: 'Big bids',
      enabled: true,
      kind: 'BID_AT_LEAST',
      minimumBid: { amount: '1500.50', currency: 'EUR' },
      minimumConnects: null,
      firstProposals: null,
      categories: null,
      approvers: { roles: ['OWNER', 'MANAGER'], userIds: [] },
      approvalsNeeded: 1,
    });
  });

  it('checks the parameters of the current kind only, also after the kind changes', () => {
    const form = ruleForm(rule('Connects', { kind: 'CONNECTS_AT_LEAST' }), 'USD');
    expect(form.controls.minimumConnects.hasError('required')).toBe(true);
    expect(form.controls.minimumBid.controls.amount.valid).toBe(true);

    form.controls.kind.setValue('BID_AT_LEAST');
    expect(form.controls.minimumConnects.valid).toBe(true);
    expect(form.controls.minimumBid.controls.amount.hasError('required')).toBe(true);

    form.controls.minimumBid.controls.amount.setValue('12.345');
    expect(form.controls.minimumBid.controls.amount.hasError('amount')).toBe(true);
    form.controls.minimumBid.controls.amount.setValue('0');
    expect(form.controls.minimumBid.controls.amount.hasError('amount')).toBe(true);
    form.controls.minimumBid.controls.amount.setValue('12.34');
    expect(form.valid).toBe(true);
  });

  it('needs a name, a role or person, and at least one approval', () => {
    const form = ruleForm(rule('  ', { approvers: { roles: [], userIds: [] } }), 'USD');
    form.controls.approvalsNeeded.setValue(0);

    expect(form.controls.name.hasError('required')).toBe(true);
    expect(form.controls.approvers.hasError('approversRequired')).toBe(true);
    expect(form.controls.approvalsNeeded.hasError('min')).toBe(true);
  });

  it('moves rules and counts the move as an edit', () => {
    const form = policyForm([rule('A'), rule('B'), rule('C')], 'USD');

    moveRule(form, 2, 0);
    expect(policyValue(form).map((r) => r.name)).toEqual(['C', 'A', 'B']);
    expect(form.dirty).toBe(true);

    moveRule(form, 0, -1);
    moveRule(form, 2, 3);
    expect(policyValue(form).map((r) => r.name)).toEqual(['C', 'A', 'B']);
  });

  it('puts server errors on the closest field and names the rules they belong to', () => {
    const form = policyForm(
      [
        rule('A'),
        rule('B', { kind: 'BID_AT_LEAST', minimumBid: { amount: '5', currency: 'USD' } }),
      ],
      'USD',
    );

    const { rules, unmatched } = applyRuleErrors(
      form,
      problem([
        { field: 'rules[1].minimumBid.amount', message: 'Too small.' },
        { field: 'rules[0].approvers.userIds[1]', message: 'Not a member.' },
        { field: 'rules[0].categories[2]', message: 'Listed twice.' },
        { field: 'rules', message: 'At most 50 rules.' },
      ]),
    );

    const [a, b] = form.controls.rules.controls;
    expect(b.controls.minimumBid.controls.amount.errors?.['server']).toBe('Too small.');
    expect(a.controls.approvers.controls.userIds.errors?.['server']).toBe('Not a member.');
    expect(a.controls.categories.errors?.['server']).toBe('Listed twice.');
    expect([...rules].sort()).toEqual([0, 1]);
    expect(unmatched).toEqual([{ field: 'rules', message: 'At most 50 rules.' }]);
  });
});
