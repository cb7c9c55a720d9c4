import { FormControl, FormGroup } from '@angular/forms';
import { containsPersonalData, samePasswordValidator } from './password';

describe('password rules', () => {
  it('flags a password containing any word or number of the e-mail or name', () => {
    expect(containsPersonalData('Lantern-93621195', ['freelancer-93621195@example.test'])).toBe(
      true,
    );
    expect(containsPersonalData('my-olena-pass', ['Olena Koval'])).toBe(true);
    expect(containsPersonalData('violet harbour lantern', ['taras@acme.test', 'Taras'])).toBe(
      false,
    );
  });

  it('reports a repeated password that differs on the repeat field only', () => {
    const form = new FormGroup(
      { password: new FormControl('one long password'), repeat: new FormControl('another') },
      { validators: samePasswordValidator('password', 'repeat') },
    );
    expect(form.get('repeat')?.errors).toEqual({ mismatch: true });

    form.get('repeat')?.setValue('one long password');
    expect(form.get('repeat')?.errors).toBeNull();
  });
});
