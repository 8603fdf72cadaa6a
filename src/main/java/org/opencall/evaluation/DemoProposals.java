package org.opencall.evaluation;

import java.util.List;

/**
 * The six proposals of the closed demo call, one per company, with keywords that meet the
 * demo experts' expertise in different measures, so that the assignment has choices to
 * weigh.
 */
final class DemoProposals {

	private static final String BEDS = "Bed and patient flow";

	private static final String SUPPLIES = "Medicines and supplies on the wards";

	static final List<DemoProposal> ALL = List.of(DemoProposal.of("carla", BEDS,
			"BedFlow: discharge prediction for bed managers", "BEDFLOW",
			"A machine-learning model reads the electronic health record every morning and tells bed"
					+ " managers which patients are likely to go home within 24 hours, or to be followed at home by"
					+ " remote monitoring, so that beds are prepared before the emergency department needs them.",
			"49000", 6, "A data scientist, a former bed manager and two software engineers",
			"Hospital Universitario La Paz (Madrid)",
			List.of("hospital logistics", "machine learning", "patient flow", "remote monitoring")),
			DemoProposal.of("david", SUPPLIES, "WardStock: RFID stock tracking for ward supplies", "WARDSTOCK",
					"RFID-tagged cabinets count consumables and medicines on every ward and reorder from the"
							+ " central store before a shortage, cutting expired stock and emergency orders.",
					"45000", 7, "Three engineers and a hospital procurement specialist",
					"Universitätsklinikum Heidelberg",
					List.of("hospital logistics", "procurement", "RFID", "inventory management")),
			DemoProposal.of("femke", BEDS, "CareRoute: AI scheduling of patient transport", "CAREROUTE",
					"An optimiser plans porters and patient transport inside the hospital from live requests,"
							+ " so that patients reach imaging and theatres on time and porters walk less.",
					"40000", 5, "Two operations researchers and a nurse", "Erasmus MC (Rotterdam)",
					List.of("patient flow", "machine learning", "scheduling", "clinical decision support")),
			DemoProposal.of("gael", SUPPLIES, "MedLink: FHIR medication supply between pharmacy and wards", "MEDLINK",
					"MedLink exchanges orders, dispensing and stock levels between the hospital pharmacy and the"
							+ " wards as HL7 FHIR resources, so that every system sees the same stock at once.",
					"50000", 6, "A pharmacist, an interoperability architect and two developers",
					"Hospices Civils de Lyon",
					List.of("HL7 FHIR", "interoperability", "hospital pharmacy", "procurement")),
			DemoProposal.of("alice", BEDS, "DischargeReady: wearable signals for safe early discharge",
					"DISCHARGEREADY",
					"Patients wear a light sensor in their last days on the ward; their recovery signals tell"
							+ " the team who can safely go home early and be followed remotely from there.",
					"48000", 6, "Two engineers, a cardiologist and a data scientist", "Coimbra University Hospital",
					List.of("wearable sensors", "remote monitoring", "patient flow", "machine learning")),
			DemoProposal.of("bob", BEDS, "FlowBoard: a real-time capacity centre for hospitals", "FLOWBOARD",
					"FlowBoard joins admissions, theatre plans and the electronic health record into one live"
							+ " picture of the hospital's capacity, with alerts when a ward is about to overflow.",
					"47000", 7, "Four software engineers and a former head of patient flow", "Region Skåne",
					List.of("hospital logistics", "electronic health records", "interoperability", "dashboards")));

	private DemoProposals() {
	}

}
