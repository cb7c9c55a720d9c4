package com.crewbid.identity.internal;

import com.crewbid.shared.UserId;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as kept in the session (serialised to Redis, without the password). */
public final class CrewbidPrincipal implements UserDetails, CredentialsContainer {

  @Serial private static final long serialVersionUID = 1L;

  private final UserId userId;
  private final String email;
  private final String displayName;
  private final boolean platformAdmin;
  private final boolean locked;
  private String passwordHash;

  CrewbidPrincipal(UserRecord user) {
    this.userId = user.id();
    this.email = user.email();
    this.displayName = user.displayName();
    this.platformAdmin = user.isPlatformAdmin();
    this.locked = user.isLocked();
    this.passwordHash = user.passwordHash();
  }

  public UserId userId() {
    return userId;
  }

  public String displayName() {
    return displayName;
  }

  public boolean platformAdmin() {
    return platformAdmin;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return platformAdmin
        ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
        : List.of(new SimpleGrantedAuthority("ROLE_USER"));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  /**
   * Locked accounts are refused after the password check (see AccountStatusChecks), never before.
   */
  boolean locked() {
    return locked;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CrewbidPrincipal other && other.userId.equals(userId);
  }

  @Override
  public int hashCode() {
    return userId.hashCode();
  }

  @Override
  public String toString() {
    return "CrewbidPrincipal[" + userId + "]";
  }
}
