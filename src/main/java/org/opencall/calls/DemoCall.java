package org.opencall.calls;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.opencall.calls.domain.CallRepository;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's open call: drafted by olivia and approved by oscar at the first start; it
 * opens a minute later (its timer) and stays open for sixty days, so that the demo cast
 * can apply right away. Demo profile only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "opencall.demo.open-call", havingValue = "true")
class DemoCall {

	static final String REFERENCE = "HC-DEMO-01";

	private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

	private final CallRepository calls;

	private final CallDrafting drafting;

	private final CallReview review;

	private final Clock clock;

	DemoCall(CallRepository calls, CallDrafting drafting, CallReview review, Clock clock) {
		this.calls = calls;
		this.drafting = drafting;
		this.review = review;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(3)
	void publish() {
		if (this.calls.existsByReference(REFERENCE)) {
			return;
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), LISBON).truncatedTo(ChronoUnit.MINUTES);
		this.drafting.draft("olivia", "healthchain-founding", REFERENCE, new CallDraft(
				"Remote monitoring of chronic patients at home",
				"HealthChain looks for solutions that let hospitals follow chronic patients at home and act before"
						+ " they need to be readmitted. Up to five SMEs receive a grant and co-create their solution"
						+ " with a hospital for twelve months.",
				List.of(new CallDraft.Challenge("Heart failure at home",
						"Detect decompensation early enough to treat it without readmission."),
						new CallDraft.Challenge("Falls at night in care homes",
								"Detect residents getting up at night and alert the staff.")),
				new BigDecimal("250000"), new BigDecimal("50000"), "EUR", now.plusMinutes(2), now.plusDays(60),
				LISBON.getId(), null, null, null));
		this.drafting.submitForApproval("olivia", REFERENCE);
		this.review.review("oscar", REFERENCE, ReviewDecision.APPROVE, null);
	}

}
