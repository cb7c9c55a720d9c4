package com.crewbid.proposals.internal;

import com.crewbid.shared.UserId;

/** A named person acting on a proposal (the outcome sync acts without one). */
public record Actor(UserId id, String name) {}
