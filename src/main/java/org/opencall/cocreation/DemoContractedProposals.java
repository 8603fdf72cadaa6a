package org.opencall.cocreation;

import java.util.List;

import org.opencall.evaluation.DemoPast.Consensus;
import org.opencall.evaluation.DemoProposal;

/**
 * The three proposals of the contracted demo call, in the order they are submitted, each
 * with the consensus its experts reach (Excellence, Impact, Quality and efficiency of the
 * implementation; thresholds 3 each and 10 overall). Within the call's budget of €60,000
 * alice's CARDIOHOME (13, €48,000) is selected; femke's NURSELINE (11, €40,000) passes
 * but does not fit the €12,000 left, so it draws the budget line on the reserve list;
 * david's PILLTRACK (9.5) fails the overall threshold.
 */
final class DemoContractedProposals {

	static final String CHALLENGE = "The first month at home after heart failure";

	static final List<Evaluated> ALL = List.of(
			new Evaluated(DemoProposal.of("alice", CHALLENGE,
					"CardioHome: the first month at home after a heart-failure admission", "CARDIOHOME",
					"A scale, a cuff and a patch send weight, blood pressure and heart rhythm from the patient's home"
							+ " to the heart-failure nurses every morning; a score flags the patients who decompensate,"
							+ " and a tablet asks the patients how they feel.",
					"48000", 7, "Two biomedical engineers, a cardiologist and a heart-failure nurse",
					"Coimbra University Hospital",
					List.of("remote monitoring", "wearable sensors", "telehealth", "patient experience")),
					new Consensus(List.of("4.5", "4.5", "4"), List.of(
							"Daily weight and rhythm read together with the patient's own answers go beyond the"
									+ " weekly phone calls of today's follow-up.",
							"Fewer readmissions within a month and less nurse time on the phone are credible and"
									+ " measured in the pilot with the patients' well-being.",
							"A ready team and a hospital committed to host the pilot; the alarm load on the"
									+ " nurses needs watching."),
							"An excellent proposal, ready for a pilot.")),
			new Evaluated(DemoProposal.of("femke", CHALLENGE,
					"NurseLine: a video line between the ward and discharged patients", "NURSELINE",
					"Discharged patients call the ward's nurses by video from their own phone, with their discharge"
							+ " letter and medicines on screen beside the call.",
					"40000", 6, "A nurse, a designer and two developers", "Radboudumc (Nijmegen)",
					List.of("telehealth", "patient experience", "interoperability", "mobile apps")),
					new Consensus(List.of("4", "3.5", "3.5"),
							List.of("Video calls with the discharge letter at hand are a modest but real step.",
									"Patients feel safer; the proposal is vaguer on readmissions avoided.",
									"The link to the hospital's record system is not planned in detail."),
							"A good proposal.")),
			new Evaluated(
					DemoProposal.of("david", CHALLENGE,
							"PillTrack: the heart-failure medicines tracked from the ward to the home", "PILLTRACK",
							"The ward's pharmacy packs the first month's medicines in tagged boxes and the patient's"
									+ " cabinet at home tells the nurses when a dose is missed.",
							"35000", 7, "Two logistics engineers and a hospital pharmacist",
							"Charité - Universitätsmedizin Berlin",
							List.of("hospital pharmacy", "medication safety", "RFID", "inventory management")),
					new Consensus(List.of("3.5", "3", "3"),
							List.of("Tagged medicine boxes are known from other uses.",
									"Missed doses matter after heart failure; the proposal does not measure them.",
									"The plan is thin on the patients' homes and on who answers an alert."),
							"A sensible idea that stays below the overall threshold.")));

	private DemoContractedProposals() {
	}

	/** A proposal and the consensus its evaluation ends with. */
	record Evaluated(DemoProposal proposal, Consensus consensus) {
	}

}
