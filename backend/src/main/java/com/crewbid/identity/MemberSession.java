package com.crewbid.identity;

import java.util.function.BooleanSupplier;

/**
 * The session of a request that outlives its start, such as a live stream: the member it was opened
 * for, and whether that session still acts for them. The session's id (a secret: it is the cookie)
 * stays inside identity.
 */
public final class MemberSession {

  private final CurrentMember member;
  private final BooleanSupplier stillActive;

  MemberSession(CurrentMember member, BooleanSupplier stillActive) {
    this.member = member;
    this.stillActive = stillActive;
  }

  public CurrentMember member() {
    return member;
  }

  /**
   * False once the session was signed out, expired or ended (idle or absolute timeout, "sign out
   * everywhere", a removed member), switched to another agency, or the membership or the agency no
   * longer stands. Reads the shared session store, so it holds across replicas.
   */
  public boolean stillActive() {
    return stillActive.getAsBoolean();
  }
}
