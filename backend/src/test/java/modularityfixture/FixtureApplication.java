package modularityfixture;

import org.springframework.modulith.Modulith;

/** A tiny application whose modules break their charters, to show the modularity check bites. */
@Modulith
public class FixtureApplication {}
