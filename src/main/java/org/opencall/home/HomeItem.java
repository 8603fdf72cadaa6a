package org.opencall.home;

import java.util.List;

/**
 * One thing on a home panel: what it is (linked to its page), its status in words, the
 * facts that matter now (a deadline and the time left, an amount), the viewer's next
 * step, if any, and further pages about it (an auditor's history of it).
 *
 * @param title e.g. "S-000012 · Remote rehabilitation kit"
 * @param href the page of the thing (an Opencall path or a Tasklist link)
 * @param status the status as people read it ("Draft"), or null
 * @param statusCode the status's code, for its colour ({@code DRAFT}), or null
 * @param facts short facts, each shown on its own: "Deadline 15 January 2027, 17:00
 * (Europe/Lisbon), in 3 days"
 * @param nextStep what the viewer should do next, or null when nothing
 * @param links further pages about the thing, e.g. "History"
 */
public record HomeItem(String title, String href, String status, String statusCode, List<String> facts, String nextStep,
		List<HomeLink> links) {

	public HomeItem {
		facts = List.copyOf(facts);
		links = List.copyOf(links);
	}

	public HomeItem(String title, String href, String status, String statusCode, List<String> facts, String nextStep) {
		this(title, href, status, statusCode, facts, nextStep, List.of());
	}

}
