package com.crewbid.upwork.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Lets a test learn the values of the tokens the sandbox issues while it listens, to prove they are
 * stored nowhere in plain text and logged nowhere. Kept in this JVM's memory only while a {@link
 * Recording} is open; the sandbox itself stores only hashes of its tokens.
 */
@Component
@SandboxEnabled
public class SandboxIssuedTokens {

  /** The tokens issued while it was open, in order; close it to stop listening. */
  public static final class Recording implements AutoCloseable {

    private final SandboxIssuedTokens owner;
    private final List<String> tokens = new CopyOnWriteArrayList<>();

    private Recording(SandboxIssuedTokens owner) {
      this.owner = owner;
    }

    public List<String> tokens() {
      return List.copyOf(tokens);
    }

    @Override
    public void close() {
      owner.recordings.remove(this);
    }
  }

  private final List<Recording> recordings = new CopyOnWriteArrayList<>();

  public Recording record() {
    Recording recording = new Recording(this);
    recordings.add(recording);
    return recording;
  }

  void issued(String accessToken, String refreshToken) {
    for (Recording recording : new ArrayList<>(recordings)) {
      recording.tokens.add(accessToken);
      recording.tokens.add(refreshToken);
    }
  }
}
