package org.opencall.home;

import java.util.List;

/**
 * One panel of a home page: a heading, the things that wait for the viewer, what to say
 * when nothing waits and why, and the links to where the rest of that work lives.
 *
 * @param id the panel's element id, stable for tests and links ({@code my-proposals})
 * @param rank where it goes: lower first (tasks 0, the role's main work 10, the rest 20+)
 * @param title the heading, e.g. "Our proposals"
 * @param items the things, most pressing first; at most a screenful
 * @param whenEmpty said when there is no item: that nothing waits, and why
 * @param links links below the panel, e.g. "All proposals"
 */
public record HomePanel(String id, int rank, String title, List<HomeItem> items, String whenEmpty,
		List<HomeLink> links) {

	public HomePanel {
		items = List.copyOf(items);
		links = List.copyOf(links);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
