package org.opencall.evaluation;

import java.time.Clock;
import java.util.List;

import org.opencall.evaluation.domain.Expert;
import org.opencall.evaluation.domain.ExpertProfile;
import org.opencall.evaluation.domain.ExpertRepository;
import org.opencall.identity.Directory;
import org.opencall.identity.Roles;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo cast's evaluators in the expert pool, approved by olivia, each with their own
 * expertise: eva remote monitoring, emil AI diagnostics, elena interoperability, erik
 * medical devices regulation and hospital logistics. Demo profile only.
 */
@Component
@Profile("demo")
class DemoExperts {

	private static final List<DemoExpert> EXPERTS = List.of(
			new DemoExpert("eva",
					new ExpertProfile("NOVA School of Science and Technology", "PT",
							List.of("remote monitoring", "wearable sensors", "heart failure", "telehealth"),
							List.of("digital health", "chronic care"), 8)),
			new DemoExpert("emil",
					new ExpertProfile("Karolinska Institutet", "SE",
							List.of("AI diagnostics", "medical imaging", "machine learning",
									"clinical decision support"),
							List.of("artificial intelligence", "diagnostics"), 10)),
			new DemoExpert("elena",
					new ExpertProfile("Politecnico di Milano", "IT",
							List.of("interoperability", "HL7 FHIR", "electronic health records", "data protection"),
							List.of("health informatics", "digital health"), 6)),
			new DemoExpert("erik",
					new ExpertProfile("Hansen Regulatory Advisory", "DK",
							List.of("medical devices regulation", "MDR", "hospital logistics", "procurement"),
							List.of("regulation", "hospital operations"), 12)));

	private final ExpertRepository experts;

	private final Directory directory;

	private final Clock clock;

	DemoExperts(ExpertRepository experts, Directory directory, Clock clock) {
		this.experts = experts;
		this.directory = directory;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(3)
	@Transactional
	void seed() {
		for (DemoExpert demo : EXPERTS) {
			if (this.experts.findById(demo.userId()).isEmpty()) {
				Expert expert = Expert.register(demo.userId(), demo.profile(), true, this.clock.instant());
				expert.approve("olivia", this.clock.instant());
				this.experts.save(expert);
			}
			this.directory.grantRole(demo.userId(), Roles.EXPERTS);
			this.directory.grantRole(demo.userId(), Roles.EVALUATORS);
		}
	}

	private record DemoExpert(String userId, ExpertProfile profile) {
	}

}
