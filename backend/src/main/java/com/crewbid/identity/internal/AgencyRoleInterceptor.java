package com.crewbid.identity.internal;

import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Enforces {@link RequiresAgencyRole} before the handler's arguments are resolved. */
@Component
class AgencyRoleInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final ProblemResponses problems;

  AgencyRoleInterceptor(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    RequiresAgencyRole required =
        AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresAgencyRole.class);
    if (required == null) {
      required =
          AnnotatedElementUtils.findMergedAnnotation(
              method.getBeanType(), RequiresAgencyRole.class);
    }
    if (required == null) {
      return true;
    }
    var member = CurrentMember.find();
    if (member.isEmpty()) {
      problems.write(response, ProblemType.NO_AGENCY, "Select an agency first.");
      return false;
    }
    if (!member.get().can(required.value())) {
      problems.write(
          response,
          ProblemType.FORBIDDEN,
          "This needs the "
              + required.value()
              + " role in the agency; yours is "
              + member.get().role()
              + ".");
      return false;
    }
    return true;
  }
}
