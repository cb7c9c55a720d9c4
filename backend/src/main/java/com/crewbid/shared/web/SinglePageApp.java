package com.crewbid.shared.web;

import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Angular app's files, and its index page for client-side routes, so a deep link or a
 * reload of {@code /agency/audit} works. Files that do not exist (a name with an extension) and the
 * server's own paths stay 404.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApp implements WebMvcConfigurer {

  private static final List<String> SERVER_PATHS =
      List.of("api/", "actuator", "v3/", "upwork-sandbox/", "oauth2/", "login/", "error", "demo/");

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .resourceChain(true)
        .addResolver(new IndexFallback());
  }

  private static final class IndexFallback extends PathResourceResolver {

    @Override
    protected Resource getResource(String path, Resource location) throws IOException {
      Resource file = location.createRelative(path);
      if (file.exists() && file.isReadable()) {
        return file;
      }
      String last = path.substring(path.lastIndexOf('/') + 1);
      if (last.contains(".") || SERVER_PATHS.stream().anyMatch(path::startsWith)) {
        return null;
      }
      Resource index = location.createRelative("index.html");
      return index.exists() ? index : null;
    }
  }
}
