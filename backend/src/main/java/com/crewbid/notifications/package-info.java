/**
 * Notifications: the in-app notification centre (stored per agency, delivered live to every replica
 * through Redis), e-mail per each member's preferences. Other modules call {@link
 * com.crewbid.notifications.Notifications#notify} in the transaction of the change they report.
 *
 * <p>Depends on: shared, tenancy, identity.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity"})
package com.crewbid.notifications;

import org.springframework.modulith.ApplicationModule;
