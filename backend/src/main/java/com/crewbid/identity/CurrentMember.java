package com.crewbid.identity;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The signed-in person acting in their selected agency, resolved once per request. */
public record CurrentMember(UserId userId, String email, TenantId tenantId, AgencyRole role) {

  /** Where the request keeps it (set by the tenant filter). */
  public static final String ATTRIBUTE = CurrentMember.class.getName();

  public static Optional<CurrentMember> find() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    return request == null
        ? Optional.empty()
        : Optional.ofNullable(
            (CurrentMember) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
  }

  public static CurrentMember require() {
    return find()
        .orElseThrow(() -> new ProblemException(ProblemType.NO_AGENCY, "Select an agency first."));
  }

  public boolean can(AgencyRole required) {
    return role.atLeast(required);
  }
}
