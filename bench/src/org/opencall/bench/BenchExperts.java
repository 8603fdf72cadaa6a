package org.opencall.bench;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.opencall.identity.Roles;

/**
 * Experts the benchmarks add to the evaluators group through the engine's identity
 * service, password {@code demo}, so that they log in and hold tasks like the demo's.
 */
final class BenchExperts {

	private BenchExperts() {
	}

	static void create(IdentityService identity, List<String> usernames, int threads) throws Exception {
		identity.clearAuthentication();
		Load.parallel(threads, usernames.size(), (i) -> {
			User user = identity.newUser(usernames.get(i));
			user.setFirstName("Bench");
			user.setLastName("Expert " + i);
			user.setEmail(usernames.get(i) + "@example.org");
			user.setPassword("demo");
			identity.saveUser(user);
			identity.createMembership(user.getId(), Roles.EVALUATORS);
		});
	}

}
