package com.crewbid.identity.internal;

import com.crewbid.identity.mfa.BackupCodes;
import com.crewbid.identity.mfa.OtpAuthUri;
import com.crewbid.identity.mfa.QrCodes;
import com.crewbid.identity.mfa.Totp;
import com.crewbid.secrets.SealedSecretsOwner;
import com.crewbid.secrets.SecretSealer;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor authentication with TOTP (RFC 6238) and ten single-use backup codes. The TOTP secret
 * is sealed with Tink, bound to its owner; a code is accepted once (its time step is remembered).
 * Turning MFA off, or making new backup codes, needs the password or a current code again.
 */
@Service
public class Mfa implements SealedSecretsOwner {

  /**
   * MFA as the person's security page shows it. {@code enabled} is about the authenticator app (as
   * before SMS existed); {@code smsPhone} is masked, and null when SMS codes are off.
   */
  public record Status(
      boolean enabled,
      Instant confirmedAt,
      int backupCodesRemaining,
      boolean smsEnabled,
      String smsPhone) {

    Status withSms(String maskedPhone) {
      return new Status(
          enabled, confirmedAt, backupCodesRemaining, maskedPhone != null, maskedPhone);
    }
  }

  /** Which second factor a person used. */
  public enum Factor {
    TOTP,
    BACKUP_CODE,
    SMS
  }

  /** What an authenticator app needs to start. */
  public record Enrolment(String secret, String otpauthUri, String qrPngDataUri) {}

  private final MfaCredentialRecords credentials;
  private final UserRecords users;
  private final SecretSealer sealer;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final FailedProofs failedProofs;
  private final Totp totp = new Totp();
  private final BackupCodes backupCodes = new BackupCodes();

  Mfa(
      MfaCredentialRecords credentials,
      UserRecords users,
      SecretSealer sealer,
      PasswordEncoder passwords,
      Clock clock,
      FailedProofs failedProofs) {
    this.credentials = credentials;
    this.users = users;
    this.sealer = sealer;
    this.passwords = passwords;
    this.clock = clock;
    this.failedProofs = failedProofs;
  }

  @Transactional(readOnly = true)
  public Status status(UserId user) {
    return credentials
        .findById(user.value())
        .filter(MfaCredentialRecord::enabled)
        .map(c -> new Status(true, c.confirmedAt(), c.backupCodeHashes().size(), false, null))
        .orElse(new Status(false, null, 0, false, null));
  }

  @Transactional
  public Enrolment start(UserId user) {
    MfaCredentialRecord existing = credentials.findById(user.value()).orElse(null);
    if (existing != null && existing.enabled()) {
      throw ProblemException.conflict(
          "Two-factor authentication is already on. Turn it off first to change the app.");
    }
    String secret = totp.newSecret();
    String sealed = sealer.sealText(secret, associatedData(user));
    if (existing == null) {
      credentials.save(MfaCredentialRecord.pending(user.value(), sealed));
    } else {
      existing.restart(sealed);
    }
    String email = users.findById(user.value()).orElseThrow().email();
    String uri = OtpAuthUri.of(email, secret, totp);
    return new Enrolment(secret, uri, QrCodes.pngDataUri(uri));
  }

  /** Confirms enrolment with a first code; returns the backup codes, shown this once. */
  @Transactional
  public List<String> confirm(UserId user, String code) {
    MfaCredentialRecord credential =
        credentials
            .findById(user.value())
            .filter(c -> !c.enabled())
            .orElseThrow(
                () ->
                    ProblemException.conflict("Start setting up two-factor authentication first."));
    OptionalLong step =
        totp.verify(
            sealer.openText(credential.sealedSecret(), associatedData(user)),
            code,
            clock.instant(),
            Totp.NEVER_USED);
    if (step.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          "That code is not right. Check the time on your phone and enter the newest code.",
          List.of(new ProblemException.FieldProblem("code", "not the current code")));
    }
    BackupCodes.Generated generated = backupCodes.generate();
    credential.confirm(step.getAsLong(), generated.hashes());
    return generated.codes();
  }

  /**
   * Checks a second factor at sign-in: a current TOTP code (each accepted once) or an unused backup
   * code (then used up).
   */
  @Transactional
  public Optional<Factor> verify(UserId user, String code, String backupCode) {
    MfaCredentialRecord credential =
        credentials.findById(user.value()).filter(MfaCredentialRecord::enabled).orElse(null);
    if (credential == null) {
      return Optional.empty();
    }
    if (code != null && !code.isBlank()) {
      OptionalLong step =
          totp.verify(
              sealer.openText(credential.sealedSecret(), associatedData(user)),
              code,
              clock.instant(),
              credential.lastUsedStep());
      step.ifPresent(credential::usedStep);
      return step.isPresent() ? Optional.of(Factor.TOTP) : Optional.empty();
    }
    if (backupCode != null && !backupCode.isBlank()) {
      OptionalInt index = backupCodes.match(backupCode, credential.backupCodeHashes());
      index.ifPresent(credential::useBackupCode);
      return index.isPresent() ? Optional.of(Factor.BACKUP_CODE) : Optional.empty();
    }
    return Optional.empty();
  }

  @Transactional
  public List<String> regenerateBackupCodes(UserId user, String password, String code) {
    reauthenticate(user, password, code);
    MfaCredentialRecord credential =
        credentials
            .findById(user.value())
            .filter(MfaCredentialRecord::enabled)
            .orElseThrow(() -> ProblemException.conflict("Two-factor authentication is off."));
    BackupCodes.Generated generated = backupCodes.generate();
    credential.replaceBackupCodes(generated.hashes());
    return generated.codes();
  }

  @Transactional
  public void disable(UserId user, boolean mandatory, String password, String code) {
    if (mandatory) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Two-factor authentication is required for your account and cannot be turned off.");
    }
    reauthenticate(user, password, code);
    credentials.deleteById(user.value());
  }

  /**
   * Asks again who it is before a sensitive change: the password for accounts that have one, a
   * current TOTP code otherwise (or as well). Failures count toward the account lockout, and a
   * locked-out account is not asked at all (423), so a stolen session cannot guess the password.
   */
  @Transactional
  public void reauthenticate(UserId user, String password, String code) {
    UserRecord record = users.findById(user.value()).orElseThrow();
    failedProofs.requireNotLocked(record.email());
    boolean passwordOk =
        password != null
            && record.passwordHash() != null
            && passwords.matches(password, record.passwordHash());
    boolean codeOk = !passwordOk && code != null && verify(user, code, null).isPresent();
    if (!passwordOk && !codeOk) {
      failedProofs.failed(user, record.email(), "auth.reauthentication-failed");
      throw new ProblemException(
          ProblemType.REAUTHENTICATION_FAILED,
          "Confirm it is you with your password or a current code.");
    }
  }

  @Override
  @Transactional
  public int resealAll(SecretSealer sealer) {
    int resealed = 0;
    for (MfaCredentialRecord credential : credentials.findAll()) {
      if (sealer.needsReseal(credential.sealedSecret())) {
        credential.reseal(
            sealer.reseal(
                credential.sealedSecret(), associatedData(UserId.of(credential.userId()))));
        resealed++;
      }
    }
    return resealed;
  }

  private static String associatedData(UserId user) {
    return "mfa-totp:" + user;
  }
}
