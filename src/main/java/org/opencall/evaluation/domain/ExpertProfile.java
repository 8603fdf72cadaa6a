package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

/**
 * What an expert tells the pool about their expertise: where they work, their keywords
 * and topics, and how many proposals of one call they take at most.
 */
public record ExpertProfile(String organisation, String country, List<String> keywords, List<String> topics,
		int maxProposalsPerCall) {

	public static final int MIN_KEYWORDS = 1;

	public static final int MAX_KEYWORDS = 20;

	public static final int MIN_TOPICS = 1;

	public static final int MAX_TOPICS = 10;

	/** A reasonable load when the expert does not say. */
	public static final int DEFAULT_MAX_PROPOSALS_PER_CALL = 10;

	public static final int MAX_PROPOSALS_PER_CALL = 100;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public ExpertProfile {
		keywords = List.copyOf(keywords);
		topics = List.copyOf(topics);
	}

	/**
	 * Accepts a profile as entered or refuses it naming every wrong field; a missing
	 * maximum load is {@value #DEFAULT_MAX_PROPOSALS_PER_CALL}.
	 */
	public static ExpertProfile of(String organisation, String country, List<String> keywords, List<String> topics,
			Integer maxProposalsPerCall) {
		List<FieldViolation> violations = new ArrayList<>();
		ExpertProfile profile = check(violations, organisation, country, keywords, topics, maxProposalsPerCall);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return profile;
	}

	/** As {@link #of}, adding the reasons to the violations instead of refusing. */
	public static ExpertProfile check(List<FieldViolation> violations, String organisation, String country,
			List<String> keywords, List<String> topics, Integer maxProposalsPerCall) {
		String name = TextRules.required(violations, "organisation", organisation, TextRules.LINE);
		String code = (country != null) ? country.strip().toUpperCase(Locale.ROOT) : "";
		if (!COUNTRIES.contains(code)) {
			violations.add(new FieldViolation("country", "must be an ISO 3166 country code, e.g. PT"));
		}
		List<String> keywordList = ExpertiseTerms.check(violations, "keywords", keywords, MIN_KEYWORDS, MAX_KEYWORDS);
		List<String> topicList = ExpertiseTerms.check(violations, "topics", topics, MIN_TOPICS, MAX_TOPICS);
		int load = (maxProposalsPerCall != null) ? maxProposalsPerCall : DEFAULT_MAX_PROPOSALS_PER_CALL;
		if (load < 1 || load > MAX_PROPOSALS_PER_CALL) {
			violations.add(new FieldViolation("maxProposalsPerCall",
					"must be a whole number from 1 to " + MAX_PROPOSALS_PER_CALL));
		}
		return new ExpertProfile(name, code, keywordList, topicList, load);
	}

}
