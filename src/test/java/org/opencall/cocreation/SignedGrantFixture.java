package org.opencall.cocreation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.contracting.GrantSigned;
import org.opencall.contracting.GrantTerms;
import org.opencall.contracting.SignedGrants;
import org.opencall.identity.Directory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Stands in for contracting in co-creation's tests: the terms of grants it signs, and
 * their signature published as contracting publishes it ({@link GrantSigned} after the
 * company accepts). A test imports it where it needs a signed grant; the grant's company
 * is alice's MedSense, its host nora's hospital, its programme the founding one, and its
 * agreement was prepared by olivia.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedGrantFixture {

	@Bean
	@Primary
	FixtureSignedGrants fixtureSignedGrants(Directory directory, ApplicationEventPublisher events,
			TransactionTemplate transactions, PilotRepository pilots) {
		return new FixtureSignedGrants(directory, events, transactions, pilots);
	}

	/** The signed grants' terms, as the test signs them. */
	public static class FixtureSignedGrants implements SignedGrants {

		private final Map<String, GrantTerms> terms = new ConcurrentHashMap<>();

		private final Directory directory;

		private final ApplicationEventPublisher events;

		private final TransactionTemplate transactions;

		private final PilotRepository pilots;

		FixtureSignedGrants(Directory directory, ApplicationEventPublisher events, TransactionTemplate transactions,
				PilotRepository pilots) {
			this.directory = directory;
			this.events = events;
			this.transactions = transactions;
			this.pilots = pilots;
		}

		@Override
		public Optional<GrantTerms> terms(String grantReference) {
			return Optional.ofNullable(this.terms.get(grantReference));
		}

		@Override
		public List<GrantTerms> ofCall(String callReference) {
			return this.terms.values().stream().filter((t) -> t.callReference().equals(callReference)).toList();
		}

		/**
		 * Signs a grant of 50,000 for alice's MedSense hosted by nora's hospital: 40 %
		 * (20,000) at signature, 45 % (22,500) after milestone 1 (due in 60 days), 15 %
		 * (7,500) after milestone 2 (due in 300 days); one indicator. Answers once its
		 * pilot is open.
		 */
		public GrantTerms sign(String callReference, String need) {
			LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
			String reference = "G-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			GrantTerms terms = new GrantTerms(reference, callReference, "healthchain-founding", "S-000001",
					"CardioWatch at home", organisationOf("alice"), "MedSense", new BigDecimal("50000"), "EUR", today,
					today.plusYears(1), organisationOf("nora"), "Coimbra University Hospital", List.of(need),
					List.of(new GrantTerms.Milestone(1, "Mid-term pilot", "Pilot report on 20 patients",
							today.plusDays(60)),
							new GrantTerms.Milestone(2, "Final report", "Final pilot report", today.plusDays(300))),
					List.of(new GrantTerms.Instalment(1, GrantTerms.AT_SIGNATURE, null, new BigDecimal("40"),
							new BigDecimal("20000")),
							new GrantTerms.Instalment(2, GrantTerms.AFTER_MILESTONE, 1, new BigDecimal("45"),
									new BigDecimal("22500")),
							new GrantTerms.Instalment(3, GrantTerms.AFTER_MILESTONE, 2, new BigDecimal("15"),
									new BigDecimal("7500"))),
					List.of(new GrantTerms.Indicator("Readmissions avoided", "patients", BigDecimal.ZERO,
							new BigDecimal("20"))),
					"olivia", "oscar", 1);
			this.terms.put(reference, terms);
			this.transactions.executeWithoutResult((status) -> this.events
				.publishEvent(new GrantSigned(reference, callReference, terms.submissionReference())));
			await().until(() -> this.pilots.findByGrantReference(reference).isPresent());
			return terms;
		}

		private UUID organisationOf(String user) {
			return this.directory.organisationOf(user).orElseThrow().id();
		}

	}

}
