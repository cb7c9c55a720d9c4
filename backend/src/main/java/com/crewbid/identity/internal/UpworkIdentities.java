package com.crewbid.identity.internal;

import com.crewbid.identity.Attribution;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.UserId;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which person an Upwork account signs in as. An Upwork account already linked signs in as its
 * person; one whose e-mail no account has gets a new person (the e-mail, as Upwork reports it,
 * unverified until confirmed). An account with the same e-mail is never taken over silently: a
 * platform admin's is refused outright (admins sign in with their password only), any other must be
 * confirmed with its Crewbid password first ({@link UpworkLinkConfirmation}); the link is made only
 * once that sign-in completes, second factor included, and is audited and announced to the person
 * by e-mail.
 */
@Component
class UpworkIdentities {

  /** Session attribute holding the {@link PendingLink} of this browser, if any. */
  static final String PENDING_LINK = "crewbid.pendingUpworkLink";

  /** How long a browser has to confirm a link with the password. */
  static final Duration CONFIRMATION_WINDOW = Duration.ofMinutes(10);

  /** What an Upwork account signs in as. */
  sealed interface Resolution {}

  /** Linked (now or before), or newly created ({@code created}). */
  record Linked(UserRecord user, boolean created) implements Resolution {}

  /** An account with the same e-mail exists: its password must confirm the link. */
  record NeedsConfirmation(PendingLink link) implements Resolution {}

  /** This Upwork account cannot sign in here; {@code reason} is a stable code for the SPA. */
  record Refused(String reason, UserRecord existing) implements Resolution {}

  /**
   * A link waiting for the existing account's password ({@code confirmed} false), or confirmed and
   * waiting for the sign-in to complete. Kept in the (Redis) session, so serialisable.
   */
  record PendingLink(
      UUID userId,
      String email,
      String upworkUserId,
      String upworkEmail,
      String upworkName,
      Instant startedAt,
      boolean confirmed)
      implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    PendingLink asConfirmed() {
      return new PendingLink(userId, email, upworkUserId, upworkEmail, upworkName, startedAt, true);
    }

    boolean expired(Instant now) {
      return startedAt.plus(CONFIRMATION_WINDOW).isBefore(now);
    }
  }

  private final UserRecords users;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final PersonalAudit audit;
  private final IdentityMails mails;
  private final SecurityAlerts alerts;
  private final Clock clock;

  UpworkIdentities(
      UserRecords users,
      JdbcClient jdbc,
      TransactionTemplate tx,
      PersonalAudit audit,
      IdentityMails mails,
      SecurityAlerts alerts,
      Clock clock) {
    this.users = users;
    this.jdbc = jdbc;
    this.tx = tx;
    this.audit = audit;
    this.mails = mails;
    this.alerts = alerts;
    this.clock = clock;
  }

  Resolution resolve(OAuth2User upwork) {
    String subject = upwork.getName();
    String email =
        String.valueOf(upwork.getAttributes().getOrDefault("email", ""))
            .trim()
            .toLowerCase(Locale.ROOT);
    String name = String.valueOf(upwork.getAttributes().getOrDefault("name", "")).trim();
    Optional<UserRecord> linked = linkedPerson(subject);
    if (linked.isPresent()) {
      return linked.get().isPlatformAdmin()
          ? new Refused("admin-account", linked.get())
          : new Linked(linked.get(), false);
    }
    Optional<UserRecord> sameEmail =
        email.isBlank() ? Optional.empty() : users.findByEmailIgnoreCase(email);
    if (sameEmail.isPresent()) {
      UserRecord existing = sameEmail.get();
      if (existing.isPlatformAdmin()) {
        return new Refused("admin-account", existing);
      }
      if (existing.passwordHash() == null) {
        // Nothing the person could confirm the link with.
        return new Refused("account-exists", existing);
      }
      return new NeedsConfirmation(
          new PendingLink(
              existing.id().value(),
              existing.email(),
              subject,
              email,
              name,
              clock.instant(),
              false));
    }
    UserRecord created =
        tx.execute(
            status -> {
              UserRecord user =
                  users.saveAndFlush(
                      UserRecord.member(
                          email.isBlank() ? subject + "@users.upwork.invalid" : email,
                          name.isBlank() ? "Upwork user" : name,
                          null));
              insertIdentity(user.id(), subject, email);
              return user;
            });
    audit.record(
        created.id(),
        "account.created",
        created.email(),
        AuditOutcome.SUCCESS,
        Map.of("method", "upwork", "upworkUserId", subject));
    return new Linked(created, true);
  }

  /** Makes the link a confirmed {@link PendingLink} asked for, once its sign-in completed. */
  void completePendingLink(HttpSession session, CrewbidPrincipal principal) {
    if (!(session.getAttribute(PENDING_LINK) instanceof PendingLink pending)) {
      return;
    }
    session.removeAttribute(PENDING_LINK);
    if (!pending.confirmed() || !pending.userId().equals(principal.userId().value())) {
      return;
    }
    boolean inserted =
        Boolean.TRUE.equals(
            tx.execute(
                status ->
                    linkedPerson(pending.upworkUserId()).isEmpty()
                        && insertIdentity(
                                principal.userId(), pending.upworkUserId(), pending.upworkEmail())
                            == 1));
    if (inserted) {
      audit.record(
          principal.userId(),
          "auth.upwork-linked",
          pending.email(),
          AuditOutcome.SUCCESS,
          Map.of("upworkUserId", pending.upworkUserId(), "confirmedWith", "password"));
      mails.upworkLinked(pending.email(), pending.upworkName(), pending.upworkEmail());
    }
  }

  /**
   * Records a refused Upwork sign-in in the person's logs; an Upwork account claiming a platform
   * admin's e-mail also raises an alert.
   */
  void refused(Refused refusal, String upworkUserId) {
    Attribution by = Attribution.current().anonymous();
    UserRecord person = refusal.existing();
    audit.record(
        by,
        person.id(),
        "auth.upwork-link-refused",
        person.email(),
        AuditOutcome.DENIED,
        Map.of("upworkUserId", upworkUserId, "reason", refusal.reason()));
    if (person.isPlatformAdmin()) {
      alerts.raiseAboutPerson(
          person.id(),
          SecurityAlerts.Kind.UPWORK_LINK,
          "WARNING",
          "Sign in with Upwork as "
              + person.email()
              + " was refused: platform admins use their"
              + " password",
          by.ip(),
          Map.of("upworkUserId", upworkUserId));
    }
  }

  private Optional<UserRecord> linkedPerson(String subject) {
    return jdbc.sql(
            "select user_id from platform.user_identities where provider = 'upwork' and subject = ?")
        .param(subject)
        .query(UUID.class)
        .optional()
        .flatMap(users::findById);
  }

  private int insertIdentity(UserId user, String subject, String email) {
    return jdbc.sql(
            "insert into platform.user_identities (id, user_id, provider, subject, email)"
                + " values (?, ?, 'upwork', ?, ?) on conflict (provider, subject) do nothing")
        .params(UUID.randomUUID(), user.value(), subject, email)
        .update();
  }
}
