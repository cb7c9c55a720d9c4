import { FormControl } from '@angular/forms';
import { amountValidator, fromCents, parseAmount, sumAmounts, toCents } from './money';

describe('money', () => {
  it('reads amounts as people type them, with a point or a comma', () => {
    expect(parseAmount('1500')).toBe('1500.00');
    expect(parseAmount('1500.5')).toBe('1500.50');
    expect(parseAmount('1 500,75')).toBe('1500.75');
    expect(parseAmount(' 0042 ')).toBe('42.00');
  });

  it('refuses what is not an amount', () => {
    for (const typed of ['', 'abc', '1.234', '-5', '1,000.00', '12e3', null, undefined]) {
      expect(parseAmount(typed)).toBeNull();
    }
  });

  it('adds exactly where floating point would not', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['333.33', '333.33', '333.34'])).toBe('1000.00');
    expect(sumAmounts(['10', 'ten'])).toBeNull();
    expect(sumAmounts([])).toBe('0.00');
  });

  it('converts between amounts and cents', () => {
    expect(toCents('1500.5')).toBe(150050);
    expect(toCents('7')).toBe(700);
    expect(fromCents(150005)).toBe('1500.05');
  });

  it('accepts amounts above zero only', () => {
    expect(amountValidator(new FormControl('250,00'))).toBeNull();
    expect(amountValidator(new FormControl(''))).toBeNull();
    expect(amountValidator(new FormControl('0'))).toEqual({ amount: true });
    expect(amountValidator(new FormControl('lots'))).toEqual({ amount: true });
  });
});
