package com.crewbid.identity.internal;

import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.UserId;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A person ends their own sessions from the security page: one device, or all of them. Each is
 * audited (in their agencies' logs, or the platform's).
 */
@Service
public class DeviceSessions {

  private final UserSessions sessions;
  private final UserRecords users;
  private final PersonalAudit audit;

  DeviceSessions(UserSessions sessions, UserRecords users, PersonalAudit audit) {
    this.sessions = sessions;
    this.users = users;
    this.audit = audit;
  }

  /** Ends the session with the given handle; false if the person has no such session. */
  public boolean endOne(UserId user, String handle) {
    if (!sessions.revoke(user, handle)) {
      return false;
    }
    audit.record(user, "session.revoked", email(user), AuditOutcome.SUCCESS, Map.of());
    return true;
  }

  /** Ends every session of the person, the current one included. */
  public void endAll(UserId user) {
    int ended = sessions.revokeAll(user);
    audit.record(
        user,
        "session.signed-out-everywhere",
        email(user),
        AuditOutcome.SUCCESS,
        Map.of("sessionsEnded", ended));
  }

  private String email(UserId user) {
    return users.findById(user.value()).map(UserRecord::email).orElse(null);
  }
}
