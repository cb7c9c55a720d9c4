package com.crewbid.identity.internal;

import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.passwords.PasswordPolicy;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail and password accounts: created through invitations, their passwords checked by policy. */
@Service
public class LocalAccounts {

  private final UserRecords users;
  private final PasswordEncoder passwords;
  private final Invitations invitations;
  private final SignIns signIns;
  private final SessionViews views;
  private final AgencySessions agencySessions;
  private final TransactionTemplate tx;
  private final PasswordPolicy policy;

  LocalAccounts(
      UserRecords users,
      PasswordEncoder passwords,
      Invitations invitations,
      SignIns signIns,
      SessionViews views,
      AgencySessions agencySessions,
      TransactionTemplate tx,
      PasswordPolicy policy) {
    this.users = users;
    this.passwords = passwords;
    this.invitations = invitations;
    this.signIns = signIns;
    this.views = views;
    this.agencySessions = agencySessions;
    this.tx = tx;
    this.policy = policy;
  }

  public SessionView acceptInvitation(
      String token,
      String displayName,
      String password,
      HttpServletRequest request,
      HttpServletResponse response) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    InvitationRecord invitation = invitations.pending(token);
    if (auth != null
        && auth.getPrincipal() instanceof CrewbidPrincipal principal
        && !SessionViews.isMfaPending(auth)) {
      // An invitation is for its address only: the link may have been forwarded, or leaked.
      String signedInAs =
          users.findById(principal.userId().value()).map(UserRecord::email).orElse("");
      if (!signedInAs.equalsIgnoreCase(invitation.email())) {
        invitations.refusedForAnotherEmail(invitation, signedInAs);
        throw new ProblemException(
            ProblemType.INVITATION_EMAIL_MISMATCH,
            "This invitation is for "
                + invitation.email()
                + ", but you are signed in as "
                + signedInAs
                + ". Sign in with that address, or ask for an invitation to yours.");
      }
      TenantId tenant = invitations.accept(token, principal.userId());
      invitations.audit(tenant, principal.getUsername(), invitation.role());
      agencySessions.select(tenant);
      return views.of(auth, request);
    }
    if (users.findByEmailIgnoreCase(invitation.email()).isPresent()) {
      throw new ProblemException(
          ProblemType.NOT_SIGNED_IN,
          "An account with this e-mail exists: sign in first, then open the link again.");
    }
    requireNewAccountFields(displayName, password, invitation.email());
    UserRecord created =
        tx.execute(
            status -> {
              UserRecord user =
                  users.save(
                      UserRecord.member(
                          invitation.email(), displayName, passwords.encode(password)));
              user.verifyEmail();
              invitations.accept(token, user.id());
              return user;
            });
    invitations.audit(invitation.tenantId(), created.email(), invitation.role());
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    CrewbidPrincipal principal = new CrewbidPrincipal(created);
    principal.eraseCredentials();
    signIns.firstFactorPassed(principal, "invitation", request, response);
    request.getSession().setAttribute(SessionViews.SELECTED_TENANT, invitation.tenantId().value());
    return views.of(SecurityContextHolder.getContext().getAuthentication(), request);
  }

  private void requireNewAccountFields(String displayName, String password, String email) {
    List<ProblemException.FieldProblem> problems = new java.util.ArrayList<>();
    if (displayName == null || displayName.isBlank()) {
      problems.add(new ProblemException.FieldProblem("displayName", "Enter your name."));
    }
    problems.addAll(passwordProblems(password, email, displayName));
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Some fields are invalid.", problems);
    }
  }

  List<ProblemException.FieldProblem> passwordProblems(
      String password, String email, String displayName) {
    return policy.check(password == null ? "" : password, email, displayName).stream()
        .map(problem -> new ProblemException.FieldProblem("password", problem.message()))
        .toList();
  }
}
