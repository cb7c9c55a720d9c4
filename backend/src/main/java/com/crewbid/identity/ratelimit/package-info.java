/**
 * Limits shared by every replica, kept in Redis: named rate-limit policies ({@link
 * com.crewbid.identity.ratelimit.RateLimits}, Bucket4j token buckets) and the sign-in lockout with
 * a growing delay ({@link com.crewbid.identity.ratelimit.LoginLockout}). Building blocks for the
 * sign-in and account flows.
 *
 * <p>Uses nothing of identity's internals.
 */
@NamedInterface("ratelimit")
package com.crewbid.identity.ratelimit;

import org.springframework.modulith.NamedInterface;
