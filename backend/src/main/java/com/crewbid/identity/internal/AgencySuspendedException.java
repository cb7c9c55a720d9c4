package com.crewbid.identity.internal;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right, but every agency of the person is suspended. */
class AgencySuspendedException extends AccountStatusException {

  AgencySuspendedException() {
    super("Your agency is suspended. Contact the Crewbid team to restore it.");
  }
}
