package com.crewbid.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The stable kinds of problem the API answers with; the type URI of each never changes. */
public enum ProblemType {
  VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
  MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
  NOT_SIGNED_IN("not-signed-in", HttpStatus.UNAUTHORIZED, "Not signed in"),
  INVALID_CREDENTIALS("invalid-credentials", HttpStatus.UNAUTHORIZED, "Invalid e-mail or password"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
  CSRF("csrf", HttpStatus.FORBIDDEN, "Missing or invalid CSRF token"),
  AGENCY_SUSPENDED("agency-suspended", HttpStatus.FORBIDDEN, "Agency suspended"),
  NO_AGENCY("no-agency", HttpStatus.FORBIDDEN, "No agency selected"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
  STALE_VERSION("stale-version", HttpStatus.PRECONDITION_FAILED, "Changed by someone else"),
  PRECONDITION_REQUIRED(
      "precondition-required", HttpStatus.PRECONDITION_REQUIRED, "If-Match header required"),
  LAST_OWNER("last-owner", HttpStatus.CONFLICT, "An agency needs an owner"),
  LINK_EXPIRED("link-expired", HttpStatus.GONE, "Link expired or already used"),
  ACCOUNT_LOCKED("account-locked", HttpStatus.LOCKED, "Account locked"),
  MFA_REQUIRED("mfa-required", HttpStatus.UNAUTHORIZED, "Second factor required"),
  MFA_ENROLLMENT_REQUIRED(
      "mfa-enrollment-required", HttpStatus.FORBIDDEN, "Set up two-factor authentication first"),
  INVALID_MFA_CODE("invalid-mfa-code", HttpStatus.UNAUTHORIZED, "Invalid code"),
  REAUTHENTICATION_FAILED("reauthentication-failed", HttpStatus.UNAUTHORIZED, "Confirm it is you"),
  INVITATION_EMAIL_MISMATCH(
      "invitation-email-mismatch", HttpStatus.FORBIDDEN, "Invitation for another e-mail"),
  SOLE_OWNER("sole-owner", HttpStatus.CONFLICT, "Hand over ownership first"),
  TEMPLATE_INVALID("template-invalid", HttpStatus.BAD_REQUEST, "Template cannot be used"),
  RULE_REFUSED("rule-refused", HttpStatus.UNPROCESSABLE_CONTENT, "Refused by a rule"),
  NOT_AN_APPROVER("not-an-approver", HttpStatus.FORBIDDEN, "Not an approver of this"),
  SELF_APPROVAL("self-approval", HttpStatus.FORBIDDEN, "Nobody decides on their own proposal"),
  ALREADY_DECIDED("already-decided", HttpStatus.CONFLICT, "Already decided"),
  APPROVAL_STATE("approval-state", HttpStatus.CONFLICT, "Not possible in this approval state"),
  NO_ELIGIBLE_APPROVERS(
      "no-eligible-approvers", HttpStatus.UNPROCESSABLE_CONTENT, "Nobody can approve this"),
  PROPOSAL_STATE(
      "proposal-state", HttpStatus.CONFLICT, "Not possible in this state of the proposal"),
  PROPOSAL_EXISTS(
      "proposal-exists", HttpStatus.CONFLICT, "You already have a proposal for this job"),
  PROPOSAL_INCOMPLETE(
      "proposal-incomplete", HttpStatus.UNPROCESSABLE_CONTENT, "The proposal is not complete"),
  SUBMISSION_NOT_PERMITTED(
      "submission-not-permitted",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Upwork does not let this API key submit proposals"),
  SEND_FAILED("send-failed", HttpStatus.BAD_GATEWAY, "Upwork did not take the proposal"),
  SEND_OUTCOME_UNKNOWN(
      "send-outcome-unknown", HttpStatus.BAD_GATEWAY, "Check on Upwork whether it arrived"),
  IDEMPOTENCY_KEY_INVALID(
      "idempotency-key-invalid", HttpStatus.UNPROCESSABLE_CONTENT, "Invalid Idempotency-Key"),
  TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
  PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
  UPWORK_NOT_LINKED("upwork-not-linked", HttpStatus.CONFLICT, "Link your Upwork account first"),
  UPWORK_RELINK_REQUIRED(
      "upwork-relink-required", HttpStatus.CONFLICT, "Link your Upwork account again"),
  UPWORK_ACCOUNT_IN_USE(
      "upwork-account-in-use",
      HttpStatus.CONFLICT,
      "This Upwork account is linked to another member"),
  UPWORK_LINK_STATE("upwork-link-state", HttpStatus.BAD_REQUEST, "Not the Upwork link you started"),
  UPWORK_CONSENT_DENIED(
      "upwork-consent-denied", HttpStatus.UNPROCESSABLE_CONTENT, "Upwork access was not granted"),
  UPWORK_THROTTLED("upwork-throttled", HttpStatus.TOO_MANY_REQUESTS, "Upwork's limits reached"),
  UPWORK_UNAVAILABLE(
      "upwork-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Upwork is not answering"),
  UPWORK_ERROR("upwork-error", HttpStatus.BAD_GATEWAY, "Upwork refused the request"),
  INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error");

  private static final String BASE = "https://crewbid.io/problems/";

  private final URI type;
  private final HttpStatus status;
  private final String title;

  ProblemType(String slug, HttpStatus status, String title) {
    this.type = URI.create(BASE + slug);
    this.status = status;
    this.title = title;
  }

  public URI type() {
    return type;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
