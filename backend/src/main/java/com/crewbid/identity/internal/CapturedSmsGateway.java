package com.crewbid.identity.internal;

import com.crewbid.embedded.CapturedSms;
import com.crewbid.identity.mfa.SmsGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The SMS simulator of the demo and the tests ({@code crewbid.embedded.sms=true}): keeps each
 * message in {@link CapturedSms} instead of sending it. It lives here, not in {@code embedded},
 * because {@code embedded} depends on nothing of ours and so cannot implement identity's {@link
 * SmsGateway}; identity uses only {@code embedded}'s {@code sms} interface.
 */
@Component
@ConditionalOnBooleanProperty("crewbid.embedded.sms")
class CapturedSmsGateway implements SmsGateway {

  @Override
  public void send(String e164PhoneNumber, String text) {
    CapturedSms.capture(e164PhoneNumber, text);
  }
}
