package org.komar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the package-by-feature layout honest: no cycles between modules, no reaching into a module's insides. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(KomarApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_documentation_is_generated() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
