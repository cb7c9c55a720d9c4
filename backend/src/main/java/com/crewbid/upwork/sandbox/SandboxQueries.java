package com.crewbid.upwork.sandbox;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

/**
 * A slice of Upwork's GraphQL API that the sandbox answers (identity, job search, proposals…): it
 * wires data fetchers for its fields. Fields no slice wires resolve to null.
 */
interface SandboxQueries {

  void wire(RuntimeWiring.Builder wiring);

  /** The user and organization the request acts as. */
  static SandboxCaller caller(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get(SandboxCaller.class);
  }
}
