import { insertAt, variableTag } from './text-insertion';

describe('insertAt', () => {
  it('puts the text at the caret and moves the caret after it', () => {
    expect(insertAt('Hi ,', 3, 3, '{{client_name}}')).toEqual({
      value: 'Hi {{client_name}},',
      caret: 18,
    });
  });

  it('replaces the selection', () => {
    expect(insertAt('Hi NAME!', 3, 7, 'there')).toEqual({ value: 'Hi there!', caret: 8 });
  });

  it('appends when the field never had a caret', () => {
    expect(insertAt('Thanks', null, null, ' {{member_name}}')).toEqual({
      value: 'Thanks {{member_name}}',
      caret: 22,
    });
  });

  it('clamps positions outside the text', () => {
    expect(insertAt('ab', 10, 20, 'c')).toEqual({ value: 'abc', caret: 3 });
    expect(insertAt('ab', -3, 1, 'c')).toEqual({ value: 'cb', caret: 1 });
  });
});

describe('variableTag', () => {
  it('wraps the key in double braces', () => {
    expect(variableTag('job_title')).toBe('{{job_title}}');
  });
});
