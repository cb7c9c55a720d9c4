package com.crewbid.identity.web;

import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.internal.Mfa;
import com.crewbid.identity.internal.MfaActions;
import com.crewbid.identity.internal.SecondFactor;
import com.crewbid.identity.internal.SessionView;
import com.crewbid.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Two-factor authentication",
    description = "TOTP with backup codes; SMS codes where offered")
class MfaController {

  record Code(@NotBlank(message = "Enter the 6-digit code.") @Size(max = 10) String code) {}

  record SecondFactorRequest(
      @Size(max = 10) String code,
      @Size(max = 40) String backupCode,
      @Size(max = 10) String smsCode) {}

  record Phone(@NotBlank(message = "Enter your phone number.") @Size(max = 32) String phone) {}

  record Reauthentication(@Size(max = 128) String password, @Size(max = 10) String code) {}

  record BackupCodesView(List<String> backupCodes) {}

  private final MfaActions mfa;
  private final SecondFactor secondFactor;
  private final AgencySessions sessions;

  MfaController(MfaActions mfa, SecondFactor secondFactor, AgencySessions sessions) {
    this.mfa = mfa;
    this.secondFactor = secondFactor;
    this.sessions = sessions;
  }

  @GetMapping("/api/me/mfa")
  @Operation(summary = "Is two-factor authentication on, and how many backup codes are left")
  Mfa.Status status() {
    return mfa.status(sessions.currentUser());
  }

  @PostMapping("/api/me/mfa/totp")
  @Operation(
      summary = "Start setting up an authenticator app",
      description =
          "Returns the secret, the otpauth URI and a QR code (PNG data URI). 409 when already on.")
  Mfa.Enrolment start() {
    return mfa.start(sessions.currentUser());
  }

  @PostMapping("/api/me/mfa/totp/confirm")
  @Operation(summary = "Finish set-up with a first code; returns ten backup codes, shown once")
  BackupCodesView confirm(@Valid @RequestBody Code request, HttpServletRequest http) {
    List<String> codes = mfa.confirm(sessions.currentUser(), request.code());
    secondFactor.enrolled(http);
    return new BackupCodesView(codes);
  }

  @PostMapping("/api/me/mfa/backup-codes")
  @Operation(summary = "Replace the backup codes (password or a current code required)")
  BackupCodesView regenerate(@Valid @RequestBody Reauthentication request) {
    return new BackupCodesView(
        mfa.regenerateBackupCodes(sessions.currentUser(), request.password(), request.code()));
  }

  @DeleteMapping("/api/me/mfa")
  @Operation(
      summary = "Turn two-factor authentication off (password or a current code required)",
      description = "409 when policy requires MFA for this account.")
  ResponseEntity<Void> disable(
      @Valid @RequestBody(required = false) Reauthentication request, HttpServletRequest http) {
    return turnOff(mfa::disable, request, http);
  }

  @PostMapping("/api/me/mfa/sms")
  @Operation(
      summary = "Start using SMS codes: texts a code to the phone (E.164, such as +380671234567)",
      description = "404 when SMS is not offered; 409 when SMS codes are already on.")
  ResponseEntity<Void> startSms(@Valid @RequestBody Phone request) {
    mfa.startSms(sessions.currentUser(), request.phone());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/me/mfa/sms/confirm")
  @Operation(summary = "Finish setting up SMS codes with the code texted to the phone")
  Mfa.Status confirmSms(@Valid @RequestBody Code request, HttpServletRequest http) {
    mfa.confirmSms(sessions.currentUser(), request.code());
    secondFactor.enrolled(http);
    return mfa.status(sessions.currentUser());
  }

  @DeleteMapping("/api/me/mfa/sms")
  @Operation(
      summary = "Turn SMS codes off (password or a current authenticator code required)",
      description = "409 when policy requires MFA and SMS is the only factor.")
  ResponseEntity<Void> disableSms(
      @Valid @RequestBody(required = false) Reauthentication request, HttpServletRequest http) {
    return turnOff(mfa::disableSms, request, http);
  }

  @PostMapping("/api/auth/mfa/sms")
  @Operation(
      summary = "At the second step of sign-in: text a code to the person's verified phone",
      description = "Only for a session that passed the first factor. 404 when SMS is not offered.")
  ResponseEntity<Void> sendSignInSms(HttpServletRequest http) {
    secondFactor.sendSmsCode(http);
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/auth/mfa")
  @Operation(
      summary = "The second step of sign-in: a current code, a backup code or an SMS code",
      description = "Only for a session that passed the first factor. 401 invalid-mfa-code.")
  SessionView verify(
      @Valid @RequestBody SecondFactorRequest request,
      HttpServletRequest http,
      HttpServletResponse response) {
    return secondFactor.verify(
        request.code(), request.backupCode(), request.smsCode(), http, response);
  }

  /** How {@link MfaActions} turns a factor off. */
  private interface TurnOff {
    void apply(UserId user, boolean mandatory, String password, String code, String ip);
  }

  private ResponseEntity<Void> turnOff(
      TurnOff action, Reauthentication request, HttpServletRequest http) {
    Reauthentication proof = request == null ? new Reauthentication(null, null) : request;
    action.apply(
        sessions.currentUser(),
        secondFactor.mandatory(),
        proof.password(),
        proof.code(),
        http.getRemoteAddr());
    return ResponseEntity.noContent().build();
  }
}
