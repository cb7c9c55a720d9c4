package com.crewbid.identity.internal;

import com.crewbid.identity.mfa.PhoneNumber;
import com.crewbid.identity.mfa.SmsGateway;
import com.crewbid.secrets.SealedSecretsOwner;
import com.crewbid.secrets.SecretSealer;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SMS as a second factor: a phone, verified by a code sent to it, then a code by SMS at each
 * sign-in. Offered only when {@code crewbid.mfa.sms.enabled} is true and an {@link SmsGateway} bean
 * exists; otherwise every use answers 404, and a verified phone does not count at sign-in (so that
 * turning the channel off cannot lock anyone out). The phone is sealed with Tink, bound to its
 * owner. The gateway is called outside transactions.
 */
@Service
public class SmsChannel implements SealedSecretsOwner {

  private final boolean enabled;
  private final ObjectProvider<SmsGateway> gateways;
  private final SmsPhoneRecords phones;
  private final SmsCodes codes;
  private final SecretSealer sealer;

  SmsChannel(
      @Value("${crewbid.mfa.sms.enabled:false}") boolean enabled,
      ObjectProvider<SmsGateway> gateways,
      SmsPhoneRecords phones,
      SmsCodes codes,
      SecretSealer sealer) {
    this.enabled = enabled;
    this.gateways = gateways;
    this.phones = phones;
    this.codes = codes;
    this.sealer = sealer;
  }

  public boolean offered() {
    return enabled && gateways.getIfAvailable() != null;
  }

  /** The verified phone, whether or not the channel is offered now. */
  @Transactional(readOnly = true)
  public Optional<PhoneNumber> verifiedPhone(UserId user) {
    return phones.findById(user.value()).filter(SmsPhoneRecord::verified).map(p -> open(p, user));
  }

  /** Whether the person's sign-in owes an SMS code. */
  public boolean usableAtSignIn(UserId user) {
    return offered() && verifiedPhone(user).isPresent();
  }

  /** Keeps the phone, unverified, and texts it a code. 409 when a verified phone exists. */
  public void start(UserId user, String typedPhone) {
    requireOffered();
    PhoneNumber phone =
        PhoneNumber.parse(typedPhone)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.VALIDATION,
                        "Enter the number in international form, such as +380671234567.",
                        List.of(
                            new ProblemException.FieldProblem("phone", "not an E.164 number"))));
    SmsPhoneRecord existing = phones.findById(user.value()).orElse(null);
    if (existing != null && existing.verified()) {
      throw ProblemException.conflict(
          "SMS codes are already on. Turn them off first to change the number.");
    }
    String sealed = sealer.sealText(phone.e164(), associatedData(user));
    if (existing == null) {
      phones.save(SmsPhoneRecord.pending(user.value(), sealed));
    } else {
      existing.restart(sealed);
      phones.save(existing);
    }
    send(phone, codes.issue(user, SmsCodes.Purpose.ENROLMENT));
  }

  /** Marks the phone verified when the code sent to it is entered; returns it. */
  @Transactional
  public PhoneNumber confirm(UserId user, String code) {
    requireOffered();
    SmsPhoneRecord pending =
        phones
            .findById(user.value())
            .filter(p -> !p.verified())
            .orElseThrow(() -> ProblemException.conflict("Enter your phone number first."));
    if (!codes.accept(user, SmsCodes.Purpose.ENROLMENT, code)) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          "That code is not right, or has expired. Ask for a new one.",
          List.of(new ProblemException.FieldProblem("code", "not the code sent")));
    }
    pending.verify();
    return open(pending, user);
  }

  /** Forgets the phone (the caller re-authenticated). 409 when there is none. */
  @Transactional
  public void disable(UserId user) {
    requireOffered();
    if (verifiedPhone(user).isEmpty()) {
      throw ProblemException.conflict("SMS codes are off.");
    }
    phones.deleteById(user.value());
    codes.forget(user, SmsCodes.Purpose.SIGN_IN);
  }

  /** Texts a sign-in code to the verified phone. */
  public void sendSignInCode(UserId user) {
    requireOffered();
    PhoneNumber phone =
        verifiedPhone(user)
            .orElseThrow(() -> ProblemException.conflict("No phone is set up for SMS codes."));
    send(phone, codes.issue(user, SmsCodes.Purpose.SIGN_IN));
  }

  /** Whether {@code code} is the live sign-in code; a match uses it up. */
  public boolean acceptSignInCode(UserId user, String code) {
    requireOffered();
    return verifiedPhone(user).isPresent() && codes.accept(user, SmsCodes.Purpose.SIGN_IN, code);
  }

  void requireOffered() {
    if (!offered()) {
      throw new ProblemException(ProblemType.NOT_FOUND, "SMS is not offered.");
    }
  }

  @Override
  @Transactional
  public int resealAll(SecretSealer sealer) {
    int resealed = 0;
    for (SmsPhoneRecord phone : phones.findAll()) {
      if (sealer.needsReseal(phone.sealedPhone())) {
        phone.reseal(sealer.reseal(phone.sealedPhone(), associatedData(UserId.of(phone.userId()))));
        resealed++;
      }
    }
    return resealed;
  }

  /** The text is the code and the product's name, nothing else. */
  private void send(PhoneNumber phone, String code) {
    gateways.getObject().send(phone.e164(), "Crewbid: " + code);
  }

  private PhoneNumber open(SmsPhoneRecord record, UserId user) {
    return new PhoneNumber(sealer.openText(record.sealedPhone(), associatedData(user)));
  }

  private static String associatedData(UserId user) {
    return "mfa-sms-phone:" + user;
  }
}
