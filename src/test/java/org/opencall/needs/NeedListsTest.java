package org.opencall.needs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.OrganisationType;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedChallenge;
import org.opencall.needs.domain.NeedChallengeRepository;
import org.opencall.needs.domain.NeedDetails;
import org.opencall.needs.domain.NeedRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;

/**
 * The lists of needs and challenges read rows, not aggregates: they show the same as a
 * need read whole, narrowed by the backlog's filters.
 */
@RepositoryTest
@Import(NeedLists.class)
class NeedListsTest {

	private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");

	@Autowired
	NeedLists lists;

	@Autowired
	NeedRepository needs;

	@Autowired
	NeedChallengeRepository challenges;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	Directory directory;

	UUID hospital;

	@BeforeEach
	void hospital() {
		this.hospital = UUID.randomUUID();
		this.jdbc
			.sql("insert into organisations (id, name, country, type) values (:id, 'Repo Hospital', 'PT', 'HOSPITAL')")
			.param("id", this.hospital)
			.update();
		this.jdbc
			.sql("insert into programmes (code, name) values ('repo-test', 'Repository test') on conflict do nothing")
			.update();
		given(this.directory.organisations(anyCollection())).willReturn(Map.of(this.hospital,
				new Organisation(this.hospital, "Repo Hospital", "PT", OrganisationType.HOSPITAL)));
	}

	@Test
	void aListedNeedShowsWhatItsOwnPageShows() {
		Need need = need("HOME_CARE", "HIGH");
		need.askForClarification("olivia", "Which wards?", NOW);
		need.answerClarification("nora", "Cardiology.", NOW);
		need.askForClarification("oscar", "How many beds?", NOW);
		this.needs.save(need);
		need("EMERGENCY", "LOW");

		NeedView listed = this.lists.ofOrganisation(this.hospital)
			.stream()
			.filter((n) -> n.reference().equals(need.reference()))
			.findFirst()
			.orElseThrow();
		assertThat(listed).isEqualTo(NeedView.of(need, "Repo Hospital", List.of(), List.of(), List.of()));
		assertThat(listed.openQuestion().question()).isEqualTo("How many beds?");
		assertThat(listed.careSettingLabel()).isEqualTo("Home care");
		assertThat(this.lists.ofOrganisation(this.hospital)).hasSize(2);
	}

	@Test
	void theBacklogIsNarrowedByStatusCareSettingUrgencyAndOrganisation() {
		Need homeCare = need("HOME_CARE", "HIGH");
		homeCare.validate("olivia");
		this.needs.save(homeCare);
		Need emergency = need("EMERGENCY", "HIGH");

		assertThat(references(new NeedFilter(NeedState.VALIDATED, "HOME_CARE", "HIGH", this.hospital)))
			.containsExactly(homeCare.reference());
		assertThat(references(new NeedFilter(null, null, "HIGH", this.hospital)))
			.containsExactlyInAnyOrder(homeCare.reference(), emergency.reference());
		assertThat(references(new NeedFilter(NeedState.SUBMITTED, null, null, this.hospital)))
			.containsExactly(emergency.reference());
		assertThat(references(new NeedFilter(null, "EMERGENCY", "LOW", this.hospital))).isEmpty();
		assertThat(references(new NeedFilter(null, null, null, UUID.randomUUID()))).isEmpty();
	}

	@Test
	void challengesListTheirNeedsInOrderAndANeedTracesItsChallenges() {
		Need first = validated();
		Need second = validated();
		NeedChallenge challenge = NeedChallenge.group("repo-test", "Heart failure at home", "", List.of(second, first),
				"olivia");
		challenge.attachTo("HC-2027");
		this.challenges.save(challenge);

		assertThat(this.lists.challenges(List.of("repo-test")))
			.filteredOn((c) -> c.id().equals(challenge.id().toString()))
			.singleElement()
			.isEqualTo(ChallengeView.of(challenge));
		assertThat(this.lists.challenges(List.of())).isEmpty();
		assertThat(this.lists.traceOf(first.reference())).singleElement()
			.isEqualTo(new NeedView.Trace(challenge.id().toString(), "Heart failure at home", "repo-test", "HC-2027"));
	}

	private List<String> references(NeedFilter filter) {
		return this.lists.backlog(filter).stream().map(NeedView::reference).toList();
	}

	private Need validated() {
		Need need = need("HOME_CARE", "HIGH");
		need.validate("olivia");
		return this.needs.save(need);
	}

	private Need need(String careSetting, String urgency) {
		return this.needs.save(Need.submit(this.needs.nextReference(), this.hospital, "nora",
				NeedDetails.of("Heart failure at home", "Readmissions", careSetting, "Patients", 100, "Calls", "Costs",
						"Fewer readmissions", urgency, Set.of("CURRENT_BURDEN", "AFFECTED_COUNT", "ORGANISATION")),
				NOW));
	}

}
