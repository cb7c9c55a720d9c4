package com.crewbid.upwork.client;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The API key's requests per UTC day, shared fairly between tenants.
 *
 * <p>The rule: a tenant is <em>active</em> when it called Upwork today or yesterday; each active
 * tenant's fair share is {@code budget / active tenants}. Within its share a tenant is always
 * served (while the key has budget left). Beyond it, a tenant may use what the others leave unused:
 * it is served only while the key's remaining budget exceeds what the other active tenants could
 * still claim of their shares. So a busy tenant can use a quiet day's whole budget, yet never the
 * part a regular user of the product has not yet spent today.
 *
 * <p>Spending per tenant is a Redis hash per key and day ({@code crewbid:upwork:budget:<api
 * key>:<date>}), checked and counted in one script, so replicas agree. The check reads the day's
 * hash: its cost grows with the number of active tenants, which is fine for thousands.
 */
final class DailyBudget implements AutoCloseable {

  enum Verdict {
    ADMITTED,
    KEY_EXHAUSTED,
    SHARE_EXHAUSTED
  }

  static final String KEY_PREFIX = "crewbid:upwork:budget:";

  private static final String SPEND =
      """
      local spent = redis.call('HGETALL', KEYS[1])
      local tenant = ARGV[1]
      local budget = tonumber(ARGV[2])
      local counts = {}
      local total = 0
      for i = 1, #spent, 2 do
        counts[spent[i]] = tonumber(spent[i + 1])
        total = total + counts[spent[i]]
      end
      if total >= budget then return 0 end
      for _, t in ipairs(redis.call('HKEYS', KEYS[2])) do
        if counts[t] == nil then counts[t] = 0 end
      end
      if counts[tenant] == nil then counts[tenant] = 0 end
      local active = 0
      for _ in pairs(counts) do active = active + 1 end
      local share = math.floor(budget / active)
      if counts[tenant] >= share then
        local claimable = 0
        for t, n in pairs(counts) do
          if t ~= tenant and n < share then claimable = claimable + share - n end
        end
        if budget - total <= claimable then return -1 end
      end
      redis.call('HINCRBY', KEYS[1], tenant, 1)
      redis.call('EXPIRE', KEYS[1], ARGV[3])
      return 1
      """;

  /** Today's hash is read tomorrow to know who is active; after that it can go. */
  private static final long KEEP_SECONDS = 3 * 24 * 3600;

  private final StatefulRedisConnection<String, String> connection;
  private final String apiKey;
  private final long budget;
  private final Clock clock;

  DailyBudget(RedisClient redis, String apiKey, long budget, Clock clock) {
    this.connection = redis.connect();
    this.apiKey = apiKey;
    this.budget = budget;
    this.clock = clock;
  }

  /** Counts one request of the tenant, if the rule admits it. */
  Verdict spend(String tenant) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Long answer =
        connection
            .sync()
            .eval(
                SPEND,
                ScriptOutputType.INTEGER,
                new String[] {key(today), key(today.minusDays(1))},
                tenant,
                Long.toString(budget),
                Long.toString(KEEP_SECONDS));
    return switch (answer.intValue()) {
      case 1 -> Verdict.ADMITTED;
      case 0 -> Verdict.KEY_EXHAUSTED;
      default -> Verdict.SHARE_EXHAUSTED;
    };
  }

  private String key(LocalDate day) {
    return KEY_PREFIX + apiKey + ":" + day;
  }

  @Override
  public void close() {
    connection.close();
  }
}
