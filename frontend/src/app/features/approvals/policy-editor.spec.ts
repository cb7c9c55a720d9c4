import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpTestingController } from '@angular/common/http/testing';
import { DebugElement } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { By } from '@angular/platform-browser';
import { TranslocoService } from '@jsverse/transloco';
import en from '../../../i18n/en.json';
import uk from '../../../i18n/uk.json';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { AgencyRole } from '../../core/auth/session';
import { Member } from '../team/team-api';
import { ApprovalPolicy, ApprovalRule } from './approval-policy-api';
import { PolicyEditor } from './policy-editor';

const MEMBERS: Member[] = [
  member('u-1', 'Olena Koval', 'OWNER'),
  member('u-2', 'Mateo Fernández', 'MANAGER'),
  member('u-3', 'Priya Raman', 'FREELANCER'),
  member('u-4', 'Jonas Becker', 'VIEWER'),
];

const BIG_BIDS: ApprovalRule = {
  id: 'r-1',
  name: 'Big bids',
  enabled: true,
  kind: 'BID_AT_LEAST',
  minimumBid: { amount: '1500.00', currency: 'USD' },
  minimumConnects: null,
  firstProposals: null,
  categories: null,
  approvers: { roles: ['OWNER'], userIds: ['u-2'] },
  approvalsNeeded: 1,
};

const NEW_CLIENTS: ApprovalRule = {
  ...BIG_BIDS,
  id: 'r-2',
  name: 'New clients',
  kind: 'NEW_CLIENT',
  minimumBid: null,
  approvers: { roles: ['MANAGER'], userIds: [] },
};

const POLICY: ApprovalPolicy = {
  version: 4,
  updatedAt: '2026-11-20T10:15:00Z',
  rules: [BIG_BIDS, NEW_CLIENTS],
};

function keys(node: object, prefix = ''): string[] {
  return Object.entries(node)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keys(value as object, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    )
    .sort();
}

function member(userId: string, displayName: string, role: AgencyRole): Member {
  return {
    userId,
    displayName,
    email: `${userId}@acme.test`,
    role,
    joinedAt: '2026-01-01T00:00:00Z',
    mfaEnabled: false,
  };
}

