package com.crewbid.identity;

import com.crewbid.identity.internal.SecurityAlerts;
import com.crewbid.shared.TenantId;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Makes platform admins' actions on an agency visible to its owners, as security alerts. */
@Service
public class AdminActions {

  private final SecurityAlerts alerts;
  private final AgencySessions sessions;

  AdminActions(SecurityAlerts alerts, AgencySessions sessions) {
    this.alerts = alerts;
    this.sessions = sessions;
  }

  public void tookPlaceOn(TenantId tenant, String what) {
    alerts.raise(
        tenant,
        sessions.currentUserIfAny().orElse(null),
        SecurityAlerts.Kind.ADMIN_ACTION,
        "INFO",
        "A Crewbid platform admin (" + sessions.currentEmail() + ") " + what,
        null,
        Map.of());
  }
}
