package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Experts and proposals for assignment tests and the benchmark: a health-innovation
 * vocabulary where some terms are far more common than others, organisations with legal
 * forms and own e-mail domains (and some experts on webmail), a handful of countries.
 */
public final class AssignmentFixtures {

	private static final String[] WORDS = { "remote", "monitoring", "diabetes", "telemedicine", "sensor", "wearable",
			"machine learning", "imaging", "radiology", "oncology", "cardiology", "stroke", "rehabilitation", "elderly",
			"care", "home", "hospital", "logistics", "pharmacy", "medication", "adherence", "triage", "emergency",
			"nursing", "workflow", "interoperability", "fhir", "privacy", "cybersecurity", "genomics", "pathology",
			"diagnostics", "point of care", "ultrasound", "robotics", "surgery", "anaesthesia", "infection", "sepsis",
			"antimicrobial", "mental health", "dementia", "paediatrics", "maternity", "nutrition", "obesity",
			"physiotherapy", "virtual reality", "digital twin", "blockchain", "natural language", "speech",
			"scheduling", "supply chain", "sterilisation", "energy", "sustainability", "waste", "patient flow",
			"bed management" };

	private static final String[] COUNTRIES = { "PT", "SE", "ES", "DE", "FR", "IT", "NL", "FI", "PL", "IE" };

	private static final String[] LEGAL_FORMS = { "Lda.", "AB", "S.L.", "GmbH", "SAS", "S.r.l.", "B.V.", "Oy",
			"Sp. z o.o.", "Ltd" };

	private AssignmentFixtures() {
	}

	/** A term of the vocabulary, the common ones far more often than the rare ones. */
	public static String term(Random random) {
		int index = (int) (WORDS.length * Math.pow(random.nextDouble(), 2));
		return WORDS[index];
	}

	public static Set<String> terms(Random random, int count) {
		Set<String> terms = new LinkedHashSet<>();
		while (terms.size() < count) {
			terms.add(term(random));
		}
		return terms;
	}

	public static String organisation(int number) {
		return "Org" + number + " " + WORDS[number % WORDS.length].split(" ")[0] + " "
				+ LEGAL_FORMS[number % LEGAL_FORMS.length];
	}

	public static String domain(int number) {
		return "org" + number + ".example." + COUNTRIES[number % COUNTRIES.length].toLowerCase(Locale.ROOT);
	}

	public static String country(int number) {
		return COUNTRIES[number % COUNTRIES.length];
	}

	/** Experts of {@code organisations} organisations, one in ten on webmail. */
	public static List<Candidate> experts(Random random, int count, int organisations, int fewestLoad, int mostLoad) {
		List<Candidate> experts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int organisation = random.nextInt(organisations);
			String domain = (random.nextInt(10) == 0) ? "gmail.com" : domain(organisation);
			experts.add(new Candidate(String.format("expert%05d", i), "Expert " + i + " Surname" + i,
					organisation(organisation), domain, country(organisation), terms(random, 4 + random.nextInt(8)),
					fewestLoad + random.nextInt(mostLoad - fewestLoad + 1)));
		}
		return experts;
	}

	/**
	 * Proposals of applicants among {@code organisations}, some naming partners or
	 * experts.
	 */
	public static List<ProposalToAssign> proposals(Random random, int count, int organisations, int experts) {
		List<ProposalToAssign> proposals = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int applicant = random.nextInt(organisations);
			String partners = (random.nextInt(4) == 0) ? organisation(random.nextInt(organisations)) + " (pilot site)"
					: "";
			String team = "Jane Doe (lead), Expert " + random.nextInt(Math.max(1, experts * 20)) + " Surname"
					+ random.nextInt(Math.max(1, experts * 20)) + " (adviser)";
			Set<String> keywords = terms(random, 3 + random.nextInt(4));
			String text = "Challenge: " + term(random) + " and " + term(random) + ". Solution " + i + " brings "
					+ term(random) + " to " + term(random) + " with " + term(random) + ".";
			proposals.add(new ProposalToAssign(String.format("SUB-%05d", i), organisation(applicant),
					Set.of(domain(applicant), "gmail.com"), country(applicant), partners, team, keywords, text));
		}
		return proposals;
	}

}
