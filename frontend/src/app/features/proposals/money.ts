import { AbstractControl, ValidationErrors } from '@angular/forms';

/**
 * Amounts as typed: digits with at most two decimals, the decimal mark a point or a comma (as in
 * Ukrainian), spaces between thousands allowed.
 */
const TYPED_AMOUNT = /^\d{1,9}([.,]\d{1,2})?$/;

/** A typed amount as the API writes it (`"1500.50"`), or null when it is not one. */
export function parseAmount(typed: string | null | undefined): string | null {
  const compact = (typed ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (!TYPED_AMOUNT.test(compact)) {
    return null;
  }
  const [whole, fraction = ''] = compact.replace(',', '.').split('.');
  return `${String(Number(whole))}.${fraction.padEnd(2, '0')}`;
}

/** An API amount (`"1500.5"`, `"1500.50"`) in cents; exact, unlike floating point. */
export function toCents(amount: string): number {
  const [whole, fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** Cents as an API amount (`150050` → `"1500.50"`). */
export function fromCents(cents: number): string {
  const whole = Math.floor(cents / 100);
  return `${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** Adds typed amounts; null when any of them is not an amount. */
export function sumAmounts(typed: readonly string[]): string | null {
  let cents = 0;
  for (const value of typed) {
    const amount = parseAmount(value);
    if (amount === null) {
      return null;
    }
    cents += toCents(amount);
  }
  return fromCents(cents);
}

/** An amount above zero (empty passes: `required` says that). */
export function amountValidator(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  if (value === '') {
    return null;
  }
  const amount = parseAmount(value);
  return amount !== null && toCents(amount) > 0 ? null : { amount: true };
}
