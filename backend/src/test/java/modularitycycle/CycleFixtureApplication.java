package modularitycycle;

import org.springframework.modulith.Modulith;

/** A second fixture application whose two modules allow each other, and so form a cycle. */
@Modulith
public class CycleFixtureApplication {}
