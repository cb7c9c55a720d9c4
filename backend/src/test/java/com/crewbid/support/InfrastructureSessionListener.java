package com.crewbid.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Chooses the test infrastructure once, before any test class loads a Spring context. */
public class InfrastructureSessionListener implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    TestInfrastructure.choose();
  }
}