describe('PolicyEditor', () => {
  let fixture: ComponentFixture<PolicyEditor>;
  let http: HttpTestingController;

  async function open(
    role: AgencyRole,
    policy: ApprovalPolicy = POLICY,
    language = 'en',
  ): Promise<void> {
    TestBed.configureTestingModule({
      imports: [PolicyEditor],
      providers: provideTestEnvironment(),
    });
    TestBed.inject(TranslocoService).setActiveLang(language);
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role }));
    fixture = TestBed.createComponent(PolicyEditor);
    fixture.detectChanges();
    http
      .expectOne({ method: 'GET', url: '/api/approval-policy' })
      .flush(policy, { headers: { ETag: `"${policy.version}"` } });
    http
      .expectOne({ method: 'GET', url: '/api/agency/members' })
      .flush({ items: MEMBERS, page: 0, size: MEMBERS.length, totalItems: MEMBERS.length });
    await settle();
  }

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  function el<T extends HTMLElement = HTMLElement>(testId: string): T | null {
    return byTestId<T>(fixture.nativeElement, testId);
  }

  async function click(testId: string): Promise<void> {
    const target = el(testId) ?? byTestId(document.body, testId);
    if (!target) {
      throw new Error(`No element ${testId}`);
    }
    target.click();
    await settle();
  }

  function titles(): string[] {
    return Array.from(fixture.nativeElement.querySelectorAll('[data-testid^="rule-title-"]')).map(
      (h) => ((h as HTMLElement).textContent ?? '').replace(/Rule \d+:/, '').trim(),
    );
  }

  function savedRules(): ApprovalRule[] {
    const request = http.expectOne({ method: 'PUT', url: '/api/approval-policy' });
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    return (request.request.body as { rules: ApprovalRule[] }).rules;
  }

  afterEach(() => http.verify());

  it('lists the rules in order with what they look at and who approves', async () => {
    await open('OWNER');

    expect(titles()).toEqual(['Big bids', 'New clients']);
    const first = el('rule-0')!.textContent ?? '';
    expect(first).toContain('Bid of');
    expect(first).toContain('1,500.00');
    expect(first).toContain('Owner');
    expect(first).toContain('Mateo Fernández');
    expect(el('rule-1')!.textContent).toContain('A client the agency has not worked with');
  });

  it('is read-only for managers, who can still try the saved policy', async () => {
    await open('MANAGER');

    expect(el('policy-read-only')).not.toBeNull();
    expect(el('policy-save')).toBeNull();
    expect(el('rule-add')).toBeNull();
    expect(el('rule-delete-0')).toBeNull();
    expect(el('rule-move-down-0')).toBeNull();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);

    await click('preview-check');
    const evaluation = http.expectOne({ method: 'POST', url: '/api/approval-policy/evaluate' });
    expect(evaluation.request.body.rules).toBeUndefined();
    evaluation.flush({
      requiresApproval: true,
      ruleId: 'r-2',
      rulePosition: 2,
      ruleName: 'New clients',
      approvalsNeeded: 1,
      reason: 'Rule 2 “New clients” applies: the agency has not worked with this client before.',
    });
    await settle();
    expect(el('preview-result')!.textContent).toContain('Rule 2 “New clients” applies');
  });

  it('moves rules with the keyboard-reachable buttons and announces the new place', async () => {
    await open('OWNER');
    const announce = vi.spyOn(TestBed.inject(LiveAnnouncer), 'announce');

    expect(el<HTMLButtonElement>('rule-move-up-0')!.disabled).toBe(true);
    expect(el<HTMLButtonElement>('rule-move-down-1')!.disabled).toBe(true);
    await click('rule-move-down-0');

    expect(titles()).toEqual(['New clients', 'Big bids']);
    expect(announce).toHaveBeenCalledWith('“Big bids” is now rule 2 of 2.', 'polite');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);

    await click('policy-save');
    expect(savedRules().map((r) => r.id)).toEqual(['r-2', 'r-1']);
  });

  it('reorders rules dropped by drag and drop', async () => {
    await open('OWNER');
    const list: DebugElement = fixture.debugElement.query(By.css('[data-testid="rules"]'));

    list.triggerEventHandler('cdkDropListDropped', { previousIndex: 1, currentIndex: 0 });
    await settle();

    expect(titles()).toEqual(['New clients', 'Big bids']);
  });

  it('adds a rule with the fields of its kind and saves it', async () => {
    await open('OWNER');

    await click('rule-add');
    typeInto(el('rule-name-2'), 'Design jobs');
    fixture.componentInstance['rules']()[2].controls.kind.setValue('CATEGORIES');
    await settle();
    expect(el('rule-bid-2')).toBeNull();
    const input = el<HTMLInputElement>('rule-category-input-2')!;
    input.value = 'Design & Creative';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 }));
    await settle();
    await click('policy-save');

    const added = savedRules()[2];
    expect(added).toEqual(
      expect.objectContaining({
        id: null,
        name: 'Design jobs',
        kind: 'CATEGORIES',
        categories: ['Design & Creative'],
        minimumBid: null,
        approvers: { roles: ['OWNER', 'MANAGER'], userIds: [] },
        approvalsNeeded: 1,
      }),
    );
  });

  it('chooses approvers by role and leaves the box as the user set it', async () => {
    await open('OWNER');
    await click('rule-edit-1');
    const manager = el('rule-role-MANAGER-1')!.querySelector('input')!;
    const freelancer = el('rule-role-FREELANCER-1')!.querySelector('input')!;

    manager.click();
    freelancer.click();
    await settle();

    expect(manager.checked).toBe(false);
    expect(freelancer.checked).toBe(true);
    expect(el('rule-summary-1')!.textContent).toContain('Freelancer');
    expect(el('rule-summary-1')!.textContent).not.toContain('Manager');
    freelancer.click();
    await settle();
    expect(el('rule-approvers-error-1')!.textContent).toContain(
      'Choose at least one role or person',
    );
    await click('policy-save');
    http.expectNone({ method: 'PUT', url: '/api/approval-policy' });
  });

  it('does not send a rule without a name and shows why inline', async () => {
    await open('OWNER');

    await click('rule-add');
    await click('policy-save');

    http.expectNone({ method: 'PUT', url: '/api/approval-policy' });
    expect(el('policy-save-error')!.textContent).toContain('Some rules need attention');
    expect(el('rule-2')!.textContent).toContain('This field is required.');
  });

  it('deletes a rule only after a confirmation that names it', async () => {
    await open('OWNER');
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const answer = async (testId: string) => {
      const dialog = await dialogs.getHarness(MatDialogHarness);
      expect(await dialog.getText()).toContain('The rule “Big bids” will be removed');
      await (
        await dialog.getHarness(MatButtonHarness.with({ selector: `[data-testid="${testId}"]` }))
      ).click();
      await settle();
    };

    await click('rule-delete-0');
    await answer('confirm-dialog-cancel');
    expect(titles()).toEqual(['Big bids', 'New clients']);

    await click('rule-delete-0');
    await answer('confirm-dialog-confirm');
    expect(titles()).toEqual(['New clients']);
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
  });

  it('shows the server validation errors at the fields of the rules they concern', async () => {
    await open('OWNER');
    await click('rule-move-down-0');

    await click('policy-save');
    const { body, options } = problem(400, 'validation', {
      detail: 'Some rules are incomplete or invalid.',
      errors: [
        { field: 'rules[1].minimumBid.amount', message: 'At most 2 decimals in USD.' },
        { field: 'rules[1].approvers.userIds[0]', message: 'Not a member of this agency.' },
      ],
    });
    http.expectOne({ method: 'PUT', url: '/api/approval-policy' }).flush(body, options);
    await settle();

    const rule = el('rule-1')!;
    expect(rule.textContent).toContain('At most 2 decimals in USD.');
    expect(rule.textContent).toContain('Not a member of this agency.');
    expect(el('rule-bid-1')).not.toBeNull();
    expect(el('policy-save-error')!.textContent).toContain('Some rules need attention');
  });

  it('tells the owner someone else changed the policy and reloads on request', async () => {
    await open('OWNER');
    await click('rule-move-down-0');

    await click('policy-save');
    const { body, options } = problem(412, 'stale-version', { detail: 'Stale' });
    http.expectOne({ method: 'PUT', url: '/api/approval-policy' }).flush(body, options);
    await settle();

    expect(el('policy-stale')!.textContent).toContain('Someone else changed the approval policy');
    expect(el<HTMLButtonElement>('policy-save')!.disabled).toBe(true);

    await click('policy-reload');
    http
      .expectOne({ method: 'GET', url: '/api/approval-policy' })
      .flush({ ...POLICY, version: 5, rules: [NEW_CLIENTS] }, { headers: { ETag: '"5"' } });
    await settle();

    expect(el('policy-stale')).toBeNull();
    expect(titles()).toEqual(['New clients']);
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('saves with If-Match, then continues from the new version', async () => {
    await open('OWNER');
    el('rule-enabled-1')!.querySelector('button')!.click();
    await settle();

    await click('policy-save');
    const request = http.expectOne({ method: 'PUT', url: '/api/approval-policy' });
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    expect((request.request.body as { rules: ApprovalRule[] }).rules[1].enabled).toBe(false);
    request.flush(
      { ...POLICY, version: 5, rules: [BIG_BIDS, { ...NEW_CLIENTS, enabled: false }] },
      { headers: { ETag: '"5"' } },
    );
    await settle();

    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
    expect(el('rule-1')!.textContent).toContain('Off');
    expect(document.body.textContent).toContain('Approval policy saved.');

    await click('rule-move-down-0');
    await click('policy-save');
    expect(http.expectOne('/api/approval-policy').request.headers.get('If-Match')).toBe('"5"');
  });

  it('previews the unsaved rules and marks the rule the server refuses', async () => {
    await open('OWNER');
    await click('rule-edit-0');
    typeInto(el('rule-bid-0'), '2000');
    typeInto(el('preview-bid'), '2500');
    await settle();

    await click('preview-check');
    const evaluation = http.expectOne({ method: 'POST', url: '/api/approval-policy/evaluate' });
    expect(evaluation.request.body.bid).toEqual({ amount: '2500', currency: 'USD' });
    expect(evaluation.request.body.rules[0].minimumBid).toEqual({
      amount: '2000',
      currency: 'USD',
    });
    const { body, options } = problem(400, 'validation', {
      errors: [
        { field: 'rules[0].approvalsNeeded', message: 'Only 1 current member can approve.' },
      ],
    });
    evaluation.flush(body, options);
    await settle();

    expect(el('preview-error')!.textContent).toContain('The rules have mistakes');
    expect(el('rule-0')!.textContent).toContain('Only 1 current member can approve.');
  });

  it('explains an empty policy and offers the first rule', async () => {
    await open('OWNER', { version: 2, updatedAt: '2026-11-20T10:15:00Z', rules: [] });

    expect(el('policy-empty')!.textContent).toContain('every proposal is approved automatically');
    await click('rule-add-first');
    expect(el('rule-name-0')).not.toBeNull();
  });

  it('renders rule names as text, never as HTML', async () => {
    await open('MANAGER', {
      ...POLICY,
      rules: [{ ...BIG_BIDS, name: '<img src=x onerror=alert(1)>' }],
    });

    expect(el('rule-title-0')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(el('rule-title-0')!.querySelector('img')).toBeNull();
  });

  it('works in Ukrainian', async () => {
    await open('OWNER', POLICY, 'uk');

    expect(fixture.nativeElement.textContent).toContain('Політика схвалення');
    expect(el('rule-1')!.textContent).toContain('Клієнт, з яким агенція ще не працювала');
    expect(el('rule-0')!.textContent).toContain('Власник');
  });

  it('has every text of the page in both languages', () => {
    expect(keys(uk.approvals)).toEqual(keys(en.approvals));
  });
});
