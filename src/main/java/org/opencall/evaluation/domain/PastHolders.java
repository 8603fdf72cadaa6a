package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Who held a slot before its current expert, oldest first; stored with the slot as one
 * value.
 */
public record PastHolders(List<PastHolder> list) {

	public static final PastHolders NONE = new PastHolders(List.of());

	public PastHolders {
		list = List.copyOf(list);
	}

	PastHolders with(PastHolder holder) {
		List<PastHolder> longer = new ArrayList<>(this.list);
		longer.add(holder);
		return new PastHolders(longer);
	}

}
