package com.crewbid.tenancy.internal;

import com.crewbid.tenancy.TenantContext;
import com.crewbid.tenancy.TenantScopedRepository;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every {@link TenantScopedRepository} so that a call without a tenant fails before any SQL
 * runs, instead of reaching whatever schema the connection happens to be in.
 */
class TenantRepositoryGuard implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof TenantScopedRepository<?, ?>)) {
      return bean;
    }
    ProxyFactory proxy = new ProxyFactory(bean);
    proxy.addAdvice(
        (MethodInterceptor)
            invocation -> {
              if (!isObjectMethod(invocation.getMethod().getName())) {
                TenantContext.require(beanName + "." + invocation.getMethod().getName());
              }
              return invocation.proceed();
            });
    return proxy.getProxy(bean.getClass().getClassLoader());
  }

  private static boolean isObjectMethod(String name) {
    return name.equals("toString") || name.equals("hashCode") || name.equals("equals");
  }
}
