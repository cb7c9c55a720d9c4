import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { Router } from '@angular/router';
import {
  Blank,
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { MfaSetup, groupSecret } from './mfa-setup';

const CODES = Array.from({ length: 10 }, (_, i) => `code-${i}`);

describe('MfaSetup', () => {
  let fixture: ComponentFixture<MfaSetup>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MfaSetup],
      providers: provideTestEnvironment([{ path: 'security', component: Blank }]),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ mfaEnrollmentRequired: true }));
    fixture = TestBed.createComponent(MfaSetup);
    fixture.detectChanges();
    http.expectOne({ method: 'POST', url: '/api/me/mfa/totp' }).flush({
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
      otpauthUri: 'otpauth://totp/Crewbid:olena@acme.test?secret=JBSWY3DPEHPK3PXPJBSWY3DP',
      qrPngDataUri: 'data:image/png;base64,iVBORw0KGgo=',
    });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const el = <T extends HTMLElement>(testId: string) =>
    byTestId<T>(fixture.nativeElement, testId) as T;

  async function confirmWith(code: string) {
    typeInto(el('mfa-setup-code'), code);
    el<HTMLButtonElement>('mfa-setup-confirm').click();
    await fixture.whenStable();
    return http.expectOne({ method: 'POST', url: '/api/me/mfa/totp/confirm' });
  }

  it('groups the manual key in fours', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
  });

  it('shows the QR code with a text alternative and the key to type by hand', () => {
    const qr = el<HTMLImageElement>('mfa-qr');
    expect(qr.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(qr.getAttribute('alt')).toContain('QR code');
    expect(el('mfa-secret').textContent?.trim()).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
  });

  it('shows the backup codes once, keeps them until saved, then goes to the security page', async () => {
    const confirm = await confirmWith('123456');
    expect(confirm.request.body).toEqual({ code: '123456' });
    confirm.flush({ backupCodes: CODES });
    await fixture.whenStable();

    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(document.querySelectorAll('[data-testid="backup-code"]').length).toBe(10);
    const done = document.querySelector<HTMLButtonElement>('[data-testid="backup-codes-done"]')!;
    expect(done.disabled).toBe(true);

    await dialog.close(); // Esc: refused
    expect((await loader.getAllHarnesses(MatDialogHarness)).length).toBe(1);

    document.querySelector<HTMLInputElement>('[data-testid="backup-codes-saved"] input')!.click();
    await fixture.whenStable();
    expect(done.disabled).toBe(false);
    done.click();
    await fixture.whenStable();

    http
      .expectOne({ method: 'GET', url: '/api/auth/session' })
      .flush(sessionInfo({ mfaEnabled: true }));
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/security');
  });

  it('says so when the first code is wrong', async () => {
    const { body, options } = problem(400, 'invalid-mfa-code');
    (await confirmWith('000000')).flush(body, options);
    await fixture.whenStable();

    expect(el('mfa-setup-error').textContent).toContain('That code is not valid');
    expect(document.querySelector('[data-testid="backup-codes"]')).toBeNull();
  });
});
