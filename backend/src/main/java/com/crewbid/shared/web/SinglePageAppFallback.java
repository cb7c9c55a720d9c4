package com.crewbid.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the Angular app's index page for its client-side routes, so a deep link or a reload of
 * {@code /agency/audit} works. API, actuator, docs and files with an extension are not matched.
 */
@Controller
class SinglePageAppFallback {

  @GetMapping({
    "/{path:^(?!api|actuator|v3|ops|upwork-sandbox|error)[^.]*}",
    "/{path:^(?!api|actuator|v3|ops|upwork-sandbox|error)[^.]*}/**"
  })
  String index() {
    return "forward:/index.html";
  }
}
