package com.crewbid.tenancy;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * Marks a repository of data that lives in a tenant's schema. Every call on such a repository
 * without a tenant throws {@link MissingTenantException} before any SQL runs.
 */
@NoRepositoryBean
public interface TenantScopedRepository<T, ID> extends Repository<T, ID> {}
