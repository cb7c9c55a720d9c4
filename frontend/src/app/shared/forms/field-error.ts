import { Component, input } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The message for a control's first error, for use inside `<mat-error>`. Server messages (from
 * problem details) win over client ones and are shown as plain text; a validator of its own may
 * name the translation of its message as `{ messageKey: 'some.key' }`.
 *
 * Deliberately not OnPush: control errors are not signals, so it re-reads them with its parent.
 */
@Component({
  selector: 'cb-field-error',
  imports: [TranslocoPipe],
  template: `
    @let errors = control().errors;
    @if (errors) {
      @if (errors['server']) {
        {{ errors['server'] }}
      } @else if (errors['messageKey']) {
        {{ errors['messageKey'] | transloco }}
      } @else if (errors['required']) {
        {{ 'validation.required' | transloco }}
      } @else if (errors['email']) {
        {{ 'validation.email' | transloco }}
      } @else if (errors['maxlength']) {
        {{ 'validation.maxLength' | transloco: { max: errors['maxlength'].requiredLength } }}
      } @else if (errors['minlength']) {
        {{ 'validation.minLength' | transloco: { min: errors['minlength'].requiredLength } }}
      } @else if (errors['httpsUrl']) {
        {{ 'validation.httpsUrl' | transloco }}
      } @else if (errors['url']) {
        {{ 'validation.url' | transloco }}
      } @else if (errors['timezone']) {
        {{ 'validation.timezone' | transloco }}
      } @else if (errors['slug']) {
        {{ 'validation.slug' | transloco }}
      } @else if (errors['mismatch']) {
        {{ 'validation.mismatch' | transloco }}
      } @else if (errors['min']) {
        {{ 'validation.min' | transloco: { min: errors['min'].min } }}
      } @else if (errors['max']) {
        {{ 'validation.max' | transloco: { max: errors['max'].max } }}
      } @else if (errors['amount']) {
        {{ 'validation.amount' | transloco }}
      } @else if (errors['pattern']) {
        {{ 'validation.pattern' | transloco }}
      } @else {
        {{ 'validation.invalid' | transloco }}
      }
    }
  `,
})
export class FieldError {
  readonly control = input.required<AbstractControl>();
}
