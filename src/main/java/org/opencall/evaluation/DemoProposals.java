package org.opencall.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.opencall.submissions.ProposalInput;

/**
 * The six proposals of the closed demo call, one per company, with keywords that meet the
 * demo experts' expertise in different measures, so that the assignment has choices to
 * weigh.
 */
final class DemoProposals {

	private static final String BEDS = "Bed and patient flow";

	private static final String SUPPLIES = "Medicines and supplies on the wards";

	private static final Set<String> DECLARATIONS = Set.of("ACCURATE_INFORMATION", "NOT_IN_EXCLUSION_SITUATION",
			"NO_DOUBLE_FUNDING", "ETHICS_AND_DATA_PROTECTION");

	static final List<Proposal> ALL = List.of(proposal("carla", BEDS, "BedFlow: discharge prediction for bed managers",
			"BEDFLOW",
			"A machine-learning model reads the electronic health record every morning and tells bed"
					+ " managers which patients are likely to go home within 24 hours, or to be followed at home by"
					+ " remote monitoring, so that beds are prepared before the emergency department needs them.",
			"49000", 6, "A data scientist, a former bed manager and two software engineers",
			"Hospital Universitario La Paz (Madrid)",
			List.of("hospital logistics", "machine learning", "patient flow", "remote monitoring")),
			proposal("david", SUPPLIES, "WardStock: RFID stock tracking for ward supplies", "WARDSTOCK",
					"RFID-tagged cabinets count consumables and medicines on every ward and reorder from the"
							+ " central store before a shortage, cutting expired stock and emergency orders.",
					"45000", 7, "Three engineers and a hospital procurement specialist",
					"Universitätsklinikum Heidelberg",
					List.of("hospital logistics", "procurement", "RFID", "inventory management")),
			proposal("femke", BEDS, "CareRoute: AI scheduling of patient transport", "CAREROUTE",
					"An optimiser plans porters and patient transport inside the hospital from live requests,"
							+ " so that patients reach imaging and theatres on time and porters walk less.",
					"40000", 5, "Two operations researchers and a nurse", "Erasmus MC (Rotterdam)",
					List.of("patient flow", "machine learning", "scheduling", "clinical decision support")),
			proposal("gael", SUPPLIES, "MedLink: FHIR medication supply between pharmacy and wards", "MEDLINK",
					"MedLink exchanges orders, dispensing and stock levels between the hospital pharmacy and the"
							+ " wards as HL7 FHIR resources, so that every system sees the same stock at once.",
					"50000", 6, "A pharmacist, an interoperability architect and two developers",
					"Hospices Civils de Lyon",
					List.of("HL7 FHIR", "interoperability", "hospital pharmacy", "procurement")),
			proposal("alice", BEDS, "DischargeReady: wearable signals for safe early discharge", "DISCHARGEREADY",
					"Patients wear a light sensor in their last days on the ward; their recovery signals tell"
							+ " the team who can safely go home early and be followed remotely from there.",
					"48000", 6, "Two engineers, a cardiologist and a data scientist", "Coimbra University Hospital",
					List.of("wearable sensors", "remote monitoring", "patient flow", "machine learning")),
			proposal("bob", BEDS, "FlowBoard: a real-time capacity centre for hospitals", "FLOWBOARD",
					"FlowBoard joins admissions, theatre plans and the electronic health record into one live"
							+ " picture of the hospital's capacity, with alerts when a ward is about to overflow.",
					"47000", 7, "Four software engineers and a former head of patient flow", "Region Skåne",
					List.of("hospital logistics", "electronic health records", "interoperability", "dashboards")));

	private DemoProposals() {
	}

	private static Proposal proposal(String applicant, String challenge, String title, String acronym, String summary,
			String amount, int trl, String team, String partners, List<String> keywords) {
		ProposalInput input = new ProposalInput(challenge, title, acronym, summary, new BigDecimal(amount), trl, team,
				partners, DECLARATIONS, keywords);
		return new Proposal(applicant, input,
				List.of(acronym + " - technical proposal", title, "", "1. Excellence: the need and the idea",
						"2. Impact: patients, staff and the hospital's budget", "3. Implementation: team, plan, risks",
						"", "Partners: " + partners),
				List.of(acronym + " - budget", "Requested grant: EUR " + amount, "",
						"Personnel 70%, equipment 15%, pilot costs 10%, travel 5%"));
	}

	record Proposal(String applicant, ProposalInput input, List<String> technicalProposal, List<String> budget) {
	}

}
