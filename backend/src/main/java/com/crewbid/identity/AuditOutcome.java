package com.crewbid.identity;

public enum AuditOutcome {
  SUCCESS,
  FAILURE,
  DENIED
}
