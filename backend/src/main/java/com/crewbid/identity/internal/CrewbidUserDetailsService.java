package com.crewbid.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CrewbidUserDetailsService implements UserDetailsService {

  private final UserRecords users;

  CrewbidUserDetailsService(UserRecords users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    return users
        .findByEmailIgnoreCase(email == null ? "" : email.trim())
        .map(CrewbidPrincipal::new)
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
