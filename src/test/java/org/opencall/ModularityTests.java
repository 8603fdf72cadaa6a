package org.opencall;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OpencallApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
