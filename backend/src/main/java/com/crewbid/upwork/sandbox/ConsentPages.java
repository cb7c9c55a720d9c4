package com.crewbid.upwork.sandbox;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Map;

/**
 * The sandbox's HTML: the consent page on which the demo picks a seeded Upwork user, and the page
 * for errors that cannot go back to the client. Self-contained (no scripts, no external assets),
 * every value escaped.
 */
final class ConsentPages {

  static final String AUTHORIZE_PATH = "/upwork-sandbox/ab/account-security/oauth2/authorize";

  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;background:#f2f7f2;color:#001e00;margin:0}
      main{max-width:34rem;margin:3rem auto;background:#fff;border-radius:12px;padding:2rem;\
      box-shadow:0 2px 12px rgba(0,0,0,.08)}
      h1{font-size:1.4rem;margin-top:0}.note{color:#5e6d55;font-size:.9rem}
      form{margin:.6rem 0}button{width:100%;padding:.8rem 1rem;border-radius:8px;border:1px solid\
       #14a800;background:#fff;text-align:left;font-size:1rem;cursor:pointer}
      button:hover{background:#e4ebe4}button.primary{background:#14a800;color:#fff}
      .title{display:block;color:#5e6d55;font-size:.85rem}
      button.deny{border-color:#9aaa97;text-align:center}
      """;

  private ConsentPages() {}

  static String consent(
      String clientId, Map<String, String> carried, List<SandboxSeed.User> users) {
    StringBuilder choices = new StringBuilder();
    for (SandboxSeed.User user : users) {
      choices.append(
          """
          <form method="post" action="%s">%s<input type="hidden" name="user_id" value="%s">\
          <button type="submit" name="decision" value="allow">Continue as %s\
          <span class="title">%s</span></button></form>
          """
              .formatted(
                  AUTHORIZE_PATH,
                  hiddenFields(carried),
                  htmlEscape(user.id()),
                  htmlEscape(user.fullName()),
                  htmlEscape(user.title())));
    }
    String deny =
        """
        <form method="post" action="%s">%s<button class="deny" type="submit" name="decision" \
        value="deny">Cancel</button></form>
        """
            .formatted(AUTHORIZE_PATH, hiddenFields(carried));
    return page(
        "Authorize application",
        """
        <h1>Upwork sandbox</h1>
        <p>The application <strong>%s</strong> asks to access your Upwork account.</p>
        <p class="note">This is a simulator. Choose which Upwork user signs in.</p>
        %s%s
        """
            .formatted(htmlEscape(clientId), choices, deny));
  }

  static String error(String description) {
    return page(
        "Authorization failed",
        """
        <h1>Upwork sandbox</h1>
        <p>The authorization request cannot be completed.</p>
        <p class="note">%s</p>
        """
            .formatted(htmlEscape(description)));
  }

  private static String hiddenFields(Map<String, String> carried) {
    StringBuilder fields = new StringBuilder();
    carried.forEach(
        (name, value) ->
            fields.append(
                "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                    .formatted(htmlEscape(name), htmlEscape(value))));
    return fields.toString();
  }

  private static String page(String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title><style>%s</style></head>
        <body><main>%s</main></body></html>
        """
        .formatted(htmlEscape(title), STYLE, body);
  }
}
