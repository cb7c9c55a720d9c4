/**
 * The client of Upwork's GraphQL API: {@link com.crewbid.upwork.client.UpworkClient} runs a
 * document as an Upwork user, within Upwork's limits (a Redis token bucket per egress IP shared by
 * every replica, a daily budget per API key shared fairly between tenants), retries what is
 * transient, opens a circuit when Upwork keeps failing, and maps GraphQL errors to typed
 * exceptions. Exposed to other modules as the {@code client} interface of {@code upwork}.
 */
@NamedInterface("client")
package com.crewbid.upwork.client;

import org.springframework.modulith.NamedInterface;
