package org.opencall.identity;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's settings that administrators keep: the address its reports to the funder
 * go to. A report that could not be mailed for want of it becomes an engine incident;
 * once the address is set, the job is retried in Cockpit (or the engine REST API).
 */
@RestController
@RequestMapping("/api/admin/programmes/{code}")
class ProgrammeSettingsApiController {

	private final Directory directory;

	ProgrammeSettingsApiController(Directory directory) {
		this.directory = directory;
	}

	@PutMapping("/funder-email")
	FunderAddress setFunderEmail(@PathVariable String code, @RequestBody(required = false) FunderAddress request) {
		this.directory.setFunderEmail(code, (request != null) ? request.funderEmail() : null);
		return new FunderAddress(this.directory.funderEmail(code).orElse(null));
	}

	record FunderAddress(String funderEmail) {
	}

}
