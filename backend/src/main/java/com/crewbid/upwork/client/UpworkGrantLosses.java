package com.crewbid.upwork.client;

import com.crewbid.upwork.UpworkCaller;

/**
 * Told when Upwork (or its token endpoint) said a member's authorization is gone, before {@link
 * UpworkRelinkRequired} reaches the caller. The linked-accounts part of the module implements it to
 * mark the link as needing a re-link.
 */
public interface UpworkGrantLosses {

  /**
   * @param reason why, in words safe to show and log (never a token)
   */
  void grantLost(UpworkCaller caller, String reason);
}
