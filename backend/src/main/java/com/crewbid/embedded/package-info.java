/**
 * Starts a real PostgreSQL and a real Redis inside the application when none is configured, so the
 * demo and the tests run on a machine that has neither (and no Docker); likewise an SMTP server and
 * an SMS inbox ({@link com.crewbid.embedded.CapturedSms}, the named interface {@code sms}, which
 * identity's SMS simulator writes to).
 *
 * <p>Depends on nothing of ours.
 */
@ApplicationModule(allowedDependencies = {})
package com.crewbid.embedded;

import org.springframework.modulith.ApplicationModule;
