package org.opencall.selection;

import java.util.List;

import org.opencall.evaluation.DemoPast.Consensus;
import org.opencall.evaluation.DemoProposal;

/**
 * The six proposals of the evaluated demo call, in the order they are submitted, each
 * with the consensus its experts reach (Excellence, Impact, Quality and efficiency of the
 * implementation; thresholds 3 each and 10 overall). Within the call's budget of €150,000
 * they rank: alice's HOMEWARD (13.5, €60,000) and carla's HOMEBED (12.5, €55,000)
 * selected; gael's DOSEHOME, as high overall as HOMEBED but lower on Excellence, does not
 * fit the €35,000 left and draws the budget line; femke's HOMEROUNDS (11.5) would fit but
 * ranks below the line, so reserve too; bob's VISITPLANNER fails the Impact threshold and
 * david's MEDDROP the overall one.
 */
final class DemoEvaluatedProposals {

	static final String ACUTE_CARE = "Acute care at home";

	static final String HOME_TEAM = "The home team and its logistics";

	static final List<Evaluated> ALL = List.of(
			new Evaluated(DemoProposal.of("alice", ACUTE_CARE,
					"HomeWard Vitals: continuous monitoring for hospital-at-home patients", "HOMEWARD",
					"A patch and a cuff send heart rate, breathing, oxygen saturation and blood pressure from the"
							+ " patient's home to the hospital-at-home team every five minutes; an early-warning score"
							+ " calls a nurse before the patient deteriorates.",
					"60000", 7, "Two biomedical engineers, an internist and a data scientist",
					"Coimbra University Hospital",
					List.of("remote monitoring", "wearable sensors", "telehealth", "clinical decision support")),
					new Consensus(List.of("5", "4.5", "4"), List.of(
							"An early-warning score computed from continuous home measurements is clearly beyond"
									+ " the state of the art of spot checks at each visit.",
							"Fewer emergency returns to the hospital and earlier discharges are credible and"
									+ " measured in the pilot; the patients' own view could be collected more.",
							"A sound plan with a hospital-at-home service already committed; the alarm load on the"
									+ " nurses needs a fallback if it proves high."),
							"An excellent proposal, ready for a pilot.")),
			new Evaluated(
					DemoProposal.of("bob", HOME_TEAM, "VisitPlanner: route planning for the hospital-at-home team",
							"VISITPLANNER",
							"VisitPlanner plans the nurses' and doctors' rounds each morning from the patients' needs,"
									+ " the team's skills and the traffic, and replans when a patient calls.",
							"50000", 6, "Three software engineers and a former home-care coordinator",
							"Sahlgrenska University Hospital (Gothenburg)",
							List.of("scheduling", "hospital logistics", "mobile apps", "home care")),
					new Consensus(List.of("4.5", "2.5", "4"), List.of(
							"Replanning the rounds live when a patient calls is a real advance on today's fixed"
									+ " morning plan.",
							"The proposal shows time saved on the road but not what it changes for patients or"
									+ " for the number of patients a team can treat; the impact stays unproven.",
							"A capable team and a realistic plan."),
							"A strong tool whose benefit for patients the proposal does not show.")),
			new Evaluated(DemoProposal.of("carla", ACUTE_CARE,
					"HomeBed: choosing the patients who can be treated at home", "HOMEBED",
					"A model reads the emergency department's record of each patient and proposes those who can"
							+ " safely be admitted to hospital at home instead of a ward bed, with its reasons.",
					"55000", 6, "A data scientist, an emergency physician and two software engineers",
					"Hospital Clínic de Barcelona",
					List.of("machine learning", "patient flow", "clinical decision support",
							"electronic health records")),
					new Consensus(List.of("4.5", "4", "4"), List.of(
							"Explainable admission proposals at the emergency department are novel and well"
									+ " grounded in the team's earlier work.",
							"More patients treated at home frees ward beds; the estimate is convincing though based"
									+ " on one hospital.",
							"A clear plan; the validation on a second hospital's data should come earlier."),
							"A very good proposal.")),
			new Evaluated(DemoProposal.of("david", HOME_TEAM,
					"MedDrop: same-day delivery of medicines and equipment to home patients", "MEDDROP",
					"The hospital's store and pharmacy pack what each home patient needs and couriers deliver it"
							+ " the same day, tracked from the shelf to the door.",
					"40000", 7, "Two logistics engineers and a hospital procurement specialist",
					"Charité - Universitätsmedizin Berlin",
					List.of("hospital logistics", "procurement", "inventory management", "RFID")),
					new Consensus(List.of("3.5", "3", "3"), List.of(
							"Tracked same-day delivery is useful but close to what courier services already offer.",
							"Fewer missed doses are plausible; the proposal gives no figures to measure them.",
							"The plan is thin on the pharmacy's part and on the cold chain."),
							"A sensible service that stays below the overall threshold.")),
			new Evaluated(
					DemoProposal.of("femke", ACUTE_CARE, "HomeRounds: video ward rounds on the patient's own devices",
							"HOMEROUNDS",
							"The daily ward round reaches patients at home by video on their own phone or tablet, with"
									+ " the latest measurements beside the picture and the family able to join.",
							"30000", 7, "A nurse, a designer and two developers", "Radboudumc (Nijmegen)",
							List.of("telehealth", "remote monitoring", "patient experience", "interoperability")),
					new Consensus(List.of("4", "4", "3.5"), List.of(
							"Rounds by video are known; joining the family and the measurements in one view is a"
									+ " good step further.",
							"Patients and families feel safer and the doctors save travel; well argued.",
							"The plan depends on the hospital's record system for the measurements and says little"
									+ " about how that link is built."),
							"A good, modest proposal.")),
			new Evaluated(
					DemoProposal.of("gael", HOME_TEAM,
							"DoseHome: the home patient's medication shared with the hospital pharmacy", "DOSEHOME",
							"DoseHome shares each home patient's prescriptions, dispensing and doses taken between the"
									+ " hospital pharmacy, the home team and the patient as HL7 FHIR resources.",
							"45000", 6, "A pharmacist, an interoperability architect and two developers",
							"AP-HP Hospitalisation à domicile (Paris)",
							List.of("HL7 FHIR", "interoperability", "hospital pharmacy", "medication safety")),
					new Consensus(List.of("4", "4.5", "4"),
							List.of("Standard FHIR exchange of the medication between pharmacy and home is solid, with"
									+ " little that is new.",
									"Medication errors at home are a leading cause of readmission; a strong case with"
											+ " measurable targets.",
									"An experienced team and a well-staged plan."),
							"A very good proposal with a strong impact.")));

	private DemoEvaluatedProposals() {
	}

	/** A proposal and the consensus its evaluation ends with. */
	record Evaluated(DemoProposal proposal, Consensus consensus) {
	}

}
