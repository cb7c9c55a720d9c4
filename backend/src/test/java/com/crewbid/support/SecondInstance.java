package com.crewbid.support;

import com.crewbid.CrewbidApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second instance of the application sharing the test context's PostgreSQL and Redis, as a second
 * pod behind a load balancer would; extra arguments set its own properties.
 */
public final class SecondInstance implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private SecondInstance(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static SecondInstance start(Environment env, String... properties) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--spring.datasource.url=" + env.getProperty("spring.datasource.url"));
    args.add("--spring.datasource.username=" + env.getProperty("spring.datasource.username"));
    args.add("--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""));
    args.add("--spring.data.redis.host=" + env.getProperty("spring.data.redis.host"));
    args.add("--spring.data.redis.port=" + env.getProperty("spring.data.redis.port"));
    args.addAll(List.of(properties));
    return new SecondInstance(
        new SpringApplicationBuilder(CrewbidApplication.class)
            .profiles("test")
            .run(args.toArray(String[]::new)));
  }

  public int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  @Override
  public void close() {
    context.close();
  }
}
