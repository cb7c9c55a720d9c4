package com.crewbid.identity.internal;

import com.crewbid.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** E-mails to a person on behalf of other modules (see {@code MemberNotices}). */
@Component
public class IdentityNotices {

  private static final Logger log = LoggerFactory.getLogger(IdentityNotices.class);

  private final UserRecords users;
  private final IdentityMails mails;

  IdentityNotices(UserRecords users, IdentityMails mails) {
    this.users = users;
    this.mails = mails;
  }

  public boolean mail(UserId to, String subject, String text, String path) {
    var user = users.findById(to.value());
    if (user.isEmpty()) {
      return false;
    }
    try {
      mails.notice(user.get().email(), subject, text, path);
      return true;
    } catch (RuntimeException e) {
      log.warn("Could not e-mail person {}: {}", to, e.getClass().getSimpleName());
      return false;
    }
  }
}
