package com.crewbid.identity.mfa;

/**
 * Sends a text message: the plug-in point for an SMS provider (Twilio, Vonage, ...). None is
 * shipped; a deployment that wants the SMS channel registers one bean of this type and sets {@code
 * crewbid.mfa.sms.enabled=true}. The demo and the tests use a simulator ({@code
 * crewbid.embedded.sms=true}).
 *
 * <p>Callers pass only a one-time code and the product name; an implementation must not log the
 * text.
 */
public interface SmsGateway {

  /**
   * Sends {@code text} to {@code e164PhoneNumber} (such as {@code +380671234567}).
   *
   * @throws RuntimeException when the provider refuses or cannot be reached
   */
  void send(String e164PhoneNumber, String text);
}
