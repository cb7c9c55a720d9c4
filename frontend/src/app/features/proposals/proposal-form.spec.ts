import { proposalDetail } from '../../../testing/proposals';
import { contentForm, editOf, formPath, milestoneForm, patchContent } from './proposal-form';
import { contentOf } from './proposal-session';

describe('proposal form', () => {
  const proposal = proposalDetail();

  it('shows a proposal and gives back the same content', () => {
    const form = contentForm();
    patchContent(form, proposal);
    expect(editOf(form, proposal.job, contentOf(proposal))).toEqual(contentOf(proposal));
  });

  it('answers every screening question of the job, in order', () => {
    const form = contentForm();
    patchContent(form, proposalDetail({ answers: [] }));
    expect(form.controls.answers.getRawValue()).toEqual([
      { position: 1, answer: '' },
      { position: 2, answer: '' },
    ]);
  });

  it('keeps the saved bid while the typed one is not valid, but saves the text', () => {
    const form = contentForm();
    patchContent(form, proposal);
    form.controls.bid.controls.amount.setValue('15oo');
    form.controls.coverLetter.setValue('New letter');
    const edit = editOf(form, proposal.job, contentOf(proposal));
    expect(edit.coverLetter).toBe('New letter');
    expect(edit.bid).toEqual(contentOf(proposal).bid);
  });

  it('refuses milestones that do not add up to the fixed price', () => {
    const form = contentForm();
    patchContent(form, proposal);
    form.controls.bid.controls.milestones.push(milestoneForm());
    form.controls.bid.controls.milestones
      .at(0)
      .patchValue({ description: 'All', amount: '1499.99' });
    expect(form.controls.bid.errors).toEqual({
      milestonesSum: { sum: '1499.99', total: '1500.00' },
    });
    form.controls.bid.controls.milestones.at(0).patchValue({ amount: '1500' });
    expect(form.controls.bid.errors).toBeNull();
  });

  it('sends no bid when none is typed, and Connects only when the member set them', () => {
    const form = contentForm();
    patchContent(form, proposalDetail({ bid: null }));
    expect(editOf(form, proposal.job, null).bid).toBeNull();
    form.controls.connects.setValue('16');
    expect(editOf(form, proposal.job, null).connects).toBe(16);
    form.controls.connects.setValue('600');
    expect(form.controls.connects.valid).toBe(false);
    expect(editOf(form, proposal.job, null).connects).toBeNull();
  });

  it('names the server’s fields as the form does', () => {
    expect(formPath('bid.amount.amount')).toBe('bid.amount');
    expect(formPath('bid')).toBe('bid.amount');
    expect(formPath('bid.milestones[1].amount.amount')).toBe('bid.milestones.1.amount');
    expect(formPath('answers[0]')).toBe('answers.0.answer');
    expect(formPath('answers[0].answer')).toBe('answers.0.answer');
    expect(formPath('coverLetter')).toBe('coverLetter');
  });
});
