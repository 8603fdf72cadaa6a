package org.opencall.contracting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The declarations a company makes by accepting its agreement, as the agreement's PDF
 * words them ({@link GrantAgreementPdf#DECLARATIONS}), each with a stable id a form
 * ticks: {@code D1}, {@code D2}, …
 */
public final class GrantDeclarations {

	private GrantDeclarations() {
	}

	/** The declarations by id, in their order. */
	public static Map<String, String> all() {
		Map<String, String> all = new LinkedHashMap<>();
		IntStream.range(0, GrantAgreementPdf.DECLARATIONS.size())
			.forEach((i) -> all.put("D" + (i + 1), GrantAgreementPdf.DECLARATIONS.get(i)));
		return all;
	}

}
