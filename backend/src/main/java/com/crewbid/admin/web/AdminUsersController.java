package com.crewbid.admin.web;

import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.UserAdministration;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Admin: users", description = "Platform admins find, lock and unlock accounts (ADMIN)")
class AdminUsersController {

  private final UserAdministration users;
  private final AgencySessions sessions;

  AdminUsersController(UserAdministration users, AgencySessions sessions) {
    this.users = users;
    this.sessions = sessions;
  }

  @GetMapping
  @Operation(summary = "Find people by e-mail or name")
  PageResponse<UserAdministration.UserSummary> list(
      @RequestParam(required = false) String query,
      @ParameterObject @PageableDefault(size = 20, sort = "email", direction = Sort.Direction.ASC)
          Pageable pageable) {
    return PageResponse.of(users.find(query, pageable), u -> u);
  }

  @PostMapping("/{userId}/lock")
  @Operation(summary = "Lock an account: sign-in refused, every session ended")
  UserAdministration.UserSummary lock(@PathVariable UUID userId) {
    return users.lock(userId, sessions.currentEmail());
  }

  @PostMapping("/{userId}/unlock")
  @Operation(summary = "Unlock an account")
  UserAdministration.UserSummary unlock(@PathVariable UUID userId) {
    return users.unlock(userId, sessions.currentEmail());
  }
}
