package org.opencall.calls;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallStatus;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.Challenge;
import org.opencall.calls.domain.Criterion;
import org.opencall.calls.domain.EligibilityRules;

/**
 * A call as pages and the JSON API show it. The public view leaves out how the call was
 * prepared and reviewed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallView(String reference, String programmeCode, String programmeName, String title, String description,
		List<Challenge> challenges, BigDecimal totalBudget, BigDecimal maxGrant, String currency, Instant opensAt,
		Instant deadline, String timeZone, LocalDateTime localOpening, LocalDateTime localDeadline,
		int evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
		EligibilityRules eligibility, CallStatus status, String draftedBy, Set<String> preparedBy, String reviewedBy,
		String reviewComment, Instant publishedAt, Instant closedAt) {

	static CallView of(Call call, String programmeName) {
		CallTerms terms = call.terms();
		return new CallView(call.reference(), call.programmeCode(), programmeName, terms.title(), terms.description(),
				terms.challenges(), terms.totalBudget(), terms.maxGrant(), terms.currency().getCurrencyCode(),
				terms.opensAt(), terms.deadline(), terms.timeZone().getId(),
				LocalDateTime.ofInstant(terms.opensAt(), terms.timeZone()),
				LocalDateTime.ofInstant(terms.deadline(), terms.timeZone()), terms.evaluatorsPerSubmission(),
				terms.criteria(), terms.overallThreshold(), terms.eligibility(), call.status(), call.draftedBy(),
				call.preparedBy(), call.reviewedBy(), call.reviewComment(), call.publishedAt(), call.closedAt());
	}

	CallView publicView() {
		return new CallView(this.reference, this.programmeCode, this.programmeName, this.title, this.description,
				this.challenges, this.totalBudget, this.maxGrant, this.currency, this.opensAt, this.deadline,
				this.timeZone, this.localOpening, this.localDeadline, this.evaluatorsPerSubmission, this.criteria,
				this.overallThreshold, this.eligibility, this.status, null, null, null, null, this.publishedAt,
				this.closedAt);
	}

	public Set<String> eligibleCountries() {
		return this.eligibility.countries();
	}

	public Set<String> eligibleOrganisationTypes() {
		return this.eligibility.organisationTypes();
	}

	public int trlMin() {
		return this.eligibility.trlMin();
	}

	public int trlMax() {
		return this.eligibility.trlMax();
	}

	public boolean isOpen() {
		return this.status == CallStatus.OPEN;
	}

	public boolean isPublished() {
		return this.status.isPublic();
	}

	public List<String> challengeTitles() {
		return this.challenges.stream().map(Challenge::title).toList();
	}

	public boolean isEditable() {
		return this.status.isEditable();
	}

}
