import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on GET /api/jobs: CLIENTS concurrent clients search for SECONDS seconds (after a warm-up),
 * each waiting for its answer before the next request, with the keywords of job-search-pgbench.sql
 * in rotation. Prints latency percentiles and throughput as one line of key=value pairs.
 *
 * <p>java SearchLoad.java BASE_URL SESSION_COOKIE CLIENTS SECONDS WARMUP_SECONDS
 */
public class SearchLoad {

  static final List<String> KEYWORDS =
      List.of(
          "angular",
          "python data",
          "kubernetes terraform",
          "react native",
          "figma designer",
          "seo writer",
          "machine learning",
          "postgresql");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String cookie = args[1];
    int clients = Integer.parseInt(args[2]);
    Duration run = Duration.ofSeconds(Long.parseLong(args[3]));
    Duration warmUp = Duration.ofSeconds(Long.parseLong(args[4]));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    phase(http, base, cookie, clients, warmUp);
    Result result = phase(http, base, cookie, clients, run);
    List<Long> sorted = new ArrayList<>(result.latencies());
    Collections.sort(sorted);
    System.out.printf(
        "requests=%d errors=%d seconds=%.1f throughput=%.1f p50=%.2f p95=%.2f p99=%.2f mean=%.2f%n",
        sorted.size(),
        result.errors(),
        result.seconds(),
        sorted.size() / result.seconds(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6);
    if (result.errors() > 0 || sorted.isEmpty()) {
      // Figures of a run whose requests failed measure the failures, not the search.
      System.err.println(result.errors() + " requests failed: the figures are not valid");
      System.exit(1);
    }
  }

  record Result(List<Long> latencies, int errors, double seconds) {}

  static Result phase(HttpClient http, String base, String cookie, int clients, Duration length)
      throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    long end = started + length.toNanos();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      for (int c = 0; c < clients; c++) {
        pool.submit(
            () -> {
              while (System.nanoTime() < end) {
                String keywords = KEYWORDS.get(next.getAndIncrement() % KEYWORDS.size());
                HttpRequest request =
                    HttpRequest.newBuilder(
                            URI.create(
                                base
                                    + "/api/jobs?size=20&keywords="
                                    + URLEncoder.encode(keywords, StandardCharsets.UTF_8)))
                        .header("Cookie", cookie)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build();
                long t0 = System.nanoTime();
                try {
                  HttpResponse<String> response =
                      http.send(request, HttpResponse.BodyHandlers.ofString());
                  long took = System.nanoTime() - t0;
                  if (response.statusCode() == 200 && response.body().contains("\"items\"")) {
                    latencies.add(took);
                  } else {
                    errors.incrementAndGet();
                  }
                } catch (Exception e) {
                  errors.incrementAndGet();
                }
              }
              return null;
            });
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(new ArrayList<>(latencies), errors.get(), seconds);
  }

  static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
  }
}
