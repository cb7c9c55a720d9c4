package com.crewbid.identity.internal;

import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the tenant of each request, once, from the signed-in person's selected membership in the
 * session (never from anything the client sends), and runs the rest of the request inside that
 * tenant's {@link TenantScope}. A suspended agency or a lost membership ends the agency session.
 */
class TenantSelectionFilter extends OncePerRequestFilter {

  private final AgencySelection agencies;
  private final TenantScope tenantScope;
  private final ProblemResponses problems;

  TenantSelectionFilter(
      AgencySelection agencies, TenantScope tenantScope, ProblemResponses problems) {
    this.agencies = agencies;
    this.tenantScope = tenantScope;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof CrewbidPrincipal principal)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<TenantId> selected = SessionViews.selectedTenant(request);
    Optional<AgencySelection.Membership> membership =
        selected.flatMap(tenant -> agencies.membership(principal.userId(), tenant));
    if (membership.isPresent() && membership.get().tenant().isActive()) {
      AgencySelection.Membership m = membership.get();
      CurrentMember member =
          new CurrentMember(principal.userId(), principal.getUsername(), m.tenant().id(), m.role());
      request.setAttribute(CurrentMember.ATTRIBUTE, member);
      try {
        tenantScope.callAs(
            m.tenant().id(),
            () -> {
              chain.doFilter(request, response);
              return null;
            });
      } catch (IOException | ServletException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new ServletException(e);
      }
      return;
    }
    if (selected.isPresent()) {
      // The agency was suspended or the membership removed since sign-in.
      request.getSession().removeAttribute(SessionViews.SELECTED_TENANT);
      if (!principal.platformAdmin() && membership.isPresent()) {
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        problems.write(response, ProblemType.AGENCY_SUSPENDED, "Your agency is suspended.");
        return;
      }
    }
    if (needsAgency(request)) {
      problems.write(response, ProblemType.NO_AGENCY, "Select an agency first.");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * API paths that work without an agency: a person's own account, sign-in, onboarding, the
   * console.
   */
  private static final java.util.List<String> AGENCY_FREE =
      java.util.List.of(
          "/api/auth/", "/api/admin/", "/api/me", "/api/onboarding/", "/api/invitations/");

  /** Agency endpoints: every other {@code /api/**} path. */
  private static boolean needsAgency(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") && AGENCY_FREE.stream().noneMatch(path::startsWith);
  }
}
