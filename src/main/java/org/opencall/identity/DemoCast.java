package org.opencall.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo cast of the design, password {@value #PASSWORD}; only with the {@code demo}
 * profile, never in production.
 */
@Component
@Profile("demo")
class DemoCast {

	static final String PASSWORD = "demo";

	static final String FOUNDING = "healthchain-founding";

	static final String MIRROR = "healthchain-mirror";

	/** The funders' addresses of the demo programmes. */
	static final String FOUNDING_FUNDER = "reports@founding-funder.example";

	static final String MIRROR_FUNDER = "reports@mirror-funder.example";

	private static final List<Member> CAST = List.of(
			new Member("olivia", "Olivia", "Okafor", "olivia@opencall.example", Roles.PROGRAMME_OFFICERS),
			new Member("oscar", "Oscar", "Lindqvist", "oscar@opencall.example", Roles.PROGRAMME_OFFICERS),
			new Member("otto", "Otto", "Berg", "otto@opencall.example", Roles.PROGRAMME_OFFICERS),
			new Member("peter", "Peter", "Novak", "peter@opencall.example", Roles.PROJECT_OFFICERS),
			new Member("pia", "Pia", "Lund", "pia@opencall.example", Roles.PROJECT_OFFICERS),
			new Member("eva", "Eva", "Martins", "eva@experts.example", Roles.EVALUATORS),
			new Member("emil", "Emil", "Johansson", "emil@experts.example", Roles.EVALUATORS),
			new Member("elena", "Elena", "Rossi", "elena@experts.example", Roles.EVALUATORS),
			new Member("erik", "Erik", "Hansen", "erik@experts.example", Roles.EVALUATORS),
			new Member("aude", "Aude", "Lefebvre", "aude@funder.example", Roles.AUDITORS),
			new Member("alice", "Alice", "Sousa", "alice@medsense.example", Roles.APPLICANTS),
			new Member("bob", "Bob", "Nilsson", "bob@careflow.example", Roles.APPLICANTS),
			new Member("carla", "Carla", "Jiménez", "carla@flowbed.example", Roles.APPLICANTS),
			new Member("david", "David", "Müller", "david@logimed.example", Roles.APPLICANTS),
			new Member("femke", "Femke", "de Vries", "femke@wardwise.example", Roles.APPLICANTS),
			new Member("gael", "Gaël", "Moreau", "gael@pharmatrack.example", Roles.APPLICANTS),
			new Member("nora", "Nora", "Virtanen", "nora@uhospital.example", Roles.NEED_OWNERS),
			new Member("admin", "Ada", "Admin", "admin@opencall.example", Roles.ADMINS));

	private final IdentityService identityService;

	private final Directory directory;

	DemoCast(IdentityService identityService, Directory directory) {
		this.identityService = identityService;
		this.directory = directory;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	void seed() {
		CAST.forEach(this::ensureMember);
		this.directory.registerProgramme(FOUNDING, "HealthChain founding regions");
		this.directory.registerProgramme(MIRROR, "HealthChain mirror regions");
		// where each programme's reports to its funder go (the embedded mail server's
		// page shows them)
		if (this.directory.funderEmail(FOUNDING).isEmpty()) {
			this.directory.setFunderEmail(FOUNDING, FOUNDING_FUNDER);
		}
		if (this.directory.funderEmail(MIRROR).isEmpty()) {
			this.directory.setFunderEmail(MIRROR, MIRROR_FUNDER);
		}
		this.directory.appointOfficer(FOUNDING, "olivia");
		this.directory.appointOfficer(FOUNDING, "oscar");
		this.directory.appointOfficer(MIRROR, "oscar");
		this.directory.appointOfficer(MIRROR, "otto");
		// the founding programme's project officers: two, so that a grant agreement and
		// each payment get a second officer's approval
		this.directory.appointOfficer(FOUNDING, "peter");
		this.directory.appointOfficer(FOUNDING, "pia");
		join("nora", "Coimbra University Hospital", "PT", OrganisationType.HOSPITAL);
		join("alice", "MedSense", "PT", OrganisationType.SME);
		join("bob", "CareFlow", "SE", OrganisationType.START_UP);
		// the applicants of the closed demo call, HC-DEMO-02
		join("carla", "FlowBed Analytics", "ES", OrganisationType.START_UP);
		join("david", "LogiMed Systems", "DE", OrganisationType.SME);
		join("femke", "WardWise", "NL", OrganisationType.START_UP);
		join("gael", "Pharmatrack", "FR", OrganisationType.SME);
		// the webapps ask for a first administrator until the upstream admin group has
		// one
		if (this.identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId("admin").count() == 0) {
			this.identityService.createMembership("admin", Groups.CAMUNDA_ADMIN);
		}
	}

	/** Joins the member to the organisation, unless a later start finds them in one. */
	private void join(String userId, String organisation, String country, OrganisationType type) {
		if (this.directory.organisationOf(userId).isEmpty()) {
			this.directory.joinOrganisation(userId,
					this.directory.registerOrganisation(organisation, country, type).id());
		}
	}

	private void ensureMember(Member member) {
		if (this.identityService.createUserQuery().userId(member.id()).count() == 0) {
			User user = this.identityService.newUser(member.id());
			user.setFirstName(member.firstName());
			user.setLastName(member.lastName());
			user.setEmail(member.email());
			user.setPassword(PASSWORD);
			this.identityService.saveUser(user);
			this.identityService.createMembership(member.id(), member.role());
		}
	}

	private record Member(String id, String firstName, String lastName, String email, String role) {
	}

}
