package com.crewbid.identity;

import com.crewbid.identity.internal.CrewbidPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who acts and from where, as an audit line records it: the signed-in person (if any) and the
 * request's address and browser. Taken on the request's thread with {@link #current()}, so that a
 * line written later, in the background, still names them. The address is the client's as the
 * server sees it: behind a trusted proxy, the one it forwarded ({@code
 * server.forward-headers-strategy}).
 */
public record Attribution(UUID actorUserId, String actorEmail, String ip, String userAgent) {

  static final int MAX_USER_AGENT = 512;

  /** The current request's actor and origin; fields are null where there is none. */
  public static Attribution current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    CrewbidPrincipal actor =
        auth != null && auth.getPrincipal() instanceof CrewbidPrincipal p ? p : null;
    HttpServletRequest request =
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
            ? attrs.getRequest()
            : null;
    return new Attribution(
        actor == null ? null : actor.userId().value(),
        actor == null ? null : actor.getUsername(),
        request == null ? null : request.getRemoteAddr(),
        request == null ? null : truncate(request.getHeader("User-Agent")));
  }

  /** The same origin, acted on by nobody signed in (failed sign-ins, for example). */
  public Attribution anonymous() {
    return new Attribution(null, null, ip, userAgent);
  }

  private static String truncate(String value) {
    return value == null || value.length() <= MAX_USER_AGENT
        ? value
        : value.substring(0, MAX_USER_AGENT);
  }
}
