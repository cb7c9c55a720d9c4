package com.crewbid.proposals.internal;

/** How a proposal reached Upwork: through the API on a person's click, or sent there by hand. */
public enum SendVia {
  API,
  MANUAL
}
