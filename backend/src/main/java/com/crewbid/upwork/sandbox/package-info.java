/**
 * The Upwork sandbox: a faithful simulator of Upwork's authorize, token and GraphQL endpoints,
 * served by the application itself under {@code /upwork-sandbox/**} when {@code
 * crewbid.upwork.sandbox.enabled=true}. Upwork has no sandbox of its own.
 *
 * <p>State that Upwork keeps (authorization codes, tokens, injected faults) lives in Redis under
 * {@code upwork-sandbox:}, so several application instances sharing a Redis act as one Upwork. The
 * seeded people and organizations come from {@code upwork/sandbox-seed.json}.
 */
package com.crewbid.upwork.sandbox;
