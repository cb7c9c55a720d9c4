package com.crewbid.identity;

import com.crewbid.identity.internal.IdentityNotices;
import com.crewbid.identity.internal.SecurityAlerts;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * How other modules tell people something through identity's channels: an e-mail to a person, or a
 * security alert in an agency (which its owners see and get by e-mail).
 */
@Service
public class MemberNotices {

  private final IdentityNotices notices;
  private final SecurityAlerts alerts;

  MemberNotices(IdentityNotices notices, SecurityAlerts alerts) {
    this.notices = notices;
    this.alerts = alerts;
  }

  /**
   * E-mails a person (plain text), ending with a link to a page of the app. A failing mail server
   * is logged, not thrown (without one configured, nothing is sent).
   *
   * @param path the app's page to open, e.g. {@code /upwork/account}
   * @return false when the person is unknown or the mail server failed
   */
  public boolean mail(UserId to, String subject, String text, String path) {
    return notices.mail(to, subject, text, path);
  }

  /**
   * Raises a security alert in the agency about a member's Upwork link that Upwork no longer
   * accepts; the agency's owners see it and get it by e-mail.
   */
  public void upworkLinkBroken(TenantId tenant, UserId member, String summary) {
    alerts.raise(
        tenant, member, SecurityAlerts.Kind.UPWORK_LINK_BROKEN, "WARNING", summary, null, Map.of());
  }
}
