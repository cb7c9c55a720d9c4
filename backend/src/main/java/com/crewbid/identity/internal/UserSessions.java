package com.crewbid.identity.internal;

import com.crewbid.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A person's server-side sessions (Spring Session on Redis, indexed by user id): list them, end
 * one, end all. Session ids are secrets (they are the cookie), so the API names sessions by a hash.
 */
@Component
public class UserSessions {

  static final String IP = "crewbid.session.ip";
  static final String USER_AGENT = "crewbid.session.userAgent";
  static final String STARTED_AT = "crewbid.session.startedAt";

  /** One session as its owner sees it. */
  public record DeviceSession(
      String id,
      String browser,
      String ip,
      Instant startedAt,
      Instant lastActiveAt,
      boolean current) {}

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** Tags the session of a fresh sign-in with its owner and where it comes from. */
  void describe(HttpSession session, UserId user, HttpServletRequest request) {
    session.setAttribute(
        FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.toString());
    session.setAttribute(IP, request.getRemoteAddr());
    String agent = request.getHeader("User-Agent");
    session.setAttribute(
        USER_AGENT, agent == null ? "" : agent.substring(0, Math.min(agent.length(), 512)));
    session.setAttribute(STARTED_AT, Instant.now().toString());
  }

  /** The signed-in sessions (not those still owing the second factor), most recent first. */
  public List<DeviceSession> list(UserId user, String currentSessionId) {
    return byUser(user).values().stream()
        .filter(s -> s.getAttribute(STARTED_AT) != null)
        .map(s -> view(s, currentSessionId))
        .sorted(Comparator.comparing(DeviceSession::lastActiveAt).reversed())
        .toList();
  }

  /** Ends the session with the given handle; false if the user has no such session. */
  public boolean revoke(UserId user, String handle) {
    return byUser(user).keySet().stream()
        .filter(id -> Tokens.hash(id).equals(handle))
        .findFirst()
        .map(
            id -> {
              sessions.deleteById(id);
              return true;
            })
        .orElse(false);
  }

  /** Ends every session of the user, those still owing the second factor too; returns how many. */
  public int revokeAll(UserId user) {
    Map<String, ? extends Session> all = byUser(user);
    all.keySet().forEach(sessions::deleteById);
    return all.size();
  }

  private Map<String, ? extends Session> byUser(UserId user) {
    return sessions.findByPrincipalName(user.toString());
  }

  private static DeviceSession view(Session session, String currentSessionId) {
    String started = session.getAttribute(STARTED_AT);
    return new DeviceSession(
        Tokens.hash(session.getId()),
        Browsers.describe(session.getAttribute(USER_AGENT)),
        session.getAttribute(IP),
        started == null ? session.getCreationTime() : Instant.parse(started),
        session.getLastAccessedTime(),
        session.getId().equals(currentSessionId));
  }
}
