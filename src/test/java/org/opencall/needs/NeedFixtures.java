package org.opencall.needs;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named needs for tests.
 */
public final class NeedFixtures {

	private NeedFixtures() {
	}

	/** Heart failure patients followed at home; the current cost is kept confidential. */
	public static NeedInput heartFailureAtHome() {
		return new NeedInput("Early warning of heart failure decompensation at home",
				"Patients are readmitted because decompensation is noticed too late.", "HOME_CARE",
				"Patients discharged after heart failure", 1200, "Nurse phone calls every two weeks",
				"EUR 2.1 million a year in readmissions", "Fewer readmissions, earlier treatment", "HIGH",
				Set.of("CURRENT_BURDEN"));
	}

	public static Map<String, Object> heartFailureAtHomeJson() {
		NeedInput need = heartFailureAtHome();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("title", need.title());
		json.put("description", need.description());
		json.put("careSetting", need.careSetting());
		json.put("affectedPopulation", need.affectedPopulation());
		json.put("affectedCount", need.affectedCount());
		json.put("currentPractice", need.currentPractice());
		json.put("currentBurden", need.currentBurden());
		json.put("expectedBenefit", need.expectedBenefit());
		json.put("urgency", need.urgency());
		json.put("confidentialFields", List.copyOf(need.confidentialFields()));
		return json;
	}

	public static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

}
