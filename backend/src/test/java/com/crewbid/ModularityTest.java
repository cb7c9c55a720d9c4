package com.crewbid;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import modularitycycle.CycleFixtureApplication;
import modularityfixture.FixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build on a dependency between modules that a module's charter does not allow, or a
 * cycle.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(CrewbidApplication.class);

  @Test
  void whenModulesAreVerifiedThenNoForbiddenDependencyOrCycleExists() {
    MODULES.verify();
  }

  @Test
  void whenAModuleUsesOneItsCharterForbidsThenVerificationFails() {
    ApplicationModules broken = ApplicationModules.of(FixtureApplication.class, location -> true);

    assertThatThrownBy(broken::verify)
        .hasMessageContaining("billing")
        .hasMessageContaining("orders");
  }

  @Test
  void whenTwoModulesDependOnEachOtherThenVerificationFailsEvenIfTheirChartersAllowIt() {
    ApplicationModules cyclic =
        ApplicationModules.of(CycleFixtureApplication.class, location -> true);

    assertThatThrownBy(cyclic::verify)
        .hasMessageContaining("Cycle")
        .hasMessageContaining("shipping")
        .hasMessageContaining("payments");
  }

  @Test
  void writesTheModuleDiagrams() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
