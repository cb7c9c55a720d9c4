/**
 * The Upwork sandbox: a faithful simulator of Upwork's authorize, token and GraphQL endpoints,
 * served by the application itself under {@code /upwork-sandbox/**} when {@code
 * crewbid.upwork.sandbox.enabled=true}. Upwork has no sandbox of its own.
 *
 * <p>State that Upwork keeps (authorization codes, tokens, injected faults, submitted proposals,
 * sent messages) lives in Redis under {@code upwork-sandbox:}, so several application instances
 * sharing a Redis act as one Upwork. The seeded people, organizations, contracts and rooms come
 * from {@code upwork/sandbox-seed.json}; job postings are generated deterministically and appear as
 * the sandbox clock moves.
 */
package com.crewbid.upwork.sandbox;
