package com.crewbid.upwork.internal;

/** Pages of the app that e-mails about links point at. */
final class LinkNotices {

  /** The member's "My Upwork account" page. */
  static final String MY_ACCOUNT_PAGE = "/upwork/account";

  private LinkNotices() {}
}
