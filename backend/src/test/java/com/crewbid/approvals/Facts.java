package com.crewbid.approvals;

import com.crewbid.shared.Money;
import com.crewbid.shared.UserId;
import java.util.UUID;

/**
 * Facts for tests: an ordinary proposal (500 USD, 4 Connects, a known client), varied by withers.
 */
public record Facts(
    UUID subjectId,
    UserId author,
    Money bid,
    int connects,
    String category,
    boolean newClient,
    int prior) {

  public static Facts any() {
    return new Facts(
        UUID.randomUUID(), UserId.random(), Money.of(500, "USD"), 4, "Web Development", false, 10);
  }

  public static Facts by(UserId author) {
    return any().author(author);
  }

  public Facts subject(UUID subjectId) {
    return new Facts(subjectId, author, bid, connects, category, newClient, prior);
  }

  public Facts author(UserId author) {
    return new Facts(subjectId, author, bid, connects, category, newClient, prior);
  }

  public Facts bid(String amount, String currency) {
    return new Facts(
        subjectId, author, Money.of(amount, currency), connects, category, newClient, prior);
  }

  public Facts connects(int connects) {
    return new Facts(subjectId, author, bid, connects, category, newClient, prior);
  }

  public Facts category(String category) {
    return new Facts(subjectId, author, bid, connects, category, newClient, prior);
  }

  public Facts newClient(boolean newClient) {
    return new Facts(subjectId, author, bid, connects, category, newClient, prior);
  }

  public Facts prior(int prior) {
    return new Facts(subjectId, author, bid, connects, category, newClient, prior);
  }

  public ProposalFacts get() {
    return new ProposalFacts(subjectId, author, bid, connects, category, newClient, prior);
  }
}
