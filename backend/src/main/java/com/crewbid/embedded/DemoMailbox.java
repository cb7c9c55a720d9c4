package com.crewbid.embedded;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's mailbox: what the embedded SMTP server received ({@link CapturedMail}) and what the
 * SMS simulator "sent" ({@link CapturedSms}), newest first, so that someone trying the demo can
 * open an invitation or a password-reset link, or read a sign-in code. Served only when the
 * embedded mail or SMS simulator is switched on ({@code crewbid.embedded.mail}, {@code
 * crewbid.embedded.sms}: the demo and the tests), never otherwise: in production these paths are
 * 404. Outside {@code /api}, like the Upwork sandbox.
 */
@RestController
@Conditional(DemoMailbox.Enabled.class)
class DemoMailbox {

  static final String PATH = "/demo/mailbox";

  /** One e-mail as the mailbox lists it. */
  record Mail(List<String> to, String subject, String text, Instant receivedAt) {}

  /** One text message. */
  record Text(String to, String text, Instant sentAt) {}

  /** Everything captured so far, newest first. */
  record Contents(boolean mailCaptured, List<Mail> mail, List<Text> texts) {}

  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;background:#f4f6f8;color:#1b1f23;margin:0}
      main{max-width:52rem;margin:2rem auto;padding:0 1rem}
      h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
      .note{color:#57606a}article{background:#fff;border-radius:10px;padding:1rem 1.25rem;\
      margin:.75rem 0;box-shadow:0 1px 6px rgba(0,0,0,.08)}
      .meta{color:#57606a;font-size:.85rem;margin:0 0 .5rem}pre{white-space:pre-wrap;\
      word-break:break-word;font:inherit;margin:0}a{color:#0b57d0}
      """;

  @GetMapping(path = PATH + "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
  Contents messages() {
    List<Mail> mail =
        CapturedMail.messages().reversed().stream()
            .map(m -> new Mail(m.to(), m.subject(), m.text(), m.receivedAt()))
            .toList();
    List<Text> texts =
        CapturedSms.messages().reversed().stream()
            .map(t -> new Text(t.to(), t.text(), t.sentAt()))
            .toList();
    return new Contents(CapturedMail.running(), mail, texts);
  }

  @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
  String page() {
    Contents contents = messages();
    StringBuilder html = new StringBuilder();
    html.append(
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8">\
        <meta name="viewport" content="width=device-width, initial-scale=1">\
        <title>Crewbid demo mailbox</title><style>%s</style></head><body><main>\
        <h1>Demo mailbox</h1><p class="note">Every e-mail and text message this demo sent,\
         newest first. Nothing here left the application. Reload for new ones.\
         <a href="/sign-in">Back to Crewbid</a></p>\
        """
            .formatted(STYLE));
    html.append("<section aria-labelledby=\"mail\"><h2 id=\"mail\">E-mail (")
        .append(contents.mail().size())
        .append(")</h2>");
    if (!contents.mailCaptured()) {
      html.append("<p class=\"note\">E-mail goes to the configured SMTP server, not here.</p>");
    } else if (contents.mail().isEmpty()) {
      html.append(
          "<p class=\"note\">No e-mail yet. Invite someone, or ask for a password reset.</p>");
    }
    for (Mail mail : contents.mail()) {
      html.append("<article data-kind=\"mail\"><h3>")
          .append(htmlEscape(mail.subject()))
          .append("</h3><p class=\"meta\">To ")
          .append(htmlEscape(String.join(", ", mail.to())))
          .append(" · ")
          .append(mail.receivedAt())
          .append("</p><pre>")
          .append(withLinks(mail.text()))
          .append("</pre></article>");
    }
    html.append("</section><section aria-labelledby=\"texts\"><h2 id=\"texts\">Text messages (")
        .append(contents.texts().size())
        .append(")</h2>");
    if (contents.texts().isEmpty()) {
      html.append(
          "<p class=\"note\">No text messages yet. Turn on SMS codes on the security page.</p>");
    }
    for (Text text : contents.texts()) {
      html.append("<article data-kind=\"sms\"><p class=\"meta\">To ")
          .append(htmlEscape(text.to()))
          .append(" · ")
          .append(text.sentAt())
          .append("</p><pre>")
          .append(htmlEscape(text.text()))
          .append("</pre></article>");
    }
    return html.append("</section></main></body></html>").toString();
  }

  /** Escapes the text and makes its web addresses links. */
  static String withLinks(String text) {
    StringBuilder out = new StringBuilder();
    Matcher link = LINK.matcher(text);
    int at = 0;
    while (link.find()) {
      out.append(htmlEscape(text.substring(at, link.start())));
      String url = htmlEscape(link.group());
      out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
      at = link.end();
    }
    return out.append(htmlEscape(text.substring(at))).toString();
  }

  /** The embedded mail or the SMS simulator is on. */
  static class Enabled extends AnyNestedCondition {

    Enabled() {
      super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(name = "crewbid.embedded.mail", havingValue = "true")
    static class Mail {}

    @ConditionalOnProperty(name = "crewbid.embedded.sms", havingValue = "true")
    static class Sms {}
  }
}
