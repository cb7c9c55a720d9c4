package com.crewbid.notifications.internal;

import com.crewbid.notifications.NotificationTopic;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The English e-mail of each topic: subject, plain text and HTML, with the notice's parameters put
 * in as text (control characters dropped, escaped in HTML).
 */
final class EmailTexts {

  /** A rendered e-mail. */
  record Email(String subject, String text, String html) {}

  private record Template(String subject, String sentence) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)}");

  private EmailTexts() {}

  static Email render(
      NotificationTopic topic,
      Map<String, String> params,
      String recipientName,
      String openUrl,
      String preferencesUrl) {
    Template template = template(topic);
    Map<String, String> values = new java.util.HashMap<>();
    params.forEach((name, value) -> values.put(name, plain(value)));
    if (topic == NotificationTopic.PROPOSAL_OUTCOME_CHANGED) {
      values.computeIfPresent("outcome", (name, value) -> outcome(value));
    }
    String subject = fill(template.subject(), values, false);
    String sentence = fill(template.sentence(), values, false);
    String greeting = "Hello " + plain(recipientName) + ",";
    String text =
        greeting
            + "\n\n"
            + sentence
            + "\n\nOpen it in Crewbid:\n"
            + openUrl
            + "\n\n--\nYou get this e-mail because of your notification settings. Choose which"
            + " e-mails you get:\n"
            + preferencesUrl
            + "\n";
    String html =
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">"
            + "<p>"
            + HtmlUtils.htmlEscape(greeting)
            + "</p><p>"
            + fill(template.sentence(), values, true)
            + "</p><p><a href=\""
            + HtmlUtils.htmlEscape(openUrl)
            + "\">Open it in Crewbid</a></p>"
            + "<p style=\"color:#666;font-size:12px\">You get this e-mail because of your"
            + " notification settings. <a href=\""
            + HtmlUtils.htmlEscape(preferencesUrl)
            + "\">Choose which e-mails you get</a>.</p></body></html>";
    return new Email(subject, text, html);
  }

  private static Template template(NotificationTopic topic) {
    return switch (topic) {
      case UPWORK_RELINK_REQUIRED ->
          new Template(
              "Link your Upwork account again",
              "Crewbid can no longer reach Upwork for you: the link to your Upwork account has"
                  + " expired or was revoked. Link your account again to keep searching jobs and"
                  + " sending proposals.");
      case SAVED_SEARCH_MATCHES ->
          new Template(
              "New jobs for \u201c{searchName}\u201d",
              "Your saved search \u201c{searchName}\u201d found {matchCount} new jobs.");
      case PROPOSAL_AWAITING_APPROVAL ->
          new Template(
              "A proposal awaits your approval: {jobTitle}",
              "{actorName} submitted a proposal for \u201c{jobTitle}\u201d for your approval.");
      case PROPOSAL_APPROVED ->
          new Template(
              "Your proposal was approved: {jobTitle}",
              "{actorName} approved your proposal for \u201c{jobTitle}\u201d. You can send it"
                  + " now.");
      case PROPOSAL_CHANGES_REQUESTED ->
          new Template(
              "Changes requested: {jobTitle}",
              "{actorName} asked for changes to your proposal for \u201c{jobTitle}\u201d.");
      case PROPOSAL_REJECTED ->
          new Template(
              "Your proposal was rejected: {jobTitle}",
              "{actorName} rejected your proposal for \u201c{jobTitle}\u201d.");
      case PROPOSAL_WITHDRAWN ->
          new Template(
              "Proposal withdrawn: {jobTitle}",
              "{actorName} withdrew the proposal for \u201c{jobTitle}\u201d. It will not be sent.");
      case PROPOSAL_EDITED_AFTER_APPROVAL ->
          new Template(
              "Edited after your approval: {jobTitle}",
              "{actorName} edited the proposal for \u201c{jobTitle}\u201d after you approved it;"
                  + " the approval policy lets the approval stand.");
      case PROPOSAL_COMMENTED ->
          new Template(
              "New comment: {jobTitle}",
              "{actorName} commented on the proposal for \u201c{jobTitle}\u201d.");
      case PROPOSAL_SENT ->
          new Template(
              "Proposal sent: {jobTitle}",
              "{actorName} sent the proposal for \u201c{jobTitle}\u201d to the client.");
      case PROPOSAL_SEND_UNKNOWN ->
          new Template(
              "Check on Upwork: {jobTitle}",
              "Sending your proposal for \u201c{jobTitle}\u201d did not finish, so Crewbid does"
                  + " not know whether it reached Upwork. Check on Upwork, then mark it sent or"
                  + " not sent; it is never sent again by itself.");
      case PROPOSAL_OUTCOME_CHANGED ->
          new Template(
              "Proposal update: {jobTitle}", "The proposal for \u201c{jobTitle}\u201d {outcome}.");
    };
  }

  private static String outcome(String status) {
    return switch (status.toUpperCase(Locale.ROOT)) {
      case "VIEWED" -> "was viewed by the client";
      case "REPLIED" -> "got a reply from the client";
      case "INTERVIEW", "INTERVIEWING" -> "led to an interview";
      case "HIRED" -> "won the job";
      case "DECLINED" -> "was declined";
      case "WITHDRAWN" -> "was withdrawn";
      default -> "is now " + status.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  private static String fill(String template, Map<String, String> values, boolean html) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (placeholder.find()) {
      String literal = template.substring(last, placeholder.start());
      out.append(html ? HtmlUtils.htmlEscape(literal) : literal);
      String value = values.getOrDefault(placeholder.group(1), "");
      out.append(html ? HtmlUtils.htmlEscape(value) : value);
      last = placeholder.end();
    }
    String rest = template.substring(last);
    return out.append(html ? HtmlUtils.htmlEscape(rest) : rest).toString();
  }

  /** Text as one line: no control characters (no header injection through a subject). */
  private static String plain(String value) {
    return value == null ? "" : value.replaceAll("\\p{Cntrl}+", " ").strip();
  }
}
